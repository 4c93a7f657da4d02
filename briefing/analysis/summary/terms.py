"""Sentences as rows of a sparse term matrix, words read the way sumy reads them.

Every summarizer here starts from the same step sumy's do: a sentence's words,
lower-cased, stop words dropped, the rest stemmed with sumy's English stemmer.
Doing that once per article, with each distinct word stemmed once, is what makes
the vectorised summarizers fast; doing it with sumy's own stop words and stemmer
is what lets them choose the same sentences as stock sumy.

numpy, scipy and the stemmer are imported inside functions: reading a cached
briefing must not pay for them.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from briefing.analysis.sentences import split_words

if TYPE_CHECKING:
    from scipy.sparse import csr_matrix


@cache
def stop_words() -> frozenset[str]:
    """sumy's English stop words, read from its package data (no sumy import chain)."""
    from importlib.resources import files

    data = files("sumy").joinpath("data/stopwords/english.txt").read_text(encoding="utf-8")
    return frozenset(w.rstrip().lower() for w in data.splitlines() if w)


def _snowball_english() -> Any:
    """NLTK's English Snowball stemmer, imported without ``scipy.stats`` if that is not loaded.

    ``nltk.stem`` imports the whole of NLTK, whose collocation statistics import
    ``scipy.stats`` when scipy is installed: about 0.5 s of a 0.8 s import, for
    code the stemmer never runs. NLTK supports running without scipy (it has
    its own fallbacks), so while it is first imported ``scipy.stats`` is marked
    absent; the mark is removed right after, and nothing else is affected.
    """
    if "nltk" in sys.modules or "scipy.stats" in sys.modules:
        from nltk.stem.snowball import EnglishStemmer  # type: ignore[import-untyped]

        return EnglishStemmer()
    sys.modules["scipy.stats"] = None  # type: ignore[assignment]
    try:
        from nltk.stem.snowball import EnglishStemmer

        return EnglishStemmer()
    finally:
        if sys.modules.get("scipy.stats", 0) is None:
            del sys.modules["scipy.stats"]


@cache
def stemmer() -> Callable[[str], str]:
    """sumy's English stemmer (NLTK's Snowball), remembering every word it stemmed.

    Articles repeat words, so a long document has a few thousand distinct words
    for tens of thousands of tokens: remembering cuts stemming to a fraction.
    """
    stem = _snowball_english().stem
    memo: dict[str, str] = {}

    def stem_word(word: str) -> str:
        found = memo.get(word)
        if found is None:
            found = memo[word] = stem(word)
        return found

    return stem_word


def content_stems(words: Sequence[str]) -> list[str]:
    """A sentence's words as sumy's LexRank and TextRank see them (order and repeats kept)."""
    stop = stop_words()
    stem = stemmer()
    lowered = (w.lower() for w in words)
    return [stem(w) for w in lowered if w not in stop]


@dataclass(frozen=True)
class Terms:
    """An article's body sentences as word lists and as a sentence × stem count matrix."""

    words: tuple[tuple[str, ...], ...]
    """Each body sentence's tokens as the tokenizer gives them."""
    stems: tuple[tuple[str, ...], ...]
    """Each sentence's content stems (``content_stems``), repeats kept."""
    vocabulary: dict[str, int]
    """Stem → column of ``counts``."""
    counts: csr_matrix
    """How often each stem occurs in each sentence (rows follow ``words``)."""

    @property
    def lengths(self) -> list[int]:
        """How many content stems each sentence has."""
        return [len(s) for s in self.stems]


def build_terms(sentences: Sequence[str]) -> Terms:
    """Tokenise, filter and stem every sentence once, and count stems per sentence."""
    import numpy as np
    from scipy.sparse import csr_matrix

    words = tuple(tuple(split_words(s)) for s in sentences)
    stems = tuple(tuple(content_stems(w)) for w in words)
    vocabulary: dict[str, int] = {}
    indptr = [0]
    indices: list[int] = []
    for row in stems:
        for stem in row:
            indices.append(vocabulary.setdefault(stem, len(vocabulary)))
        indptr.append(len(indices))
    data = np.ones(len(indices), dtype=np.float64)
    counts = csr_matrix(
        (data, np.asarray(indices, dtype=np.int64), np.asarray(indptr, dtype=np.int64)),
        shape=(len(stems), max(1, len(vocabulary))),
    )
    counts.sum_duplicates()
    return Terms(words, stems, vocabulary, counts)
