"""The same article saved in each encoding a person meets loads to the same Document.

The files in ``tests/fixtures/inputs/encoded-*.txt`` hold one short article with
accents, a euro sign and curly quotes, saved as UTF-8 (with and without BOM),
UTF-16 (with BOM, and BOM-less in both byte orders) and Windows-1252.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.analysis.loading import load_document

INPUTS = Path(__file__).resolve().parents[1] / "fixtures" / "inputs"
REFERENCE = INPUTS / "encoded-utf8.txt"


def _load(path: Path) -> tuple[list[str], str | None, list[str]]:
    warnings: list[str] = []
    document = load_document(str(path), warn=warnings.append)
    return [s.text for s in document.sentences], document.title, warnings


@pytest.mark.parametrize(
    "name, warned",
    [
        ("encoded-utf8-bom.txt", False),
        ("encoded-utf16-bom.txt", False),
        ("encoded-utf16le-nobom.txt", True),
        ("encoded-utf16be-nobom.txt", True),
        ("encoded-cp1252.txt", True),
    ],
)
def test_each_encoding_gives_the_utf8_document(name: str, warned: bool) -> None:
    expected, expected_title, _ = _load(REFERENCE)
    sentences, title, warnings = _load(INPUTS / name)
    assert sentences == expected
    assert title == expected_title == "Café Owners Welcome Longer Terrace Hours"
    assert len(warnings) == (1 if warned else 0)
    assert all("\n" not in w for w in warnings)


def test_reference_article_reads_as_written() -> None:
    sentences, _, warnings = _load(REFERENCE)
    assert warnings == []
    assert any("€2,000" in s and "“long overdue”" in s for s in sentences)
    assert not any("staff reporter" in s or "Brussels" in s for s in sentences)
    assert all("\ufeff" not in s for s in sentences)


def test_cp1252_warning_names_the_fallback() -> None:
    _, _, warnings = _load(INPUTS / "encoded-cp1252.txt")
    assert "cp1252" in warnings[0] or "1252" in warnings[0]
