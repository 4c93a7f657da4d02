"""Markup and escape sequences from an article, its title, a note or a file name stay text.

Every screen that shows untrusted text is opened with a payload of Rich/Textual
markup and terminal escapes; the payload must appear literally, and clicking on
``[@click=app.quit]`` must not quit.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from textual.widgets import Input

from briefing.analysis.loading import load_document
from briefing.store.library import Library
from briefing.ui.app import BriefingApp, make_app
from briefing.ui.screens.library import LibraryScreen
from briefing.ui.screens.note import NoteDialog
from briefing.ui.screens.notes import NotesScreen
from briefing.ui.screens.reader import ReaderScreen
from briefing.ui.screens.search import SearchScreen
from briefing.ui.widgets.article_view import ArticleView
from tests.ui.conftest import add_briefed, settle

CLICK = "[@click=app.quit]"
LINK = "[link=https://x]x[/link]"
MARKUP = ("[bold]", "[/]", CLICK, LINK)
ESCAPES = "\x1b]0;pwned\x07\x1b[31m\x1b[2J\x9b31m"
FILE_NAME = "[bold]evil [@click=app.quit]x.txt"
"""A file name cannot hold '/', so no closing tag here."""


def screen_text(app: BriefingApp) -> str:
    """What the terminal shows, as plain text (from the SVG screenshot)."""
    svg = re.sub(r"<style.*?</style>", "", app.export_screenshot(), flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", "", svg)).replace("\xa0", " ")


def hostile_article(tmp_path: Path) -> Path:
    sentences = [
        f"Sentence {n} says [bold]loud[/] and [/] then {CLICK} and {LINK} here{ESCAPES}."
        for n in range(1, 13)
    ]
    body = "\n\n".join(" ".join(sentences[i : i + 2]) for i in range(0, 12, 2))
    path = tmp_path / FILE_NAME
    path.write_text(f"[bold]Title[/] {CLICK}\n\n{body}\n", encoding="utf-8")
    return path


async def click_payload(app: BriefingApp, pilot: object) -> None:
    """Click right on the first ``[@click=app.quit]`` drawn in the article."""
    from textual.pilot import Pilot

    assert isinstance(pilot, Pilot)
    article = app.screen.query_one(ArticleView)
    for y in range(article.size.height):
        column = article.render_line(y).text.find("@click")
        if column >= 0:
            await pilot.click(ArticleView, offset=(column + 3 + 1, y + 1))
            return
    raise AssertionError("payload not drawn")


async def test_markup_in_article_title_file_name_and_notes_is_shown_literally(
    tmp_path: Path, library: Library
) -> None:
    document = load_document(str(hostile_article(tmp_path)))
    assert "\x1b" not in document.text and "\x9b" not in document.text
    article_id = add_briefed(library, document)
    app = make_app(library=library, document=document)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        shown = screen_text(app)
        for payload in MARKUP:
            assert payload in shown, payload
        assert "\x1b" not in shown and "pwned" not in shown

        await click_payload(app, pilot)
        for selector in ("#header", "#pane-summary", "#pane-issues"):
            await pilot.click(selector, offset=(3, 1) if selector != "#header" else (2, 0))
        await pilot.pause()
        assert app.is_running and app.return_code is None

        await pilot.press("5", "n")
        assert isinstance(app.screen, NoteDialog)
        assert CLICK in screen_text(app)
        note = f"[bold]n[/] {CLICK} {LINK}"
        app.screen.query_one(Input).value = note
        await pilot.press("enter")
        await pilot.pause()
        assert [n.text for n in library.notes(article_id)] == [note]

        await pilot.press("N")
        assert isinstance(app.screen, NotesScreen)
        assert note in screen_text(app)
        await pilot.press("escape", "slash")
        assert isinstance(app.screen, SearchScreen)
        app.screen.query_one(Input).value = CLICK
        await pilot.pause()
        assert app.screen.hits and screen_text(app).count(CLICK) >= 2
        await pilot.press("escape", "l")
        assert isinstance(app.screen, LibraryScreen)
        shown = screen_text(app)
        assert "[bold]Title[/]" in shown or FILE_NAME in shown
        await pilot.press("d")
        assert "[bold]Title[/]" in screen_text(app) or FILE_NAME in screen_text(app)
        await pilot.press("n")
        await pilot.click("#library", offset=(3, 1))
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert app.is_running and app.return_code is None


async def test_a_file_name_with_markup_is_shown_literally(tmp_path: Path, library: Library) -> None:
    path = tmp_path / FILE_NAME
    path.write_text("Plain text with no title line at all, just a sentence.\n", encoding="utf-8")
    document = load_document(str(path))
    app = make_app(library=library, document=document)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert FILE_NAME in screen_text(app)
        await pilot.click("#header", offset=(12, 0))
        await pilot.pause()
        assert app.is_running


async def test_an_analysis_error_message_is_not_markup(library: Library, sample_path: Path) -> None:
    app = make_app(library=library, document=load_document(str(sample_path)))
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        from briefing.ui.messages import AnalysisFailed

        screen.post_message(AnalysisFailed(screen.article_id, f"bad {CLICK} input"))
        await pilot.pause(0.3)
        shown = screen_text(app)
        assert "Analysis failed" in shown and f"bad {CLICK}" in shown


async def test_escapes_that_bypass_loading_never_reach_the_terminal(
    library: Library, sample_path: Path
) -> None:
    """A note from the CLI or a document rebuilt from an edited store can hold escapes."""
    from dataclasses import replace

    document = load_document(str(sample_path))
    first = document.sentences[0]
    hostile = replace(first, text=first.text + ESCAPES + " [bold]end[/]")
    document = replace(document, sentences=(hostile, *document.sentences[1:]))
    article_id = add_briefed(library, document)
    library.add_note(article_id, 1, f"note{ESCAPES}[/]", "summary", str(1))
    app = make_app(library=library, document=document)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await pilot.press("5", "N")
        shown = screen_text(app)
        assert "note[/]" in shown and "[bold]end[/]" in shown
        assert not set(shown) & {"\x1b", "\x9b", "\x07"}
        assert "pwned" not in shown
