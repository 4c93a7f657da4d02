"""Each input form becomes a clean Document: the title found, boilerplate and credits left out."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.analysis.errors import InputError
from briefing.analysis.limits import Limits
from briefing.analysis.loading import document_from_text, load_document

INPUTS = Path(__file__).resolve().parents[1] / "fixtures" / "inputs"


def _check_offsets(text: str, spans: list[tuple[int, int, str]]) -> None:
    for start, end, sentence in spans:
        assert text[start:end] == sentence


def test_plain_text_title_dateline_and_credits() -> None:
    doc = load_document(str(INPUTS / "plain.txt"))
    assert doc.format == "text"
    assert doc.title == "Harbour Authority Approves New Ferry Terminal"
    assert doc.dateline == "Tuesday, March 4, 2025"
    assert doc.credits == ("By a staff reporter", "With reporting from agencies")
    texts = [s.text for s in doc.sentences]
    assert texts[0].startswith("The harbour authority approved")
    assert len(texts) == 6
    for s in doc.sentences:
        assert "staff reporter" not in s.text and "agencies" not in s.text
        assert "2025" not in s.text
    assert [s.id for s in doc.sentences] == list(range(1, 7))
    assert [s.paragraph for s in doc.sentences] == [0, 0, 1, 1, 2, 2]
    _check_offsets(doc.text, [(s.start, s.end, s.text) for s in doc.sentences])


def test_plain_text_first_line_with_full_stop_is_not_a_title() -> None:
    doc = document_from_text("The council met today.\n\nIt voted to close the road.")
    assert doc.title is None
    assert doc.sentences[0].text == "The council met today."


@pytest.mark.parametrize("first", ["By Jane Example", "Monday, May 1, 2023", "Photo: Agency"])
def test_plain_text_byline_or_date_first_is_not_the_title(first: str) -> None:
    doc = document_from_text(f"{first}\n\nThe council met today. It voted to close the road.")
    assert doc.title is None
    assert first not in doc.text
    assert doc.sentences[0].text == "The council met today."


def test_markdown_front_matter_title_and_clean_prose() -> None:
    doc = load_document(str(INPUTS / "article.md"))
    assert doc.format == "markdown"
    assert doc.title == "Library Extends Opening Hours"
    joined = " ".join(s.text for s in doc.sentences)
    assert "ten at night" in joined and "**" not in joined and "*" not in joined
    assert "survey of readers who asked" in joined
    assert "https://example.org" not in joined and "](" not in joined
    assert "Staff will work in two shifts." in joined
    assert "covered by the 2025 budget" in joined and "`" not in joined
    assert "print(" not in joined and "this code is not prose" not in joined
    assert "Mon" not in joined and "|" not in joined
    assert "md-script" not in joined and "<" not in doc.text
    assert "Raw block text stays readable." in joined
    assert "author" not in doc.text and "---" not in doc.text
    assert any(p.heading for p in doc.paragraphs)
    _check_offsets(doc.text, [(s.start, s.end, s.text) for s in doc.sentences])


def test_markdown_first_heading_is_the_title() -> None:
    doc = load_document(str(INPUTS / "heading.md"))
    assert doc.title == "Bridge Repairs Finish Early"
    assert doc.sentences[0].text.startswith("Workers finished repairs")
    assert all(s.text != "Costs" for s in doc.sentences)


def test_markdown_sniffed_without_suffix() -> None:
    text = (INPUTS / "heading.md").read_text()
    assert document_from_text(text).format == "markdown"


def test_html_main_text_only() -> None:
    doc = load_document(str(INPUTS / "page.html"))
    assert doc.format == "html"
    assert doc.title is not None and "Rail Line Reopens After Storm Damage" in doc.title
    body = doc.text
    assert "coastal rail line reopened" in body
    assert "sea defences" in body
    for junk in (
        "MUST-NOT-APPEAR",
        "cookies",
        "Weather",
        "Most read",
        "Celebrity",
        "All rights reserved",
        "JS-LINK",
        "javascript",
        "font-family",
        "<",
    ):
        assert junk not in body, junk
    _check_offsets(doc.text, [(s.start, s.end, s.text) for s in doc.sentences])


def test_html_fragment_uses_fallback_and_h1_title() -> None:
    doc = document_from_text(
        "<h1>Short Page</h1><p>One sentence here. Another one there.</p><script>bad()</script>",
        format="html",
    )
    assert doc.title == "Short Page"
    assert [s.text for s in doc.sentences] == ["One sentence here.", "Another one there."]


def test_stdin_stream() -> None:
    import io

    data = (INPUTS / "plain.txt").read_bytes()
    doc = load_document("-", stdin=io.BytesIO(data))
    assert doc.title == "Harbour Authority Approves New Ferry Terminal"
    assert doc.source == "-"


def test_explicit_title_wins_and_is_sanitized() -> None:
    doc = document_from_text("Body text here. More text.", title="A \x1b[31mred\x1b[0m title\u202e")
    assert doc.title == "A red title"


def test_limits_refuse_with_message(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("One. Two. Three. Four.")
    with pytest.raises(InputError, match="--max-sentences"):
        load_document(str(path), limits=Limits(max_sentences=3))
    with pytest.raises(InputError, match="--max-bytes"):
        load_document(str(path), limits=Limits(max_bytes=5))


def test_page_saved_as_txt_is_read_as_html(tmp_path: Path) -> None:
    path = tmp_path / "saved.txt"
    path.write_bytes((INPUTS / "page.html").read_bytes())
    doc = load_document(str(path))
    assert doc.format == "html"
    assert "<" not in doc.text and "MUST-NOT-APPEAR" not in doc.text


def test_suffix_decides_otherwise(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Plain Title\n\nSome **stars** stay as typed. A [b](c) too.")
    doc = load_document(str(path))
    assert doc.format == "text"
    assert "**stars**" in doc.text
