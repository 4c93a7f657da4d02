"""Scoring a sentence splitter against gold splits, for the tests and the benchmark.

Both measures compare whole inputs: an input counts only when every sentence is
exactly right (after folding whitespace), because one wrong boundary already
moves a summary's or a note's anchor.

* :func:`golden_rules_score`: the 48 English "Golden Rules" of sentence boundary
  detection, one line of JSON each (``text``, ``sentences``).
* :func:`paragraph_accuracy`: real news paragraphs with gold sentences. Only
  paragraphs whose gold sentences all end in ``.``, ``!`` or ``?`` are compared,
  as the gold also splits headings, captions and colons that no punctuation marks.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

Splitter = Callable[[str], list[str]]


@dataclass(frozen=True)
class Miss:
    """One input the splitter got wrong."""

    id: str
    expected: list[str]
    got: list[str]


@dataclass(frozen=True)
class Score:
    """How many inputs were split exactly, out of how many, and which were not."""

    exact: int
    total: int
    misses: tuple[Miss, ...]

    @property
    def accuracy(self) -> float:
        """Share of inputs split exactly (1.0 for no inputs)."""
        return self.exact / self.total if self.total else 1.0


def fold(text: str) -> str:
    """Whitespace runs folded to one space, edges trimmed."""
    return " ".join(text.split())


def read_cases(path: Path) -> Iterator[dict[str, object]]:
    """The JSON objects of a JSON Lines file, skipping blank lines."""
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)


def _score(cases: list[dict[str, object]], split: Splitter) -> Score:
    misses: list[Miss] = []
    for case in cases:
        expected = [fold(str(s)) for s in _sentences(case)]
        got = [fold(s) for s in split(str(case["text"]))]
        if got != expected:
            misses.append(Miss(str(case.get("id", "")), expected, got))
    return Score(len(cases) - len(misses), len(cases), tuple(misses))


def _sentences(case: dict[str, object]) -> list[object]:
    sentences = case["sentences"]
    if not isinstance(sentences, list):
        raise ValueError(f"case {case.get('id')!r}: 'sentences' is not a list")
    return sentences


def golden_rules_score(path: Path, split: Splitter) -> Score:
    """Exact splits on the Golden Rules file."""
    return _score(list(read_cases(path)), split)


def ends_in_terminal(case: dict[str, object]) -> bool:
    """Whether every gold sentence of a case ends in ``.``, ``!`` or ``?``."""
    return all(str(s).rstrip()[-1:] in (".", "!", "?") for s in _sentences(case))


def paragraph_accuracy(path: Path, split: Splitter) -> Score:
    """Exact splits on the news paragraphs whose gold sentences all end in . ! or ?."""
    return _score([c for c in read_cases(path) if ends_in_terminal(c)], split)
