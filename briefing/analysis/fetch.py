"""Fetch an article over http(s) with a timeout and a size cap.

Only http and https are accepted, redirects included, so a page cannot point the
loader at a local file or another scheme.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass
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
            body = response.read(limits.max_bytes + 1)
            content_type = response.headers.get_content_type()
            charset = response.headers.get_content_charset()
    except InputError:
        raise
    except urllib.error.HTTPError as error:
        raise InputError(f"{shown} answered HTTP {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
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
