"""Dark and light themes: what the reader draws itself stays readable against its background."""

from __future__ import annotations

import pytest
from textual.color import Color

from briefing.ui.app import BriefingApp
from briefing.ui.widgets.header import ReaderHeader
from briefing.ui.widgets.key_bar import KeyBar
from briefing.ui.widgets.pane_tabs import PaneTabs
from tests.ui.conftest import settle

PARTS = {
    ReaderHeader: (
        "reader-header--title",
        "reader-header--source",
        "reader-header--progress",
        "reader-header--status",
    ),
    KeyBar: ("key-bar--key", "key-bar--description"),
    PaneTabs: ("pane-tabs--tab", "pane-tabs--active"),
}


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light", "nord", "solarized-light"])
async def test_the_parts_one_widget_draws_contrast_with_its_background(
    briefed_app: BriefingApp, theme: str
) -> None:
    async with briefed_app.run_test(size=(120, 40)) as pilot:
        await settle(briefed_app, pilot)
        briefed_app.theme = theme
        await pilot.pause()
        for widget_type, parts in PARTS.items():
            widget = briefed_app.screen.query_one(widget_type)
            background = widget.background_colors[1]
            for part in parts:
                style = widget.get_component_rich_style(part, partial=True)
                assert style.color is not None, (theme, part)
                color = Color.from_rich_color(style.color)
                if style.bgcolor is not None:
                    base = Color.from_rich_color(style.bgcolor)
                else:
                    base = background
                contrast = abs((base + color).brightness - base.brightness)
                assert contrast > 0.15, (theme, part, color.hex, base.hex)
