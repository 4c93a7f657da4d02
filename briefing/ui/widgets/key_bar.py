"""The footer line: the keys that work now, drawn as one widget.

Textual's ``Footer`` builds a widget per key and rebuilds them all whenever the
bindings change, which is most of the reader's first frame. This bar reads the
same ``active_bindings`` and draws them as one line of text: keys that wait
for something (a check returning ``None``) are dimmed, keys that do nothing
here are left out. A click on a key presses it. Its styles are in the app's
``briefing.tcss`` (component classes ``key-bar--key``, ``--description``, ``--disabled``).
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.screen import Screen
from textual.widget import Widget

SEPARATOR = "  "
KEPT_ACTIONS = frozenset({"help", "quit"})
"""Keys the bar never leaves out for want of room: help lists every other key."""


class KeyBar(Widget):
    """One line of ``key description`` pairs for the current screen, the palette key right."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "key-bar--key",
        "key-bar--description",
        "key-bar--disabled",
    }

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._keys: list[tuple[int, int, str]] = []
        """(first column, end column, key) of each key drawn, for the mouse."""

    def on_mount(self) -> None:
        """Redraw whenever the screen's bindings change (focus moved, a check changed)."""
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        """Stop listening to a screen that is going away."""
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen[object]) -> None:
        if self.is_attached and screen is self.screen:
            self.refresh()

    def shown_bindings(self) -> tuple[list[tuple[Binding, bool]], Binding | None]:
        """The bindings drawn now, each with whether it is enabled, and the palette's."""
        seen: set[str] = set()
        shown: list[tuple[Binding, bool]] = []
        palette: Binding | None = None
        for _node, binding, enabled, _tooltip in self.screen.active_bindings.values():
            if binding.action == "command_palette":
                palette = binding if self.app.ENABLE_COMMAND_PALETTE else None
                continue
            if binding.show and binding.action not in seen:
                seen.add(binding.action)
                shown.append((binding, enabled))
        return shown, palette

    def render(self) -> Text:
        """``key description`` pairs, separated by spaces; disabled ones dimmed.

        When they do not fit, they are drawn closer together, then keys are left
        out from the end, but never ``?`` (help lists them all) nor ``q``.
        """
        shown, palette = self.shown_bindings()
        width = self.size.width
        text, keys = self._line(shown, SEPARATOR, " ")
        if text.cell_len > width:
            text, keys = self._line(shown, " ", "")
        kept = list(shown)
        while text.cell_len > width and len(kept) > 1:
            droppable = [i for i, (b, _) in enumerate(kept) if b.action not in KEPT_ACTIONS]
            if not droppable:
                break
            del kept[droppable[-1]]
            text, keys = self._line(kept, " ", "")
        if palette is not None:
            label, _ = self._line([(palette, True)], "", " ")
            label.append(" ")
            if width - text.cell_len > label.cell_len + len(SEPARATOR):
                text.append(" " * (width - text.cell_len - label.cell_len))
                keys.append((len(text), len(text) + len(label), palette.key.split(",")[0]))
                text.append_text(label)
        self._keys = keys
        return text

    def _line(
        self, bindings: list[tuple[Binding, bool]], separator: str, pad: str
    ) -> tuple[Text, list[tuple[int, int, str]]]:
        """The bindings as one line, and where each key's click area is."""
        key_style = self.get_component_rich_style("key-bar--key")
        description_style = self.get_component_rich_style("key-bar--description")
        disabled_style = self.get_component_rich_style("key-bar--disabled")
        text = Text(no_wrap=True, overflow="ellipsis", end="")
        keys: list[tuple[int, int, str]] = []
        for binding, enabled in bindings:
            if text:
                text.append(separator)
            start = len(text)
            text.append(f"{pad}{self.app.get_key_display(binding)}{pad}", key_style)
            text.append(f" {binding.description}", description_style if enabled else disabled_style)
            keys.append((start, len(text), binding.key.split(",")[0]))
        return text, keys

    def on_click(self, event: events.Click) -> None:
        """A click on a key presses it."""
        for start, end, key in self._keys:
            if start <= event.x < end:
                event.stop()
                self.app.simulate_key(key)
                return
