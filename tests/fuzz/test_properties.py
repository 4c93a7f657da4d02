"""Property tests: whatever text or bytes come in, the loader and the analysis keep
their promises (only InputError, offsets into the text, evidence ids that exist,
JSON that round-trips). Bounded so the whole file runs in seconds."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.analysis.briefing import AnalysisOptions, Briefing, analyze_document
from briefing.analysis.decoding import decode_bytes
from briefing.analysis.document import Document
from briefing.analysis.errors import InputError
from briefing.analysis.loading import document_from_text
from briefing.analysis.sentences import sentence_spans

BOUNDED = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PIECES = [
    "The minister said",
    "Mr. Smith",
    "U.S.",
    "talks will resume on Monday",
    "“quoted,” she said",
    "3.5 percent",
    "...",
    "!",
    "?",
    ".",
    "\n\n",
    "\n",
    "# ",
    "- ",
    "**bold**",
    "[link](http://x.example)",
    "<p>",
    "</p>",
    "<script>x()</script>",
    "<div>",
    "---\ntitle: T\n---\n",
    "\x1b[31m",
    "\x1b]0;t\x07",
    "\u202e",
    "\x00",
    "\x9b",
    "Blinken’s",
    "By a staff reporter",
    "Monday, May 1, 2023",
]
ARTICLE_TEXT = st.lists(
    st.one_of(st.sampled_from(PIECES), st.text(max_size=20)), min_size=1, max_size=40
).map(" ".join)
FORMATS = st.sampled_from([None, "text", "markdown", "html"])
FORBIDDEN = set("\x1b\x9b\x9d\x00\x07\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _load(text: str, fmt: str | None) -> Document | None:
    try:
        return document_from_text(text, format=fmt)
    except InputError as error:
        assert "\n" not in str(error)
        return None


def _check_document(doc: Document) -> None:
    assert [s.id for s in doc.sentences] == list(range(1, len(doc.sentences) + 1))
    for sentence in doc.sentences:
        assert doc.text[sentence.start : sentence.end] == sentence.text
        assert sentence.text.strip() == sentence.text and sentence.text
        assert 0 <= sentence.paragraph < len(doc.paragraphs)
    for value in (doc.text, doc.title or ""):
        assert not set(value) & FORBIDDEN


def _evidence_ids(data: dict[str, Any]) -> list[int]:
    ids = [item["sentence"] for item in data["summary"]["items"]]
    ids += [sid for player in data["players"] for sid in player["sentences"]]
    ids += [item["sentence"] for item in data["open_issues"]]
    ids += [item["sentence"] for item in data["next_steps"]]
    return ids


@BOUNDED
@given(ARTICLE_TEXT, FORMATS)
def test_loading_keeps_its_promises(text: str, fmt: str | None) -> None:
    doc = _load(text, fmt)
    if doc is not None:
        _check_document(doc)


@BOUNDED
@given(st.binary(max_size=400))
def test_decoding_raises_only_input_error(data: bytes) -> None:
    try:
        decoded = decode_bytes(data)
    except InputError:
        return
    doc = _load(decoded.text, None)
    if doc is not None:
        _check_document(doc)


@BOUNDED
@given(st.text(max_size=300))
def test_sentence_spans_point_into_the_paragraph(text: str) -> None:
    spans = sentence_spans(text)
    last = 0
    for start, end in spans:
        assert last <= start < end <= len(text)
        last = end


@BOUNDED
@given(ARTICLE_TEXT, st.sampled_from([None, "lexrank", "luhn", "sumbasic"]), st.integers(0, 5))
def test_analysis_evidence_exists_and_json_round_trips(
    text: str, summarizer: str | None, count: int
) -> None:
    doc = _load(text, None)
    if doc is None:
        return
    briefing = analyze_document(doc, AnalysisOptions(summarizer, count, None))
    data = briefing.to_dict()
    ids = {s["id"] for s in data["sentences"]}
    assert set(_evidence_ids(data)) <= ids
    items = [item["sentence"] for item in data["summary"]["items"]]
    assert items == sorted(items)
    wire = json.loads(json.dumps(data, ensure_ascii=False))
    again = Briefing.from_dict(wire)
    assert again.to_dict() == data


def _sanitize_slowly(text: str) -> str:
    """sanitize_text without its shortcut for text that has nothing to remove."""
    from briefing.analysis import sanitize

    text = sanitize._LINE_BREAKS.sub("\n", text)
    text = sanitize._PARAGRAPH_BREAKS.sub("\n\n", text)
    text = sanitize._ESCAPES.sub("", text)
    text = sanitize._CONTROLS.sub("", text)
    return text.replace("\t", " ")


@BOUNDED
@given(st.text(max_size=200) | st.text(alphabet=st.characters(max_codepoint=0x3000), max_size=60))
def test_the_sanitizer_shortcut_changes_nothing(text: str) -> None:
    from briefing.analysis.sanitize import sanitize_text

    assert sanitize_text(text) == _sanitize_slowly(text)


def test_the_sanitizer_shortcut_misses_no_character() -> None:
    from briefing.analysis.sanitize import sanitize_text

    for character in map(chr, range(0x10000)):
        probe = f"a{character}b"
        assert sanitize_text(probe) == _sanitize_slowly(probe), hex(ord(character))
