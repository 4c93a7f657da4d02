"""Help: every key of the screen underneath, generated from the bindings.

The same bindings feed the footer and the command palette, so help cannot drift
from what the keys do.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.dom import DOMNode
from textual.screen import ModalScreen
from textual.widgets import Static

MOUSE_HELP = (
    ("click", "focus a pane, choose an item (jumps to its evidence) or a sentence"),
    ("wheel", "scroll the pane under the pointer"),
)


def bindings_of(nodes: Iterable[type[DOMNode]]) -> list[Binding]:
    """The bindings declared by these classes (and their bases), first one per key wins."""
    seen: set[str] = set()
    found: list[Binding] = []
    for node in nodes:
        for cls in node.__mro__:
            for binding in getattr(cls, "BINDINGS", ()):
                if not isinstance(binding, Binding):
                    continue
                key = binding.key.split(",")[0]
                if key in seen or not binding.description:
                    continue
                seen.add(key)
                found.append(binding)
    return found


def key_label(binding: Binding) -> str:
    """How a binding's keys are written in help: 'down, j'."""
    if binding.key_display:
        return binding.key_display
    names = {"question_mark": "?", "slash": "/", "plus": "+", "minus": "-", "equals_sign": "="}
    return ", ".join(names.get(k.strip(), k.strip()) for k in binding.key.split(","))


def help_table(sections: Iterable[tuple[str, list[Binding], object]]) -> Table:
    """A two-column table of keys and what they do, one block per section."""
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold", no_wrap=True)
    table.add_column()
    for title, bindings, _owner in sections:
        if not bindings:
            continue
        table.add_row(Text(title, style="bold underline"), "")
        for binding in bindings:
            table.add_row(Text(key_label(binding)), Text(binding.description))
        table.add_row("", "")
    table.add_row(Text("Mouse", style="bold underline"), "")
    for what, does in MOUSE_HELP:
        table.add_row(Text(what), Text(does))
    return table


class HelpScreen(ModalScreen[None]):
    """A table of keys; any of escape, ? or q closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q", "close", "Close help"),
    ]

    def __init__(self, sections: Sequence[tuple[str, list[Binding], object]]) -> None:
        super().__init__()
        self.sections = sections

    def compose(self) -> ComposeResult:
        """Title and the generated table."""
        with Vertical(id="dialog", classes="wide-dialog"):
            yield Static(Text("Keys"), classes="dialog-title")
            with VerticalScroll(id="help-body"):
                yield Static(help_table(self.sections))
            yield Static(Text("escape close"), classes="dialog-keys")

    def action_close(self) -> None:
        """Back to where the user was."""
        self.dismiss(None)
