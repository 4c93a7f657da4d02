"""News-like filler for hostile-input tests: many sentences from a small vocabulary."""

from __future__ import annotations

import random

WORDS = [
    "the",
    "minister",
    "said",
    "talks",
    "would",
    "resume",
    "after",
    "officials",
    "met",
    "in",
    "the",
    "capital",
    "on",
    "monday",
    "while",
    "a",
    "spokesman",
    "for",
    "the",
    "council",
    "declined",
    "to",
    "comment",
]


def sentence(rng: random.Random) -> str:
    """One capitalised sentence of 6 to 14 words."""
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 14))).capitalize() + "."


def sentences(count: int, seed: int = 3) -> str:
    """``count`` sentences on one line, the same for the same seed."""
    rng = random.Random(seed)
    return " ".join(sentence(rng) for _ in range(count))
