"""A Document as stored: its text once, plus the exact paragraph and sentence spans.

Sentence ids must come back exactly as they were when a note was written, even
if the sentence splitter changes later, so the spans are stored rather than
recomputed. The article id is the sha256 of ``Document.text``.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from briefing.analysis.document import Document, Paragraph, Sentence

CODEC_VERSION = 1


def article_id(text: str) -> str:
    """The id of an article: sha256 hex of its normalised text."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def encode_document(document: Document) -> str:
    """Everything but the text itself, as compact JSON."""
    data: dict[str, Any] = {
        "v": CODEC_VERSION,
        "title": document.title,
        "format": document.format,
        "dateline": document.dateline,
        "credits": list(document.credits),
        "paragraphs": [[p.start, p.end, int(p.heading)] for p in document.paragraphs],
        "sentences": [[s.paragraph, s.start, s.end] for s in document.sentences],
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def decode_document(text: str, encoded: str, source: str | None) -> Document:
    """Rebuild the Document from its text and ``encode_document`` output."""
    data = json.loads(encoded)
    if data.get("v") != CODEC_VERSION:
        raise ValueError(f"unsupported stored document version {data.get('v')!r}")
    paragraphs = tuple(
        Paragraph(index, text[start:end], start, end, bool(heading))
        for index, (start, end, heading) in enumerate(data["paragraphs"])
    )
    sentences = tuple(
        Sentence(number, text[start:end], paragraph, start, end)
        for number, (paragraph, start, end) in enumerate(data["sentences"], start=1)
    )
    return Document(
        title=data.get("title"),
        text=text,
        paragraphs=paragraphs,
        sentences=sentences,
        source=source,
        format=data.get("format", "text"),
        dateline=data.get("dateline"),
        credits=tuple(data.get("credits", ())),
    )
