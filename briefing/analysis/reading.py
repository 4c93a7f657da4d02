"""Reading an article's bytes from a file or a pipe, and the fingerprint of what was read.

Kept apart from ``loading`` (decoding, formats, sentences) because reopening an
article the library already holds needs only this: the bytes and their
fingerprint find the stored article, and nothing has to be parsed again.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import select
import stat
import time
from collections.abc import Iterator
from typing import BinaryIO

from briefing import __version__
from briefing.analysis.errors import InputError
from briefing.analysis.limits import DEFAULT_LIMITS, Limits
from briefing.analysis.sanitize import sanitize_line

LOADER_VERSION = 1
"""Bumped whenever loading turns the same bytes into a different Document."""


def input_fingerprint(data: bytes, name: str) -> str:
    """What decides the Document built from these bytes: the loader, the file's suffix, the bytes.

    Two reads with the same fingerprint load to the same Document, so the
    library can hand back the stored one instead of parsing the file again.
    """
    suffix = os.path.splitext(name)[1].lower()
    digest = hashlib.sha256(f"{__version__}:{LOADER_VERSION}:{suffix}:".encode())
    digest.update(data)
    return digest.hexdigest()


def is_url(target: str) -> bool:
    """Whether a command-line target names a web page rather than a file."""
    return bool(re.match(r"^https?://", target, re.I))


def read_capped(stream: BinaryIO, limits: Limits, what: str) -> bytes:
    data = stream.read(limits.max_bytes + 1)
    if len(data) > limits.max_bytes:
        raise InputError(
            f"{what} is larger than the limit of {limits.max_bytes:,} bytes;"
            " raise it with --max-bytes if you mean it"
        )
    return data


def _read_fifo(path: str, limits: Limits, shown: str) -> bytes:
    """Read a named pipe like stdin, but never wait forever for a writer.

    A blocking open of a FIFO with no writer hangs, so it is opened without
    blocking and every wait for data is bounded by ``limits.read_timeout``.
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    chunks: list[bytes] = []
    size = 0
    deadline = time.monotonic() + limits.read_timeout
    try:
        while True:
            remaining = deadline - time.monotonic()
            ready, _, _ = select.select([fd], [], [], max(0.0, remaining))
            if not ready:
                raise InputError(
                    f"{shown} is a pipe and nothing was written to it within"
                    f" {limits.read_timeout:g} seconds"
                )
            try:
                chunk = os.read(fd, 1 << 16)
            except BlockingIOError:
                continue
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)
            size += len(chunk)
            if size > limits.max_bytes:
                raise InputError(
                    f"{shown} is larger than the limit of {limits.max_bytes:,} bytes;"
                    " raise it with --max-bytes if you mean it"
                )
            deadline = time.monotonic() + limits.read_timeout
    finally:
        os.close(fd)


def read_path_bytes(path: str, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """Read a file's bytes, turning every OS failure into a one-line InputError."""
    shown = sanitize_line(path)
    with _named_failures(shown):
        info = os.stat(path)
    if stat.S_ISDIR(info.st_mode):
        raise InputError(f"{shown} is a directory; give the path of an article file")
    if not stat.S_ISREG(info.st_mode) and not stat.S_ISFIFO(info.st_mode):
        raise InputError(f"{shown} is not a regular file")
    if stat.S_ISREG(info.st_mode) and info.st_size > limits.max_bytes:
        raise InputError(
            f"{shown} is {info.st_size:,} bytes, larger than the limit of {limits.max_bytes:,};"
            " raise it with --max-bytes if you mean it"
        )
    with _named_failures(shown):
        if stat.S_ISFIFO(info.st_mode):
            return _read_fifo(path, limits, shown)
        with open(path, "rb") as stream:
            return read_capped(stream, limits, shown)


@contextlib.contextmanager
def _named_failures(shown: str) -> Iterator[None]:
    """OS errors as one line that names the file and what went wrong."""
    try:
        yield
    except FileNotFoundError:
        raise InputError(f"no such file: {shown}") from None
    except PermissionError:
        raise InputError(f"permission denied: {shown}") from None
    except IsADirectoryError:
        raise InputError(f"{shown} is a directory; give the path of an article file") from None
    except OSError as error:
        raise InputError(f"cannot read {shown}: {error.strerror or error}") from None
