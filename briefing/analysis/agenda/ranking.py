"""Order open issues and next steps by importance, and drop near-duplicates.

Importance mixes the strength of the linguistic cue, the salience of the
players acting in the sentence (their share of all player mentions) and
position (news puts what matters first).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.analysis.agenda.cues import Cue
from briefing.analysis.document import Sentence
from briefing.analysis.players import Player

MAX_ACTORS = 3
DUPLICATE_OVERLAP = 0.7
"""Word-set similarity (Jaccard) above which a later item repeats an earlier one."""
DEDUPLICATED = 400
"""Items checked for repeats; any further ones (only in very long articles, far past
what a reader scrolls to) are listed as they come, so ranking stays near-linear."""

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Candidate:
    """A sentence with the cue that listed it and the players acting in it."""

    sentence: Sentence
    cue: Cue
    who: tuple[str, ...]


def actors(sentence_id: int, players: Sequence[Player]) -> tuple[str, ...]:
    """Names of the most salient players mentioned in the sentence (players come ranked)."""
    names = [p.name for p in players if sentence_id in p.sentences]
    return tuple(names[:MAX_ACTORS])


def _words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _WORD.findall(text))


def _duplicate_of(words: frozenset[str], kept: list[frozenset[str]]) -> int | None:
    """Index of the kept item this one repeats, if any."""
    for index, other in enumerate(kept):
        union = len(words | other) or 1
        if len(words & other) / union >= DUPLICATE_OVERLAP:
            return index
    return None


_QUOTES = re.compile(r"[\"“”]")


def _torn(text: str) -> bool:
    """Quotation marks that do not pair up: a pull quote or caption cut from the body."""
    marks = _QUOTES.findall(text)
    straight = marks.count('"')
    return straight % 2 == 1 or marks.count("“") != marks.count("”")


def rank(
    candidates: list[Candidate], players: Sequence[Player], total_sentences: int
) -> list[Candidate]:
    """Candidates by importance, most important first, near-duplicates dropped."""
    mentions = {p.name: p.mentions for p in players}
    all_mentions = sum(mentions.values()) or 1

    def importance(candidate: Candidate) -> float:
        salience = sum(mentions.get(name, 0) for name in candidate.who) / all_mentions
        position = 1.0 - (candidate.sentence.id - 1) / max(1, total_sentences)
        return candidate.cue.weight + 1.5 * salience + 0.5 * position

    ordered = sorted(candidates, key=lambda c: (-importance(c), c.sentence.id))
    kept: list[Candidate] = []
    kept_words: list[frozenset[str]] = []
    for number, candidate in enumerate(ordered):
        if number >= DEDUPLICATED:
            kept.extend(ordered[number:])
            break
        words = _words(candidate.sentence.text)
        repeated = _duplicate_of(words, kept_words)
        if repeated is None:
            kept.append(candidate)
            kept_words.append(words)
        elif _torn(kept[repeated].sentence.text) and not _torn(candidate.sentence.text):
            # the same words whole in the body: that is the evidence to show
            kept[repeated] = candidate
    return kept
