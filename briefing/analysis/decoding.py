"""Bytes to text: UTF-8, BOM-marked UTF-16/32, then a cp1252 fallback with a warning.

The order matters. A BOM is the only trustworthy declaration, strict UTF-8
almost never decodes text that is not UTF-8, and cp1252 is what stray
"ANSI" files from Windows editors really are (it is a superset of Latin-1 for
printable characters).
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from dataclasses import dataclass

from briefing.analysis.errors import InputError
from briefing.analysis.sanitize import sanitize_line

FALLBACK_ENCODING = "cp1252"
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{1,40})""", re.I
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "a PNG image"),
    (b"\x7fELF", "an executable (ELF)"),
    (b"MZ", "a Windows executable"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ", "an xz archive"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\xca\xfe\xba\xbe", "a Mach-O or Java class file"),
    (b"\xcf\xfa\xed\xfe", "a Mach-O executable"),
)


@dataclass(frozen=True)
class DecodedText:
    """Text decoded from bytes, with the encoding used and any warning for the user."""

    text: str
    encoding: str
    warning: str | None = None


def _utf16_without_bom(data: bytes) -> str | None:
    """Guess BOM-less UTF-16 from the zero bytes of ASCII-range characters."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        sample = sample[: len(sample) - len(sample) % 2]
    if len(sample) < 4:
        return None
    even_zeros = sample[0::2].count(0)
    odd_zeros = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_zeros > 0.4 * half and even_zeros < 0.05 * half:
        return "utf-16-le"
    if even_zeros > 0.4 * half and odd_zeros < 0.05 * half:
        return "utf-16-be"
    return None


def _looks_binary(data: bytes, share: float = 0.1) -> str | None:
    """Name what kind of binary ``data`` is, or return None if it may be text.

    ``share`` is the fraction of control bytes (not tab, newline, form feed,
    carriage return or ESC) above which the data is called binary. Text
    almost never holds any; random bytes hold about one in ten.
    """
    for magic, name in _BINARY_MAGIC:
        if data.startswith(magic):
            return name
    sample = data[:8192]
    if not sample:
        return None
    controls = sum(1 for b in sample if b < 0x09 or 0x0E <= b < 0x1B or 0x1C <= b < 0x20)
    if controls > share * len(sample):
        return "binary data"
    return None


def _declared(data: bytes, declared: str | None) -> DecodedText | None:
    """Decode with the encoding a web server declared, when it is real and fits."""
    if not declared:
        return None
    try:
        name = codecs.lookup(declared).name
        return DecodedText(data.decode(name), name)
    except (LookupError, UnicodeDecodeError):
        return None


def decode_bytes(data: bytes, declared: str | None = None) -> DecodedText:
    """Decode article bytes, raising InputError for binary data.

    ``declared`` is an encoding named by the source (an HTTP Content-Type
    charset, an HTML meta tag); a BOM or valid UTF-8 wins over it, and it is
    ignored if it does not fit.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return DecodedText(data[len(bom) :].decode(encoding), encoding)
            except UnicodeDecodeError as error:
                raise InputError(
                    f"the file starts with a {encoding} byte-order mark but is not valid {encoding}"
                    f" (byte {error.start + len(bom)}); re-save it as UTF-8"
                ) from None
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        try:
            return DecodedText(
                data.decode(utf16), utf16, f"no byte-order mark; decoded as {utf16.upper()}"
            )
        except UnicodeDecodeError:
            pass
    kind = _looks_binary(data)
    if kind is not None:
        raise InputError(f"this is {kind}, not an article; give a text, Markdown or HTML file")
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as error:
        # Valid UTF-8 wins over a declaration (mislabelled pages are common);
        # otherwise the declared encoding comes before the guess.
        by_declaration = _declared(data, declared)
        if by_declaration is not None:
            return by_declaration
        # Not UTF-8 either: real cp1252 text has next to no control bytes.
        if _looks_binary(data, share=0.01) is not None:
            raise InputError(
                "this is binary data, not an article; give a text, Markdown or HTML file"
            ) from None
        text = data.decode(FALLBACK_ENCODING, errors="replace")
        return DecodedText(
            text,
            FALLBACK_ENCODING,
            f"not valid UTF-8 (byte {error.start}); decoded as Windows-1252 (cp1252),"
            " some characters may be wrong",
        )


def decode_article(
    data: bytes,
    name: str,
    declared: str | None = None,
    warn: Callable[[str], None] | None = None,
) -> str:
    """An article's bytes as text; ``name`` is how errors call the input ("-" for stdin).

    Refuses empty input; an HTML ``<meta charset>`` counts as a declaration
    when the transport gave none.
    """
    if not data.strip():
        what = "standard input" if name == "-" else sanitize_line(name)
        raise InputError(f"{what} is empty; there is no article to brief")
    if declared is None:
        meta = _META_CHARSET.search(data[:4096])
        declared = meta.group(1).decode("ascii") if meta else None
    decoded = decode_bytes(data, declared)
    if decoded.warning and warn is not None:
        warn(decoded.warning)
    return decoded.text
