"""The reader app and :func:`make_app`, the one way the CLI and the tests build it.

The app holds the library connection and decides the first screen: the article
given on the command line, else the library, else the bundled sample when the
library is empty. Every key is a binding, and the same bindings feed the footer,
the help screen and the command palette.
"""

from __future__ import annotations

import functools
import gc
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any, ClassVar

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.dom import DOMNode
from textual.screen import Screen

from briefing.analysis.document import Document
from briefing.store.library import Library
from briefing.ui.screens.help import HelpScreen, bindings_of, key_label
from briefing.ui.screens.reader import ReaderScreen
from briefing.ui.widgets.article_view import ArticleView
from briefing.ui.widgets.item_pane import ItemPane
from briefing.workflow import ArticleText

SAMPLE_ARTICLE = Path(__file__).resolve().parents[2] / "assets" / "sample_article.txt"
"""The article shown when the library is empty (shipped in the source tree)."""


class BriefingApp(App[int]):
    """The terminal briefing reader."""

    CSS_PATH = "briefing.tcss"
    TITLE = "briefing"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit"),
        Binding("question_mark", "help", "Help", key_display="?"),
        Binding("l", "library", "Library"),
        Binding("ctrl+p", "command_palette", "Command palette", show=False),
    ]

    def __init__(
        self,
        library: Library,
        document: Document | None = None,
        *,
        article_id: str | None = None,
        pending: ArticleText | None = None,
        sample: Path | None = SAMPLE_ARTICLE,
        warnings: Iterable[str] = (),
    ) -> None:
        super().__init__()
        self.library = library
        self.document = document
        self.article_id = article_id
        """The library's id of ``document`` when the caller already stored it."""
        self.pending = pending
        """A new article to parse and store in the reader, behind its progress indicator."""
        self.refusal: str | None = None
        """Why the pending article was refused (no text, over a limit): the exit's one line."""
        self.sample = sample
        self.warnings = list(warnings)

    def get_default_screen(self) -> Screen[Any]:
        """The first screen: the article given, else the library, else the sample.

        Being the default screen (rather than pushed from ``on_mount``) lets it
        mount with the app, so its first frame is the first frame drawn.
        """
        screen = self._first_screen()
        # Pushed screens carry a result callback that switch_screen pops; give the
        # default screen one too, so ``l`` and the library can replace it alike.
        screen._push_result_callback(self, None)
        return screen

    def _first_screen(self) -> Screen[Any]:
        if self.pending is not None:
            return ReaderScreen(None, pending=self.pending)
        if self.document is not None:
            if self.article_id is not None:
                return ReaderScreen(self.article_id, self.document)
            return self._reader_for(self.document)
        if self.library.list_articles() or self.sample is None or not self.sample.is_file():
            return _library_screen()
        from briefing.analysis.loading import load_document

        return self._reader_for(load_document(str(self.sample)))

    def on_mount(self) -> None:
        """Show what the loading of the article had to say."""
        self.call_after_refresh(_collect_from_now_on)
        for warning in self.warnings:
            self.notify(warning, severity="warning", markup=False)

    def _reader_for(self, document: Document) -> ReaderScreen:
        from briefing.workflow import open_article

        record = open_article(self.library, document)
        return ReaderScreen(record.id, document)

    def open_reader(self, article_id: str) -> None:
        """Show an article of the library in the reader."""
        self._save_readers()
        self.switch_screen(ReaderScreen(article_id))

    def action_library(self) -> None:
        """l: the library."""
        if _is_library(self.screen):
            return
        self._save_readers()
        self.switch_screen(_library_screen())

    def action_help(self) -> None:
        """?: every key of the current screen."""
        if isinstance(self.screen, HelpScreen):
            return
        self.push_screen(HelpScreen(help_sections(self.screen)))

    async def action_quit(self) -> None:
        """q: save where the reader is, then leave."""
        self._save_readers()
        self.exit(0)

    def _save_readers(self) -> None:
        for screen in self.screen_stack:
            if isinstance(screen, ReaderScreen):
                screen.save_state()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """No library key while in the library."""
        if action == "library":
            return not _is_library(self.screen)
        return True

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """The command palette: every key's action on this screen, then Textual's own."""
        base = screen
        if isinstance(screen, HelpScreen) and len(self.screen_stack) > 1:
            base = self.screen_stack[-2]
        for title, bindings, owner in help_sections(base):
            target: DOMNode | None = base
            if owner is BriefingApp:
                target = self
            elif not issubclass(owner, Screen):
                target = base.focused if isinstance(base.focused, owner) else None
            if target is None:
                continue
            for binding in bindings:
                if binding.action == "command_palette":
                    continue
                yield SystemCommand(
                    binding.description,
                    f"{title}: {key_label(binding)}",
                    functools.partial(_run_on, target, binding.action),
                )
        yield from super().get_system_commands(screen)


def _collect_from_now_on() -> None:
    """Once the first frame is drawn, let the garbage collector run again if start-up held it.

    What start-up built lives as long as the app, so it is frozen: later
    collections need not scan it again.
    """
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def _library_screen() -> Screen[None]:
    """The library screen, imported when first needed (it is not on the reader's start path)."""
    from briefing.ui.screens.library import LibraryScreen

    return LibraryScreen()


def _is_library(screen: Screen[object]) -> bool:
    module = sys.modules.get("briefing.ui.screens.library")
    return module is not None and isinstance(screen, module.LibraryScreen)


async def _run_on(node: DOMNode, action: str) -> None:
    if isinstance(node, App):
        await node.run_action(action)
    else:
        await node.app.run_action(action, node)


Section = tuple[str, list[Binding], type[DOMNode]]


def help_sections(screen: Screen[object]) -> list[Section]:
    """Sections of keys for a screen, from the bindings of it, its panes and the app."""
    if isinstance(screen, ReaderScreen):
        return [
            ("Reader", bindings_of([ReaderScreen]), ReaderScreen),
            ("Briefing panes", bindings_of([ItemPane]), ItemPane),
            ("Article", bindings_of([ArticleView]), ArticleView),
            ("Everywhere", bindings_of([BriefingApp]), BriefingApp),
        ]
    name = type(screen).__name__.removesuffix("Screen")
    return [
        (name, bindings_of([type(screen)]), type(screen)),
        ("Everywhere", bindings_of([BriefingApp]), BriefingApp),
    ]


def make_app(
    data_dir: Path | None = None,
    document: Document | None = None,
    *,
    library: Library | None = None,
    article_id: str | None = None,
    pending: ArticleText | None = None,
    sample: Path | None = SAMPLE_ARTICLE,
    warnings: Iterable[str] = (),
) -> BriefingApp:
    """Build the app on a library (opened from ``data_dir`` unless one is given)."""
    if library is None:
        library = Library.open(data_dir)
    return BriefingApp(
        library, document, article_id=article_id, pending=pending, sample=sample, warnings=warnings
    )
