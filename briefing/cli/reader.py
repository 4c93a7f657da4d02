"""``briefing [PATH|-|URL]``: open the reader (the Textual app).

The article is loaded before the app starts, so a missing file or a refused
input is a one-line error with exit code 2, not a flash of the UI. Standard
input is read first too: the app then takes the terminal back for the keys.
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import os
import sys
from typing import TYPE_CHECKING

from briefing.errors import UserError

if TYPE_CHECKING:
    from briefing.analysis.document import Document
    from briefing.analysis.limits import Limits
    from briefing.store.library import Library

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
    from briefing.analysis.reading import is_url, read_path_bytes
    from briefing.cli import limits_from
    from briefing.store.library import Library
    from briefing.store.paths import resolve_data_dir

    limits = limits_from(args)
    warnings: list[str] = []
    document: Document | None = None
    data: bytes | None = None
    target: str | None = args.target
    if target is not None and target != "-" and not is_url(target):
        data = read_path_bytes(target, limits)
    elif target is not None:
        from briefing.analysis.loading import load_document

        document = load_document(target, limits=limits, warn=warnings.append)
        if target == "-":
            _reattach_terminal()
    elif not sys.stdin.isatty():
        raise UserError(NEED_TERMINAL)
    if not sys.stdout.isatty():
        if data is not None and target is not None:  # the input's own fault is named first
            from briefing.analysis.loading import document_from_bytes

            document_from_bytes(data, source=None, name=target, limits=limits)
        raise UserError(NEED_TERMINAL)
    with Library.open(resolve_data_dir(args.data_dir)) as library:
        article_id = None
        if data is not None and target is not None:
            document, article_id = _open_file(library, target, data, limits, warnings)
        elif document is not None:
            from briefing.workflow import open_article

            article_id = open_article(library, document).id
        from briefing.ui.app import make_app

        app = make_app(library=library, document=document, article_id=article_id, warnings=warnings)
        app.run()
    return app.return_code or 0


def _open_file(
    library: Library, target: str, data: bytes, limits: Limits, warnings: list[str]
) -> tuple[Document, str]:
    """The file's article, stored: the one the library holds if the bytes are unchanged.

    Reopening an unchanged file then costs a hash, not a parse, which is most of
    what makes a second open of the reader fast.
    """
    from briefing.analysis.reading import input_fingerprint
    from briefing.workflow import open_article

    source = os.path.abspath(target)
    fingerprint = input_fingerprint(data, target)
    document = None
    known = library.find_unchanged(source, fingerprint)
    if known is not None:
        stored = library.load_document(known)
        if len(stored.sentences) <= limits.max_sentences:
            document = dataclasses.replace(stored, source=source)
    if document is None:
        from briefing.analysis.loading import document_from_bytes

        document = document_from_bytes(
            data, source=source, name=target, limits=limits, warn=warnings.append
        )
    return document, open_article(library, document, fingerprint).id


def _reattach_terminal() -> None:
    """After reading an article from a pipe, read keys from the terminal again."""
    if sys.stdin.isatty():
        return
    try:
        tty = os.open("/dev/tty", os.O_RDONLY)
    except OSError:
        raise UserError(NEED_TERMINAL) from None
    os.dup2(tty, 0)
    os.close(tty)
    sys.stdin = os.fdopen(0, "r", closefd=False)
