"""A briefing pane: a list of items, each leading back to its evidence sentence.

Built on ``OptionList`` with ``markup=False`` and ``rich.text.Text`` prompts, so an
article's brackets are never read as markup. A player item can be expanded to the
sentences that mention the player.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.padding import Padding
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from briefing.analysis.document import Document
from briefing.ui.model import EMPTY_TEXT, Markers, PaneItem, one_line

NOTE_MARK = " ✎"


class ItemPane(OptionList):
    """One of the four briefing panes."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "cursor_down", "Next item", show=False),
        Binding("up,k", "cursor_up", "Previous item", show=False),
        Binding("enter", "select", "Evidence"),
    ]

    def __init__(self, pane: str, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self.pane = pane
        self.items: list[PaneItem] = []
        self.expanded: set[int] = set()
        self.markers = Markers()
        self.document: Document | None = None
        self._rows: list[tuple[int, int | None]] = []
        """Option index -> (item index, child sentence id or None)."""
        self.empty_text = EMPTY_TEXT.get(pane, "Nothing here.")
        self.waiting = False
        """True while the pane shows what it waits for instead of items."""

    def show_waiting(self, message: str) -> None:
        """No items yet: one line saying why (the analysis runs, or it failed).

        The pane keeps its border, title and focus, so the layout is there from
        the first frame and the keys that move between panes work meanwhile.
        """
        self.waiting = True
        self.items = []
        self._show_notice(message)

    def _show_notice(self, message: str) -> None:
        """One dimmed line in place of the items."""
        self._rows = []
        self.clear_options()
        self.add_option(Option(Text(message, style="dim italic"), disabled=True))

    def show_items(
        self,
        items: Sequence[PaneItem],
        document: Document,
        markers: Markers,
        selected: int | None = None,
    ) -> None:
        """Replace the items, keeping (or setting) the selected one."""
        self.waiting = False
        if selected is None:
            selected = self.selected_item
        self.items = list(items)
        self.document = document
        self.markers = markers
        self.expanded = {i for i in self.expanded if i < len(self.items)}
        self._rebuild(selected)

    def set_markers(self, markers: Markers) -> None:
        """Redraw with new note markers."""
        self.markers = markers
        self._rebuild(self.selected_item, self.selected_child)

    def _rebuild(self, selected: int | None, child: int | None = None) -> None:
        if not self.items:
            self._show_notice(self.empty_text)
            return
        self.clear_options()
        self._rows = []
        options: list[Option | None] = []
        for index, item in enumerate(self.items):
            if index and self.pane != "players":
                options.append(None)
            options.append(Option(self._prompt(item, index)))
            self._rows.append((index, None))
            if index in self.expanded:
                for sid in item.children:
                    options.append(Option(self._child_prompt(sid)))
                    self._rows.append((index, sid))
        self.add_options(options)
        if selected is not None and self.items:
            selected = min(max(0, selected), len(self.items) - 1)
            self.highlighted = self._row_of(selected, child)
        elif self.items:
            self.highlighted = 0

    def _row_of(self, item: int, child: int | None) -> int:
        for row, (index, sid) in enumerate(self._rows):
            if index == item and sid == child:
                return row
        for row, (index, _sid) in enumerate(self._rows):
            if index == item:
                return row
        return 0

    def _prompt(self, item: PaneItem, index: int) -> Text:
        text = Text()
        if item.pane == "players":
            arrow = "▾ " if index in self.expanded else "▸ "
            text.append(arrow if item.children else "  ", style="dim")
            text.append(one_line(item.text), style="bold")
            if item.detail:
                text.append("  ")
                text.append(one_line(item.detail), style="italic")
            if item.meta:
                text.append("  ")
                text.append(f"· {one_line(item.meta)}", style="dim")
        else:
            text.append(one_line(item.text))
            if item.detail:
                text.append("\n")
                text.append(f"↳ {one_line(item.detail)}", style="dim italic")
            if item.meta and item.pane == "steps":
                text.append(f"  · {one_line(item.meta)}", style="dim")
        if self.markers.marks(item) or (
            item.pane != "players" and item.sentence in self.markers.sentences
        ):
            text.append(NOTE_MARK, style="bold")
        return text

    def _child_prompt(self, sentence: int) -> Padding:
        """A player's sentence, indented as a block so its wrapped lines stay aligned."""
        text = Text()
        if self.document is not None and 1 <= sentence <= len(self.document.sentences):
            text.append(one_line(self.document.sentence(sentence).text), style="dim")
        if sentence in self.markers.sentences:
            text.append(NOTE_MARK, style="bold")
        return Padding(text, (0, 0, 0, 4))

    # What is selected ------------------------------------------------------------------

    @property
    def selected_item(self) -> int | None:
        """Index of the item under the cursor (a player's sentence counts as the player)."""
        if self.highlighted is None or not 0 <= self.highlighted < len(self._rows):
            return None
        return self._rows[self.highlighted][0]

    @property
    def selected_child(self) -> int | None:
        """The sentence id of an expanded player's sentence under the cursor."""
        if self.highlighted is None or not 0 <= self.highlighted < len(self._rows):
            return None
        return self._rows[self.highlighted][1]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """No "Evidence" key in the footer for an empty pane (or one still being briefed)."""
        if action == "select":
            return self.current is not None
        return True

    @property
    def current(self) -> PaneItem | None:
        """The item under the cursor."""
        index = self.selected_item
        return None if index is None else self.items[index]

    @property
    def evidence(self) -> int | None:
        """The sentence ``enter`` jumps to: a player's chosen sentence, else the item's."""
        child = self.selected_child
        if child is not None:
            return child
        item = self.current
        return None if item is None else item.sentence

    def select_item(self, index: int) -> None:
        """Move the cursor to an item."""
        if self.items:
            self.highlighted = self._row_of(min(max(0, index), len(self.items) - 1), None)

    def toggle_expanded(self) -> bool:
        """Expand or collapse the player under the cursor; whether it could."""
        index = self.selected_item
        if index is None or not self.items[index].children:
            return False
        self.expanded.symmetric_difference_update({index})
        self._rebuild(index)
        return True
