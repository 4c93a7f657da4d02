"""The ``briefing`` command: subcommands for scripts, the reader for people.

``briefing [PATH|-|URL]`` opens the reader; ``briefing show|list|notes|forget|doctor``
are the script-friendly commands. Each subcommand lives in its own module,
imported only when used, so ``briefing show`` never loads the terminal UI.
Errors a person can fix are one line on stderr and a non-zero exit, never a
traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from briefing import __version__
from briefing.analysis.errors import InputError
from briefing.analysis.limits import DEFAULT_LIMITS, Limits
from briefing.analysis.sanitize import sanitize_line
from briefing.errors import UserError

COMMANDS: dict[str, str] = {
    "show": "briefing.cli.show",
    "list": "briefing.cli.library",
    "notes": "briefing.cli.library",
    "forget": "briefing.cli.library",
    "doctor": "briefing.cli.library",
}
"""Subcommand name → module with ``add_parsers(subparsers)`` and the handlers."""

PROG = "briefing"


def add_common_options(parser: argparse.ArgumentParser) -> None:
    """Options every command accepts: where state lives, and input limits."""
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="where notes and the library live (default: $BRIEFING_DATA_DIR, else the"
        " per-user data directory)",
    )
    parser.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_LIMITS.max_bytes,
        metavar="N",
        help=f"largest input accepted, in bytes (default {DEFAULT_LIMITS.max_bytes:,})",
    )
    parser.add_argument(
        "--max-sentences",
        type=int,
        default=DEFAULT_LIMITS.max_sentences,
        metavar="N",
        help=f"most sentences analysed (default {DEFAULT_LIMITS.max_sentences:,})",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_LIMITS.url_timeout,
        metavar="SECONDS",
        help="how long to wait for a web server or a pipe to send data"
        f" (default {DEFAULT_LIMITS.url_timeout:g})",
    )


def limits_from(args: argparse.Namespace) -> Limits:
    """The input limits the user asked for."""
    timeout = getattr(args, "timeout", DEFAULT_LIMITS.url_timeout)
    return Limits(
        max_bytes=max(1, args.max_bytes),
        max_sentences=max(1, args.max_sentences),
        url_timeout=max(0.01, timeout),
        read_timeout=max(0.01, timeout),
    )


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors on one line with exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"{self.prog}: error: {sanitize_line(message)} (see --help)\n")
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    """The parser for subcommands (``briefing show …`` and friends)."""
    parser = _Parser(prog=PROG, description="A terminal briefing reader for news articles.")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    seen: set[str] = set()
    for module_name in COMMANDS.values():
        if module_name in seen:
            continue
        seen.add(module_name)
        module = importlib.import_module(module_name)
        module.add_parsers(subparsers, add_common_options)
    return parser


def build_reader_parser() -> argparse.ArgumentParser:
    """The parser for ``briefing [PATH]``, which opens the reader."""
    parser = _Parser(
        prog=PROG,
        description="Open an article in the briefing reader. Commands: "
        + ", ".join(sorted(COMMANDS))
        + " (briefing COMMAND --help).",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "target",
        nargs="?",
        metavar="PATH|-|URL",
        help="article to open (text, Markdown or HTML file, - for stdin, or an http(s) URL);"
        " without it, the library opens",
    )
    add_common_options(parser)
    return parser


def _first_positional(argv: Sequence[str]) -> str | None:
    skip_next = False
    for arg in argv:
        if skip_next:
            skip_next = False
            continue
        if arg in ("--data-dir", "--max-bytes", "--max-sentences", "--timeout"):
            skip_next = True
            continue
        if arg.startswith("-") and arg != "-":
            continue
        return arg
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        first = _first_positional(args_list)
        if first in COMMANDS:
            args = build_parser().parse_args(args_list)
            handler = args.handler
        else:
            args = build_reader_parser().parse_args(args_list)
            from briefing.cli.reader import run_reader as handler
        return int(handler(args))
    except InputError as error:
        _fail(str(error))
        return 2
    except UserError as error:
        _fail(str(error))
        return error.exit_code
    except KeyboardInterrupt:
        sys.stderr.write("\n")
        return 130
    except BrokenPipeError:
        return 0


def _fail(message: str) -> None:
    sys.stderr.write(f"{PROG}: error: {sanitize_line(message)}\n")
