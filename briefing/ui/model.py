"""What the reader shows, as plain data: pane items, note markers, search hits.

Widgets render these; nothing here imports Textual, so the rules (which sentence
an item points at, how the summary grows, what a search finds) are unit-tested
without a terminal.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from briefing.analysis.briefing import Briefing
from briefing.analysis.document import Document
from briefing.analysis.sanitize import sanitize_line
from briefing.analysis.summary import pick
from briefing.store.models import Note

BRIEFING_PANES = ("summary", "players", "issues", "steps")
"""The four briefing panes, in the order of keys 1 to 4."""
PANES = (*BRIEFING_PANES, "article")
"""Every focusable pane of the reader, in the order of keys 1 to 5."""
PANE_TITLES = {
    "summary": "Summary",
    "players": "Key players",
    "issues": "Open issues",
    "steps": "Next steps",
    "article": "Article",
}
EMPTY_TEXT = {
    "summary": "No summary: the article has no sentences.",
    "players": "No key players found.",
    "issues": "No open issues found.",
    "steps": "No next steps found.",
}
ITEM_KIND = {"summary": "summary", "players": "player", "issues": "issue", "steps": "step"}
"""Pane name -> the store's anchor kind for notes written on its items."""


@dataclass(frozen=True)
class PaneItem:
    """One line of a briefing pane and the sentence it stands on."""

    pane: str
    text: str
    """The sentence, or the player's name."""
    sentence: int | None
    """Evidence sentence id: where ``enter`` jumps."""
    key: str
    """The store's ``item_key`` for notes on this item."""
    detail: str | None = None
    """Why it was picked (issues, steps) or the player's role."""
    meta: str | None = None
    """Small print: mention count, when, score."""
    children: tuple[int, ...] = ()
    """A player's sentences, shown when the item is expanded."""


@dataclass(frozen=True)
class Markers:
    """Which sentences and items carry notes, so panes can mark them."""

    sentences: frozenset[int] = frozenset()
    items: frozenset[tuple[str, str]] = frozenset()
    """(item_kind, item_key) pairs."""

    @classmethod
    def from_notes(cls, notes: Iterable[Note]) -> Markers:
        """Collect markers from the store's notes (orphans mark nothing)."""
        sentences: set[int] = set()
        items: set[tuple[str, str]] = set()
        for note in notes:
            if note.sentence_id is not None:
                sentences.add(note.sentence_id)
            if note.item_key is not None and note.item_kind != "sentence":
                items.add((note.item_kind, note.item_key))
        return cls(frozenset(sentences), frozenset(items))

    def marks(self, item: PaneItem) -> bool:
        """Whether a note was written on this item."""
        return (ITEM_KIND[item.pane], item.key) in self.items


@dataclass(frozen=True)
class SearchHit:
    """A place where the search text occurs: a pane and an index in it."""

    pane: str
    index: int
    """Item index in a briefing pane, or the sentence id in the article."""
    text: str


@dataclass
class SummarySize:
    """How many sentences the summary shows; ``+``/``-`` change it without recomputing."""

    count: int
    total: int

    def grow(self) -> bool:
        """One sentence more, up to the whole article; whether anything changed."""
        if self.count >= self.total:
            return False
        self.count += 1
        return True

    def shrink(self) -> bool:
        """One sentence less, down to one; whether anything changed."""
        if self.count <= 1:
            return False
        self.count -= 1
        return True


def summary_ids(briefing: Briefing, count: int | None = None) -> list[int]:
    """The summary's sentence ids at ``count`` sentences, from the stored scores."""
    chosen = [item.sentence for item in briefing.summary.items]
    scores = briefing.summary.scores
    if count is None or len(scores) != len(briefing.document.sentences) or not scores:
        return chosen
    return pick(list(scores), max(0, min(count, len(scores))))


def pane_items(briefing: Briefing, pane: str, summary_count: int | None = None) -> list[PaneItem]:
    """The items of one briefing pane, in display order."""
    document = briefing.document
    if pane == "summary":
        scores = briefing.summary.scores
        return [
            PaneItem(
                "summary",
                _sentence_text(document, sid),
                sid,
                str(sid),
                meta=f"{scores[sid - 1]:.2f}" if len(scores) >= sid else None,
            )
            for sid in summary_ids(briefing, summary_count)
        ]
    if pane == "players":
        return [
            PaneItem(
                "players",
                player.name,
                player.sentences[0] if player.sentences else None,
                player.name,
                detail=player.role,
                meta=_mentions(player.mentions),
                children=tuple(player.sentences),
            )
            for player in briefing.players
        ]
    if pane == "issues":
        return [
            PaneItem(
                "issues", _sentence_text(document, i.sentence), i.sentence, str(i.sentence), i.why
            )
            for i in briefing.open_issues
        ]
    if pane == "steps":
        return [
            PaneItem(
                "steps",
                _sentence_text(document, s.sentence),
                s.sentence,
                str(s.sentence),
                detail=s.why,
                meta=", ".join(part for part in (s.when, *s.who) if part) or None,
            )
            for s in briefing.next_steps
        ]
    raise ValueError(f"not a briefing pane: {pane}")


def more_count(briefing: Briefing, pane: str) -> int:
    """How many items the analysis left out of a capped pane."""
    if pane == "issues":
        return briefing.more_open_issues
    if pane == "steps":
        return briefing.more_next_steps
    return 0


def _mentions(count: int) -> str:
    return f"{count} mention" if count == 1 else f"{count} mentions"


def _sentence_text(document: Document, sentence_id: int) -> str:
    try:
        return document.sentence(sentence_id).text
    except KeyError:
        return f"(sentence {sentence_id} is missing)"


def search(
    query: str, document: Document, panes: Mapping[str, Sequence[PaneItem]], limit: int = 200
) -> list[SearchHit]:
    """Every item and sentence containing ``query`` (case-insensitive), panes first."""
    needle = query.casefold().strip()
    if not needle:
        return []
    hits: list[SearchHit] = []
    for pane in BRIEFING_PANES:
        for index, item in enumerate(panes.get(pane, ())):
            haystack = " ".join(part for part in (item.text, item.detail, item.meta) if part)
            if needle in haystack.casefold():
                hits.append(SearchHit(pane, index, item.text))
    for sentence in document.sentences:
        if needle in sentence.text.casefold():
            hits.append(SearchHit("article", sentence.id, sentence.text))
    return hits[:limit]


def display_source(source: str | None) -> str:
    """A short, stable name for where an article came from (file name, URL, stdin)."""
    source = one_line(source)
    if not source:
        return "unknown source"
    if source == "-":
        return "standard input"
    if "://" in source:
        return source
    return os.path.basename(source) or source


def one_line(text: str | None, fallback: str = "") -> str:
    """Text folded to one line without escapes or control characters, for display.

    Loading already strips them, but notes come from the CLI and rows from a file
    anyone could edit, so nothing reaches the terminal without passing here.
    """
    if not text:
        return fallback
    return sanitize_line(text) or fallback
