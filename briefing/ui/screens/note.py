"""The note dialog: one line of text on the selected item or sentence.

``enter`` saves, ``escape`` cancels. The sentence being annotated is shown as
plain text, so brackets in it are never read as markup.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from briefing.ui.model import one_line


class NoteDialog(ModalScreen[str | None]):
    """Ask for a note; dismiss with its text, or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, what: str, context: str, text: str = "") -> None:
        super().__init__()
        self.what = what
        self.context = context
        self.text = text

    def compose(self) -> ComposeResult:
        """The annotated sentence, the input, and the keys."""
        with Vertical(id="dialog"):
            yield Static(Text(f"Note on {self.what}"), classes="dialog-title", markup=False)
            yield Static(Text(one_line(self.context)), classes="dialog-context", markup=False)
            yield Input(self.text, placeholder="Write a note…", id="note-input")
            yield Static(Text("enter save · escape cancel"), classes="dialog-keys", markup=False)

    def on_mount(self) -> None:
        """Type at once."""
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """enter: save (an empty note is the same as cancelling)."""
        event.stop()
        text = event.value.strip()
        self.dismiss(text or None)

    def action_cancel(self) -> None:
        """escape: close without saving."""
        self.dismiss(None)
