"""``briefing show``: print the briefing for people (text, Markdown) or scripts (JSON)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from briefing.analysis.briefing import AnalysisOptions, analyze_document
from briefing.analysis.loading import load_document
from briefing.analysis.sanitize import sanitize_line
from briefing.analysis.summary import SUMMARIZERS
from briefing.errors import UserError


def add_parsers(subparsers: Any, add_common: Callable[[argparse.ArgumentParser], None]) -> None:
    """Register ``show``."""
    parser = subparsers.add_parser(
        "show", help="print the briefing of an article", description="Print the briefing."
    )
    parser.add_argument("target", metavar="PATH|-|URL", help="article file, - for stdin, or URL")
    parser.add_argument(
        "--format", choices=("text", "markdown", "json"), default="text", help="output format"
    )
    parser.add_argument(
        "--summarizer",
        metavar="NAME",
        help="summary algorithm: default, " + ", ".join(SUMMARIZERS),
    )
    length = parser.add_mutually_exclusive_group()
    length.add_argument("--sentences", type=int, metavar="N", help="summary length in sentences")
    length.add_argument(
        "--ratio", type=float, metavar="R", help="summary length as a share of the article (0-1)"
    )
    parser.add_argument(
        "--input-format",
        choices=("text", "markdown", "html"),
        help="how to read the input (default: from the file name, else sniffed)",
    )
    add_common(parser)
    parser.set_defaults(handler=run_show)


def _warn(message: str) -> None:
    sys.stderr.write(f"briefing: warning: {message}\n")


def run_show(args: argparse.Namespace) -> int:
    """Load, analyse and print."""
    from briefing.cli import limits_from

    if args.sentences is not None and args.sentences < 0:
        raise UserError("--sentences must be 0 or more")
    if args.ratio is not None and not 0 < args.ratio <= 1:
        raise UserError("--ratio must be above 0 and at most 1, e.g. --ratio 0.2")
    options = AnalysisOptions(args.summarizer, args.sentences, args.ratio)
    document = load_document(
        args.target, limits=limits_from(args), format=args.input_format, warn=_warn
    )
    result = analyze_document(document, options)
    if args.format == "json":
        data = result.to_dict()
        if data.get("source"):
            # A file name can hold escapes or bidi overrides; JSON would keep them.
            data["source"] = sanitize_line(data["source"])
        output = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    elif args.format == "markdown":
        from briefing.render_markdown import render_markdown

        output = render_markdown(result)
    else:
        from briefing.render_text import render_text

        output = render_text(result)
    sys.stdout.write(output)
    sys.stdout.flush()
    return 0
