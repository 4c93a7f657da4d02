"""The article's notes, in sentence order: choose one to see its sentence.

Notes whose sentence changed are re-anchored by the store or shown as orphaned;
``d`` deletes the selected note.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from briefing.store.models import Note
from briefing.ui.model import one_line


def note_prompt(note: Note) -> Text:
    """One note as plain text: its text, then the sentence it is on."""
    text = Text("✎ ", style="bold")
    text.append(one_line(note.text))
    where = f"sentence {note.sentence_id}" if note.sentence_id else "orphaned"
    if note.item_kind != "sentence":
        where += f", {note.item_kind}"
    if note.status != "anchored":
        where += f", {note.status}"
    text.append(f"\n  {where}: ", style="dim")
    text.append(one_line(note.sentence_text)[:160], style="dim italic")
    return text


class NotesScreen(ModalScreen[int | None]):
    """Dismiss with the chosen note's sentence id, or None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close"),
        Binding("d,delete", "delete", "Delete note"),
    ]

    def __init__(self, notes: Sequence[Note]) -> None:
        super().__init__()
        self.notes = list(notes)

    def compose(self) -> ComposeResult:
        """A title and the list."""
        with Vertical(id="dialog", classes="wide-dialog"):
            yield Static(Text(f"Notes ({len(self.notes)})"), classes="dialog-title")
            yield OptionList(markup=False, id="notes-list")
            yield Static(
                Text("enter show sentence · d delete · escape close"), classes="dialog-keys"
            )

    def on_mount(self) -> None:
        """Fill the list and focus it."""
        self._fill()
        self.query_one(OptionList).focus()

    def _fill(self) -> None:
        options = self.query_one(OptionList)
        options.clear_options()
        if not self.notes:
            empty = Text("No notes yet: press n on an item or a sentence.", style="dim italic")
            options.add_option(Option(empty, disabled=True))
            return
        options.add_options([Option(note_prompt(note)) for note in self.notes])
        options.highlighted = 0

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """enter: show the note's sentence."""
        event.stop()
        self.dismiss(self.notes[event.option_index].sentence_id)

    def action_delete(self) -> None:
        """d: delete the selected note from the store."""
        from briefing.ui.app import BriefingApp

        index = self.query_one(OptionList).highlighted
        if index is None or not self.notes or not isinstance(self.app, BriefingApp):
            return
        self.app.library.delete_note(self.notes.pop(index).id)
        self._fill()
        self.notify("Note deleted", timeout=2)

    def action_close(self) -> None:
        """escape."""
        self.dismiss(None)
