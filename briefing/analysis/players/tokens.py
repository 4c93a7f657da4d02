"""Words of a sentence with their offsets, possessives and capitals marked.

Names are found from capitalisation, so the tokenizer keeps what matters for
it: abbreviation dots ("U.S.", "Mr."), internal hyphens and apostrophes
("Kim Jong-un", "O'Brien"), and a possessive flag instead of a separate "'s"
("Blinken's", "Blinken’s" and "Afghans'" all give the bare name).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing.analysis.players.lexicon import fold, lexicon

_TOKEN = re.compile(r"[^\W_](?:[\w&]|[.'’\-](?=[^\W_]))*|\S")
_POSSESSIVE = re.compile(r"['’][sS]$")
_CONTRACTION = re.compile(r"['’](?:ll|re|ve|m|d|t)$|n['’]t$", re.I)
_PARTY_STATE = re.compile(r"^[DRI]-[A-Z][\w.]*$")
_INITIAL_PUNCT = frozenset("\"“‘'([:—–-")


@dataclass(frozen=True)
class Token:
    """One word or punctuation mark of a sentence."""

    text: str
    start: int
    end: int
    word: bool
    possessive: bool = False
    cap: bool = field(init=False, compare=False)
    """Whether the word can be part of a name: capitalised, or camel-case like "iPhone"."""
    folded: str = field(init=False, compare=False)
    """The comparison form of the word."""

    def __post_init__(self) -> None:
        # Computed once here rather than as cached properties: every token is read
        # many times, and functools.cached_property takes a lock on each read.
        object.__setattr__(self, "cap", self._capitalised())
        object.__setattr__(self, "folded", fold(self.text))

    def _capitalised(self) -> bool:
        if not self.word:
            return False
        first = self.text[0]
        if _CONTRACTION.search(self.text) or _PARTY_STATE.match(self.text):
            return False
        if "-" in self.text and fold(self.text.rsplit("-", 1)[1]) in lexicon().adjective_suffixes:
            return False
        if first.isupper():
            return True
        return first.islower() and "-" not in self.text and any(c.isupper() for c in self.text)


def _absorbs_dot(text: str) -> bool:
    """Whether a following full stop belongs to this word ("U.S.", "Mr.", "W.")."""
    if "." in text or (len(text) == 1 and text.isupper()):
        return True
    words = lexicon()
    key = text.lower()
    return key in words.honorifics or key in words.title_heads or key in {"st", "jr", "sr", "co"}


def tokenize(text: str) -> list[Token]:
    """Split one sentence into tokens, marking possessives and keeping abbreviation dots."""
    tokens: list[Token] = []
    for match in _TOKEN.finditer(text):
        piece, start, end = match.group(), match.start(), match.end()
        is_word = piece[0].isalnum()
        if not is_word:
            if piece in "'’" and tokens and tokens[-1].word and tokens[-1].text.endswith("s"):
                last = tokens[-1]
                tokens[-1] = Token(last.text, last.start, last.end, True, True)
                continue
            if piece == "." and tokens and tokens[-1].word and tokens[-1].end == start:
                last = tokens[-1]
                if _absorbs_dot(last.text) and not last.possessive:
                    tokens[-1] = Token(last.text + ".", last.start, end, True)
                    continue
            tokens.append(Token(piece, start, end, False))
            continue
        possessive = bool(_POSSESSIVE.search(piece)) and len(piece) > 2
        if possessive:
            piece = piece[:-2]
            end -= 2
        tokens.append(Token(piece, start, end, True, possessive))
    return tokens


def is_initial(tokens: list[Token], index: int) -> bool:
    """Whether the token opens the sentence or a quotation (so its capital says nothing)."""
    if index == 0:
        return True
    previous = tokens[index - 1]
    return not previous.word and previous.text in _INITIAL_PUNCT
