"""Every input a person can get wrong ends in one line on stderr and exit code 2."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from tests.cli.show_run import assert_one_line_error, show

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PLAIN = FIXTURES / "inputs" / "plain.txt"
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00"
    b"\x00\x00\x00IEND\xaeB`\x82"
)


def test_missing_file(tmp_path: Path) -> None:
    assert_one_line_error(show(str(tmp_path / "nope.txt")), "no such file")


def test_directory(tmp_path: Path) -> None:
    assert_one_line_error(show(str(tmp_path)), "directory")


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert_one_line_error(show(str(path)), "empty")


def test_whitespace_only_file(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(b" \n\t\r\n  \n")
    assert_one_line_error(show(str(path)), "empty")


def test_empty_stdin() -> None:
    assert_one_line_error(show("-", stdin=b""), "standard input", "empty")


def test_executable() -> None:
    assert_one_line_error(show("/bin/ls"), "executable")


def test_png(tmp_path: Path) -> None:
    path = tmp_path / "picture.txt"
    path.write_bytes(PNG)
    assert_one_line_error(show(str(path)), "PNG")


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_bytes(tmp_path: Path, seed: int) -> None:
    import random

    path = tmp_path / "noise.bin"
    path.write_bytes(random.Random(seed).randbytes(6000))
    assert_one_line_error(show(str(path)), "binary")


def test_only_markup(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text("<html><head><script>var x = 1;</script></head><body></body></html>")
    assert_one_line_error(show(str(path)), "no text")


def test_fifo_without_writer_does_not_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    run = show(str(fifo), "--timeout", "1", timeout=20)
    assert_one_line_error(run, "pipe")
    assert run.seconds < 10


def test_fifo_with_writer_reads_like_stdin(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    data = PLAIN.read_bytes()

    def write() -> None:
        with open(fifo, "wb") as stream:  # blocks until the reader opens
            stream.write(data)

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    run = show(str(fifo), "--format", "json", timeout=30)
    writer.join(5)
    assert run.code == 0, run.err
    assert "ferry terminal" in run.out


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("A title\n\nSome text here.\n")
    path.chmod(0)
    assert_one_line_error(show(str(path)), "permission denied")


def test_unreadable_file_as_another_user(tmp_path: Path) -> None:
    """As root, a forked child drops to nobody, so the permission check is real."""
    if os.geteuid() != 0:
        pytest.skip("needs root to switch user; test_unreadable_file covers other users")
    from briefing.analysis.errors import InputError
    from briefing.analysis.reading import read_path_bytes

    path = tmp_path / "secret.txt"
    path.write_text("A title\n\nSome text here.\n")
    path.chmod(0)
    read_end, write_end = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - runs in the child
        os.close(read_end)
        message = b"read it"
        try:
            os.setgid(65534)
            os.setuid(65534)
            read_path_bytes(str(path))
        except InputError as error:
            message = str(error).encode()
        except BaseException as error:  # reported to the parent
            message = f"unexpected {type(error).__name__}".encode()
        os.write(write_end, message)
        os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as stream:
        message = stream.read().decode()
    os.waitpid(child, 0)
    assert message.startswith("permission denied"), message
    assert "\n" not in message


def test_unknown_summarizer() -> None:
    run = show(str(PLAIN), "--summarizer", "nonesuch")
    assert_one_line_error(run, "unknown summarizer", "lexrank")


@pytest.mark.parametrize(
    "args, word",
    [
        (["--sentences", "x"], "--sentences"),
        (["--sentences", "-1"], "--sentences"),
        (["--ratio", "2"], "--ratio"),
        (["--ratio", "0"], "--ratio"),
        (["--ratio", "abc"], "--ratio"),
        (["--sentences", "2", "--ratio", "0.5"], "not allowed"),
        (["--format", "yaml"], "--format"),
    ],
)
def test_bad_options(args: list[str], word: str) -> None:
    assert_one_line_error(show(str(PLAIN), *args), word)


def test_file_too_large_for_limit() -> None:
    assert_one_line_error(show(str(PLAIN), "--max-bytes", "100"), "limit", "--max-bytes")


def test_too_many_sentences_for_limit() -> None:
    assert_one_line_error(show(str(PLAIN), "--max-sentences", "2"), "--max-sentences")


def test_timeout_option_before_the_command() -> None:
    import argparse

    from briefing.cli import _first_positional, limits_from

    assert _first_positional(["--timeout", "2", "show", "x.txt"]) == "show"
    limits = limits_from(argparse.Namespace(max_bytes=10, max_sentences=0, timeout=0))
    assert (limits.max_bytes, limits.max_sentences) == (10, 1)
    assert limits.url_timeout == limits.read_timeout == 0.01
