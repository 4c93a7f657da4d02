"""An expanded player's sentences wrap under their own first line (a hanging indent)."""

from __future__ import annotations

from briefing.ui.app import BriefingApp
from briefing.ui.screens.reader import ReaderScreen
from tests.ui.conftest import settle


async def test_wrapped_evidence_lines_keep_their_indent(briefed_app: BriefingApp) -> None:
    async with briefed_app.run_test(size=(120, 40)) as pilot:
        await settle(briefed_app, pilot)
        screen = briefed_app.screen
        assert isinstance(screen, ReaderScreen)
        await pilot.press("2", "space")
        await pilot.pause()
        pane = screen.item_pane("players")
        lines = [
            "".join(segment.text for segment in pane.render_line(y))
            for y in range(pane.content_region.height)
        ]
        first = next(i for i, line in enumerate(lines) if line.startswith("    US Secretary"))
        wrapped = lines[first + 1]
        assert wrapped.strip() and not wrapped.strip().startswith(("▸", "▾")), lines
        assert wrapped.startswith("    ") and not wrapped.startswith("     "), lines
