"""``briefing list``, ``notes``, ``forget``, ``doctor``: the library from the command line."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from briefing.errors import UserError


def add_parsers(subparsers: Any, add_common: Callable[[argparse.ArgumentParser], None]) -> None:
    """Register the library commands."""
    for name in ("list", "notes", "forget", "doctor"):
        parser = subparsers.add_parser(name, help=f"{name} (library)")
        add_common(parser)
        parser.set_defaults(handler=_not_yet)


def _not_yet(args: argparse.Namespace) -> int:
    raise UserError(f"'briefing {args.command}' is not available yet")
