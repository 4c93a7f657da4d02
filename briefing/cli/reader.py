"""``briefing [PATH|-|URL]``: open the reader (the Textual app).

The input is read and decoded before the app starts, so a missing, empty,
binary or undecodable file is a one-line error with exit code 2, not a flash
of the UI. Parsing a new article (formats, sentences) is slow, so the reader
does it behind its panes; what it refuses then (no text, over a limit) closes
the reader with the same one line. A file read before and unchanged since is
not parsed at all: the library hands back the stored article. Standard input
is read first too: the app then takes the terminal back for the keys.
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import os
import sys
from typing import TYPE_CHECKING, NoReturn

from briefing.analysis.errors import InputError
from briefing.errors import UserError

if TYPE_CHECKING:
    from briefing.analysis.document import Document
    from briefing.analysis.limits import Limits
    from briefing.store.library import Library
    from briefing.workflow import ArticleText

NEED_TERMINAL = "the reader needs a terminal; use 'briefing show' to print a briefing instead"


def run_reader(args: argparse.Namespace) -> int:
    """Open the reader on ``args.target``, or on the library when there is none.

    The garbage collector is held off until the first frame is drawn (the app
    turns it back on): start-up builds tens of thousands of objects that live as
    long as the app, and collecting them over and over cost a tenth of the time
    to the first frame.
    """
    gc.disable()
    try:
        return _run_reader(args)
    finally:
        gc.enable()


def _run_reader(args: argparse.Namespace) -> int:
    from briefing.cli import limits_from
    from briefing.store.library import Library
    from briefing.store.paths import resolve_data_dir

    limits = limits_from(args)
    warnings: list[str] = []
    target: str | None = args.target
    document, data, text = _read_input(target, limits, warnings)
    if not sys.stdout.isatty():
        _refuse_without_terminal(text, limits)
    with Library.open(resolve_data_dir(args.data_dir)) as library:
        from briefing.workflow import open_article

        article_id = None
        pending = None
        if data is not None and text is not None and target is not None:
            document, article_id, pending = _stored_or_pending(library, target, data, text, limits)
        elif document is not None:
            article_id = open_article(library, document).id
        from briefing.ui.app import make_app

        app = make_app(
            library=library,
            document=document,
            article_id=article_id,
            pending=pending,
            warnings=warnings,
        )
        app.run()
    if app.refusal is not None:
        raise InputError(app.refusal)
    return app.return_code or 0


def _read_input(
    target: str | None, limits: Limits, warnings: list[str]
) -> tuple[Document | None, bytes | None, str | None]:
    """(document, bytes, text): a URL is loaded whole; a file or stdin is read and decoded."""
    from briefing.analysis.decoding import decode_article
    from briefing.analysis.reading import is_url, read_capped, read_path_bytes

    if target is None:
        if not sys.stdin.isatty():
            raise UserError(NEED_TERMINAL)
        return None, None, None
    if is_url(target):
        from briefing.analysis.loading import load_document

        return load_document(target, limits=limits, warn=warnings.append), None, None
    if target == "-":
        data = read_capped(sys.stdin.buffer, limits, "standard input")
    else:
        data = read_path_bytes(target, limits)
    text = decode_article(data, target, None, warnings.append)
    if target == "-" and not _reattach_terminal():
        _refuse_without_terminal(text, limits)
    return None, data, text


def _refuse_without_terminal(text: str | None, limits: Limits) -> NoReturn:
    """No terminal for the reader; but a fault of the input itself is named first."""
    if text is not None:
        from briefing.analysis.loading import document_from_text

        document_from_text(text, limits=limits)
    raise UserError(NEED_TERMINAL)


def _stored_or_pending(
    library: Library, target: str, data: bytes, text: str, limits: Limits
) -> tuple[Document | None, str | None, ArticleText | None]:
    """The stored article if these are the bytes it was read from, else the text to parse.

    Reopening an unchanged file then costs a hash, not a parse; a new article is
    parsed by the reader behind its progress indicator, not before the first frame.
    """
    from briefing.analysis.reading import input_fingerprint
    from briefing.workflow import ArticleText, open_article

    if target == "-":
        return None, None, ArticleText(text, "-", None, limits)
    source = os.path.abspath(target)
    fingerprint = input_fingerprint(data, target)
    known = library.find_unchanged(source, fingerprint)
    if known is not None:
        stored = library.load_document(known)
        if len(stored.sentences) <= limits.max_sentences:
            document = dataclasses.replace(stored, source=source)
            return document, open_article(library, document, fingerprint).id, None
    return None, None, ArticleText(text, source, fingerprint, limits)


def _reattach_terminal() -> bool:
    """After reading an article from a pipe, read keys from the terminal again.

    False when there is no terminal to read them from.
    """
    if sys.stdin.isatty():
        return True
    try:
        tty = os.open("/dev/tty", os.O_RDONLY)
    except OSError:
        return False
    os.dup2(tty, 0)
    os.close(tty)
    sys.stdin = os.fdopen(0, "r", closefd=False)
    return True
