"""The article as the rest of the program sees it: title, paragraphs, sentences.

Every analysis result points at sentence ids, so ids must be stable: they are the
1-based position of the sentence in the article, and the same text always gives
the same ids. Offsets point into ``Document.text``, the normalised text (each
paragraph's whitespace folded, paragraphs joined by a blank line).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Sentence:
    """One sentence of the article, in the article's own wording."""

    id: int
    text: str
    paragraph: int
    start: int
    end: int


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of the body; headings are kept for display but hold no sentences."""

    index: int
    text: str
    start: int
    end: int
    heading: bool = False


@dataclass(frozen=True)
class Document:
    """A loaded article, ready for analysis."""

    title: str | None
    text: str
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    source: str | None = None
    format: str = "text"
    dateline: str | None = None
    credits: tuple[str, ...] = field(default=())

    def sentence(self, sentence_id: int) -> Sentence:
        """Return the sentence with this id (ids are 1-based positions)."""
        if not 1 <= sentence_id <= len(self.sentences):
            raise KeyError(sentence_id)
        return self.sentences[sentence_id - 1]

    def paragraph_sentences(self, index: int) -> list[Sentence]:
        """The sentences of one paragraph, in order."""
        return [s for s in self.sentences if s.paragraph == index]


@dataclass(frozen=True)
class Block:
    """A paragraph as a loader found it, before sentences are split."""

    text: str
    heading: bool = False


def fold_whitespace(text: str) -> str:
    """Collapse every whitespace run to one space, trimming the ends."""
    return " ".join(text.split())


def build_document(
    blocks: Iterable[Block],
    split: Callable[[str], list[tuple[int, int]]],
    *,
    title: str | None = None,
    source: str | None = None,
    format: str = "text",
    dateline: str | None = None,
    credits: Iterable[str] = (),
) -> Document:
    """Assemble a Document, splitting each body paragraph with ``split``.

    ``split`` returns (start, end) spans of sentences within a paragraph; the
    spans are shifted to offsets into the whole normalised text.
    """
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    pieces: list[str] = []
    offset = 0
    for block in blocks:
        text = fold_whitespace(block.text)
        if not text:
            continue
        if pieces:
            offset += 2
        index = len(paragraphs)
        paragraphs.append(Paragraph(index, text, offset, offset + len(text), block.heading))
        if not block.heading:
            for start, end in split(text):
                sentences.append(
                    Sentence(
                        len(sentences) + 1,
                        text[start:end],
                        index,
                        offset + start,
                        offset + end,
                    )
                )
        pieces.append(text)
        offset += len(text)
    return Document(
        title=title,
        text="\n\n".join(pieces),
        paragraphs=tuple(paragraphs),
        sentences=tuple(sentences),
        source=source,
        format=format,
        dateline=dateline,
        credits=tuple(credits),
    )
