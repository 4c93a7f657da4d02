"""The reader screen: four briefing panes beside the article, every item one key from its evidence.

The screen owns the reading state. Analysis runs in a thread worker that opens
its own store connection and posts :class:`BriefingReady` back; widgets are
only touched here, on the app's thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import OptionList

from briefing.analysis.briefing import AnalysisOptions, Briefing
from briefing.analysis.document import Document
from briefing.analysis.summary import DEFAULT_SUMMARIZER, SUMMARIZERS
from briefing.store.models import ReadingState
from briefing.ui.messages import AnalysisFailed, ArticleRead, ArticleRefused, BriefingReady
from briefing.ui.model import (
    BRIEFING_PANES,
    ITEM_KIND,
    PANE_TITLES,
    PANES,
    Markers,
    PaneItem,
    display_source,
    more_count,
    one_line,
    pane_items,
)
from briefing.ui.widgets.article_view import ArticleView
from briefing.ui.widgets.header import ReaderHeader
from briefing.ui.widgets.item_pane import ItemPane
from briefing.ui.widgets.key_bar import KeyBar
from briefing.ui.widgets.pane_tabs import PaneTabs
from briefing.ui.workers import brief_article, parse_article

if TYPE_CHECKING:
    from briefing.ui.app import BriefingApp
    from briefing.workflow import ArticleText

TAB_TITLES = {
    "summary": "Summary",
    "players": "Players",
    "issues": "Issues",
    "steps": "Steps",
    "article": "Article",
}
"""Short pane names for the tab strip of small terminals."""
WAIT_FOR_ARTICLE = frozenset({"note", "notes", "search", "summarizer", "resize_summary"})
"""Actions that need the article parsed and stored first."""
SAVE_DELAY = 0.5
"""Seconds of quiet before a changed reading state is written."""


class ReaderScreen(Screen[None]):
    """One article and its briefing."""

    AUTO_FOCUS = ""  # the restored pane takes focus, not the first one

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]  # noqa: RUF012
    VERTICAL_BREAKPOINTS = [(0, "-short"), (30, "-tall")]  # noqa: RUF012
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("1", "focus_pane('summary')", "Summary", show=False),
        Binding("2", "focus_pane('players')", "Key players", show=False),
        Binding("3", "focus_pane('issues')", "Open issues", show=False),
        Binding("4", "focus_pane('steps')", "Next steps", show=False),
        Binding("5", "focus_pane('article')", "Article", show=False),
        Binding("tab", "cycle(1)", "Next pane", show=False),
        Binding("shift+tab", "cycle(-1)", "Previous pane", show=False),
        Binding("space", "expand", "Expand"),
        Binding("escape", "back", "Back"),
        Binding("n", "note", "Note"),
        Binding("N,shift+n", "notes", "Notes", key_display="N"),
        Binding("s", "summarizer", "Summarizer"),
        Binding("plus,equals_sign", "resize_summary(1)", "Longer", key_display="+"),
        Binding("minus", "resize_summary(-1)", "Shorter", key_display="-"),
        Binding("slash", "search", "Search", key_display="/"),
    ]

    def __init__(
        self,
        article_id: str | None,
        document: Document | None = None,
        *,
        pending: ArticleText | None = None,
    ) -> None:
        super().__init__()
        self.article_id = article_id
        """None until a pending article is parsed and stored."""
        self.document = document
        self.pending = pending
        self.briefing: Briefing | None = None
        self.options = AnalysisOptions()
        self.summary_count: int | None = None
        self.chosen_length: int | None = None
        """Summary sentences the user chose with +/-; kept across summarizers and sessions."""
        self.markers = Markers()
        self.state = ReadingState()
        self.current_pane = "summary"
        self.jump_origin: str | None = None
        self.searching = False
        self.analysing = False
        self.progress = 0.0
        self._restored = False
        self._preset_breakpoints()

    def _preset_breakpoints(self) -> None:
        """Take the size classes now, so the first resize does not restyle every pane again."""
        width, height = self.app.size
        classes: dict[str, bool] = {}
        for size, breakpoints in (
            (width, self.HORIZONTAL_BREAKPOINTS),
            (height, self.VERTICAL_BREAKPOINTS),
        ):
            reached = [name for limit, name in sorted(breakpoints or []) if size >= limit]
            for _limit, name in breakpoints or []:
                classes[name] = bool(reached) and name == reached[-1]
        self.update_classes(classes, update=False)

    @property
    def briefing_app(self) -> BriefingApp:
        """The app, typed."""
        from briefing.ui.app import BriefingApp

        assert isinstance(self.app, BriefingApp)
        return self.app

    def compose(self) -> ComposeResult:
        """Header, a tab strip for small terminals, the panes and the footer."""
        yield ReaderHeader(id="header")
        yield PaneTabs([(pane, TAB_TITLES[pane]) for pane in PANES], id="tabs")
        with Horizontal(id="body"):
            with Vertical(id="briefing-column"):
                for number, pane in enumerate(BRIEFING_PANES, 1):
                    widget = ItemPane(pane, id=f"pane-{pane}")
                    widget.border_title = f"{number} {PANE_TITLES[pane]}"
                    yield widget
            article = ArticleView(id="pane-article")
            article.border_title = f"5 {PANE_TITLES['article']}"
            yield article
        yield KeyBar()

    def pane(self, name: str) -> Widget:
        """The widget of a pane by name."""
        return self.query_one(f"#pane-{name}")

    def item_pane(self, name: str) -> ItemPane:
        """A briefing pane by name."""
        return self.query_one(f"#pane-{name}", ItemPane)

    @property
    def article(self) -> ArticleView:
        """The article pane."""
        return self.query_one(ArticleView)

    # Opening ---------------------------------------------------------------------------

    def on_mount(self) -> None:
        """Show the article at once, or read a new one first behind the progress indicator."""
        if self.article_id is None and self.pending is not None:
            self._read_pending(self.pending)
        else:
            self._open()

    def _read_pending(self, pending: ArticleText) -> None:
        """Panes up with their progress indicators now; the parsing runs in a worker."""
        source = display_source(pending.source)
        self.query_one(ReaderHeader).set_article(source, "")
        self.article.waiting = "Reading the article…"
        self._wait("Analysing: reading the article…")
        self.focus_pane(self.current_pane)
        self.call_after_refresh(self._parse_pending, pending)

    @work(thread=True, group="reading", exit_on_error=False)
    def _parse_pending(self, pending: ArticleText) -> None:
        self.post_message(parse_article(self.briefing_app.library.data_dir, pending))

    @on(ArticleRead)
    def _article_read(self, message: ArticleRead) -> None:
        self.article_id, self.document, self.pending = message.article_id, message.document, None
        chosen = self.current_pane  # a new article has no saved pane; keep where the user went
        self._open()
        self.focus_pane(chosen)

    @on(ArticleRefused)
    def _article_refused(self, message: ArticleRefused) -> None:
        self.briefing_app.refusal = message.error
        self.app.exit(return_code=2)

    def _open(self) -> None:
        """Show the stored article, restore the reading state, start the analysis."""
        assert self.article_id is not None
        library = self.briefing_app.library
        if self.document is None:
            self.document = library.load_document(self.article_id)
        record = library.get_article(self.article_id)
        source = display_source(record.source if record else self.document.source)
        title = one_line(self.document.title or (record.title if record else None), source)
        self.query_one(ReaderHeader).set_article(title, "" if title == source else source)
        self.state = library.reading_state(self.article_id)
        self.progress = self.state.progress
        if self.state.summarizer in SUMMARIZERS:
            self.options = AnalysisOptions(summarizer=self.state.summarizer)
        self.chosen_length = self.state.summary_length
        self.markers = Markers.from_notes(library.notes(self.article_id))
        self.article.set_document(self.document, self.markers.sentences)
        cursor = self.state.selected.get("article")
        if cursor:
            self.article.cursor = cursor
        self.call_after_refresh(self._restore_scroll, "article")
        pane = self.state.pane if self.state.pane in PANES else "summary"
        self.focus_pane(pane)
        self.analyse(self.options)

    def _restore_scroll(self, pane: str) -> None:
        scroll = self.state.scroll.get(pane)
        if scroll:
            self.pane(pane).scroll_to(y=scroll, animate=False, immediate=True)

    def analyse(self, options: AnalysisOptions) -> None:
        """Show a cached briefing at once, else a progress indicator while a worker briefs.

        The worker starts after the next frame: analysis holds the GIL for long
        stretches, and the panes with their indicator must be on screen first.
        """
        self.options = options
        article_id = self.article_id
        if article_id is None:
            return
        cached = self.briefing_app.library.cached_briefing(article_id, options.key())
        if cached is not None:
            self._apply(cached)
            return
        name = options.summarizer or DEFAULT_SUMMARIZER
        self._wait(f"Analysing with {name}…")
        self.call_after_refresh(self._run_analysis, article_id, options)

    def _wait(self, status: str) -> None:
        """The briefing panes say they wait, and the header spins with ``status``."""
        self.analysing = True
        for pane in BRIEFING_PANES:
            self.item_pane(pane).show_waiting("Analysing…")
        self._set_status(status)

    @work(thread=True, exclusive=True, group="analysis", exit_on_error=False)
    def _run_analysis(self, article_id: str, options: AnalysisOptions) -> None:
        self.post_message(brief_article(self.briefing_app.library.data_dir, article_id, options))

    @on(BriefingReady)
    def _show_briefing(self, message: BriefingReady) -> None:
        if message.article_id == self.article_id and message.options == self.options:
            self._apply(message.briefing)

    def _apply(self, briefing: Briefing) -> None:
        """Fill the panes from a briefing (restoring the saved selection the first time)."""
        self.analysing = False
        self.briefing = briefing
        total = len(briefing.document.sentences)
        chosen = self.chosen_length if briefing.summary.scores else None
        self.summary_count = min(total, max(1, chosen)) if chosen else len(briefing.summary.items)
        for pane in BRIEFING_PANES:
            selected = self.state.selected.get(pane) if not self._restored else None
            self._fill(pane, selected)
            if not self._restored:
                self.call_after_refresh(self._restore_scroll, pane)
        self._restored = True
        self._set_status(self._analysis_label())
        self.refresh_bindings()

    @on(AnalysisFailed)
    def _show_failure(self, message: AnalysisFailed) -> None:
        self.analysing = False
        if self.briefing is None:
            for pane in BRIEFING_PANES:
                self.item_pane(pane).show_waiting("No briefing: the analysis failed.")
        else:  # the earlier briefing stays; only the new summarizer failed
            for pane in BRIEFING_PANES:
                self._fill(pane)
        self._set_status("Analysis failed")
        self.notify(message.error, title="Analysis failed", severity="error", markup=False)

    def _analysis_label(self) -> str:
        if self.briefing is None:
            return ""
        count = len(self.items("summary"))
        return f"{self.briefing.summary.algorithm} · {count} sentences"

    def items(self, pane: str) -> list[PaneItem]:
        """The items a briefing pane shows now."""
        if self.briefing is None:
            return []
        return pane_items(self.briefing, pane, self.summary_count)

    def _fill(self, pane: str, selected: int | None = None) -> None:
        assert self.briefing is not None and self.document is not None
        items = self.items(pane)
        widget = self.item_pane(pane)
        widget.show_items(items, self.document, self.markers, selected)
        number = PANES.index(pane) + 1
        more = more_count(self.briefing, pane)
        extra = f" +{more} more" if more else ""
        widget.border_title = f"{number} {PANE_TITLES[pane]}"
        widget.border_subtitle = f"{len(items)}{extra}" if items else ""

    def _set_status(self, status: str) -> None:
        header = self.query_one(ReaderHeader)
        header.set_busy(self.analysing)
        header.set_status(status, self.progress)

    # Focus and panes -------------------------------------------------------------------

    def focus_pane(self, name: str) -> None:
        """Focus a pane; on a small terminal it becomes the one shown."""
        for pane in PANES:
            self.pane(pane).set_class(pane == name, "-active")
        self.query_one(PaneTabs).set_active(name)
        self.current_pane = name
        self.pane(name).focus()

    def action_focus_pane(self, name: str) -> None:
        """Keys 1-5."""
        self.focus_pane(name)

    def action_cycle(self, step: int) -> None:
        """tab / shift+tab: the next or previous pane."""
        index = PANES.index(self.current_pane)
        self.focus_pane(PANES[(index + step) % len(PANES)])

    def on_descendant_focus(self, event: object) -> None:
        """Keep track of the focused pane (the mouse can focus one too)."""
        focused = self.focused
        for pane in PANES:
            if focused is not None and focused.id == f"pane-{pane}" and pane != self.current_pane:
                self.focus_pane(pane)
        self.refresh_bindings()
        self.schedule_save()

    @on(PaneTabs.Chosen)
    def _tab_chosen(self, message: PaneTabs.Chosen) -> None:
        """A click on the tab strip of small terminals shows that pane."""
        if message.pane in PANES:
            self.focus_pane(message.pane)

    # Evidence --------------------------------------------------------------------------

    @on(OptionList.OptionSelected)
    def _jump_to_evidence(self, event: OptionList.OptionSelected) -> None:
        pane = event.option_list
        if not isinstance(pane, ItemPane):
            return
        event.stop()
        if pane.pane == "players" and pane.selected_child is None:
            pane.toggle_expanded()
        sentence = pane.evidence
        if sentence is None:
            return
        self.jump_origin = pane.pane
        self.focus_pane("article")
        self.article.show_evidence(sentence)
        self.refresh_bindings()

    @on(OptionList.OptionHighlighted)
    def _item_moved(self, event: OptionList.OptionHighlighted) -> None:
        self.refresh_bindings()
        self.schedule_save()

    def action_back(self) -> None:
        """escape: clear the evidence highlight and the search, return to the item."""
        origin = self.jump_origin
        self.jump_origin = None
        self.article.show_evidence(None)
        if self.searching:
            self.searching = False
            self.article.set_matches(())
        if origin is not None:
            self.focus_pane(origin)
        self.refresh_bindings()

    def action_expand(self) -> None:
        """space: expand a player to the sentences that mention it."""
        if self.current_pane == "players":
            self.item_pane("players").toggle_expanded()
            self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Hide keys that do nothing here, dim those that wait for the analysis."""
        if self.article_id is None and action in WAIT_FOR_ARTICLE:
            return None
        if action == "back":
            return self.jump_origin is not None or self.searching
        if action == "expand":
            if self.current_pane != "players" or self.briefing is None:
                return False
            item = self.item_pane("players").current
            return item is not None and bool(item.children)
        if action == "resize_summary":
            if self.current_pane != "summary":
                return False
            return None if self.briefing is None or not self.briefing.summary.scores else True
        if action == "note":
            return self.note_target() is not None or None
        return True

    # Notes, search, summary ------------------------------------------------------------

    def note_target(self) -> tuple[int, str, str | None, str] | None:
        """(sentence id, item kind, item key, what it is) for a note written now."""
        if self.current_pane == "article":
            sid = self.article.cursor
            return None if sid is None else (sid, "sentence", None, "sentence")
        if self.briefing is None:
            return None
        pane = self.item_pane(self.current_pane)
        item, sentence = pane.current, pane.evidence
        if item is None or sentence is None:
            return None
        return sentence, ITEM_KIND[item.pane], item.key, PANE_TITLES[item.pane]

    def action_note(self) -> None:
        """n: write a note on the selected item or sentence."""
        from briefing.ui.screens import reader_dialogs

        reader_dialogs.write_note(self)

    def reload_notes(self) -> None:
        """Redraw note markers from the store."""
        if self.article_id is None:
            return
        self.markers = Markers.from_notes(self.briefing_app.library.notes(self.article_id))
        self.article.set_noted(self.markers.sentences)
        if self.briefing is not None:
            for pane in BRIEFING_PANES:
                self.item_pane(pane).set_markers(self.markers)

    def action_notes(self) -> None:
        """N: list the article's notes; choosing one shows its sentence."""
        from briefing.ui.screens import reader_dialogs

        reader_dialogs.list_notes(self)

    def action_search(self) -> None:
        """/: search the article and every pane."""
        from briefing.ui.screens import reader_dialogs

        reader_dialogs.search(self)

    def action_summarizer(self) -> None:
        """s: brief again with the next summarizer."""
        current = self.options.summarizer or DEFAULT_SUMMARIZER
        following = SUMMARIZERS[(SUMMARIZERS.index(current) + 1) % len(SUMMARIZERS)]
        chosen = None if following == DEFAULT_SUMMARIZER else following  # one cache entry
        self.analyse(AnalysisOptions(summarizer=chosen))
        self.schedule_save()

    def action_resize_summary(self, step: int) -> None:
        """+/-: one summary sentence more or less, from the stored scores."""
        if self.briefing is None or self.summary_count is None:
            return
        total = len(self.briefing.document.sentences)
        count = min(total, max(1, self.summary_count + step))
        if count != self.summary_count:
            self.summary_count = count
            self.chosen_length = count
            self.schedule_save()
            self._fill("summary")
            self._set_status(self._analysis_label())

    # Reading state ---------------------------------------------------------------------

    @on(ArticleView.Scrolled)
    def _scrolled(self, message: ArticleView.Scrolled) -> None:
        if message.progress > self.progress:
            self.progress = message.progress
            self._set_status("Analysing…" if self.analysing else self._analysis_label())
        self.schedule_save()

    @on(ArticleView.CursorMoved)
    def _cursor_moved(self, message: ArticleView.CursorMoved) -> None:
        self.refresh_bindings()
        self.schedule_save()

    def schedule_save(self) -> None:
        """Write the reading state once things are quiet for a moment."""
        timer = getattr(self, "_save_timer", None)
        if timer is not None:
            timer.stop()
        self._save_timer = self.set_timer(SAVE_DELAY, self.save_state)

    def reading_state(self) -> ReadingState:
        """The state to restore on reopening: pane, selections, scroll positions, progress."""
        selected = dict(self.state.selected)
        scroll = dict(self.state.scroll)
        if self.briefing is not None:
            for pane in BRIEFING_PANES:
                index = self.item_pane(pane).selected_item
                if index is not None:
                    selected[pane] = index
                scroll[pane] = float(self.pane(pane).scroll_y)
        if self.article.cursor is not None:
            selected["article"] = self.article.cursor
        scroll["article"] = float(self.article.scroll_y)
        return ReadingState(
            self.current_pane,
            selected,
            scroll,
            self.progress,
            summarizer=self.options.summarizer,
            summary_length=self.chosen_length,
        )

    def save_state(self) -> None:
        """Write the reading state to the store now."""
        if not self.is_mounted or self.article_id is None:
            return
        self.state = self.reading_state()
        self.briefing_app.library.save_reading_state(self.article_id, self.state)
