"""Bytes from a file, stdin or a URL to a Document.

Decoding and sanitising come first, so no later step ever sees an escape
sequence or a NUL byte. The format (text, Markdown, HTML) comes from the file
name when it has a telling suffix, else from the content.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from briefing.analysis.datelines import split_inline_dateline
from briefing.analysis.decoding import decode_article
from briefing.analysis.document import Block, Document, build_document, fold_whitespace
from briefing.analysis.errors import InputError
from briefing.analysis.limits import DEFAULT_LIMITS, Limits
from briefing.analysis.reading import is_url, read_capped, read_path_bytes
from briefing.analysis.sanitize import sanitize_line, sanitize_text
from briefing.analysis.sentences import sentence_spans

FORMATS = ("text", "markdown", "html")
_SUFFIXES = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".mkd": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".txt": "text",
    ".text": "text",
}
_HTML_SNIFF = re.compile(r"\A\s*(?:<!doctype\s+html|<html|<head|<body|<article|<\?xml)", re.I)
_HTML_TAGS = re.compile(r"<(?:p|div|br|h[1-6]|article|span|a\s)[^>]*>", re.I)
_MARKDOWN_SNIFF = re.compile(
    r"\A(?:---\s*\n)|^#{1,6} \S|^\s*[-*+] \S.*\n\s*[-*+] \S|\[[^\]\n]+\]\([^)\n]+\)|^```|\*\*[^*\n]+\*\*",
    re.M,
)
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_DATELINE = re.compile(
    rf"""^(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?
    (?:(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}
      |\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\.?,?\s+\d{{4}}
      |\d{{4}}-\d{{2}}-\d{{2}})
    (?:[ ,]+\d{{1,2}}[:.]\d{{2}}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{{2,5}})?)?\s*$""",
    re.I | re.X,
)
_CREDIT = re.compile(
    r"""^(?:by\s+[\w.’' -]+$
    |with\s+(?:additional\s+)?reporting\s+(?:from|by)\b
    |(?:additional\s+)?reporting\s+by\b
    |(?:writing|editing|edited|compiled|written|produced)\s+by\b
    |(?:photo|image|picture|illustration|source|sources)s?\s*(?:credit)?\s*:
    |(?:©|\(c\)|copyright)\s
    |(?:this\s+(?:article|story)\s+(?:was|has\s+been)\s+(?:updated|amended|corrected))
    )""",
    re.I | re.X,
)
_FINAL_PUNCTUATION = ".!?:;,…"


def detect_format(text: str, name: str | None = None) -> str:
    """Guess the format from a file name's suffix, else from the text itself."""
    head = text[:4096]
    if name:
        suffix = Path(name.split("?", 1)[0]).suffix.lower()
        # A page saved as .txt is still a page when it opens like one.
        if suffix in _SUFFIXES and not (_SUFFIXES[suffix] == "text" and _HTML_SNIFF.search(head)):
            return _SUFFIXES[suffix]
    if _HTML_SNIFF.search(head) or len(_HTML_TAGS.findall(head)) >= 3:
        return "html"
    if _MARKDOWN_SNIFF.search(head):
        return "markdown"
    return "text"


def _is_title_line(block: str) -> bool:
    """A short single line without final punctuation reads as a headline."""
    line = block.strip()
    if "\n" in line or not line or len(line) > 160 or len(line.split()) > 24:
        return False
    return line.rstrip("\"'”’)")[-1:] not in _FINAL_PUNCTUATION


def is_dateline(text: str) -> bool:
    """Whether a paragraph is only a date, as news sites print under the headline."""
    return bool(_DATELINE.match(fold_whitespace(text)))


def is_credit_line(text: str) -> bool:
    """Whether a paragraph is a byline or credit ("With reporting from agencies")."""
    folded = fold_whitespace(text)
    return len(folded.split()) <= 16 and bool(_CREDIT.match(folded))


def _line_paragraphs(block: str) -> list[str]:
    """A block's lines when each is a paragraph, else the block whole.

    Text copied from a web page puts every paragraph on one line with no blank
    line between; hard-wrapped text has lines of prose that mostly end
    mid-sentence. Lines of 40 characters or more vote (short ones may be a
    headline or a byline): when at least two vote and most of them end a
    sentence, every line is a paragraph.
    """
    lines = [line for line in block.split("\n") if line.strip()]
    prose = [line.strip() for line in lines if len(line.strip()) >= 40]
    if len(prose) < 2:
        return [block]
    ended = sum(1 for line in prose if line.rstrip("\"'”’)")[-1:] in ".!?…")
    return lines if ended >= 0.7 * len(prose) else [block]


def _plain_blocks(text: str) -> tuple[str | None, list[Block]]:
    """Paragraphs are split at blank lines; a headline-like first one is the title."""
    raw = [
        piece
        for block in re.split(r"\n[ \t]*\n", text)
        if block.strip()
        for piece in _line_paragraphs(block)
    ]
    title = None
    first = raw[0] if raw else ""
    if (
        len(raw) > 1
        and _is_title_line(first)
        and not is_credit_line(first)
        and not is_dateline(first)
    ):
        title = fold_whitespace(raw[0])
        raw = raw[1:]
    return title, [Block(b) for b in raw]


def _separate_front_matter(
    blocks: list[Block],
) -> tuple[list[Block], str | None, list[str]]:
    """Take datelines and credit lines out of the body."""
    dateline = None
    credits: list[str] = []
    body: list[Block] = []
    for position, block in enumerate(blocks):
        if block.heading:
            body.append(block)
            continue
        if dateline is None and position < 4 and is_dateline(block.text):
            dateline = fold_whitespace(block.text)
        elif is_credit_line(block.text):
            credits.append(fold_whitespace(block.text))
        elif not any(not b.heading for b in body):
            inline, rest = split_inline_dateline(fold_whitespace(block.text))
            dateline = dateline or inline
            body.append(Block(rest) if inline else block)
        else:
            body.append(block)
    return body, dateline, credits


def document_from_text(
    text: str,
    *,
    format: str | None = None,
    title: str | None = None,
    source: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    split: Callable[[str], list[tuple[int, int]]] = sentence_spans,
) -> Document:
    """Build a Document from already-decoded text of a known or sniffed format."""
    text = sanitize_text(text)
    fmt = format or detect_format(text, source)
    if fmt == "html":
        from briefing.analysis.html_text import html_to_blocks

        article = html_to_blocks(text)
        found_title, blocks = article.title, article.blocks
    elif fmt == "markdown":
        from briefing.analysis.markdown_text import markdown_to_blocks

        md = markdown_to_blocks(text)
        found_title, blocks = md.title, md.blocks
    else:
        fmt = "text"
        found_title, blocks = _plain_blocks(text)
    # Character references (&#x1b; &#x202e;) become characters only now, in the
    # HTML and Markdown parsers, so what they produced is cleaned once more.
    blocks = [Block(sanitize_text(b.text), b.heading) for b in blocks]
    body, dateline, credits = _separate_front_matter(blocks)
    final_title = sanitize_line(title) if title else found_title
    document = build_document(
        body,
        split,
        title=sanitize_line(final_title) if final_title else None,
        source=source,
        format=fmt,
        dateline=dateline,
        credits=credits,
    )
    if not document.sentences:
        raise InputError("the article has no text to analyse (it is empty or only markup)")
    if len(document.sentences) > limits.max_sentences:
        raise InputError(
            f"the article has {len(document.sentences):,} sentences, more than the limit of"
            f" {limits.max_sentences:,}; raise it with --max-sentences if you mean it"
        )
    return document


def load_document(
    target: str,
    *,
    limits: Limits = DEFAULT_LIMITS,
    format: str | None = None,
    warn: Callable[[str], None] | None = None,
    stdin: BinaryIO | None = None,
) -> Document:
    """Load an article from a path, ``-`` (stdin) or an http(s) URL."""
    declared: str | None = None
    if target == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = read_capped(stream, limits, "standard input")
        source = "-"
    elif is_url(target):
        from briefing.analysis.fetch import fetch_url

        page = fetch_url(target, limits)
        data, source, declared = page.body, target, page.charset
        if format is None and page.format:
            format = page.format
    else:
        data = read_path_bytes(target, limits)
        source = os.path.abspath(target)
    text = decode_article(data, target, declared, warn)
    return document_from_text(text, format=format, source=source, limits=limits)
