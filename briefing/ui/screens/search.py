"""Search the article and every briefing pane as you type.

Dismisses with (query, chosen hit, matching sentence ids) so the reader can jump
to the hit and light up every matching sentence of the article.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from briefing.analysis.document import Document
from briefing.ui.model import PANE_TITLES, PaneItem, SearchHit, one_line, search

SearchResult = tuple[str, SearchHit | None, list[int]]


def hit_prompt(hit: SearchHit, query: str) -> Text:
    """A hit as plain text, the pane first and the match underlined."""
    text = Text(f"{PANE_TITLES[hit.pane]:<12} ", style="dim")
    body = Text(one_line(hit.text))
    needle = query.strip()
    if needle:
        body.highlight_words([needle], style="bold underline", case_sensitive=False)
    text.append_text(body)
    return text


class SearchScreen(ModalScreen[SearchResult | None]):
    """An input and the hits under it; ``enter`` goes to the highlighted hit."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close"),
        Binding("down", "hits", "Hits", show=False),
    ]

    def __init__(self, document: Document, panes: Mapping[str, Sequence[PaneItem]]) -> None:
        super().__init__()
        self.document = document
        self.panes = panes
        self.hits: list[SearchHit] = []

    def compose(self) -> ComposeResult:
        """Input, hits, keys."""
        with Vertical(id="dialog", classes="wide-dialog"):
            yield Static(Text("Search the article and the briefing"), classes="dialog-title")
            yield Input(placeholder="Type to search…", id="search-input")
            yield OptionList(markup=False, id="search-hits")
            yield Static(Text("enter go · ↓ choose · escape close"), classes="dialog-keys")

    def on_mount(self) -> None:
        """Type at once."""
        self.query_one(Input).focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        """Search as the user types."""
        self.hits = search(event.value, self.document, self.panes)
        hits = self.query_one(OptionList)
        hits.clear_options()
        if event.value.strip() and not self.hits:
            hits.add_option(Option(Text("No matches.", style="dim italic"), disabled=True))
        hits.add_options([Option(hit_prompt(hit, event.value)) for hit in self.hits])
        if self.hits:
            hits.highlighted = 0

    def _result(self, index: int | None) -> SearchResult:
        query = self.query_one(Input).value
        hit = self.hits[index] if index is not None and 0 <= index < len(self.hits) else None
        matches = [h.index for h in self.hits if h.pane == "article"]
        return query, hit, matches

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """enter in the input: go to the highlighted (first) hit."""
        event.stop()
        self.dismiss(self._result(self.query_one(OptionList).highlighted))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """enter or click on a hit."""
        event.stop()
        self.dismiss(self._result(event.option_index))

    def action_hits(self) -> None:
        """down from the input moves into the hits."""
        self.query_one(OptionList).focus()

    def action_close(self) -> None:
        """escape."""
        self.dismiss(None)
