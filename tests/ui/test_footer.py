"""The footer offers only keys that do something in the focused pane."""

from __future__ import annotations

from briefing.analysis.briefing import AnalysisOptions
from briefing.analysis.document import Document
from briefing.store.library import Library
from briefing.ui.app import BriefingApp, make_app
from briefing.ui.screens.help import HelpScreen
from briefing.ui.widgets.key_bar import KeyBar
from tests.ui.conftest import make_briefing, settle


def shown_descriptions(app: object) -> set[str]:
    """The descriptions of the bindings the footer would show now."""
    from textual.app import App

    assert isinstance(app, App)
    return {
        active.binding.description
        for active in app.screen.active_bindings.values()
        if active.binding.show and active.enabled
    }


async def test_no_evidence_key_on_an_empty_pane(
    library: Library, sample_document: Document
) -> None:
    record = library.add_article(sample_document)
    full = make_briefing(sample_document)
    empty = type(full)(document=sample_document, summary=full.summary)
    library.cache_briefing(record.id, AnalysisOptions().key(), empty)
    app = make_app(library=library, document=sample_document)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("1")
        await pilot.pause()
        assert "Evidence" in shown_descriptions(app)
        assert "Evidence" in drawn(app)
        await pilot.press("3")
        await pilot.pause()
        assert "Evidence" not in shown_descriptions(app)
        assert "Evidence" not in drawn(app)


def drawn(app: object) -> str:
    """The text of the key bar as it is drawn now."""
    from textual.app import App

    assert isinstance(app, App)
    return app.screen.query_one(KeyBar).render().plain


async def test_the_key_bar_draws_the_shown_keys_and_a_click_presses_one(
    briefed_app: BriefingApp,
) -> None:
    async with briefed_app.run_test(size=(160, 48)) as pilot:
        await settle(briefed_app, pilot)
        text = drawn(briefed_app)
        for description in shown_descriptions(briefed_app):
            assert description in text
        assert "Command palette" in text
        column = text.index("Help")
        assert await pilot.click(KeyBar, offset=(column, 0))
        await pilot.pause()
        assert isinstance(briefed_app.screen, HelpScreen)
