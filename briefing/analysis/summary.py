"""Extractive summaries through sumy, with a score for every sentence.

Every sumy summarizer is reachable by name. sumy only returns the chosen
sentences, so the ratings each summarizer computes are captured on the way
through, giving the reader a score for every sentence: it can then grow or
shrink the summary without recomputing.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from briefing.analysis.document import Document
from briefing.analysis.errors import InputError
from briefing.analysis.sentences import OfflineTokenizer

DEFAULT_SUMMARIZER = "lexrank"
SUMMARIZERS = ("lexrank", "textrank", "lsa", "luhn", "edmundson", "kl", "sumbasic", "reduction")


@dataclass(frozen=True)
class SummaryItem:
    """A sentence chosen for the summary, with the score that chose it."""

    sentence: int
    score: float


@dataclass(frozen=True)
class Summary:
    """The chosen sentences in article order, and every sentence's score."""

    algorithm: str
    items: tuple[SummaryItem, ...]
    scores: tuple[float, ...] = ()
    """Score of each sentence, indexed by sentence id - 1."""


def summary_length(total: int, count: int | None = None, ratio: float | None = None) -> int:
    """How many sentences to pick: an explicit count, a ratio, or a length that suits news."""
    if total <= 0:
        return 0
    if count is not None:
        return max(0, min(count, total))
    if ratio is not None:
        return max(1, min(total, math.ceil(total * ratio)))
    return min(total, max(3, min(7, round(total * 0.12))))


def _sumy_document(document: Document) -> Any:
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

    tokenizer = OfflineTokenizer()
    paragraphs = []
    for paragraph in document.paragraphs:
        if paragraph.heading:
            paragraphs.append(Paragraph([Sentence(paragraph.text, tokenizer, is_heading=True)]))
            continue
        sentences = [
            Sentence(s.text, tokenizer) for s in document.paragraph_sentences(paragraph.index)
        ]
        if sentences:
            paragraphs.append(Paragraph(sentences))
    return ObjectDocumentModel(paragraphs)


def _build_summarizer(name: str) -> Any:
    from sumy.nlp.stemmers import Stemmer
    from sumy.utils import get_stop_words

    stemmer = Stemmer("english")
    stop_words = get_stop_words("english")
    if name == "lexrank":
        from sumy.summarizers.lex_rank import LexRankSummarizer as cls
    elif name == "textrank":
        from sumy.summarizers.text_rank import TextRankSummarizer as cls
    elif name == "lsa":
        from sumy.summarizers.lsa import LsaSummarizer as cls
    elif name == "luhn":
        from sumy.summarizers.luhn import LuhnSummarizer as cls
    elif name == "edmundson":
        from sumy.summarizers.edmundson import EdmundsonSummarizer as cls
    elif name == "kl":
        from sumy.summarizers.kl import KLSummarizer as cls
    elif name == "sumbasic":
        from sumy.summarizers.sum_basic import SumBasicSummarizer as cls
    elif name == "reduction":
        from sumy.summarizers.reduction import ReductionSummarizer as cls
    else:
        raise InputError(f"unknown summarizer {name!r}; choose one of {', '.join(SUMMARIZERS)}")
    summarizer = cls(stemmer)
    summarizer.stop_words = stop_words
    if name == "edmundson":
        summarizer.bonus_words = ()
        summarizer.stigma_words = ()
        summarizer.null_words = stop_words
    return summarizer


def rate_sentences(document: Document, algorithm: str) -> list[float]:
    """Every sentence's score under a stock sumy summarizer, in article order."""
    summarizer = _build_summarizer(algorithm)
    model = _sumy_document(document)
    captured: dict[str, Any] = {}

    def capture(sentences: Any, count: Any, rating: Any, *args: Any, **kwargs: Any) -> tuple[()]:
        if isinstance(rating, dict):
            captured["scores"] = [float(rating.get(s, 0.0)) for s in sentences]
        else:
            captured["scores"] = [float(rating(s, *args, **kwargs)) for s in sentences]
        return ()

    summarizer._get_best_sentences = capture
    summarizer(model, len(document.sentences))
    body = [s for s in model.sentences if not s.is_heading]
    scores: list[float] = captured.get("scores", [0.0] * len(body))
    if len(scores) != len(document.sentences):  # headings were rated too: drop them
        rated = dict(zip(model.sentences, scores, strict=False))
        scores = [rated.get(s, 0.0) for s in body]
    return scores


def pick(scores: list[float] | tuple[float, ...], count: int) -> list[int]:
    """Ids of the ``count`` best-scored sentences, in article order (ties: earlier first)."""
    order = sorted(range(len(scores)), key=lambda i: (-scores[i], i))
    return sorted(i + 1 for i in order[:count])


def summarize(
    document: Document,
    algorithm: str | None = None,
    count: int | None = None,
    ratio: float | None = None,
) -> Summary:
    """Summarise ``document`` with the named sumy algorithm."""
    name = (algorithm or DEFAULT_SUMMARIZER).lower()
    if name not in SUMMARIZERS:
        raise InputError(f"unknown summarizer {name!r}; choose one of {', '.join(SUMMARIZERS)}")
    scores = rate_sentences(document, name)
    length = summary_length(len(document.sentences), count, ratio)
    items = tuple(SummaryItem(i, scores[i - 1]) for i in pick(scores, length))
    return Summary(name, items, tuple(scores))
