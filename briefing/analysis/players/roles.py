"""A person's role in the article's own words.

Patterns, strongest first: a title before the name ("US Secretary of State
Antony Blinken"); an apposition after it ("Valeska Paris, an Australian woman
and former Scientologist,") or before it ("the president of the Lombardy
region, Roberto Maroni"); membership ("Lee Cheuk-yan of the Labour Party");
a descriptor ending in a role noun ("American billionaire Bill Gates", "his
US counterpart Lloyd Austin"); a possessor ("DAB's Ben Chan").
"""

from __future__ import annotations

from briefing.analysis.players.candidates import Mention
from briefing.analysis.players.context import start_of
from briefing.analysis.players.lexicon import Lexicon, lexicon
from briefing.analysis.players.merging import Entity
from briefing.analysis.players.tokens import Token

_DETERMINERS = frozenset(
    ["a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "this", "that"]
)
_APPOSITION_END = frozenset(",;.)–—:")
_NOT_APPOSITION = frozenset(
    [
        "who",
        "which",
        "that",
        "whose",
        "where",
        "when",
        "said",
        "says",
        "told",
        "added",
        "and",
        "but",
        "or",
        "he",
        "she",
        "they",
        "it",
    ]
)
_BACK_STOPS = frozenset(
    [
        "after",
        "before",
        "to",
        "according",
        "by",
        "with",
        "from",
        "for",
        "that",
        "when",
        "while",
        "as",
        "said",
        "says",
        "told",
        "since",
        "because",
        "although",
        "if",
        "than",
        "against",
        "between",
        "including",
        "like",
    ]
)
_MEMBERSHIP = frozenset(["of", "from"])


def _phrase(tokens: list[Token]) -> str:
    """Tokens back to text, keeping the article's spacing."""
    out = ""
    for prev, token in zip([None, *tokens[:-1]], tokens, strict=True):
        if prev is not None and (token.start > prev.end):
            out += " "
        out += token.text + ("’s" if token.possessive else "")
    return out.strip()


def _strip_determiner(tokens: list[Token]) -> list[Token]:
    stops = lexicon().stop_capitals
    while tokens and (tokens[0].text.lower() in _DETERMINERS or tokens[0].folded in stops):
        tokens = tokens[1:]
    return tokens


def _has_role_word(tokens: list[Token], words: Lexicon) -> bool:
    return any(
        (t.text.islower() and words.is_role_noun(t.text)) or t.folded in words.title_heads
        for t in tokens
        if t.word
    )


def _after(mention: Mention, tokens: list[Token], words: Lexicon) -> str | None:
    """Apposition after: "Name, an Australian woman and former Scientologist,"."""
    i = mention.last + 1
    if i >= len(tokens) or tokens[i].text != ",":
        return None
    end = i + 1
    while end < len(tokens) and tokens[end].text not in _APPOSITION_END:
        end += 1
    phrase = _strip_determiner(tokens[i + 1 : end])
    if not phrase or len(phrase) > 12 or phrase[0].text.lower() in _NOT_APPOSITION:
        return None
    if phrase[0].text.endswith("ed") or phrase[0].text.endswith("ing") or phrase[0].text.isdigit():
        return None
    if end < len(tokens) and tokens[end].text in ".;:":
        return None
    return _phrase(phrase) if _has_role_word(phrase, words) else None


_COPULAS = frozenset(["is", "was", "became", "remains"])
_CLAUSE_END = frozenset(
    {",", ";", ".", ")", "–", "—", ":", "that", "who", "which", "and", "since", "until"}
    | {"when", "before", "after", "during", "in", "on", "from", "between", "while", "but"}
)


def _copula(mention: Mention, tokens: list[Token], words: Lexicon) -> str | None:
    """A role said later: "Reyes, who is the transport minister," or "Reyes was the mayor of Lima"."""
    i = mention.last + 1
    if i < len(tokens) and tokens[i].text == ",":
        i += 1
        if i >= len(tokens) or tokens[i].text != "who":
            return None
        i += 1
    if i + 1 >= len(tokens) or tokens[i].text not in _COPULAS:
        return None
    i += 1
    if tokens[i].text not in ("a", "an", "the"):
        return None
    end = i + 1
    while end < len(tokens) and end - i <= 10 and tokens[end].text not in _CLAUSE_END:
        end += 1
    phrase = _strip_determiner(tokens[i:end])
    cut = next(
        (k for k, t in enumerate(phrase) if t.text in ("of", "for", "at", "to")), len(phrase)
    )
    head = [t for t in phrase[:cut] if t.word]
    if not head or not words.is_role_noun(head[-1].text):
        return None
    return _phrase(phrase)


def _before(mention: Mention, tokens: list[Token], words: Lexicon) -> str | None:
    """Apposition before: "the president of the Lombardy region, Roberto Maroni"."""
    comma = start_of(mention) - 1
    if comma < 1 or tokens[comma].text != ",":
        return None
    start = comma
    while start > 0:
        token = tokens[start - 1]
        if not token.word and token.text not in "-()":
            break
        if token.word and token.text.lower() in _BACK_STOPS:
            break
        start -= 1
    phrase = _strip_determiner(tokens[start:comma])
    if not phrase or len(phrase) > 10:
        return None
    head_words = [t for t in phrase if t.word and t.text.lower() not in ("of", "the")]
    cut = next((k for k, t in enumerate(phrase) if t.text == "of"), len(phrase))
    head = [t for t in phrase[:cut] if t.word]
    if not head_words or not head or not _has_role_word(head[-1:], words):
        return None
    if any(t.text.islower() and t.text.endswith(("ing", "ed")) for t in head[:-1]):
        return None
    return _phrase(phrase)


def _descriptor(mention: Mention, tokens: list[Token], words: Lexicon) -> str | None:
    """Descriptor: "American billionaire Bill Gates" → "American billionaire"."""
    end = start_of(mention)
    start = end
    while start > 0 and end - start < 5:
        token = tokens[start - 1]
        if not token.word or token.possessive or token.folded in words.stop_capitals:
            break
        if token.text.isdigit():
            break
        start -= 1
    phrase = tokens[start:end]
    if not phrase or not words.is_role_noun(phrase[-1].text):
        return None
    return _phrase(phrase[_descriptor_start(tokens, start, end, words) - start :])


def _descriptor_start(tokens: list[Token], start: int, end: int, words: Lexicon) -> int:
    """Where the descriptor's noun phrase begins: at its last nationality, else after a boundary."""
    for k in reversed(range(start, end)):
        if tokens[k].folded in words.demonyms or words.country(tokens[k].text):
            return k
    for k in range(start, end):
        before = tokens[k - 1] if k else None
        if before is None or not before.word or before.text.lower() in words.stop_capitals:
            return k
    return end - 1


def _membership(mention: Mention, tokens: list[Token], names: dict[int, Mention]) -> str | None:
    """Membership: "Lee Cheuk-yan of the Labour Party" → "Labour Party"."""
    i = mention.last + 1
    if i >= len(tokens) or tokens[i].text not in _MEMBERSHIP or mention.possessive:
        return None
    i += 1
    if i < len(tokens) and tokens[i].text.lower() == "the":
        i += 1
    org = names.get(i)
    if org is None or org.kind not in ("organisation", "unknown", "group"):
        return None
    if tokens[mention.last + 1].text == "from" and org.kind != "organisation":
        return None
    return org.name


def find_role(
    entity: Entity, tokens: dict[int, list[Token]], starts: dict[int, dict[int, Mention]]
) -> str | None:
    """The best-attested role of a person, or None when the article states none."""
    words = lexicon()
    found: list[tuple[int, int, str]] = []
    for m in entity.mentions:
        if m.kind == "demonym":
            continue
        sentence = tokens[m.sentence]
        if m.title and m.kind != "title":
            found.append((2 if m.title.endswith(".") else 0, m.sentence, m.title))
        for rank, role in (
            (1, _after(m, sentence, words)),
            (1, _before(m, sentence, words)),
            (1, _copula(m, sentence, words)),
            (2, _membership(m, sentence, starts.get(m.sentence, {}))),
            (3, _descriptor(m, sentence, words)),
        ):
            if role:
                found.append((rank, m.sentence, role))
        if m.possessor and not words.country(m.possessor):
            found.append((4, m.sentence, m.possessor))
    for sentence_id, descriptor in entity.descriptors:
        found.append((3, sentence_id, descriptor))
    if not found:
        return None
    return min(found)[2]
