"""Bytes in every common encoding decode to the same text; binary is refused."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from briefing.analysis.decoding import decode_bytes
from briefing.analysis.errors import InputError
from briefing.analysis.loading import load_document

TEXT = "Café owners’ “fair” deal\n\nThe mayor said the naïve plan costs €5 — too much."


@pytest.mark.parametrize(
    "data, encoding",
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be"),
        (codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"), "utf-32-le"),
    ],
)
def test_declared_encodings_without_warning(data: bytes, encoding: str) -> None:
    decoded = decode_bytes(data)
    assert decoded.text == TEXT
    assert decoded.encoding == encoding
    assert decoded.warning is None


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_bomless_utf16_is_guessed_with_warning(encoding: str) -> None:
    decoded = decode_bytes(TEXT.encode(encoding))
    assert decoded.text == TEXT
    assert decoded.encoding == encoding
    assert decoded.warning is not None and "byte-order mark" in decoded.warning


def test_cp1252_fallback_warns() -> None:
    decoded = decode_bytes(TEXT.encode("cp1252"))
    assert decoded.text == TEXT
    assert decoded.encoding == "cp1252"
    assert decoded.warning is not None and "cp1252" in decoded.warning


def test_invalid_utf8_bytes_decode_without_error() -> None:
    decoded = decode_bytes(b"Plain words \xff\xfe\x81 and more plain words.")
    assert "Plain words" in decoded.text
    assert decoded.warning is not None


def test_bad_bom_payload_is_an_input_error() -> None:
    with pytest.raises(InputError, match="byte-order mark"):
        decode_bytes(codecs.BOM_UTF8 + b"ok \xff\xfe bad")


@pytest.mark.parametrize(
    "data, word",
    [
        (b"\x7fELF\x02\x01\x01" + bytes(200), "ELF"),
        (b"\x89PNG\r\n\x1a\n" + bytes(50), "PNG"),
        (b"%PDF-1.7\n" + bytes(50), "PDF"),
        (bytes(range(256)) * 8, "binary"),
    ],
)
def test_binary_is_refused(data: bytes, word: str) -> None:
    with pytest.raises(InputError, match=word):
        decode_bytes(data)


def test_warning_reaches_the_callback(tmp_path: Path) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes(TEXT.encode("cp1252"))
    warnings: list[str] = []
    doc = load_document(str(path), warn=warnings.append)
    assert doc.title == "Café owners’ “fair” deal"
    assert len(warnings) == 1 and "cp1252" in warnings[0]


def test_declared_charset_is_used_without_warning() -> None:
    latin = "Café Déjà Vu\n\nThe naïve señor paid 5 francs."
    decoded = decode_bytes(latin.encode("iso-8859-1"), "ISO-8859-1")
    assert decoded.text == latin
    assert decoded.encoding == "iso8859-1" and decoded.warning is None
    assert decode_bytes(latin.encode("iso-8859-1")).warning is not None


@pytest.mark.parametrize("declared", ["no-such-charset", "ascii"])
def test_unusable_declared_charset_falls_back(declared: str) -> None:
    decoded = decode_bytes(TEXT.encode("utf-8"), declared)
    assert decoded.text == TEXT and decoded.encoding == "utf-8"


def test_declared_charset_does_not_let_binary_in() -> None:
    with pytest.raises(InputError, match="PNG"):
        decode_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64), "iso-8859-1")


def test_html_meta_charset_is_honoured(tmp_path: Path) -> None:
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
        "<title>Caf\u00e9 Ferm\u00e9</title></head><body><p>Le caf\u00e9 est ferm\u00e9."
        " Les habitu\u00e9s sont tristes.</p></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("iso-8859-1"))
    warnings: list[str] = []
    doc = load_document(str(path), warn=warnings.append)
    assert warnings == []
    assert doc.title == "Caf\u00e9 Ferm\u00e9"
    assert doc.sentences[0].text == "Le caf\u00e9 est ferm\u00e9."


def test_valid_utf8_wins_over_a_wrong_declaration() -> None:
    decoded = decode_bytes(TEXT.encode("utf-8"), "iso-8859-1")
    assert decoded.text == TEXT and decoded.encoding == "utf-8"
