"""Key players: the people, organisations and countries an article is about."""

from __future__ import annotations

from dataclasses import dataclass

from briefing.analysis.document import Document

PLAYER_KINDS = ("person", "organisation", "country", "group", "place")


@dataclass(frozen=True)
class Player:
    """One real-world entity, all its mentions merged."""

    name: str
    kind: str
    role: str | None
    aliases: tuple[str, ...]
    mentions: int
    sentences: tuple[int, ...]
    """Ids of the sentences that mention the player: its evidence."""


def find_players(document: Document, summary_ids: frozenset[int] = frozenset()) -> list[Player]:
    """The article's key players, most important first."""
    return []
