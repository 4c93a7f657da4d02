"""Extractive summaries with a score for every sentence.

``briefing`` (the default, see ``newsrank``) mixes centrality, position and
headline overlap and removes redundancy. The eight sumy summarizers are
reachable by name too. LexRank, TextRank, LSA, Reduction, SumBasic and KL run
as vectorised re-implementations of sumy's (same ratings, see ``graph`` and
``greedy``) so long documents stay fast; Luhn and Edmundson run as sumy ships
them (see ``stock``).

Every sentence gets a score, so the reader can grow or shrink the summary with
``pick`` without recomputing. Heavy imports (numpy, scipy, sumy, nltk) happen
inside functions: importing this module, or reading a cached briefing, is cheap.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from briefing.analysis.document import Document
from briefing.analysis.errors import InputError

DEFAULT_SUMMARIZER = "briefing"
SUMMARIZERS = (
    "briefing",
    "lexrank",
    "textrank",
    "lsa",
    "luhn",
    "edmundson",
    "kl",
    "sumbasic",
    "reduction",
)


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
    """How many sentences to pick: an explicit count, a ratio, or a length that suits news.

    Always within ``0..total``. A count below 0 is 0; a ratio is clamped to
    ``0..1`` and picks at least one sentence unless it is 0; with neither, 3 to
    7 sentences (about an eighth of the article), never more than it has.
    """
    if total <= 0:
        return 0
    if count is not None:
        return max(0, min(count, total))
    if ratio is not None:
        if not ratio > 0:  # 0, negative or NaN
            return 0
        return max(1, min(total, math.ceil(total * min(ratio, 1.0))))
    return min(total, max(3, min(7, round(total * 0.12))))


def pick(scores: list[float] | tuple[float, ...], count: int) -> list[int]:
    """Ids of the ``count`` best-scored sentences, in article order (ties: earlier first)."""
    order = sorted(range(len(scores)), key=lambda i: (-scores[i], i))
    return sorted(i + 1 for i in order[: max(0, count)])


def _finite(scores: list[float]) -> list[float]:
    """A rating that is not a number becomes 0, so the JSON stays valid.

    (LexRank on sentences made only of stop words divides zero by zero, in sumy too.)
    """
    return [s if math.isfinite(s) else 0.0 for s in scores]


def _stable(scores: list[float]) -> list[float]:
    """Scores to 12 significant digits: equal ratings stay equal whatever the summing order."""
    return [float(f"{s:.12g}") for s in _finite(scores)]


def rate_sentences(document: Document, algorithm: str) -> list[float]:
    """Every sentence's score under the named summarizer, in article order."""
    name = algorithm.lower()
    if name not in SUMMARIZERS:
        raise InputError(f"unknown summarizer {name!r}; choose one of {', '.join(SUMMARIZERS)}")
    if not document.sentences:
        return []
    if name in ("luhn", "edmundson"):
        from briefing.analysis.summary.stock import stock_scores

        return _finite(stock_scores(document, name, remembering=True))
    from briefing.analysis.summary.terms import build_terms

    texts = [s.text for s in document.sentences]
    terms = build_terms(texts)
    if name == "briefing":
        from briefing.analysis.summary.newsrank import newsrank_scores

        return _finite(newsrank_scores(terms, texts, document.title))
    return _stable(_vectorised(name)(terms, document))


def _vectorised(name: str) -> Callable[..., list[float]]:
    from briefing.analysis.summary import graph, greedy

    table: dict[str, Callable[..., list[float]]] = {
        "lexrank": lambda terms, _doc: graph.lexrank_scores(terms),
        "textrank": lambda terms, _doc: graph.textrank_scores(terms),
        "reduction": lambda terms, _doc: graph.reduction_scores(terms),
        "lsa": greedy.lsa_scores,
        "sumbasic": greedy.sumbasic_scores,
        "kl": greedy.kl_scores,
    }
    return table[name]


def _credits_last(document: Document, scores: list[float]) -> list[float]:
    """Photo credits and bylines left inside the body score below every other sentence.

    The loader removes credit paragraphs; a credit inside a paragraph ("Peres.
    Image: Name.") survives as a sentence, and no summarizer should pick it
    before real sentences, whatever its rating.
    """
    from briefing.analysis.summary.newsrank import is_credit

    credits = [i for i, s in enumerate(document.sentences) if is_credit(s.text)]
    if not credits or len(credits) == len(scores):
        return scores
    floor = min(scores) - 1.0
    return [floor if i in credits else score for i, score in enumerate(scores)]


def summarize(
    document: Document,
    algorithm: str | None = None,
    count: int | None = None,
    ratio: float | None = None,
) -> Summary:
    """Summarise ``document``: the chosen sentences in article order, every score kept."""
    name = (algorithm or DEFAULT_SUMMARIZER).lower()
    scores = _credits_last(document, rate_sentences(document, name))
    length = summary_length(len(document.sentences), count, ratio)
    items = tuple(SummaryItem(i, scores[i - 1]) for i in pick(scores, length))
    return Summary(name, items, tuple(scores))
