"""Hostile but loadable inputs opened in the reader: a briefing on screen, no crash, keys work.

Each input goes through the same path as ``briefing PATH``: the loader, the
library, then the real analysis in the reader's worker. Inputs the loader
refuses get a one-line error before the reader starts (see test_cli_reader.py).
"""

from __future__ import annotations

import fcntl
import os
import select
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from briefing.analysis.decoding import decode_article
from briefing.analysis.reading import input_fingerprint
from briefing.store.library import Library
from briefing.ui.app import make_app
from briefing.ui.screens.reader import ReaderScreen
from briefing.workflow import ArticleText
from tests.cli.show_run import assert_one_line_error, briefing
from tests.hostile_text import sentences as _sentences
from tests.ui.conftest import settle


def _nul_bytes(path: Path) -> None:
    path.write_bytes(b"Talks resume\n\nThe council\x00 said talks would resume.\x00 " * 20)


def _invalid_utf8(path: Path) -> None:
    path.write_bytes(("Caf\xe9 talks\n\n" + _sentences(30)).encode("cp1252") + b"\xff\xfe ok.")


def _escapes_and_markup(path: Path) -> None:
    path.write_text(
        "[bold]Title[/] \x1b]0;owned\x07\n\n"
        + "The minister said [@click=app.quit]talks[/] would resume next week. \x1b[31mRed.\x1b[0m "
        + _sentences(20),
        encoding="utf-8",
    )


def _single_long_line(path: Path) -> None:
    path.write_text(_sentences(2_000).replace(". ", ", "), encoding="utf-8")


def _nested_html(path: Path) -> None:
    path.write_text(
        "<html><body>" + "<div>" * 50_000 + "<p>" + _sentences(40) + "</p>" + "</div>" * 50_000,
        encoding="utf-8",
    )


def _scripts_html(path: Path) -> None:
    path.write_text(
        "<html><head><title>Vote</title><script>alert(1)</script></head><body>"
        "<nav>Home</nav><iframe src='javascript:alert(2)'></iframe>"
        f"<article><p>{_sentences(30)}</p><p><a href='javascript:alert(3)'>click</a></p>"
        "</article></body></html>",
        encoding="utf-8",
    )


def _markdown_table(path: Path) -> None:
    rows = "\n".join(f"| {n} | <b>{n}</b> |" for n in range(5_000))
    path.write_text(
        f"# Budget\n\n<div onclick='x()'>raw</div>\n\n{_sentences(30)}\n\n| a | b |\n|---|---|\n{rows}\n",
        encoding="utf-8",
    )


INPUTS: dict[str, tuple[str, Callable[[Path], None]]] = {
    "nul-bytes": ("nul.txt", _nul_bytes),
    "invalid-utf8": ("cp1252.txt", _invalid_utf8),
    "escapes-and-markup": ("evil.txt", _escapes_and_markup),
    "one-long-line": ("line.txt", _single_long_line),
    "html-nested-50000": ("nested.html", _nested_html),
    "html-scripts": ("scripts.html", _scripts_html),
    "markdown-raw-html-table": ("table.md", _markdown_table),
}


@pytest.mark.parametrize("name", sorted(INPUTS))
async def test_hostile_input_opens_with_a_briefing(tmp_path: Path, name: str) -> None:
    filename, write = INPUTS[name]
    path = tmp_path / filename
    write(path)
    # as 'briefing PATH' does: read and decode first, parse in the reader's worker
    text = decode_article(path.read_bytes(), str(path))
    pending = ArticleText(
        text, str(path.resolve()), input_fingerprint(path.read_bytes(), path.name)
    )
    with Library.open(tmp_path / "data") as library:
        app = make_app(library=library, pending=pending)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(app, pilot)
            await app.workers.wait_for_complete()
            await settle(app, pilot)
            screen = app.screen
            assert isinstance(screen, ReaderScreen)
            assert screen.briefing is not None
            assert screen.briefing.document.sentences
            for key in ("2", "j", "3", "5", "j", "tab"):
                await pilot.press(key)
            await pilot.pause()
            assert app.is_running
            await pilot.press("q")
        assert not app.is_running


def test_an_article_over_the_sentence_limit_is_refused_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_text("\n\n".join(_sentences(50, seed=n) for n in range(1_000)), encoding="utf-8")
    run = briefing(str(path), "--data-dir", str(tmp_path / "data"), timeout=120)
    assert_one_line_error(run, "--max-sentences")


def test_in_a_terminal_an_article_over_the_limit_ends_the_reader_with_one_line(
    tmp_path: Path,
) -> None:
    """In a terminal the sentences are counted behind the reader's progress indicator;
    a refusal then closes the reader and leaves one line and exit code 2."""
    path = tmp_path / "long.txt"
    path.write_text("\n\n".join(_sentences(10, seed=n) for n in range(20)), encoding="utf-8")
    code, output = run_in_terminal(
        [sys.executable, "-m", "briefing", str(path), "--max-sentences", "50"],
        env={"BRIEFING_DATA_DIR": str(tmp_path / "data")},
    )
    assert code == 2, output
    after = output.rsplit("\x1b[?1049l", 1)[-1]  # what is left once the reader's screen is gone
    lines = [line for line in after.replace("\r", "").splitlines() if line.strip()]
    assert len(lines) == 1 and "--max-sentences" in lines[0], lines
    assert "Traceback" not in output


def run_in_terminal(
    command: list[str], env: dict[str, str], timeout: float = 60
) -> tuple[int, str]:
    """Run ``command`` in a 100x30 pseudo-terminal; its exit code and all it wrote."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    process = subprocess.Popen(
        command,
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env={**os.environ, "TERM": "xterm-256color", **env},
        start_new_session=True,
    )
    os.close(slave)
    chunks: list[bytes] = []
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.1)
            if ready:
                try:
                    chunk = os.read(master, 65536)
                except OSError:
                    break
                if not chunk:
                    break
                chunks.append(chunk)
            elif process.poll() is not None:
                break
        code = process.wait(timeout=max(1.0, deadline - time.monotonic()))
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        os.close(master)
    return code, b"".join(chunks).decode("utf-8", "replace")


def test_a_fifo_without_a_writer_is_refused_before_the_reader(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    run = briefing(str(fifo), "--timeout", "1", "--data-dir", str(tmp_path / "data"))
    assert_one_line_error(run, "pipe")
