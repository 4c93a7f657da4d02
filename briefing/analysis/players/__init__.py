"""Key players: the people, organisations and countries an article is about.

The pipeline, one module per step: ``tokens`` splits sentences into words;
``runs`` finds runs of capitals and strips junk from them; ``candidates``
turns each run into mentions, with ``titles`` cutting titles off names and
``kinds`` guessing what each name is; ``patterns`` adds lower-case players
("the pro-Beijing camp", "the Afghan team"); ``context`` tells acting mentions
from venues; ``merging`` joins the mentions of one entity; ``roles`` reads each
person's role; ``salience`` ranks them. No statistical model: the rules are
general and the word tables (``lexicon``) ship as package data.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.analysis.document import Document

PLAYER_KINDS = ("person", "organisation", "country", "group", "place")

__all__ = ["PLAYER_KINDS", "Player", "find_players"]


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
    """The article's key players, most important first (see ``finding``)."""
    # Imported here: a cached briefing needs only ``Player``, and the pipeline's
    # patterns and word tables cost a noticeable part of the reader's start-up.
    from briefing.analysis.players.finding import find_players as find

    return find(document, summary_ids)
