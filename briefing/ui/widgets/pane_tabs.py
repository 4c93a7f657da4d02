"""The tab strip of small terminals: which pane is shown, and a click to show another.

One widget drawing one line (a label per pane would cost a widget each on the
reader's first frame). The screen sets ``active``; a click posts ``Chosen``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual import events
from textual.message import Message
from textual.widget import Widget


class PaneTabs(Widget):
    """`` 1 Summary  2 Players …`` with the shown pane lit up."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"pane-tabs--tab", "pane-tabs--active"}

    class Chosen(Message):
        """The user clicked the tab of ``pane``."""

        def __init__(self, pane: str) -> None:
            super().__init__()
            self.pane = pane

    def __init__(
        self, tabs: Sequence[tuple[str, str]], *, id: str | None = None, classes: str | None = None
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.tabs = list(tabs)
        """(pane name, label) in order; the number shown is the position."""
        self.active = self.tabs[0][0] if self.tabs else ""
        self._spans: list[tuple[int, int, str]] = []

    def set_active(self, pane: str) -> None:
        """Light up the tab of the pane now shown."""
        if pane != self.active:
            self.active = pane
            self.refresh()

    def render(self) -> Text:
        """Every tab, the active one styled apart."""
        plain = self.get_component_rich_style("pane-tabs--tab", partial=True)
        active = self.get_component_rich_style("pane-tabs--active", partial=True)
        text = Text(no_wrap=True, end="")
        spans = []
        for number, (pane, label) in enumerate(self.tabs, 1):
            start = len(text)
            text.append(f" {number} {label} ", active if pane == self.active else plain)
            spans.append((start, len(text), pane))
        self._spans = spans
        return text

    def on_click(self, event: events.Click) -> None:
        """A click on a tab asks the screen to show that pane."""
        for start, end, pane in self._spans:
            if start <= event.x < end:
                event.stop()
                self.post_message(self.Chosen(pane))
                return
