"""How a sentence frames its words: asked in a question, part of a name, someone's report.

Cue words count for less, or not at all, where the sentence does not assert
them; these checks look at the text around a cue, never at more of it than
they need, so a very long sentence stays linear.
"""

from __future__ import annotations

import re

from briefing.analysis.agenda.vocabulary import SAY

QUESTION = re.compile(r"\?[\"'”’)\]]*\s*$")
_SPOKEN = re.compile(r"[^\s\"“‘']")
"""Anything but space and opening quotes: a reporting verb after it is inside the sentence."""


def tail(text: str, end: int, width: int) -> str:
    """The ``width`` characters before ``end``: what the checks before a cue look at.

    Never the whole prefix, which would make a very long sentence quadratic.
    """
    return text[max(0, end - width) : end]


_REPORTED = re.compile(rf"\b{SAY}\b|\b(?:according\s+to|told)\b", re.I)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$", re.I)
_TOLD_NO_HEARER = re.compile(r"told\s+(?:that|to|of|about)\b", re.I)


def reported(text: str) -> bool:
    """Someone's words frame the sentence, so its past verbs may carry a present stance.

    A capitalised reporting verb inside the sentence is part of a name ("United
    States"), and a passive one reports an event, not a speaker ("no injuries were
    reported").
    """
    for match in _REPORTED.finditer(text):
        if match.group(0)[:1].isupper() and _SPOKEN.search(text, 0, match.start()):
            continue
        if _PASSIVE_BEFORE.search(tail(text, match.start(), 40)):
            continue
        if _TOLD_NO_HEARER.match(text, match.start()):
            continue  # "told that ..." has no hearer after it: someone was told, in the past
        return True
    return False


_OPENING_QUOTE = re.compile(r"(?:^|(?<=[\s(\[]))[\"“‘'`]+(?=\w)")


def question_start(text: str) -> int | None:
    """Where the direct question of ``text`` begins, or None when it asks nothing.

    A question quoted at the end of a reporting sentence ("..., with one poster
    writing "How can ...?"") begins at its opening quote: the frame before it
    still states something.
    """
    if not QUESTION.search(text):
        return None
    starts = [m.start() for m in _OPENING_QUOTE.finditer(text)]
    return starts[-1] if starts else 0


_WORD = re.compile(r"\w")
_OPENED = re.compile(r"[\"“‘'(:]\s*$")


def in_name(text: str, match: re.Match[str]) -> bool:
    """A capitalised cue inside the sentence belongs to a name ("Centre for Control of
    Iodine Deficiency Disorders", "United States"): it names, it does not describe."""
    if not match.group(0)[:1].isupper():
        return False
    if not _WORD.search(text, 0, match.start()):
        return False
    return not _OPENED.search(tail(text, match.start(), 20))
