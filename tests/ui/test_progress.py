"""Read progress in the header follows the user through the Article pane, not the screen size."""

from __future__ import annotations

from briefing.analysis.loading import load_document
from briefing.store.library import Library
from briefing.ui.app import BriefingApp, make_app
from briefing.ui.screens.reader import ReaderScreen
from briefing.ui.widgets.header import ReaderHeader
from tests.conftest import FIXTURES
from tests.ui.conftest import add_briefed, settle


def briefed_reader(library: Library, name: str) -> BriefingApp:
    """The reader on a fixture article whose briefing is already cached."""
    document = load_document(str(FIXTURES / "articles" / name))
    add_briefed(library, document)
    return make_app(library=library, document=document)


async def test_an_article_that_fits_the_screen_is_not_read_on_opening(library: Library) -> None:
    app = briefed_reader(library, "news_korea.txt")
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        article = screen.article
        assert article.virtual_size.height <= article.size.height  # all of it on screen
        assert screen.progress < 0.5
        header = screen.query_one(ReaderHeader).status_text().plain
        assert "% read" in header and "100% read" not in header
        await pilot.press("5", "j", "j")
        moved = screen.progress
        assert moved > 0
        await pilot.press("end")
        await pilot.pause()
        assert screen.progress == 1.0 > moved


async def test_jumping_to_evidence_is_not_reading(library: Library) -> None:
    app = briefed_reader(library, "seed_blinken_beijing.txt")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        before = screen.progress
        last_item = len(screen.item_pane("steps").items) - 1
        screen.item_pane("steps").select_item(last_item)
        await pilot.press("4", "enter")
        await pilot.pause()
        article = screen.article
        assert article.evidence is not None and article.scroll_y > 0  # the view jumped down
        assert screen.progress == before
        await pilot.press("escape", "5", "pagedown")
        await pilot.pause()
        assert screen.progress > before  # scrolling on is reading
