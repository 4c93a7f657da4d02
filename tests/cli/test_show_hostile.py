"""Hostile inputs through ``briefing show``: a result or a one-line error, in bounded time.

The time bounds are loose (the machine is shared); the figures measured on
2 cores are in the README's "Limits" section.
"""

from __future__ import annotations

import json
import os
import random
import re
import threading
from pathlib import Path

import pytest

from tests.cli.show_run import Run, assert_one_line_error, show
from tests.hostile_text import WORDS
from tests.hostile_text import sentence as _sentence


def _ok_or_one_line_error(run: Run) -> None:
    if run.code == 0:
        assert run.out and "Traceback" not in run.err
    else:
        assert_one_line_error(run)


def test_single_five_megabyte_line(tmp_path: Path) -> None:
    rng = random.Random(5)
    line = " ".join(rng.choice(WORDS) for _ in range(900_000))[:5_000_000]
    path = tmp_path / "line.txt"
    path.write_text(line)
    run = show(str(path), "--format", "json", timeout=120)
    assert run.code == 0, run.err
    data = json.loads(run.out)
    assert data["sentences"] and data["summary"]["items"]
    assert run.seconds < 90


def test_fifty_thousand_sentences_refused_quickly(tmp_path: Path) -> None:
    rng = random.Random(50)
    sentences = [_sentence(rng) for _ in range(50_000)]
    paragraphs = [" ".join(sentences[i : i + 5]) for i in range(0, len(sentences), 5)]
    path = tmp_path / "long.txt"
    path.write_text("A Very Long Article\n\n" + "\n\n".join(paragraphs))
    assert 2_500_000 < path.stat().st_size < 4_000_000
    run = show(str(path), timeout=60)
    assert_one_line_error(run, "sentences, more than the limit", "--max-sentences")
    counted = int(re.search(r"has ([\d,]+) sentences", run.err).group(1).replace(",", ""))  # type: ignore[union-attr]
    assert counted > 45_000
    assert run.seconds < 20


def test_html_nested_fifty_thousand_deep(tmp_path: Path) -> None:
    path = tmp_path / "deep.html"
    path.write_text(
        "<html><body>"
        + "<div>" * 50_000
        + "<p>Deep text survives the nesting. It has two sentences.</p>"
        + "</div>" * 50_000
        + "</body></html>"
    )
    run = show(str(path), "--format", "json", timeout=120)
    assert run.code == 0, run.err
    texts = [s["text"] for s in json.loads(run.out)["sentences"]]
    assert texts == ["Deep text survives the nesting.", "It has two sentences."]
    assert run.seconds < 60


def test_html_scripts_iframes_and_javascript_links(tmp_path: Path) -> None:
    rng = random.Random(7)
    body = "".join(
        f"<p>{_sentence(rng)} {_sentence(rng)}</p>"
        f"<script>window.SCRIPTED_{i} = 1;</script>"
        f"<iframe src='javascript:alert(1)'>FRAMED_{i}</iframe>"
        f"<p><a href='javascript:steal()'>CLICKME_{i}</a></p>"
        f"<img src=x onerror='alert(\"ONERROR_{i}\")'>"
        for i in range(30)
    )
    path = tmp_path / "hostile.html"
    path.write_text(
        f"<html><head><title>Hostile Page</title><script>alert('HEAD')</script></head>"
        f"<body><article><h1>Hostile Page</h1>{body}</article>"
        f"<object data='x.swf'>OBJECTED</object><embed src='x'></body></html>"
    )
    for fmt in ("text", "markdown", "json"):
        run = show(str(path), "--format", fmt, timeout=60)
        assert run.code == 0, run.err
        for junk in ("SCRIPTED", "FRAMED", "CLICKME", "ONERROR", "javascript", "alert", "OBJECTED"):
            assert junk not in run.out, (junk, fmt)
        assert "minister" in run.out or "council" in run.out


def test_markdown_raw_html_and_huge_table(tmp_path: Path) -> None:
    rng = random.Random(9)
    table = "| a | b | c |\n|---|---|---|\n" + "".join(
        f"| TABLECELL{i} | {i} | x |\n" for i in range(20_000)
    )
    raw = "<div><script>alert('RAWSCRIPT')</script><style>p{}</style>Raw block words.</div>\n"
    text = (
        f"# Markdown Under Attack\n\n{_sentence(rng)} {_sentence(rng)}\n\n{raw}\n{table}\n"
        f"Inline <span onclick='x()'>span text</span> and <script>alert('INLINE')</script>.\n\n"
        f"{_sentence(rng)}\n"
    )
    path = tmp_path / "attack.md"
    path.write_text(text)
    run = show(str(path), "--format", "json", timeout=120)
    assert run.code == 0, run.err
    assert "TABLECELL" not in run.out and "RAWSCRIPT" not in run.out
    assert "INLINE" not in run.out and "onclick" not in run.out
    assert json.loads(run.out)["title"] == "Markdown Under Attack"
    assert run.seconds < 60


def test_file_that_changes_or_vanishes_while_read(tmp_path: Path) -> None:
    """A writer rewrites, truncates and deletes the file while show reads it."""
    rng = random.Random(11)
    path = tmp_path / "moving.txt"
    versions = [
        ("Moving Article\n\n" + " ".join(_sentence(rng) for _ in range(400))).encode(),
        b"",
        "Half-written caf\u00e9".encode()[:-1],
        b"\x7fELF" + bytes(100),
    ]
    stop = threading.Event()

    def churn() -> None:
        turn = 0
        while not stop.is_set():
            data = versions[turn % len(versions)]
            if turn % 5 == 4:
                path.unlink(missing_ok=True)
            else:
                path.write_bytes(data)
            turn += 1

    path.write_bytes(versions[0])
    writer = threading.Thread(target=churn, daemon=True)
    writer.start()
    try:
        runs = [show(str(path), "--format", "json", timeout=60) for _ in range(8)]
    finally:
        stop.set()
        writer.join(5)
    for run in runs:
        _ok_or_one_line_error(run)


def test_vanished_between_stat_and_open(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing.analysis.errors import InputError
    from briefing.analysis.reading import read_path_bytes

    path = tmp_path / "gone.txt"
    path.write_text("Here now. Gone soon.")
    real_stat = os.stat

    def stat_then_delete(target: str) -> os.stat_result:
        result = real_stat(target)
        os.unlink(target)
        return result

    monkeypatch.setattr("briefing.analysis.loading.os.stat", stat_then_delete)
    with pytest.raises(InputError, match=r"gone\.txt") as caught:
        read_path_bytes(str(path))
    assert "\n" not in str(caught.value)
