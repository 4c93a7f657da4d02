"""Where the article pane's lines break, computed from plain strings, apart from drawing.

A paragraph is a list of pieces (heading, sentences, the spaces between them,
note marks); wrapping joins their texts and breaks at spaces, and every line
remembers which sentence is in which columns, for the cursor, the mouse and
bringing evidence into view. Drawing styles the same pieces, so the breaks
always fit what is drawn.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass

from rich._wrap import divide_line
from rich.cells import cell_len

from briefing.analysis.document import Paragraph, Sentence
from briefing.ui.model import one_line

NOTE_MARK = " ✎"


def line_breaks(text: str, width: int) -> list[int]:
    """Offsets where ``text`` wraps at ``width`` cells: at spaces, long words folded.

    When every character is one cell wide (most articles), a greedy scan over
    spaces is many times faster than Rich's general ``divide_line``.
    """
    if cell_len(text) != len(text):
        return divide_line(text, width, fold=True)
    offsets: list[int] = []
    start, total = 0, len(text)
    while total - start > width:
        cut = text.rfind(" ", start, start + width + 1)
        start = cut + 1 if cut > start else start + width
        offsets.append(start)
    return offsets


@dataclass(frozen=True)
class Line:
    """A wrapped line: its paragraph, its character range, and which sentence is where."""

    paragraph: int
    """Paragraph index, or -1 for the blank line between paragraphs."""
    row: int
    """Line number within the paragraph."""
    start: int
    end: int
    spans: tuple[tuple[int, int, int], ...]
    """(start column, end column, sentence id)."""


BLANK_LINE = Line(-1, 0, 0, 0, ())
"""The line between two paragraphs."""

Piece = tuple[str, str, int]
"""(text, role, sentence id); role is "heading", "sentence", "space" or "note"."""


def paragraph_pieces(
    paragraph: Paragraph, sentences: Iterable[Sentence], noted: frozenset[int]
) -> list[Piece]:
    """A paragraph as the pieces drawn, in order: heading, sentences, spaces, note marks."""
    pieces: list[Piece] = []
    if paragraph.heading:
        pieces.append((one_line(paragraph.text), "heading", 0))
    for sentence in sentences:
        if pieces:
            pieces.append((" ", "space", 0))
        pieces.append((one_line(sentence.text), "sentence", sentence.id))
        if sentence.id in noted:
            pieces.append((NOTE_MARK, "note", sentence.id))
    return pieces


def wrap_pieces(index: int, pieces: list[Piece], width: int) -> list[Line]:
    """The lines of paragraph ``index`` at ``width`` cells, each with its sentences' columns."""
    plain_parts: list[str] = []
    ranges: list[tuple[int, int, int]] = []
    offset = 0
    for piece, role, sid in pieces:
        plain_parts.append(piece)
        if role == "sentence":
            ranges.append((offset, offset + len(piece), sid))
        elif role == "note" and ranges:
            start, _end, last = ranges[-1]
            ranges[-1] = (start, offset + len(piece), last)
        offset += len(piece)
    plain = "".join(plain_parts)
    lines: list[Line] = []
    offsets = [0, *line_breaks(plain, width), len(plain)]
    first = 0  # ranges before this one end before the current line
    for start, end in itertools.pairwise(offsets):
        if end <= start:
            continue
        while first < len(ranges) and ranges[first][1] <= start:
            first += 1
        spans = []
        for s, e, sid in ranges[first:]:
            if s >= end:
                break
            spans.append((max(s, start) - start, min(e, end) - start, sid))
        lines.append(Line(index, len(lines), start, end, tuple(spans)))
    return lines or [Line(index, 0, 0, 0, ())]
