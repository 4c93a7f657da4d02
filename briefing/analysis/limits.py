"""Input limits, documented in the README and overridable from the command line.

They exist so that a hostile or accidental input (a log file, a dump) gets a clear
message instead of a frozen terminal.
"""

from __future__ import annotations

from dataclasses import dataclass

MIB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """How much input the loader accepts."""

    max_bytes: int = 16 * MIB
    """Largest file, page or stdin input read, in bytes."""

    max_sentences: int = 5_000
    """Most sentences analysed; longer articles are refused with a message."""

    url_timeout: float = 15.0
    """Seconds to wait for a web server before giving up."""

    read_timeout: float = 15.0
    """Seconds to wait for the next bytes from a named pipe (FIFO) before giving up."""


DEFAULT_LIMITS = Limits()
