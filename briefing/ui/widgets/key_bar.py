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
        """``key description`` pairs, separated by spaces; disabled ones dimmed."""
        key_style = self.get_component_rich_style("key-bar--key")
        description_style = self.get_component_rich_style("key-bar--description")
        disabled_style = self.get_component_rich_style("key-bar--disabled")
        shown, palette = self.shown_bindings()
        text = Text(no_wrap=True, overflow="ellipsis", end="")
        keys: list[tuple[int, int, str]] = []
        for binding, enabled in shown:
            if text:
                text.append(SEPARATOR)
            start = len(text)
            text.append(f" {self.app.get_key_display(binding)} ", key_style)
            text.append(f" {binding.description}", description_style if enabled else disabled_style)
            keys.append((start, len(text), binding.key.split(",")[0]))
        if palette is not None:
            label = Text.assemble(
                (f" {self.app.get_key_display(palette)} ", key_style),
                (f" {palette.description} ", description_style),
            )
            width = self.size.width
            if width - len(text) > len(label) + len(SEPARATOR):
                text.append(" " * (width - len(text) - len(label)))
                start = len(text)
                text.append_text(label)
                keys.append((start, len(text), palette.key.split(",")[0]))
        self._keys = keys
        return text

    def on_click(self, event: events.Click) -> None:
        """A click on a key presses it."""
        for start, end, key in self._keys:
            if start <= event.x < end:
                event.stop()
                self.app.simulate_key(key)
                return
