"""The vectorised summarizers rate sentences as stock sumy does, run here beside them."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from briefing.analysis.document import Document
from briefing.analysis.loading import document_from_text
from briefing.analysis.summary import pick, rate_sentences, summary_length
from briefing.analysis.summary.stock import stock_scores
from tests.conftest import FIXTURES

ARTICLES = sorted((FIXTURES / "articles").glob("*.txt"))


def _document(path: Path) -> Document:
    return document_from_text(path.read_text(encoding="utf-8"))


def _decisive(scores: list[float], k: int) -> bool:
    """Whether the k-th and (k+1)-th best scores differ beyond rounding noise.

    sumy breaks mathematically equal ratings by floating-point noise (1e-17),
    which no other order of summation reproduces; such cut-offs are skipped.
    """
    ranked = sorted(scores, reverse=True)
    if k >= len(ranked):
        return True
    return abs(ranked[k - 1] - ranked[k]) > 1e-9 * max(1.0, abs(ranked[k - 1]))


@pytest.mark.parametrize("name", ["lexrank", "textrank"])
@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_graph_summarizers_choose_stock_sumys_sentences(path: Path, name: str) -> None:
    document = _document(path)
    stock = stock_scores(document, name)
    ours = rate_sentences(document, name)
    assert ours == pytest.approx(stock, rel=1e-9, abs=1e-12)
    default = summary_length(len(stock))
    assert pick(ours, default) == pick(stock, default)
    checked = [k for k in range(1, len(stock) + 1) if _decisive(stock, k)]
    for k in checked:
        assert pick(ours, k) == pick(stock, k), f"{k} sentences"


@pytest.mark.parametrize("name", ["lsa", "reduction"])
@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_lsa_and_reduction_ratings_equal_stock_sumys(path: Path, name: str) -> None:
    document = _document(path)
    stock = stock_scores(document, name)
    ours = rate_sentences(document, name)
    repeated = {t for t, n in Counter(s.text for s in document.sentences).items() if n > 1}
    # sumy keys ratings by sentence text: a repeated sentence's ratings are merged.
    for sentence, a, b in zip(document.sentences, stock, ours, strict=True):
        if sentence.text not in repeated:
            assert b == pytest.approx(a, rel=1e-9, abs=1e-12)


@pytest.mark.parametrize("name", ["kl", "sumbasic"])
@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_greedy_summarizers_choose_stock_sumys_sentences(path: Path, name: str) -> None:
    document = _document(path)
    if len({s.text for s in document.sentences}) < len(document.sentences):
        pytest.skip("sumy merges the ratings of repeated sentences")
    stock = stock_scores(document, name)
    ours = rate_sentences(document, name)
    for k in range(1, summary_length(len(stock)) + 1):
        assert pick(ours, k) == pick(stock, k), f"{k} sentences"


@pytest.mark.parametrize("name", ["luhn", "edmundson"])
@pytest.mark.parametrize("path", ARTICLES[:4], ids=lambda p: p.stem)
def test_luhn_and_edmundson_with_a_remembering_stemmer_rate_as_stock(path: Path, name: str) -> None:
    document = _document(path)
    assert rate_sentences(document, name) == stock_scores(document, name)
