"""Property tests for what reaches a terminal: sanitising and the text/Markdown renderers.

Whatever an article holds, ``sanitize_text`` leaves no control character but the
newline, doing it twice changes nothing, and the rendered briefing carries no
escape sequence, control character or bidi override. Bounded for CI.
"""

from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.analysis.briefing import AnalysisOptions, analyze_document
from briefing.analysis.errors import InputError
from briefing.analysis.loading import document_from_text
from briefing.analysis.sanitize import sanitize_line, sanitize_text
from briefing.render_markdown import render_markdown
from briefing.render_text import render_text

BOUNDED = settings(max_examples=60, deadline=10_000, suppress_health_check=[HealthCheck.too_slow])
ESCAPES = [
    "\x1b[31m",
    "\x1b]0;title\x07",
    "\x1b]8;;http://x.example\x1b\\",
    "\x1bP+q\x1b\\",
    "\x9b2J",
    "\x9d0;t\x9c",
    "\x1b",
    "\x07",
    "\x00",
    "\x08",
    "\x7f",
    "\x85",
    "\u202e",
    "\u2066",
    "\u200f",
    "\r",
]
WORDS = ["The minister said", "talks resume.", "Mr. Lee", "“No,” she said.", "\n\n", "#", "<b>"]
HOSTILE_TEXT = st.lists(
    st.one_of(st.sampled_from(ESCAPES), st.sampled_from(WORDS), st.text(max_size=6)),
    min_size=1,
    max_size=40,
).map("".join)
BIDI = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")


def _unsafe(text: str, allowed: str = "\n") -> list[str]:
    return [c for c in text if (unicodedata.category(c) == "Cc" and c not in allowed) or c in BIDI]


@BOUNDED
@given(st.text(max_size=300) | HOSTILE_TEXT)
def test_sanitize_text_is_idempotent_and_leaves_only_newlines(text: str) -> None:
    clean = sanitize_text(text)
    assert sanitize_text(clean) == clean
    assert _unsafe(clean) == []
    line = sanitize_line(text)
    assert _unsafe(line, allowed="") == [] and line == line.strip()


@BOUNDED
@given(HOSTILE_TEXT, st.sampled_from([None, "text", "markdown", "html"]))
def test_rendered_briefings_carry_nothing_for_the_terminal(text: str, fmt: str | None) -> None:
    try:
        document = document_from_text(text, format=fmt, title=text[:40] or None)
    except InputError:
        return
    result = analyze_document(document, AnalysisOptions("luhn", 2, None))
    for output in (render_text(result, width=60), render_markdown(result)):
        assert _unsafe(output) == [], output
