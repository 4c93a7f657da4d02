"""The library screen: every article read so far, filtered as you type.

Titles and sources come from articles and file names, so every cell is a plain
``Text``; DataTable never sees a markup string from outside.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Input, Static

from briefing.store.models import ArticleRecord
from briefing.ui.model import display_source, one_line
from briefing.ui.widgets.key_bar import KeyBar

if TYPE_CHECKING:
    from briefing.ui.app import BriefingApp


def record_row(record: ArticleRecord) -> tuple[Text, ...]:
    """The cells of one article's row."""
    added = time.strftime("%Y-%m-%d %H:%M", time.localtime(record.added))
    read = Text("read", style="dim") if record.read else Text("unread", style="bold")
    progress = f"{round(record.progress * 100)}%" if record.progress else ""
    return (
        Text(
            one_line(record.title, display_source(record.source)), overflow="ellipsis", no_wrap=True
        ),
        Text(display_source(record.source), style="dim", overflow="ellipsis", no_wrap=True),
        Text(added),
        read,
        Text(progress, justify="right"),
        Text(str(record.note_count) if record.note_count else "", justify="right"),
    )


COLUMN_WIDTHS = {"Added": 16, "Read": 6, "Progress": 8, "Notes": 5}
"""Fixed widths of the columns after the title and the source."""
COLUMN_OVERHEAD = 2 * (len(COLUMN_WIDTHS) + 2) + 2
"""Cell padding on both sides of every column, and the scrollbar."""
MIN_TITLE_WIDTH = 12
MIN_SOURCE_WIDTH = 8
MAX_SOURCE_WIDTH = 24


class LibraryScreen(Screen[None]):
    """Open, mark read/unread or forget an article."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "filter", "Filter", key_display="/"),
        Binding("r", "toggle_read", "Read/unread"),
        Binding("d,delete", "forget", "Forget"),
        Binding("escape", "clear_filter", "Clear filter", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.records: list[ArticleRecord] = []

    @property
    def briefing_app(self) -> BriefingApp:
        """The app, typed."""
        from briefing.ui.app import BriefingApp

        assert isinstance(self.app, BriefingApp)
        return self.app

    def compose(self) -> ComposeResult:
        """Title, filter, table, footer."""
        yield Static(Text("Library"), id="library-title")
        yield Input(
            placeholder="Filter by title or source (/)", id="library-filter", select_on_focus=False
        )
        table: DataTable[Text] = DataTable(cursor_type="row", zebra_stripes=True, id="library")
        yield table
        yield Static(Text(""), id="library-empty")
        yield KeyBar()

    def on_mount(self) -> None:
        """Columns, rows, focus on the table."""
        self._set_columns(self.app.size.width)
        self.refill()
        self.query_one(DataTable).focus()

    def _set_columns(self, width: int) -> None:
        """The title takes what the other columns leave, so they stay on screen."""
        table = self.query_one(DataTable)
        table.clear(columns=True)
        rest = width - sum(COLUMN_WIDTHS.values()) - COLUMN_OVERHEAD
        source = max(MIN_SOURCE_WIDTH, min(MAX_SOURCE_WIDTH, rest * 2 // 5))
        table.add_column("Title", width=max(MIN_TITLE_WIDTH, rest - source), key="title")
        table.add_column("Source", width=source, key="source")
        for label, column in COLUMN_WIDTHS.items():
            table.add_column(label, width=column, key=label.lower())

    def on_resize(self, event: events.Resize) -> None:
        """Fit the title column to the new width, keeping the selected row."""
        record = self.selected
        self._set_columns(event.size.width)
        self.refill(keep=record.id if record else None)

    def refill(self, keep: str | None = None) -> None:
        """Reload the rows from the store, filtered by the input."""
        query = self.query_one(Input).value
        self.records = self.briefing_app.library.list_articles(query)
        table: DataTable[Text] = self.query_one(DataTable)
        table.clear()
        for record in self.records:
            table.add_row(*record_row(record), key=record.id)
        empty = self.query_one("#library-empty", Static)
        empty.display = not self.records
        if self.records:
            empty.update(Text(""))
        elif query:
            empty.update(Text("No article matches the filter.", style="dim italic"))
        else:
            empty.update(Text("The library is empty: run briefing PATH to open an article."))
        if keep is not None:
            ids = [r.id for r in self.records]
            if keep in ids:
                table.move_cursor(row=ids.index(keep))
        self.refresh_bindings()

    @property
    def selected(self) -> ArticleRecord | None:
        """The article under the cursor."""
        table = self.query_one(DataTable)
        if not self.records or not 0 <= table.cursor_row < len(self.records):
            return None
        return self.records[table.cursor_row]

    def on_input_changed(self, event: Input.Changed) -> None:
        """Filter as the user types."""
        self.refill()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """enter in the filter: back to the table."""
        self.query_one(DataTable).focus()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        """enter or click: open the article."""
        record = self.selected
        if record is not None:
            self.briefing_app.open_reader(record.id)

    def on_key(self, event: events.Key) -> None:
        """Typing a letter or digit that is no key here starts the filter with it."""
        character = event.character
        if (
            character is None
            or not character.isalnum()
            or not isinstance(self.focused, DataTable)
            or self._is_bound(event.key)
        ):
            return
        event.stop()
        event.prevent_default()
        field = self.query_one(Input)
        field.focus()
        field.insert_text_at_cursor(character)

    def _is_bound(self, key: str) -> bool:
        """Whether a key does something in the library (its own keys or the app's)."""
        return key in self.active_bindings

    def action_filter(self) -> None:
        """/: type a filter."""
        self.query_one(Input).focus()

    def action_clear_filter(self) -> None:
        """escape: clear the filter and go back to the table."""
        self.query_one(Input).value = ""
        self.query_one(DataTable).focus()

    def action_toggle_read(self) -> None:
        """r: mark read or unread."""
        record = self.selected
        if record is not None:
            self.briefing_app.library.set_read(record.id, not record.read)
            self.refill(keep=record.id)

    def action_forget(self) -> None:
        """d: forget the article, its notes and state, after asking."""
        from briefing.ui.screens.confirm import ConfirmDialog

        record = self.selected
        if record is None:
            return
        question = Text("Forget ")
        question.append(one_line(record.title, display_source(record.source)), style="bold")
        notes = record.note_count
        question.append(f" and its {notes} note{'s' if notes != 1 else ''}?" if notes else "?")

        def answer(yes: bool | None) -> None:
            if yes:
                self.briefing_app.library.forget(record.id)
                self.refill()
                self.notify("Article forgotten", timeout=2)

        self.app.push_screen(ConfirmDialog(question), answer)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Row actions need a row."""
        if action in ("toggle_read", "forget"):
            return self.selected is not None
        return True
