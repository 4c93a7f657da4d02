"""Ranking players by salience, and keeping only those that matter.

A player matters when the article keeps coming back to it (mentions), puts it
up front (first sentences, the title), keeps it in the summary, or makes it
act (subject of verbs); a named role adds weight. One passing mention of a
name that does none of these is context, not a player.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_PLAYERS = 25
"""The pane lists at most this many players."""


@dataclass(frozen=True)
class Evidence:
    """What the salience score is computed from, for one entity."""

    mentions: int
    first_sentence: int
    in_title: bool
    in_summary: int
    subjects: int
    has_role: bool
    person: bool
    organisation: bool
    """Named like an organisation ("State Department"), not only capitalised."""
    paragraphs: int
    """How many paragraphs mention it: an article that keeps coming back to a player."""


def score(evidence: Evidence) -> float:
    """The salience of one entity: higher is more important."""
    early = 2.0 if evidence.first_sentence <= 2 else 1.0 if evidence.first_sentence <= 5 else 0.0
    return (
        evidence.mentions
        + early
        + 3.0 * evidence.in_title
        + 1.5 * min(evidence.in_summary, 3)
        + 0.5 * min(evidence.subjects, 4)
        + 1.0 * evidence.has_role
        + 1.0 * evidence.organisation
        + 1.0 * min(evidence.paragraphs - 1, 3)
    )


def matters(evidence: Evidence) -> bool:
    """Whether an entity is a player at all, before the list is capped."""
    return (
        evidence.mentions >= 2
        or evidence.in_title
        or evidence.in_summary > 0
        or (evidence.person and (evidence.has_role or evidence.subjects > 0))
        or evidence.organisation
    )
