"""Sentence and word splitting that needs no downloaded data.

sumy's stock tokenizer needs NLTK's ``punkt_tab`` models and fails offline. This
module gives the same interface (``to_sentences``, ``to_words``) from rules, fast
enough to split a long article in milliseconds:

1. a regular expression finds candidate terminators (``.``, ``!``, ``?``, ellipses
   with their closing quotes and brackets) followed by whitespace;
2. :func:`briefing.analysis.sentence_rules.boundary_end` decides each one
   (abbreviations, initials, acronyms, numbers, ellipses, quotes);
3. list items ("1. …  2. …", "a) … b) …", bullets) start sentences of their own
   even without a period.

Sentences are spans of the paragraph's own characters: nothing is rewritten.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from briefing.analysis.sentence_rules import boundary_end

# Runs of terminal punctuation with their closing quotes and brackets. Every part
# is unambiguous, so a long run of dots never makes the engine backtrack.
_CANDIDATE = re.compile(r"[.!?…]+(?: [.!?…]+)*(?:[\"'”’)\]»]+[.!?…]*)*")
_WORD = re.compile(r"\w+(?:[’'.-]\w+)*")
_BULLET = re.compile(r"\s([•⁃◦▪‣])")
_FIRST_MARKER = re.compile(r"\s*[•⁃◦▪‣]?\s*(\d{1,3}|[a-z])(\.\)|\.|\))\s")
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n\s*")


def _list_starts(paragraph: str, start: int) -> list[int]:
    """Offsets where list items begin after the first sentence start.

    A bullet anywhere starts an item. Numbered or lettered items count only when
    the paragraph opens with one ("1.", "a)", "• 9.") and they follow in sequence,
    so "he scored 2. Then" is never mistaken for an item.
    """
    starts = [m.start(1) for m in _BULLET.finditer(paragraph, start)]
    marker = _FIRST_MARKER.match(paragraph, start)
    if marker is not None:
        label, punct = marker.group(1), marker.group(2)
        position = marker.end()
        while True:
            label = str(int(label) + 1) if label.isdigit() else chr(ord(label) + 1)
            found = re.compile(r"\s(?:[•⁃◦▪‣]\s*)?(" + re.escape(label + punct) + r")\s").search(
                paragraph, position
            )
            if found is None:
                break
            starts.append(found.start() + 1)
            position = found.end(1)
    return sorted(set(starts))


def _skip_space(text: str, position: int) -> int:
    """``position`` moved forward over any whitespace at it."""
    length = len(text)
    while position < length and text[position].isspace():
        position += 1
    return position


def _trim_end(text: str, position: int) -> int:
    """``position`` moved back over any whitespace before it."""
    while position > 0 and text[position - 1].isspace():
        position -= 1
    return position


def _ends(paragraph: str, start: int) -> Iterator[tuple[int, int]]:
    """(end of one sentence, start of the next) for each boundary in order."""
    forced = _list_starts(paragraph, start) if _needs_list_scan(paragraph, start) else []
    pending = iter(forced)
    next_forced = next(pending, None)
    length = len(paragraph)
    for match in _CANDIDATE.finditer(paragraph, start):
        term_start, term_end = match.span()
        if term_end >= length or not paragraph[term_end].isspace():
            continue  # inside a token ("3.5", "U.S", "example.com") or at the end
        while next_forced is not None and next_forced <= term_start:
            if next_forced > start:
                yield _trim_end(paragraph, next_forced), next_forced
                start = next_forced
            next_forced = next(pending, None)
        if term_end <= start:
            continue
        end = boundary_end(paragraph, start, term_start, term_end)
        if end is not None:
            start = _skip_space(paragraph, end)
            yield end, start
    for forced_start in [next_forced, *pending]:
        if forced_start is not None and forced_start > start:
            yield _trim_end(paragraph, forced_start), forced_start
            start = forced_start


def _needs_list_scan(paragraph: str, start: int) -> bool:
    """Cheap test so ordinary prose skips the list scan entirely."""
    head = paragraph[start : start + 2]
    if head[:1].isdigit() or head[:1] in "•⁃◦▪‣" or (head[:1].islower() and head[1:] in ".)"):
        return True
    return any(bullet in paragraph for bullet in "•⁃◦▪‣")


def sentence_spans(paragraph: str) -> list[tuple[int, int]]:
    """(start, end) offsets of each sentence of ``paragraph``, without edge whitespace."""
    start = _skip_space(paragraph, 0)
    if start >= len(paragraph):
        return []
    spans: list[tuple[int, int]] = []
    for end, next_start in _ends(paragraph, start):
        if end > start:
            spans.append((start, end))
        start = next_start
    end = _trim_end(paragraph, len(paragraph))
    if start < end:
        spans.append((start, end))
    return spans


def split_sentences(text: str) -> list[str]:
    """Split text into sentences, each with whitespace runs folded to one space.

    Blank lines always end a sentence: they separate paragraphs, headings and
    list blocks, and no sentence runs across them.
    """
    sentences: list[str] = []
    for block in _BLANK_LINE.split(text):
        folded = " ".join(block.split())
        sentences.extend(folded[s:e] for s, e in sentence_spans(folded))
    return sentences


def split_words(sentence: str) -> list[str]:
    """Words of a sentence, keeping inner apostrophes, hyphens and dots (U.S., Blinken’s)."""
    return _WORD.findall(sentence)


class OfflineTokenizer:
    """A drop-in for ``sumy.nlp.tokenizers.Tokenizer`` that needs no NLTK data."""

    language = "english"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        """Sentences of a paragraph, as sumy's parsers expect."""
        return tuple(split_sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        """Words of a sentence, as sumy's summarizers expect."""
        return tuple(split_words(sentence))
