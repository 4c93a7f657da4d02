"""``briefing [PATH|-|URL]``: open the reader (the Textual app).

The article is loaded before the app starts, so a missing file or a refused
input is a one-line error with exit code 2, not a flash of the UI. Standard
input is read first too: the app then takes the terminal back for the keys.
"""

from __future__ import annotations

import argparse
import os
import sys

from briefing.errors import UserError

NEED_TERMINAL = "the reader needs a terminal; use 'briefing show' to print a briefing instead"


def run_reader(args: argparse.Namespace) -> int:
    """Open the reader on ``args.target``, or on the library when there is none."""
    from briefing.cli import limits_from
    from briefing.store.library import Library
    from briefing.store.paths import resolve_data_dir

    warnings: list[str] = []
    document = None
    if args.target is not None:
        from briefing.analysis.loading import load_document

        document = load_document(args.target, limits=limits_from(args), warn=warnings.append)
        if args.target == "-":
            _reattach_terminal()
    elif not sys.stdin.isatty():
        raise UserError(NEED_TERMINAL)
    if not sys.stdout.isatty():
        raise UserError(NEED_TERMINAL)
    with Library.open(resolve_data_dir(args.data_dir)) as library:
        from briefing.ui.app import make_app

        app = make_app(library=library, document=document, warnings=warnings)
        app.run()
    return app.return_code or 0


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
