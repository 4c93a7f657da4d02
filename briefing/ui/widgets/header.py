"""The reader's header: the article's title, where it came from, and reading progress.

One widget drawing one line, rather than a row of labels: the header is on the
reader's first frame, where every widget costs start-up time. Title and source
are untrusted (they come from the article and the file name), so they only
ever go into plain ``Text``.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.timer import Timer
from textual.widget import Widget

GAP = "  "
SPINNER = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏"
"""Frames of the busy indicator drawn before the status while the reader works."""
SOURCE_SHARE = 0.4
"""Most of the line the source may take; the title gets what is left."""


class ReaderHeader(Widget):
    """One line: title on the left, source and status on the right."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "reader-header--title",
        "reader-header--source",
        "reader-header--progress",
        "reader-header--status",
    }

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.title = ""
        self.source = ""
        self.status = ""
        self.progress: float | None = None
        self.busy = False
        self._frame = 0
        self._spinner: Timer | None = None

    def set_busy(self, busy: bool) -> None:
        """Turn the spinning busy indicator before the status on or off."""
        if busy == self.busy:
            return
        self.busy = busy
        if busy:
            self._spinner = self.set_interval(0.1, self._spin)
        elif self._spinner is not None:
            self._spinner.stop()
            self._spinner = None
        self.refresh()

    def _spin(self) -> None:
        self._frame = (self._frame + 1) % len(SPINNER)
        self.refresh()

    def set_article(self, title: str, source: str) -> None:
        """Show the article's title and source, literally."""
        self.title, self.source = title, source
        self.refresh()

    def set_status(self, status: str, progress: float | None = None) -> None:
        """Show what the reader is doing and how far the user read."""
        self.status, self.progress = status, progress
        self.refresh()

    def status_text(self) -> Text:
        """Progress and status, as drawn at the right end."""
        text = Text(no_wrap=True, end="")
        if self.progress is not None:
            style = self.get_component_rich_style("reader-header--progress", partial=True)
            text.append(f"{round(self.progress * 100):3d}% read", style)
        if self.status:
            if text:
                text.append(GAP)
            style = self.get_component_rich_style("reader-header--status", partial=True)
            if self.busy:
                text.append(f"{SPINNER[self._frame]} ", style)
            text.append(self.status, style)
        return text

    def render(self) -> Text:
        """Title, then source and status pushed to the right; the title gives way first."""
        width = self.content_size.width
        status = self.status_text()
        source = Text(self.source, no_wrap=True, end="")
        source.stylize(self.get_component_rich_style("reader-header--source", partial=True))
        source.truncate(int(width * SOURCE_SHARE), overflow="ellipsis")
        right = Text(no_wrap=True, end="")
        for part in (source, status):
            if part:
                right.append(GAP)
                right.append_text(part)
        title = Text(self.title, no_wrap=True, end="")
        title.stylize(self.get_component_rich_style("reader-header--title", partial=True))
        title.truncate(max(0, width - right.cell_len), overflow="ellipsis", pad=True)
        line = Text(no_wrap=True, end="")
        line.append_text(title)
        line.append_text(right)
        line.truncate(width, overflow="ellipsis")
        return line
