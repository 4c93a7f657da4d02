"""Fetch an article over http(s) with a timeout and a size cap.

Only http and https are accepted, redirects included, so a page cannot point the
loader at a local file or another scheme.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import BinaryIO
from urllib.parse import urljoin, urlsplit

from briefing import __version__
from briefing.analysis.errors import InputError
from briefing.analysis.limits import Limits
from briefing.analysis.sanitize import sanitize_line


@dataclass(frozen=True)
class FetchedPage:
    """A downloaded page: its bytes and what the server said it is."""

    body: bytes
    name: str
    format: str | None
    charset: str | None = None
    """The encoding the server declared in Content-Type, if any."""


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follows redirects to http(s) only, and says so plainly when refusing one.

    urllib refuses other schemes itself, but with an HTTPError naming the status
    code; checking the Location first gives the user the real reason.
    """

    def http_error_302(self, req, fp, code, msg, headers):  # type: ignore[no-untyped-def]
        location = headers.get("location") or headers.get("uri")
        if location:
            target = urljoin(req.full_url, location)
            if urlsplit(target).scheme.lower() not in ("http", "https"):
                raise InputError(f"refusing a redirect to {sanitize_line(target)}: only http(s)")
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


DOWNLOAD_TIMEOUTS = 4
"""A whole download may take this many times the timeout (which bounds each wait)."""


def _read_body(response: BinaryIO, limits: Limits, shown: str) -> bytes:
    """Read at most ``max_bytes + 1`` bytes, within a bound on the total time.

    The socket timeout only bounds each wait, so a server dripping a byte at a
    time could otherwise hold the command for hours.
    """
    budget = limits.url_timeout * DOWNLOAD_TIMEOUTS
    deadline = time.monotonic() + budget
    chunks: list[bytes] = []
    size = 0
    while size <= limits.max_bytes:
        chunk = response.read1(min(1 << 16, limits.max_bytes + 1 - size))  # type: ignore[attr-defined]
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
        if time.monotonic() > deadline:
            raise InputError(f"{shown} took longer than {budget:g} seconds to download")
    return b"".join(chunks)


def fetch_url(url: str, limits: Limits) -> FetchedPage:
    """Download ``url``, refusing other schemes, slow servers and oversized pages."""
    shown = sanitize_line(url)
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise InputError(f"not an http(s) URL: {shown}")
    opener = urllib.request.build_opener(_HttpOnlyRedirects())
    request = urllib.request.Request(
        url, headers={"User-Agent": f"briefing/{__version__}", "Accept": "text/html,text/*"}
    )
    try:
        with opener.open(request, timeout=limits.url_timeout) as response:
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > limits.max_bytes:
                raise InputError(
                    f"{shown} is {int(declared):,} bytes, larger than the limit of"
                    f" {limits.max_bytes:,}; raise it with --max-bytes if you mean it"
                )
            body = _read_body(response, limits, shown)
            content_type = response.headers.get_content_type()
            charset = response.headers.get_content_charset()
    except InputError:
        raise
    except urllib.error.HTTPError as error:
        raise InputError(f"{shown} answered HTTP {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        if isinstance(error.reason, TimeoutError):
            raise InputError(
                f"{shown} did not answer within {limits.url_timeout:g} seconds"
            ) from None
        raise InputError(f"cannot fetch {shown}: {error.reason}") from None
    except TimeoutError:
        raise InputError(f"{shown} did not answer within {limits.url_timeout:g} seconds") from None
    except (OSError, ValueError) as error:
        raise InputError(f"cannot fetch {shown}: {error}") from None
    if len(body) > limits.max_bytes:
        raise InputError(
            f"{shown} is larger than the limit of {limits.max_bytes:,} bytes;"
            " raise it with --max-bytes if you mean it"
        )
    fmt = {
        "text/html": "html",
        "application/xhtml+xml": "html",
        "text/markdown": "markdown",
        "text/plain": "text",
    }.get(content_type)
    return FetchedPage(body, parts.path.rsplit("/", 1)[-1] or parts.netloc, fmt, charset)
