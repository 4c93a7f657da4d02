"""Escape sequences, controls and bidi overrides never reach the Document."""

from __future__ import annotations

import pytest

from briefing.analysis.loading import document_from_text
from briefing.analysis.sanitize import sanitize_line, sanitize_text

HOSTILE = [
    "\x1b[31m",  # CSI colour
    "\x1b[2J\x1b[H",  # clear screen
    "\x1b]0;pwned title\x07",  # OSC window title, BEL-terminated
    "\x1b]8;;http://evil.example\x1b\\",  # OSC 8 hyperlink, ST-terminated
    "\x1bP+q544e\x1b\\",  # DCS
    "\x1b_APC payload\x1b\\",  # APC
    "\x9b31m",  # 8-bit CSI
    "\x9d0;title\x9c",  # 8-bit OSC
    "\x00",
    "\x07",
    "\x08",
    "\x7f",
    "\x85",
    "\u202e",  # right-to-left override
    "\u2066",  # left-to-right isolate
    "\u200f",
]
FORBIDDEN = set(
    "\x1b\x9b\x9d\x90\x9c\x00\x07\x08\x7f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f"
)


def _clean(text: str) -> bool:
    return not (set(text) & FORBIDDEN) and all(
        ch in "\n" or (ord(ch) >= 0x20 and not 0x7F <= ord(ch) <= 0x9F) for ch in text
    )


@pytest.mark.parametrize("bad", HOSTILE)
def test_sanitize_removes_each_sequence(bad: str) -> None:
    cleaned = sanitize_text(f"Before {bad}after.")
    assert _clean(cleaned), repr(cleaned)
    assert cleaned.startswith("Before ") and cleaned.endswith("after.")
    assert "pwned" not in cleaned and "payload" not in cleaned and "evil" not in cleaned


def test_sanitize_keeps_readable_text_and_unifies_breaks() -> None:
    assert sanitize_text("Crème brûlée — “quoted”\r\nnext\tline") == (
        "Crème brûlée — “quoted”\nnext line"
    )
    assert sanitize_line("a\nb\u2028c") == "a b c"


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_nothing_hostile_reaches_document(fmt: str) -> None:
    payload = "".join(HOSTILE)
    text = f"Title {payload}Here\n\nFirst {payload}sentence here. Second{payload} one.\n"
    if fmt == "html":
        text = f"<title>Title {payload}Here</title><p>First {payload}sentence here. Second{payload} one.</p>"
    doc = document_from_text(text, format=fmt)
    assert _clean(doc.text)
    assert doc.title is None or _clean(doc.title)
    for sentence in doc.sentences:
        assert _clean(sentence.text)
    assert "First sentence here." in doc.text


@pytest.mark.parametrize(
    "fmt, text",
    [
        (
            "html",
            "<html><head><title>T &#x1b;]0;pwn&#7; &#x202e;x</title></head><body><article>"
            "<p>Hello &#x1b;[31mred&#x9b;2J &#x202e;world &#0;&#x2066;ok. Second one.</p>"
            "</article></body></html>",
        ),
        (
            "markdown",
            "# T &#x1b;[31m &#x202e;x\n\nHello &#x1b;[31mred &#x202e; world &#0; ok. Next.",
        ),
    ],
)
def test_character_references_cannot_smuggle_controls(fmt: str, text: str) -> None:
    doc = document_from_text(text, format=fmt)
    assert _clean(doc.text), repr(doc.text)
    assert doc.title is None or _clean(doc.title)
    assert all(_clean(s.text) for s in doc.sentences)
