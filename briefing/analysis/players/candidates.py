"""Candidate names: runs of capitalised words, cleaned and labelled.

A run of capitals ("US Secretary of State Antony Blinken") is cut into what
it holds: a title ("US Secretary of State"), a name ("Antony Blinken"), a
possessor ("DAB's Ben Chan" → "DAB" and "Ben Chan"). Each name gets a first
guess at its kind from its words: a country (pycountry), an organisation head
("… Department", "Ministry of …"), a place or event head, a title or honorific
(a person). Junk is dropped here: sentence-initial capitals that the article
also writes in lower case, months and weekdays, lone title words.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing.analysis.players.kinds import classify
from briefing.analysis.players.lexicon import Lexicon, fold, lexicon
from briefing.analysis.players.runs import is_known, quoted, runs
from briefing.analysis.players.titles import (
    cut_affiliation,
    organisation_title,
    parse_title,
    title_complement,
)
from briefing.analysis.players.tokens import Token, is_initial


@dataclass(frozen=True)
class Mention:
    """One occurrence of a name in a sentence, with what its words and context say."""

    name: str
    words: tuple[str, ...]
    sentence: int
    first: int
    """Index of the name's first token in the sentence."""
    last: int
    kind: str
    """person, organisation, country, group, place, capital, demonym, title, event, product, unknown."""
    code: str | None = None
    title: str | None = None
    honorific: str | None = None
    possessive: bool = False
    possessor: str | None = None
    """The name right before it in a possessive ("DAB's Ben Chan" → "DAB")."""
    title_first: int | None = None
    """Index of the first token of the title, when the name has one."""
    initial: bool = False
    """Whether the name opens its sentence (its capital then proves little)."""

    @property
    def written(self) -> str:
        """The name as written, with its honorific ("Mr Blinken")."""
        return f"{self.honorific} {self.name}" if self.honorific else self.name


def _title_mentions(
    names: list[str], title_end: int, sentence: int, start: int, words: Lexicon
) -> list[Mention]:
    """Nationalities inside a title ("US President", "Chinese Defence Minister")."""
    found = []
    for k, name in enumerate(names[:title_end]):
        code = words.demonyms.get(fold(name)) or words.country(name)
        if code:
            found.append(Mention(name, (name,), sentence, start + k, start + k, "demonym", code))
    return found


@dataclass(frozen=True)
class _Reading:
    """How a run of capitals splits into title and name, and what the name is."""

    kind: str
    code: str | None
    title_end: int
    name_start: int
    honorific: str | None
    complement: bool


def _read(names: list[str], tokens: list[Token], end: int, words: Lexicon) -> _Reading:
    """Classify a run and cut its title off ("Chairman of the Australian Centre…" keeps the org)."""
    kind, code = classify(names, words)
    if kind == "group" and fold(names[0]) in words.demonyms and _modifies(tokens, end):
        kind, code = "demonym", words.demonyms[fold(names[0])]
    complement = title_complement(names, words)
    if complement:
        kind, code = classify(names[complement:], words)
        return _Reading(kind, code, complement, complement, None, True)
    title_end, name_start, honorific = parse_title(names, words)
    if not title_end and not honorific:
        title_end = name_start = organisation_title(names, words)
        if name_start and fold(names[name_start]) in words.honorifics:
            honorific, name_start = names[name_start], name_start + 1
    if not title_end and kind not in ("person", "unknown", "demonym", "capital"):
        return _Reading(kind, code, 0, 0, None, False)
    if name_start >= len(names):
        kind, code = "title", None
    elif name_start:
        kind, code = classify(names[name_start:], words)
    if kind in ("person", "unknown") and (title_end or honorific):
        kind = "person"
    return _Reading(kind, code, title_end, name_start, honorific, False)


def _span_mentions(
    text: str,
    tokens: list[Token],
    span: tuple[int, int],
    sentence: int,
    possessor: str | None,
    lower: frozenset[str],
) -> list[Mention]:
    """The mentions one run of capitals holds: its name, and nationalities in its title."""
    words = lexicon()
    start, end = span
    names = [t.text for t in tokens[start:end]]
    shared = _shared_head(names, words)
    if shared:
        return [
            Mention(name, tuple(name.split()), sentence, start + a, start + b, "organisation")
            for name, a, b in shared
        ]
    r = _read(names, tokens, end, words)
    kind = r.kind
    title = " ".join(names[: r.title_end]) or None
    found = _title_mentions(names, r.title_end, sentence, start, words)
    if r.complement and title:
        found.append(
            Mention(title, (), sentence, start, start + r.title_end - 1, "title", None, title)
        )
        title = None
    name_words = names[r.name_start :]
    if kind == "person" and len(cut_affiliation(name_words)) < len(name_words):
        name_words = cut_affiliation(name_words)
        end = start + r.name_start + len(name_words)
    if kind == "title" or (title and not r.honorific and _common(name_words[0], lower, words)):
        if any(fold(n) in words.title_heads for n in names[: r.title_end]):
            found.append(Mention(title or "", (), sentence, start, end - 1, "title", None, title))
        return found
    first = start + r.name_start
    if len(name_words) == 1 and _lone_common(tokens, first, kind, words):
        return found
    if (title or r.honorific) and kind in ("unknown", "capital", "person"):
        kind = "person"
    found.append(
        Mention(
            text[tokens[first].start : tokens[end - 1].end],
            tuple(name_words),
            sentence,
            first,
            end - 1,
            kind,
            r.code,
            title,
            r.honorific,
            tokens[end - 1].possessive,
            possessor,
            start if title else None,
            is_initial(tokens, first) and not quoted(tokens, first, end),
        )
    )
    return found


def _shared_head(names: list[str], words: Lexicon) -> list[tuple[str, int, int]]:
    """Two organisations sharing a plural head: "State and Homeland Security Departments"."""
    head = names[-1]
    if "and" not in names or not head.endswith("s") or fold(head) not in words.org_heads_last:
        return []
    single = head[:-3] + "y" if head.endswith("ies") else head[:-1]
    cut = names.index("and")
    if not cut or cut >= len(names) - 2:
        return []
    first = " ".join([*names[:cut], single])
    second = " ".join([*names[cut + 1 : -1], single])
    return [(first, 0, cut - 1), (second, cut + 1, len(names) - 1)]


def _common(word: str, lower: frozenset[str], words: Lexicon) -> bool:
    """Whether a word after a title is a common word ("Director of the National Iodine …")."""
    key = fold(word)
    return key in lower and not is_known(key, words)


def _lone_common(tokens: list[Token], index: int, kind: str, words: Lexicon) -> bool:
    """A lone word that is no name: a title word, or a noun after "a"/"former"."""
    key = tokens[index].folded
    if key in words.title_modifiers or key in words.title_heads or key in words.honorifics:
        return True
    if kind not in ("unknown", "organisation"):
        return False
    return index > 0 and tokens[index - 1].text.lower() in words.common_noun_markers


def _modifies(tokens: list[Token], end: int) -> bool:
    """Whether the word after a run is lower case, making "Chinese" an adjective."""
    return end < len(tokens) and tokens[end].word and tokens[end].text[0].islower()


def sentence_mentions(
    sentence: int, text: str, tokens: list[Token], lower: frozenset[str]
) -> tuple[list[Mention], list[tuple[Mention, Mention]]]:
    """Every name mention of one sentence, and the pairs written "Name (ALIAS)"."""
    mentions: list[Mention] = []
    links: list[tuple[Mention, Mention]] = []
    previous: Mention | None = None
    for start, end in runs(tokens, lower):
        possessor = None
        if previous and previous.possessive and previous.last == start - 1:
            possessor = previous.name
        found = _span_mentions(text, tokens, (start, end), sentence, possessor, lower)
        named = [m for m in found if m.kind not in ("demonym", "title")]
        if (
            previous
            and named
            and start >= 1
            and tokens[start - 1].text == "("
            and previous.last == start - 2
            and end < len(tokens)
            and tokens[end].text == ")"
        ):
            links.append((previous, named[0]))
        mentions.extend(found)
        if named:
            previous = named[-1]
    return mentions, links
