"""``briefing [PATH]``: open the reader (the Textual app)."""

from __future__ import annotations

import argparse

from briefing.errors import UserError


def run_reader(args: argparse.Namespace) -> int:
    """Open the reader on ``args.target`` or the library."""
    raise UserError("the reader is not available yet; use 'briefing show PATH'")
