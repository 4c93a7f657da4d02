"""Open issues and next steps: what is unresolved, and what happens next."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from briefing.analysis.document import Document
from briefing.analysis.players import Player


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


def find_agenda(document: Document, players: Sequence[Player] = ()) -> Agenda:
    """Classify the document's sentences into open issues and next steps."""
    return Agenda()
