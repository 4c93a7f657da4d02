"""``briefing show URL`` against a local http.server on 127.0.0.1 only."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.cli.show_run import assert_one_line_error, show

PAGE = (Path(__file__).resolve().parents[1] / "fixtures" / "inputs" / "page.html").read_bytes()
SLOW_SECONDS = 4.0


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # silence the test log
        return

    def _send(self, code: int, body: bytes, kind: str = "text/html; charset=utf-8") -> None:
        self.send_response(code)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        if self.path == "/article.html":
            self._send(200, PAGE)
        elif self.path == "/plain":
            self._send(
                200, b"Plain Page Title\n\nA plain page. It has two sentences.", "text/plain"
            )
        elif self.path == "/latin1":
            body = (
                "Caf\u00e9 Ferm\u00e9\n\nThe caf\u00e9 closed its doors today. Regulars were sad."
            )
            self._send(200, body.encode("iso-8859-1"), "text/plain; charset=ISO-8859-1")
        elif self.path == "/drip":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(200):
                self.wfile.write(b"word ")
                self.wfile.flush()
                time.sleep(0.1)
        elif self.path == "/to-file":
            self.send_response(302)
            self.send_header("Location", "file:///etc/passwd")
            self.end_headers()
        elif self.path == "/to-article":
            self.send_response(301)
            self.send_header("Location", "/article.html")
            self.end_headers()
        elif self.path == "/slow":
            time.sleep(SLOW_SECONDS)
            self._send(200, PAGE)
        elif self.path == "/big-declared":
            self._send(200, b"<p>" + b"word " * 50_000 + b"</p>")
        elif self.path == "/big-streamed":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(40):
                self.wfile.write(b"<p>" + b"word " * 2_000 + b"</p>\n")
        else:
            self._send(404, b"<h1>Not found</h1>")


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        """A client that gave up (timeout, size cap) is the point of the test."""
        return


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = _QuietServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_page(server: str) -> None:
    run = show(f"{server}/article.html", "--format", "json")
    assert run.code == 0, run.err
    data = json.loads(run.out)
    assert "Rail Line Reopens" in data["title"]
    assert data["format"] == "html"
    text = " ".join(s["text"] for s in data["sentences"])
    assert "coastal rail line" in text and "MUST-NOT-APPEAR" not in text


def test_plain_text_page_by_content_type(server: str) -> None:
    data = json.loads(show(f"{server}/plain", "--format", "json").out)
    assert data["title"] == "Plain Page Title"
    assert data["format"] == "text"


def test_declared_charset_decodes_without_warning(server: str) -> None:
    run = show(f"{server}/latin1", "--format", "json")
    assert run.code == 0 and run.err == "", run.err
    data = json.loads(run.out)
    assert data["title"] == "Caf\u00e9 Ferm\u00e9"
    assert data["sentences"][0]["text"] == "The caf\u00e9 closed its doors today."


def test_http_redirect_followed(server: str) -> None:
    run = show(f"{server}/to-article", "--format", "json")
    assert run.code == 0, run.err
    assert "Rail Line Reopens" in json.loads(run.out)["title"]


def test_not_found(server: str) -> None:
    assert_one_line_error(show(f"{server}/missing"), "404")


def test_redirect_to_file_refused(server: str) -> None:
    run = show(f"{server}/to-file")
    assert_one_line_error(run, "redirect", "only http")
    assert "root:" not in run.out + run.err


def test_slow_server_times_out(server: str) -> None:
    run = show(f"{server}/slow", "--timeout", "0.5", timeout=30)
    assert_one_line_error(run, "did not answer within 0.5 seconds")
    assert run.seconds < SLOW_SECONDS + 1


def test_dripping_server_is_bounded_in_total(server: str) -> None:
    run = show(f"{server}/drip", "--timeout", "0.5", timeout=30)
    assert_one_line_error(run, "longer than 2 seconds")
    assert run.seconds < 10


@pytest.mark.parametrize("path", ["/big-declared", "/big-streamed"])
def test_oversize_refused(server: str, path: str) -> None:
    assert_one_line_error(show(f"{server}{path}", "--max-bytes", "100000"), "limit", "--max-bytes")


def test_other_schemes_are_files_not_urls() -> None:
    run = show("ftp://127.0.0.1/article.txt")
    assert_one_line_error(run, "no such file")
