"""The reader driven by its keys and the mouse, as a user would (Textual's Pilot)."""

from __future__ import annotations

import io
import threading
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

import pytest
from textual.command import CommandPalette
from textual.widgets import Input

from briefing import workflow
from briefing.analysis.document import Document
from briefing.analysis.limits import Limits
from briefing.analysis.summary import DEFAULT_SUMMARIZER, SUMMARIZERS
from briefing.cli import main
from briefing.store.library import Library
from briefing.ui.app import BriefingApp, make_app
from briefing.ui.screens.help import HelpScreen
from briefing.ui.screens.library import LibraryScreen
from briefing.ui.screens.note import NoteDialog
from briefing.ui.screens.notes import NotesScreen
from briefing.ui.screens.reader import ReaderScreen
from briefing.ui.screens.search import SearchScreen
from briefing.ui.widgets.article_view import ArticleView
from briefing.ui.widgets.pane_tabs import PaneTabs
from tests.ui.conftest import settle


def reader(app: BriefingApp) -> ReaderScreen:
    screen = app.screen
    assert isinstance(screen, ReaderScreen)
    return screen


async def test_all_four_briefing_panes_are_visible_at_120x40(briefed_app: BriefingApp) -> None:
    async with briefed_app.run_test(size=(120, 40)) as pilot:
        await settle(briefed_app, pilot)
        screen = reader(briefed_app)
        for pane in ("summary", "players", "issues", "steps", "article"):
            region = screen.pane(pane).region
            assert region.width > 20 and region.height >= 5, pane
        assert len(screen.item_pane("summary").items) == 3
        assert screen.item_pane("players").items[0].text == "Antony Blinken"
        assert briefed_app.focused is screen.pane("summary")


async def test_small_terminal_shows_one_pane_at_a_time(briefed_app: BriefingApp) -> None:
    async with briefed_app.run_test(size=(80, 24)) as pilot:
        await settle(briefed_app, pilot)
        screen = reader(briefed_app)
        shown = [
            p
            for p in ("summary", "players", "issues", "steps", "article")
            if screen.pane(p).display
        ]
        assert shown == ["summary"]
        await pilot.press("3")
        assert screen.pane("issues").display and not screen.pane("summary").display
        tabs = screen.query_one(PaneTabs)
        assert tabs.display and tabs.active == "issues"
        column = tabs.render().plain.index("Article")
        assert await pilot.click(PaneTabs, offset=(column, 0))
        await pilot.pause()
        assert screen.current_pane == "article" and tabs.active == "article"
        assert screen.pane("article").display and not screen.pane("issues").display


async def test_number_keys_and_tab_move_between_panes(briefed_app: BriefingApp) -> None:
    async with briefed_app.run_test(size=(120, 40)) as pilot:
        await settle(briefed_app, pilot)
        screen = reader(briefed_app)
        for key, pane in zip(
            "52341", ("article", "players", "issues", "steps", "summary"), strict=True
        ):
            await pilot.press(key)
            assert briefed_app.focused is screen.pane(pane)
        await pilot.press("tab")
        assert screen.current_pane == "players"
        await pilot.press("shift+tab", "shift+tab")
        assert screen.current_pane == "article"


async def test_up_down_and_j_k_move_within_a_pane(briefed_app: BriefingApp) -> None:
    async with briefed_app.run_test(size=(120, 40)) as pilot:
        await settle(briefed_app, pilot)
        screen = reader(briefed_app)
        summary = screen.item_pane("summary")
        await pilot.press("down")
        assert summary.selected_item == 1
        await pilot.press("j")
        assert summary.selected_item == 2
        await pilot.press("k", "up")
        assert summary.selected_item == 0
        await pilot.press("5")
        article = screen.article
        start = article.cursor
        assert start == 1
        await pilot.press("j", "down")
        assert article.cursor == 3
        await pilot.press("k")
        assert article.cursor == 2


async def test_enter_jumps_to_evidence_and_escape_comes_back(briefed_app: BriefingApp) -> None:
    async with briefed_app.run_test(size=(120, 40)) as pilot:
        await settle(briefed_app, pilot)
        screen = reader(briefed_app)
        await pilot.press("3", "enter")
        assert briefed_app.focused is screen.article
        assert screen.article.evidence == 6 and screen.article.cursor == 6
        await pilot.press("escape")
        assert screen.article.evidence is None
        assert briefed_app.focused is screen.pane("issues")


async def test_a_player_expands_to_its_sentences(briefed_app: BriefingApp) -> None:
    async with briefed_app.run_test(size=(120, 40)) as pilot:
        await settle(briefed_app, pilot)
        screen = reader(briefed_app)
        players = screen.item_pane("players")
        await pilot.press("2", "space")
        assert 0 in players.expanded
        assert players.option_count == 3 + 3
        await pilot.press("down", "down", "enter")
        assert screen.article.evidence == 2
        await pilot.press("escape", "k", "k", "space")
        assert players.expanded == set()


async def test_items_show_why_role_and_mentions(briefed_app: BriefingApp) -> None:
    async with briefed_app.run_test(size=(120, 40)) as pilot:
        await settle(briefed_app, pilot)
        screen = reader(briefed_app)
        player = str(screen.item_pane("players").get_option_at_index(0).prompt)
        assert "US Secretary of State" in player and "3 mentions" in player
        issue = str(screen.item_pane("issues").get_option_at_index(0).prompt)
        assert "disagreement" in issue
        step = str(screen.item_pane("steps").get_option_at_index(0).prompt)
        assert "announced" in step and "Monday evening" in step


async def test_a_note_round_trips_through_the_store_and_the_cli(
    briefed_app: BriefingApp, library: Library, data_dir: object
) -> None:
    async with briefed_app.run_test(size=(120, 40)) as pilot:
        await settle(briefed_app, pilot)
        screen = reader(briefed_app)
        await pilot.press("3", "n")
        assert isinstance(briefed_app.screen, NoteDialog)
        await pilot.press(*"check this")
        await pilot.press("enter")
        await pilot.pause()
        notes = library.notes(screen.article_id)
        assert [(n.text, n.item_kind, n.item_key, n.sentence_id) for n in notes] == [
            ("check this", "issue", "6", 6)
        ]
        assert 6 in screen.article.noted
        assert "✎" in str(screen.item_pane("issues").get_option_at_index(0).prompt)
        await pilot.press("n", *"dropped", "escape")
        assert len(library.notes(screen.article_id)) == 1
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["notes", "export", "--format", "json", "--data-dir", str(data_dir)]) == 0
    assert "check this" in out.getvalue()


async def test_a_note_on_a_sentence_of_the_article(
    briefed_app: BriefingApp, library: Library
) -> None:
    async with briefed_app.run_test(size=(120, 40)) as pilot:
        await settle(briefed_app, pilot)
        screen = reader(briefed_app)
        await pilot.press("5", "j", "n", *"second", "enter")
        await pilot.pause()
        (note,) = library.notes(screen.article_id)
        assert (note.sentence_id, note.item_kind, note.item_key) == (2, "sentence", None)


async def test_notes_list_jumps_to_a_note(briefed_app: BriefingApp, library: Library) -> None:
    async with briefed_app.run_test(size=(120, 40)) as pilot:
        await settle(briefed_app, pilot)
        screen = reader(briefed_app)
        library.add_note(screen.article_id, 4, "fourth")
        await pilot.press("N")
        assert isinstance(briefed_app.screen, NotesScreen)
        await pilot.press("enter")
        await pilot.pause()
        assert briefed_app.screen is screen
        assert screen.article.evidence == 4 and 4 in screen.article.noted


async def test_plus_and_minus_resize_the_summary_without_recomputing(
    briefed_app: BriefingApp,
) -> None:
    async with briefed_app.run_test(size=(120, 40)) as pilot:
        await settle(briefed_app, pilot)
        screen = reader(briefed_app)
        briefing = screen.briefing
        await pilot.press("plus", "plus")
        assert len(screen.item_pane("summary").items) == 5
        await pilot.press("minus", "minus", "minus")
        assert len(screen.item_pane("summary").items) == 2
        assert screen.briefing is briefing
        assert not briefed_app.workers


async def test_s_cycles_the_summarizer_in_a_worker(briefed_app: BriefingApp) -> None:
    async with briefed_app.run_test(size=(120, 40)) as pilot:
        await settle(briefed_app, pilot)
        screen = reader(briefed_app)
        await pilot.press("s")
        await settle(briefed_app, pilot)
        following = SUMMARIZERS[(SUMMARIZERS.index(DEFAULT_SUMMARIZER) + 1) % len(SUMMARIZERS)]
        assert screen.options.summarizer == following
        assert screen.briefing is not None and screen.briefing.summary.algorithm == following
        assert not screen.item_pane("summary").waiting


async def test_search_finds_text_in_panes_and_article(briefed_app: BriefingApp) -> None:
    async with briefed_app.run_test(size=(120, 40)) as pilot:
        await settle(briefed_app, pilot)
        screen = reader(briefed_app)
        await pilot.press("slash")
        assert isinstance(briefed_app.screen, SearchScreen)
        await pilot.press(*"taiwan")
        hits = briefed_app.screen.hits
        assert hits and {h.pane for h in hits} >= {"article"}
        await pilot.press("enter")
        await pilot.pause()
        assert screen.searching and screen.article.matches
        await pilot.press("escape")
        assert not screen.article.matches


async def test_help_lists_every_reader_key(briefed_app: BriefingApp) -> None:
    async with briefed_app.run_test(size=(120, 40)) as pilot:
        await settle(briefed_app, pilot)
        await pilot.press("question_mark")
        assert isinstance(briefed_app.screen, HelpScreen)
        titles = [
            b.description for _t, bindings, _o in briefed_app.screen.sections for b in bindings
        ]
        for needed in (
            "Summary",
            "Article",
            "Next pane",
            "Note",
            "Notes",
            "Search",
            "Evidence",
            "Quit",
        ):
            assert needed in titles
        await pilot.press("escape")
        assert isinstance(briefed_app.screen, ReaderScreen)


async def test_command_palette_offers_every_action(briefed_app: BriefingApp) -> None:
    async with briefed_app.run_test(size=(120, 40)) as pilot:
        await settle(briefed_app, pilot)
        screen = reader(briefed_app)
        titles = {c.title for c in briefed_app.get_system_commands(screen)}
        assert {"Summary", "Key players", "Note", "Search", "Longer", "Library", "Quit"} <= titles
        await pilot.press("ctrl+p")
        assert isinstance(briefed_app.screen, CommandPalette)
        await pilot.press(*"open issues", "enter")
        await pilot.pause()
        await pilot.pause()
        assert briefed_app.screen is screen and screen.current_pane == "issues"


async def test_mouse_click_on_an_item_jumps_to_its_evidence(briefed_app: BriefingApp) -> None:
    async with briefed_app.run_test(size=(120, 40)) as pilot:
        await settle(briefed_app, pilot)
        screen = reader(briefed_app)
        await pilot.click("#pane-issues", offset=(3, 1))
        await pilot.pause()
        assert screen.article.evidence == 6
        await pilot.click(ArticleView, offset=(4, 1))
        await pilot.pause()
        assert screen.article.cursor == 1


async def test_empty_panes_say_so(library: Library, sample_document: object) -> None:
    from briefing.analysis.briefing import AnalysisOptions
    from briefing.analysis.document import Document
    from tests.ui.conftest import make_briefing

    assert isinstance(sample_document, Document)
    record = library.add_article(sample_document)
    full = make_briefing(sample_document)
    empty = type(full)(document=sample_document, summary=full.summary)
    library.cache_briefing(record.id, AnalysisOptions().key(), empty)
    app = make_app(library=library, document=sample_document)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        screen = reader(app)
        assert "No open issues found" in str(
            screen.item_pane("issues").get_option_at_index(0).prompt
        )
        assert "No next steps found" in str(screen.item_pane("steps").get_option_at_index(0).prompt)
        await pilot.press("3", "enter", "n")
        assert isinstance(app.screen, ReaderScreen)


async def test_first_open_shows_a_progress_indicator(
    library: Library, sample_document: object
) -> None:
    app = make_app(library=library, document=sample_document)  # type: ignore[arg-type]
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = reader(app)
        assert screen.item_pane("summary").waiting or screen.briefing is not None
        assert screen.article.document is not None
        await settle(app, pilot)
        assert screen.briefing is not None and not screen.item_pane("summary").waiting


async def test_library_screen_filters_marks_read_forgets_and_opens(
    briefed_app: BriefingApp, library: Library
) -> None:
    async with briefed_app.run_test(size=(120, 40)) as pilot:
        await settle(briefed_app, pilot)
        article_id = reader(briefed_app).article_id
        await pilot.press("l")
        assert isinstance(briefed_app.screen, LibraryScreen)
        lib_screen = briefed_app.screen
        assert [r.id for r in lib_screen.records] == [article_id]
        await pilot.press("r")
        assert library.get_article(article_id).read  # type: ignore[union-attr]
        await pilot.press("r")
        assert not library.get_article(article_id).read  # type: ignore[union-attr]
        await pilot.press("slash", *"zzz")
        assert lib_screen.records == []
        await pilot.press("escape")
        assert len(lib_screen.records) == 1
        await pilot.press("enter")
        await settle(briefed_app, pilot)
        assert reader(briefed_app).article_id == article_id
        await pilot.press("l", "d")
        await pilot.press("n")
        assert library.get_article(article_id) is not None
        await pilot.press("d", "y")
        await pilot.pause()
        assert isinstance(briefed_app.screen, LibraryScreen)
        assert library.get_article(article_id) is None and briefed_app.screen.records == []


async def test_q_quits(briefed_app: BriefingApp) -> None:
    async with briefed_app.run_test(size=(120, 40)) as pilot:
        await settle(briefed_app, pilot)
        await pilot.press("q")
        await pilot.pause()
    assert briefed_app.return_code == 0


async def test_reading_state_is_restored_after_a_restart(
    briefed_app: BriefingApp, library: Library, sample_document: object
) -> None:
    async with briefed_app.run_test(size=(100, 30)) as pilot:
        await settle(briefed_app, pilot)
        await pilot.press("2", "j", "j", "5")
        for _ in range(14):
            await pilot.press("j")
        scrolled = reader(briefed_app).article.scroll_y
        assert scrolled > 0
        await pilot.press("3")
        await pilot.press("q")
    again = make_app(library=library, document=sample_document)  # type: ignore[arg-type]
    async with again.run_test(size=(100, 30)) as pilot:
        await settle(again, pilot)
        screen = reader(again)
        assert screen.current_pane == "issues" and again.focused is screen.pane("issues")
        assert screen.item_pane("players").selected_item == 2
        assert screen.article.cursor == 15
        assert screen.article.scroll_y == scrolled
        assert screen.progress > 0


async def test_with_an_empty_library_the_sample_opens(library: Library) -> None:
    app = make_app(library=library)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert len(library.list_articles()) == 1


async def test_without_a_target_the_library_opens(
    briefed_app: BriefingApp, library: Library
) -> None:
    app = make_app(library=library)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        assert isinstance(app.screen.query_one("#library-filter"), Input)


async def test_a_new_article_is_read_behind_the_panes_which_answer_keys_meanwhile(
    library: Library, sample_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    real_import = workflow.import_article

    def held_import(*args: Any) -> Any:
        release.wait(30)
        return real_import(*args)

    monkeypatch.setattr(workflow, "import_article", held_import)
    pending = workflow.ArticleText(sample_path.read_text(encoding="utf-8"), str(sample_path))
    app = make_app(library=library, pending=pending)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = reader(app)
        assert screen.article_id is None and screen.analysing
        assert all(screen.item_pane(p).waiting for p in ("summary", "players", "issues", "steps"))
        assert screen.pane("summary").region.height >= 5  # the panes are laid out already
        for key, pane in (("tab", "players"), ("4", "steps"), ("shift+tab", "issues")):
            await pilot.press(key)
            assert screen.current_pane == pane and app.focused is screen.pane(pane)
        await pilot.press("n", "slash")  # wait for the article: nothing opens
        assert app.screen is screen
        release.set()
        await settle(app, pilot)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.article_id is not None and screen.briefing is not None
        assert not screen.item_pane("summary").waiting
        assert library.get_article(screen.article_id) is not None
        assert screen.current_pane == "issues"


async def test_an_article_refused_while_read_ends_the_reader_with_the_reason(
    library: Library, sample_path: Path
) -> None:
    pending = workflow.ArticleText(
        sample_path.read_text(encoding="utf-8"), str(sample_path), limits=Limits(max_sentences=2)
    )
    app = make_app(library=library, pending=pending)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
    assert app.return_code == 2
    assert app.refusal is not None and "--max-sentences" in app.refusal
    assert library.list_articles() == []


async def test_the_summarizer_and_summary_length_are_kept_after_a_restart(
    briefed_app: BriefingApp, library: Library, sample_document: Document
) -> None:
    following = SUMMARIZERS[(SUMMARIZERS.index(DEFAULT_SUMMARIZER) + 1) % len(SUMMARIZERS)]
    async with briefed_app.run_test(size=(120, 40)) as pilot:
        await settle(briefed_app, pilot)
        await pilot.press("s")
        await settle(briefed_app, pilot)
        await pilot.press("plus", "plus")
        longer = len(reader(briefed_app).item_pane("summary").items)
        await pilot.press("q")
    again = make_app(library=library, document=sample_document)
    async with again.run_test(size=(120, 40)) as pilot:
        await settle(again, pilot)
        screen = reader(again)
        assert screen.options.summarizer == following
        assert screen.briefing is not None and screen.briefing.summary.algorithm == following
        assert len(screen.item_pane("summary").items) == longer
        await pilot.press("minus")
        assert len(screen.item_pane("summary").items) == longer - 1


async def test_library_columns_fit_the_terminal_as_it_is_resized(
    briefed_app: BriefingApp, library: Library
) -> None:
    app = make_app(library=library)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        from textual.widgets import DataTable

        table = app.screen.query_one(DataTable)

        def total_width() -> int:
            return sum(column.get_render_width(table) for column in table.columns.values())

        wide_title = table.columns["title"].width
        assert total_width() <= 160
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        table = app.screen.query_one(DataTable)
        assert table.columns["title"].width < wide_title
        assert total_width() <= 80 - 2
        assert table.row_count == len(library.list_articles())


async def test_typing_in_the_library_filters_while_letter_keys_keep_their_actions(
    library: Library, sample_document: Document
) -> None:
    from briefing.analysis.loading import document_from_text

    library.add_article(sample_document)
    library.add_article(document_from_text("Korea talks\n\nTalks on Korea will resume soon."))
    app = make_app(library=library)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, LibraryScreen) and len(screen.records) == 2
        await pilot.press("r")  # a key of its own: marks the first article read
        assert any(record.read for record in library.list_articles())
        await pilot.press("k", "o", "r")  # a letter with no key starts the filter
        assert screen.query_one(Input).value == "kor"
        assert [record.title for record in screen.records] == ["Korea talks"]
