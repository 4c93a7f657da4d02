"""Open issues and next steps: what is still unresolved, and what happens next.

The pipeline, one module per step: ``cues`` reads each sentence for linguistic
evidence (future and modal constructions, reported speech about the future,
negated settlement, conflict and risk vocabulary, questions) and weighs it,
with past-tense and cancelled plans counting against a next step and past,
generic or asked statements counting for less as an open issue (``framing``
tells asked, named and reported words apart, ``generic`` finds statements of
how things are in general, ``vocabulary`` holds the words they share); ``timex``
finds the time expression of a next step; ``ranking`` names the acting
players, orders items by cue strength, player salience and position, drops
near-duplicates and caps long lists with a count of what was left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.analysis.agenda.ranking import Candidate
    from briefing.analysis.document import Document
    from briefing.analysis.players import Player

__all__ = ["DISPLAY_CAP", "Agenda", "NextStep", "OpenIssue", "classify", "find_agenda"]

DISPLAY_CAP = 8
"""Most items shown per list; the rest are counted in ``Agenda.more_*``."""


@dataclass(frozen=True)
class OpenIssue:
    """A sentence stating something unresolved, with the cue that marked it."""

    sentence: int
    why: str


@dataclass(frozen=True)
class NextStep:
    """A sentence announcing a future action, with its time and actors."""

    sentence: int
    why: str
    when: str | None
    who: tuple[str, ...]


@dataclass(frozen=True)
class Agenda:
    """Both lists, capped for reading at a glance; ``more_*`` counts what the cap left out."""

    open_issues: tuple[OpenIssue, ...] = ()
    next_steps: tuple[NextStep, ...] = ()
    more_open_issues: int = 0
    more_next_steps: int = 0


def classify(
    document: Document, players: Sequence[Player] = ()
) -> tuple[list[OpenIssue], list[NextStep]]:
    """Every open issue and next step, most important first, before the display cap."""
    # Imported here: a cached briefing needs only the dataclasses above, and the
    # cue patterns cost a noticeable part of the reader's start-up to compile.
    from briefing.analysis.agenda.cues import read_sentence
    from briefing.analysis.agenda.ranking import Candidate, actors, rank
    from briefing.analysis.agenda.timex import find_when

    issues: list[Candidate] = []
    steps: list[Candidate] = []
    for sentence in document.sentences:
        reading = read_sentence(sentence.text)
        who = actors(sentence.id, players)
        if reading.issue is not None:
            issues.append(Candidate(sentence, reading.issue, who))
        if reading.step is not None:
            steps.append(Candidate(sentence, reading.step, who))
    total = len(document.sentences)
    open_issues = [OpenIssue(c.sentence.id, c.cue.label) for c in rank(issues, players, total)]
    next_steps = [
        NextStep(c.sentence.id, c.cue.label, find_when(c.sentence.text), c.who)
        for c in rank(steps, players, total)
    ]
    return open_issues, next_steps


def find_agenda(
    document: Document, players: Sequence[Player] = (), cap: int = DISPLAY_CAP
) -> Agenda:
    """Classify the document's sentences; lists longer than ``cap`` are cut with a count."""
    open_issues, next_steps = classify(document, players)
    return Agenda(
        open_issues=tuple(open_issues[:cap]),
        next_steps=tuple(next_steps[:cap]),
        more_open_issues=max(0, len(open_issues) - cap),
        more_next_steps=max(0, len(next_steps) - cap),
    )
