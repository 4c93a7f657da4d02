"""The article pane: paragraphs that flow, one sentence under the cursor, evidence lit up.

A Line API widget: the article is wrapped once per width and per paragraph, so
a 3,000-sentence article scrolls and moves its cursor without re-rendering the
whole text. Every sentence knows the lines it spans, which is how ``enter`` on a
briefing item brings its evidence into view. Article text goes into plain
``rich.text.Text`` objects, never through markup.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from briefing.analysis.document import Document, Sentence
from briefing.ui.widgets.article_layout import (
    BLANK_LINE,
    Line,
    Piece,
    paragraph_pieces,
    wrap_pieces,
)


class ArticleView(ScrollView, can_focus=True):
    """The article text with a sentence cursor, an evidence highlight and note markers."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-view--cursor",
        "article-view--evidence",
        "article-view--match",
        "article-view--note",
        "article-view--heading",
        "article-view--waiting",
    }
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "move(1)", "Next sentence", show=False),
        Binding("up,k", "move(-1)", "Previous sentence", show=False),
        Binding("pagedown,space", "page(1)", "Page down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("home", "edge(0)", "First sentence", show=False),
        Binding("end", "edge(1)", "Last sentence", show=False),
    ]

    class CursorMoved(Message):
        """The sentence under the cursor changed (keys or mouse)."""

        def __init__(self, sentence: int | None) -> None:
            super().__init__()
            self.sentence = sentence

    class Scrolled(Message):
        """The view scrolled; ``progress`` is how far down the reader got (0..1)."""

        def __init__(self, progress: float) -> None:
            super().__init__()
            self.progress = progress

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.document: Document | None = None
        self.cursor: int | None = None
        self.evidence: int | None = None
        self.matches: frozenset[int] = frozenset()
        self.noted: frozenset[int] = frozenset()
        self._by_paragraph: dict[int, list[Sentence]] = {}
        self._cache: dict[int, list[Line]] = {}
        self._strips: dict[int, list[Strip]] = {}
        self._lines: list[Line] = []
        self._first_line: dict[int, tuple[int, int]] = {}
        self._width = 0
        self._stale = True
        self._reveal: tuple[int, bool] | None = None
        """A sentence to bring into view after the next layout, and whether it is a jump."""
        self._reached = 0.0
        """How far reading (scrolling, moving the cursor) got, as a share of the article."""
        self._jumping = False
        self.waiting: str | None = None
        """Shown in place of the text until a document is set (while it is being read)."""

    # Content ---------------------------------------------------------------------------

    def set_document(self, document: Document, noted: Iterable[int] = ()) -> None:
        """Show a document; the cursor starts on its first sentence."""
        self.document = document
        self.waiting = None
        self.noted = frozenset(noted)
        self._by_paragraph = {}
        for sentence in document.sentences:
            self._by_paragraph.setdefault(sentence.paragraph, []).append(sentence)
        self.cursor = document.sentences[0].id if document.sentences else None
        self._invalidate(layout=True)

    def set_noted(self, noted: Iterable[int]) -> None:
        """Mark the sentences that carry notes."""
        changed = self.noted.symmetric_difference(noted)
        self.noted = frozenset(noted)
        self._invalidate(changed, layout=True)

    def set_matches(self, matches: Iterable[int]) -> None:
        """Light up the sentences that match the current search."""
        changed = self.matches.symmetric_difference(matches)
        self.matches = frozenset(matches)
        self._invalidate(changed)

    def show_evidence(self, sentence: int | None) -> None:
        """Highlight an item's evidence sentence, move the cursor there and scroll to it.

        A jump, not reading: it does not count towards the read progress.
        """
        old = {s for s in (self.evidence, self.cursor) if s is not None}
        self.evidence = sentence
        if sentence is not None:
            self.cursor = sentence
        self._invalidate(old | ({sentence} if sentence else set()))
        if sentence is not None:
            self.reveal(sentence, jump=True)

    def select(self, sentence: int, *, jump: bool = False) -> None:
        """Put the cursor on a sentence and bring it into view.

        Moving through the text is reading; a ``jump`` (to a search hit) is not,
        and leaves the read progress where it was.
        """
        if self.document is None or not 1 <= sentence <= len(self.document.sentences):
            return
        old = self.cursor
        self.cursor = sentence
        self._invalidate({sentence} | ({old} if old else set()))
        self.reveal(sentence, jump=jump)
        if not jump:
            self._read_to_cursor()
        self.post_message(self.CursorMoved(sentence))
        self.post_message(self.Scrolled(self.progress))

    @property
    def progress(self) -> float:
        """How far the user read (0..1): the furthest the view or the cursor was moved to.

        An article that fits on one screen is all visible on opening, but has not been
        read: until the user scrolls, only the sentence cursor says how far they got.
        Jumps (to evidence, a note, a search hit) are not reading and do not count.
        """
        return self._reached

    def _reach(self, line: int) -> None:
        total = self.virtual_size.height
        if total > 0:
            self._reached = max(self._reached, min(1.0, line / total))

    def _read_to_cursor(self) -> None:
        if self.cursor is not None and self.cursor in self._first_line:
            self._reach(self._first_line[self.cursor][1] + 1)

    # Layout ----------------------------------------------------------------------------
    # Layout (where lines break, which sentence is on which line) is computed for the
    # whole article from plain strings; styled strips are rendered only for the
    # paragraphs that are drawn, and re-rendered alone when their highlight changes.

    def _invalidate(self, sentences: Iterable[int] | None = None, layout: bool = False) -> None:
        if sentences is None:
            self._strips.clear()
            if layout:
                self._cache.clear()
                self._stale = True
        elif self.document is not None:
            for sid in sentences:
                if 1 <= sid <= len(self.document.sentences):
                    paragraph = self.document.sentence(sid).paragraph
                    self._strips.pop(paragraph, None)
                    if layout:
                        self._cache.pop(paragraph, None)
                        self._stale = True
        self.refresh()

    def _ensure_layout(self) -> None:
        width = max(1, self.scrollable_content_region.width)
        if width != self._width:
            self._cache.clear()
            self._strips.clear()
            self._width = width
            self._stale = True
        if not self._stale:
            return
        self._stale = False
        lines: list[Line] = []
        spans: dict[int, tuple[int, int]] = {}
        paragraphs = self.document.paragraphs if self.document else ()
        for number, paragraph in enumerate(paragraphs):
            if number:
                lines.append(BLANK_LINE)
            wrapped = self._cache.get(paragraph.index)
            if wrapped is None:
                wrapped = self._cache[paragraph.index] = self._wrap(paragraph.index, width)
            for offset, line in enumerate(wrapped):
                for _start, _end, sid in line.spans:
                    first, _last = spans.get(sid, (len(lines) + offset, 0))
                    spans[sid] = (first, len(lines) + offset)
            lines.extend(wrapped)
        self._lines = lines
        self._first_line = spans
        self.virtual_size = Size(width, len(lines))
        if self._reached == 0.0:
            self._read_to_cursor()  # the first sentence is read on opening
        self.post_message(self.Scrolled(self.progress))
        if self._reveal is not None:
            self.call_after_refresh(self._scroll_to_sentence, *self._reveal)
            self._reveal = None

    def _style_for(self, sid: int) -> Style:
        style = Style()
        if sid in self.matches:
            style += self.get_component_rich_style("article-view--match", partial=True)
        if sid == self.cursor and self.has_focus:
            style += self.get_component_rich_style("article-view--cursor", partial=True)
        elif sid == self.cursor:
            style += Style(underline=True)
        if sid == self.evidence:
            style += self.get_component_rich_style("article-view--evidence", partial=True)
        return style

    def _pieces(self, index: int) -> list[Piece]:
        assert self.document is not None
        return paragraph_pieces(
            self.document.paragraphs[index], self._by_paragraph.get(index, ()), self.noted
        )

    def _paragraph_text(self, index: int) -> Text:
        """A paragraph as one styled Text, for drawing."""
        text = Text(no_wrap=True, end="")
        heading = self.get_component_rich_style("article-view--heading", partial=True)
        note = self.get_component_rich_style("article-view--note", partial=True)
        for piece, role, sid in self._pieces(index):
            if role == "sentence":
                text.append(piece, self._style_for(sid))
            elif role == "heading":
                text.append(piece, heading)
            elif role == "note":
                text.append(piece, note)
            else:
                text.append(piece)
        return text

    def _wrap(self, index: int, width: int) -> list[Line]:
        return wrap_pieces(index, self._pieces(index), width)

    def _render_paragraph(self, index: int) -> list[Strip]:
        text = self._paragraph_text(index)
        console = self.app.console
        strips = []
        lines = self._cache.get(index, [])
        pieces: list[Text] = list(text.divide(line.end for line in lines)) if lines else []
        for piece in pieces[: len(lines)]:
            piece.rstrip()
            strips.append(Strip(list(piece.render(console, end=""))))
        self._strips[index] = strips
        return strips

    def render_line(self, y: int) -> Strip:
        """Line API: the ``y``-th visible line."""
        self._ensure_layout()
        index = int(self.scroll_y) + y
        width = self.scrollable_content_region.width
        base = self.rich_style
        if self.document is None and self.waiting and y == 0:
            waiting = self.get_component_rich_style("article-view--waiting", partial=True)
            notice = Text(no_wrap=True, end="")
            notice.append(self.waiting, waiting)  # a span: Text.render drops the base style
            notice.truncate(width)
            strip = Strip(list(notice.render(self.app.console, end="")))
            return strip.crop_extend(0, width, base).apply_style(base)
        if not 0 <= index < len(self._lines):
            return Strip.blank(width, base)
        line = self._lines[index]
        if line.paragraph < 0:
            return Strip.blank(width, base)
        strips = self._strips.get(line.paragraph) or self._render_paragraph(line.paragraph)
        if line.row >= len(strips):
            return Strip.blank(width, base)
        return strips[line.row].crop_extend(0, width, base).apply_style(base)

    def on_resize(self, event: events.Resize) -> None:
        """Re-wrap for the new width, keeping the cursor in view."""
        self._stale = True
        if self.cursor is not None and self._lines:
            self._reveal = (self.cursor, True)

    def on_focus(self) -> None:
        """Show the cursor as a block while the article has focus."""
        self._invalidate({self.cursor} if self.cursor else ())

    def on_blur(self) -> None:
        """Show the cursor as an underline when focus is elsewhere."""
        self._invalidate({self.cursor} if self.cursor else ())

    # Scrolling -------------------------------------------------------------------------

    def reveal(self, sentence: int, *, jump: bool = False) -> None:
        """Scroll so a sentence is in view (after the next layout if there is none yet)."""
        if self._stale or not self._lines:
            self._reveal = (sentence, jump)
            self.refresh()
            return
        self._scroll_to_sentence(sentence, jump)

    def _scroll_to_sentence(self, sentence: int, jump: bool = False) -> None:
        first, last = self._first_line.get(sentence, (0, 0))
        height = max(1, self.size.height)
        top = int(self.scroll_y)
        if first < top or last >= top + height:
            self._jumping = jump
            try:
                self.scroll_to(y=max(0, first - height // 3), animate=False, immediate=True)
            finally:
                self._jumping = False

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        """Report reading progress as the view scrolls (a jump's scroll is not reading)."""
        super().watch_scroll_y(old_value, new_value)
        if new_value > 0 and not self._jumping:
            self._reach(int(new_value) + self.size.height)
        self.post_message(self.Scrolled(self.progress))

    def line_sentence(self, line: int, column: int) -> int | None:
        """The sentence drawn at a line and column of the whole article (for the mouse)."""
        self._ensure_layout()
        if not 0 <= line < len(self._lines):
            return None
        spans = self._lines[line].spans
        for start, end, sid in spans:
            if start <= column < end:
                return sid
        return spans[-1][2] if spans else None

    def on_click(self, event: events.Click) -> None:
        """Clicking a sentence puts the cursor on it."""
        offset = event.get_content_offset(self)
        if offset is None:
            return
        sid = self.line_sentence(int(self.scroll_y) + offset.y, offset.x)
        if sid is not None:
            self.select(sid)

    # Actions ---------------------------------------------------------------------------

    def action_move(self, delta: int) -> None:
        """Move the cursor to the next or previous sentence."""
        if self.document is None or not self.document.sentences:
            return
        current = self.cursor or 1
        target = min(len(self.document.sentences), max(1, current + delta))
        self.select(target)

    def action_page(self, direction: int) -> None:
        """Scroll a page and put the cursor on the first sentence in view."""
        self._ensure_layout()
        height = max(1, self.size.height - 1)
        self.scroll_to(y=self.scroll_y + direction * height, animate=False, immediate=True)
        top = int(self.scroll_y)
        for line in self._lines[top : top + height]:
            if line.spans:
                old = self.cursor
                self.cursor = line.spans[0][2]
                self._invalidate({self.cursor} | ({old} if old else set()))
                self.post_message(self.CursorMoved(self.cursor))
                break

    def action_edge(self, end: int) -> None:
        """Jump to the first or last sentence."""
        if self.document and self.document.sentences:
            self.select(len(self.document.sentences) if end else 1)
