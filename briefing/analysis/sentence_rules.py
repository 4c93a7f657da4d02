"""Whether a run of terminal punctuation ends a sentence, and where.

The splitter in :mod:`briefing.analysis.sentences` finds candidate terminators
(``.``, ``!``, ``?``, ellipses, with any closing quotes or brackets) and asks
:func:`boundary_end` about each. The rules are the ones a copy editor applies:

* a lower-case continuation never starts a sentence ("Yahoo! in", "co. at");
* a period after a title (Mr., Gov., e.g.) never ends one;
* a period after an abbreviation, an acronym (U.S., a.m.) or an initial ends one
  only when a sentence-opening word follows ("the U.S. How about you?" but
  "the U.S. Government");
* a period followed by a number is a numbering ("p. 55", "N°. 1026");
* a three-dot ellipsis inside a sentence is an omission, a four-dot one ends it.

The word lists live in ``sentence_words.txt`` next to this module, so no data is
downloaded and the lists can be read and reviewed as plain text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

OPENERS = "\"'“‘([«"
CLOSERS = "\"'”’)]»"

_ACRONYM = re.compile(r"[A-Za-z]{1,2}(?:\.[A-Za-z]{1,2})+")
_NEXT_WORD = re.compile(r"\s*[\"'“‘(\[«]*([^\s.,;:!?\"'”’)\]]*)(.?)")
_MARKER_ONLY = re.compile(r"\s*[•⁃◦▪‣]?\s*(?:\d{1,3}|[A-Za-z])(?:\.\)|\.|\))")


@dataclass(frozen=True)
class Lexicon:
    """The word lists the rules consult, all lower case without final periods."""

    prefixes: frozenset[str]
    abbreviations: frozenset[str]
    starters: frozenset[str]
    prepositions: frozenset[str]
    clocks: frozenset[str]
    clock_followers: frozenset[str]
    speech_verbs: frozenset[str]


def parse_lexicon(source: str) -> Lexicon:
    """Read ``[section]`` headed, whitespace-separated word lists; ``#`` starts a comment."""
    sections: dict[str, set[str]] = {}
    current: set[str] | None = None
    for raw in source.splitlines():
        line = raw.split("#", 1)[0].strip()
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], set())
        elif line and current is not None:
            current.update(word.lower() for word in line.split())
    return Lexicon(
        prefixes=frozenset(sections.get("prefix", ())),
        abbreviations=frozenset(sections.get("abbreviation", ())),
        starters=frozenset(sections.get("starter", ())),
        prepositions=frozenset(sections.get("preposition", ())),
        clocks=frozenset(sections.get("clock", ())),
        clock_followers=frozenset(sections.get("clock_follower", ())),
        speech_verbs=frozenset(sections.get("speech_verb", ())),
    )


@cache
def lexicon() -> Lexicon:
    """The shipped word lists, read once from package data."""
    data = resources.files("briefing.analysis").joinpath("sentence_words.txt")
    return parse_lexicon(data.read_text(encoding="utf-8"))


def boundary_end(text: str, start: int, term_start: int, term_end: int) -> int | None:
    """Where the sentence begun at ``start`` ends, if the terminator at
    ``text[term_start:term_end]`` ends it; ``None`` when it does not.

    The terminator is followed by whitespace and more text (the caller checks).
    The answer is usually ``term_end``; for "word. . . . Next" it is just after
    the period, leaving the ellipsis to open the next sentence.
    """
    after = term_end
    length = len(text)
    while after < length and text[after].isspace():
        after += 1
    if after >= length:
        return None
    first = text[after]
    while first in OPENERS and after + 1 < length:
        after += 1
        first = text[after]
    if first.islower():
        return None
    term = text[term_start:term_end]
    if "!" in term or "?" in term:
        return None if _attribution_follows(text, term, after) else term_end
    if term_end - term_start <= 8 and _MARKER_ONLY.fullmatch(text, start, term_end):
        return None  # "2. The second item", "Q. Why?": a marker opens the sentence
    if term.count(".") >= 3 or "…" in term:
        return _ellipsis_end(text, term_start, term_end, after)
    if first.isdigit():
        return None  # "p. 55", "No. 5", "N°. 1026"
    return _period_end(text, start, term_start, term_end, after)


def _attribution_follows(text: str, term: str, after: int) -> bool:
    """'"Why me?" Smith asked.': a quoted question or exclamation and its speaker
    are one sentence. Up to four capitalised words, then a speech verb."""
    if term[-1] not in "\"”'’":
        return False
    words = text[after : after + 80].split(maxsplit=5)
    verbs = lexicon().speech_verbs
    for index, word in enumerate(words[:5]):
        bare = word.rstrip(",.;:!?")
        if index > 0 and bare.lower() in verbs:
            return True
        if not bare[:1].isupper():
            return False
    return False


def _ellipsis_end(text: str, term_start: int, term_end: int, after: int) -> int | None:
    """Three dots mark an omission inside a sentence; a fourth is its period."""
    term = text[term_start:term_end]
    dots = term.count(".") + 3 * term.count("…")
    spaced = " " in term
    if term_start > 0 and text[term_start - 1] == "[":
        return None  # "[...]" marks an omission inside a quotation
    attached = term_start > 0 and not text[term_start - 1].isspace()
    if spaced and attached and dots >= 4:
        return term_start + 1  # "compounds. . . . The": period, then an ellipsis
    if dots >= 4:
        return term_end
    if spaced:
        return None
    word, _ = next_word(text, after)
    return None if word == "I" else term_end


def next_word(text: str, position: int) -> tuple[str, str]:
    """The word starting at ``position`` (openers skipped) and the character after it."""
    match = _NEXT_WORD.match(text, position)
    if match is None:
        return "", ""
    return match.group(1), match.group(2)


def _period_end(text: str, start: int, term_start: int, term_end: int, after: int) -> int | None:
    """A single period: an ordinary word ends the sentence, an abbreviation may not."""
    window = max(start, term_start - 80)  # longer tokens are no abbreviations
    token_start = max(text.rfind(" ", window, term_start) + 1, window)
    token = text[token_start:term_start]
    if not token.isprintable():  # a tab, newline or no-break space inside
        token = (token.split() or [""])[-1]
    token = token.lstrip(OPENERS)
    if not token or not token[-1].isalpha():
        return term_end  # "$100.00. It", "example.com. I", "55). The"
    lex = lexicon()
    lower = token.lower()
    if lower in lex.prefixes:
        return None
    single = len(token) == 1
    if not (single or lower in lex.abbreviations or _ACRONYM.fullmatch(token)):
        return term_end
    word, following = next_word(text, after)
    if single and len(word) == 1 and following == ".":
        return None  # a run of initials: "J. R. Tolkien"
    if not _opens_sentence(word, following, lower in lex.clocks, lex):
        return None
    if _is_opening_phrase(text, start, token_start, lex):
        return None
    return term_end


def _opens_sentence(word: str, following: str, after_clock: bool, lex: Lexicon) -> bool:
    """Whether ``word``, after an abbreviation, more likely opens a new sentence.

    After a clock time any capitalised word does, except days, months and time
    zones; after other abbreviations only function words do ("the U.S. How",
    not "the U.S. Government"), and labels such as "Image:". Capitals-only words
    (IT, WHO, EST) and abbreviated words ("No. 2") are names, not openers.
    """
    lower = word.lower()
    if len(word) > 1 and word.isupper():
        return False
    if following == "." and lower not in lex.prefixes:
        return False
    if after_clock:
        return lower not in lex.clock_followers
    return following == ":" or lower in lex.starters


def _is_opening_phrase(text: str, start: int, token_start: int, lex: Lexicon) -> bool:
    """A short prepositional phrase ("At 5 a.m.") introduces a sentence rather than being one."""
    if token_start - start > 24:
        return False
    words = text[start:token_start].split()
    return 0 < len(words) <= 3 and words[0].lower() in lex.prepositions
