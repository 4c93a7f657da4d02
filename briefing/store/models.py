"""Frozen records the store hands to the CLI and the reader."""

from __future__ import annotations

from dataclasses import dataclass, field

ANCHOR_KINDS = ("sentence", "summary", "player", "issue", "step")
"""What a note can be attached to: a sentence, or an item of one of the briefing panes."""

PANES = ("summary", "players", "issues", "steps", "article")
NOTE_STATUSES = ("anchored", "moved", "orphaned")


@dataclass(frozen=True)
class ArticleRecord:
    """One article of the library, as ``briefing list`` shows it."""

    id: str
    """sha256 hex of Document.text (the normalised text)."""
    title: str | None
    source: str | None
    """Absolute path, URL, or "-" for stdin."""
    added: float
    last_opened: float | None
    read: bool
    progress: float
    """0.0 .. 1.0, how far the reader got in the article pane."""
    note_count: int


@dataclass(frozen=True)
class ReadingState:
    """Where the reader left an article, so reopening puts the user back there."""

    pane: str = "summary"
    selected: dict[str, int] = field(default_factory=dict)
    """Pane name -> selected item index."""
    scroll: dict[str, float] = field(default_factory=dict)
    """Pane name -> scroll_y."""
    progress: float = 0.0
    summarizer: str | None = None
    """The summarizer chosen with ``s``; None for the default."""
    summary_length: int | None = None
    """Summary sentences chosen with ``+``/``-``; None for the summarizer's own length."""


@dataclass(frozen=True)
class Note:
    """A note anchored to a sentence by id and text, and to the item it was written on."""

    id: int
    article_id: str
    sentence_id: int | None
    """Current sentence id after re-anchoring; None when orphaned."""
    sentence_text: str
    """The sentence's text when the note was written."""
    item_kind: str
    """One of ANCHOR_KINDS."""
    item_key: str | None
    """Player name for "player"; str(sentence id) for summary/issue/step; None for sentence."""
    text: str
    created: float
    updated: float
    status: str
    """"anchored" (same id, same text), "moved" (re-anchored by text), "orphaned"."""
