"""Titles before names: "US Secretary of State Antony Blinken", "Mr. Toccafondi".

A title is read from the left: nationalities ("US", "Chinese"), modifiers
("Defence", "Prime"), a title head ("Minister", "Secretary"), an optional
complement ("of State", "to the United States"), then an honorific ("Mr").
What is left is the name.
"""

from __future__ import annotations

from briefing.analysis.players.kinds import classify
from briefing.analysis.players.lexicon import Lexicon, fold
from briefing.analysis.players.runs import LINKS

# Title words that are also common given names or nouns: a title only after a modifier.
_NEEDS_MODIFIER = frozenset(
    [
        "head",
        "general",
        "major",
        "private",
        "dean",
        "leader",
        "chief",
        "crown",
        "chair",
        "founder",
        "manager",
        "officer",
        "coach",
        "justice",
        "king",
        "queen",
        "prince",
    ]
)


def parse_title(names: list[str], words: Lexicon) -> tuple[int, int, str | None]:
    """(title_end, name_start, honorific): where a leading title ends and the name begins."""
    k = 0
    while k < len(names) and (fold(names[k]) in words.demonyms or words.country(names[k])):
        k += 1
    if k + 1 < len(names) and words.country(" ".join(names[k : k + 2])):
        k += 2
    modifiers = 0
    while k < len(names) - 1 and fold(names[k]) in words.title_modifiers:
        k += 1
        modifiers += 1
    heads = 0
    while k < len(names) and fold(names[k]) in words.title_heads:
        if fold(names[k]) in _NEEDS_MODIFIER and not modifiers and not heads and k == 0:
            break
        k += 1
        heads += 1
    if not heads:
        k = 0
    elif k < len(names) and names[k] in LINKS:
        k += 1 + (k + 1 < len(names) and names[k + 1] == "the")
        rest = len(names) - k
        if rest >= 2 and words.country(" ".join(names[k : k + 2])):
            k += 2
        elif rest >= 1 and (words.country(names[k]) or rest <= 2):
            k += 1
        else:
            k += rest - 2
    title_end = k
    honorific = None
    if k < len(names) and fold(names[k]) in words.honorifics:
        honorific = names[k]
        k += 1
    return title_end, k, honorific


def title_complement(names: list[str], words: Lexicon) -> int:
    """Where an organisation named after a title starts ("Chairman of the Australian Centre…")."""
    k = 0
    while k < len(names) and fold(names[k]) in words.title_modifiers:
        k += 1
    if k >= len(names) or fold(names[k]) not in words.title_heads:
        return 0
    k += 1
    if k + 1 >= len(names) or names[k] not in LINKS:
        return 0
    k += 1 + (names[k + 1] == "the")
    kind, _ = classify(names[k:], words) if k < len(names) else ("", None)
    return k if kind == "organisation" else 0


def organisation_title(names: list[str], words: Lexicon) -> int:
    """Where a name starts after a title led by an organisation.

    "House Speaker Mike Johnson", "NATO Secretary General Jens Stoltenberg",
    "Bank of England Governor Andrew Bailey": the last title word is followed
    by a name that is not itself an organisation or a place. 0 when there is
    no such title.
    """
    heads = [k for k, n in enumerate(names) if k and fold(n) in words.title_heads]
    if not heads:
        return 0
    k = heads[-1] + 1
    rest = names[k:]
    if not rest or (fold(rest[0]) in words.honorifics and len(rest) == 1):
        return 0
    first = fold(rest[0])
    if first in LINKS or first in words.org_heads_last or first in words.place_heads:
        return 0
    kind, _ = classify(rest[1:] if first in words.honorifics else rest, words)
    return k if kind in ("person", "unknown") else 0


def cut_affiliation(names: list[str]) -> list[str]:
    """A person's name without a trailing "of Kentucky" or "of the Labour Party"."""
    for k, name in enumerate(names):
        if k and name in LINKS:
            return names[:k]
    return names
