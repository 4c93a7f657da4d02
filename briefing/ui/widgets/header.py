"""The reader's header: the article's title, where it came from, and reading progress.

Title and source are untrusted (they come from the article and the file name),
so they are handed over as plain ``Text``.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Static


class ReaderHeader(Horizontal):
    """One line: title on the left, source and status on the right."""

    def compose(self) -> ComposeResult:
        """Three labels; their text is set by the screen."""
        yield Static(Text(""), id="header-title", markup=False)
        yield Static(Text(""), id="header-source", markup=False)
        yield Static(Text(""), id="header-status", markup=False)

    def set_article(self, title: str, source: str) -> None:
        """Show the article's title and source, literally."""
        self.query_one("#header-title", Static).update(
            Text(title, no_wrap=True, overflow="ellipsis")
        )
        self.query_one("#header-source", Static).update(
            Text(source, no_wrap=True, overflow="ellipsis")
        )

    def set_status(self, status: str, progress: float | None = None) -> None:
        """Show what the reader is doing and how far the user read."""
        text = Text(no_wrap=True)
        if progress is not None:
            text.append(f"{round(progress * 100):3d}% read", style="bold")
        if status:
            if text:
                text.append("  ")
            text.append(status)
        self.query_one("#header-status", Static).update(text)
