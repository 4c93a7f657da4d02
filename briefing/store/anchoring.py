"""Re-anchoring notes to a changed article: same id and text, else the same text, else the closest.

A note stores the sentence id it was written on *and* that sentence's text.
When the article changes, the id may now point at another sentence; the text
then finds where the sentence went (exactly, or the closest sentence above a
similarity threshold), and a note whose sentence is gone is kept as orphaned.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass

SIMILARITY_THRESHOLD = 0.6
"""Lowest difflib ratio at which an edited sentence still counts as the note's sentence."""


@dataclass(frozen=True)
class Anchor:
    """Where a note points in the current version of the article."""

    sentence_id: int | None
    status: str


def _normal(text: str) -> str:
    return " ".join(text.split()).casefold()


def reanchor(
    sentence_id: int,
    sentence_text: str,
    sentences: Sequence[str],
    normal: Sequence[str] | None = None,
) -> Anchor:
    """Find a note's sentence among the article's current ``sentences`` (id = index + 1).

    ``normal`` is ``normalized(sentences)``, passed in when re-anchoring many notes.
    """
    if 1 <= sentence_id <= len(sentences) and sentences[sentence_id - 1] == sentence_text:
        return Anchor(sentence_id, "anchored")
    wanted = _normal(sentence_text)
    if normal is None:
        normal = normalized(sentences)
    exact = [index + 1 for index, text in enumerate(normal) if text == wanted]
    if exact:
        # A repeated sentence: take the copy nearest the old position.
        best = min(exact, key=lambda found: abs(found - sentence_id))
        return Anchor(best, "moved")
    return _closest(sentence_id, wanted, normal)


def normalized(sentences: Sequence[str]) -> list[str]:
    """Sentences compared without case or whitespace differences."""
    return [_normal(s) for s in sentences]


def _closest(sentence_id: int, wanted: str, normal: Sequence[str]) -> Anchor:
    matcher = difflib.SequenceMatcher(autojunk=False)
    matcher.set_seq2(wanted)
    best_id: int | None = None
    best_score = SIMILARITY_THRESHOLD
    for index, candidate in enumerate(normal):
        matcher.set_seq1(candidate)
        if matcher.real_quick_ratio() < best_score or matcher.quick_ratio() < best_score:
            continue
        score = matcher.ratio()
        nearer = best_id is not None and abs(index + 1 - sentence_id) < abs(best_id - sentence_id)
        first = best_id is None and score >= best_score
        if first or score > best_score or (score == best_score and nearer):
            best_id, best_score = index + 1, score
    if best_id is None:
        return Anchor(None, "orphaned")
    return Anchor(best_id, "moved")
