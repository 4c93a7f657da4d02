"""LexRank and TextRank as sparse matrix algebra: sumy's rankings, without its loops.

sumy builds both graphs with a Python loop over every pair of sentences, which
takes seconds at a thousand sentences and about a minute at three thousand.
Both similarity measures are inner products of term vectors, so the whole graph
is one sparse product, computed in blocks of rows to bound memory. The power
iterations are sumy's own, step for step (same start, same update, same
stopping test), so the scores and therefore the sentences chosen are the same.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from briefing.analysis.summary.terms import Terms

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray
    from scipy.sparse import csr_matrix

BLOCK_ROWS = 512
"""Rows of the similarity matrix computed at once: bounds the dense-ish temporaries."""

LEXRANK_THRESHOLD = 0.1
LEXRANK_EPSILON = 0.1
TEXTRANK_DAMPING = 0.85
TEXTRANK_EPSILON = 1e-4
_TEXTRANK_ZERO_DIVISION = 1e-7


def _blocks(total: int) -> Iterator[slice]:
    for start in range(0, total, BLOCK_ROWS):
        yield slice(start, min(total, start + BLOCK_ROWS))


def _row_of_each_entry(block: csr_matrix) -> NDArray[np.int64]:
    import numpy as np

    return np.repeat(np.arange(block.shape[0]), np.diff(block.indptr))


def tfidf_rows(terms: Terms) -> csr_matrix:
    """sumy LexRank's sentence vectors: tf scaled by the sentence's top tf, times idf.

    idf is ``log(n / (1 + df))`` as in sumy; every row is then scaled to unit
    length so that a product of two rows is their cosine.
    """
    import numpy as np
    from scipy.sparse import diags

    counts = terms.counts
    n = counts.shape[0]
    top = counts.max(axis=1).toarray().ravel()
    top[top == 0] = 1.0
    tf = diags(1.0 / top) @ counts
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    idf = np.log(n / (1.0 + df))
    weighted = (tf @ diags(idf)).tocsr()
    norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
    inverse = np.divide(1.0, norms, out=np.zeros_like(norms), where=norms > 0)
    return (diags(inverse) @ weighted).tocsr()


def lexrank_scores(terms: Terms) -> list[float]:
    """sumy's LexRank scores: thresholded cosine graph, row-normalised, power method."""
    import numpy as np
    from scipy.sparse import csr_matrix, diags, vstack

    n = terms.counts.shape[0]
    if n == 0:
        return []
    unit = tfidf_rows(terms)
    pieces = []
    for rows in _blocks(n):
        block = (unit[rows] @ unit.T).tocsr()
        keep = block.data > LEXRANK_THRESHOLD
        block.data = keep.astype(np.float64)
        block.eliminate_zeros()
        pieces.append(block)
    adjacency = csr_matrix(vstack(pieces))
    degrees = np.asarray(adjacency.sum(axis=1)).ravel()
    degrees[degrees == 0] = 1.0
    transposed = (diags(1.0 / degrees) @ adjacency).T.tocsr()
    p = np.full(n, 1.0 / n)
    change = 1.0
    while change > LEXRANK_EPSILON:
        following = transposed @ p
        length = np.linalg.norm(following)
        if length > 0:  # an empty graph (stop words only): sumy gets NaN, here 0
            following /= length
        change = float(np.linalg.norm(following - p))
        p = following
    return [float(x) for x in p]


def overlap_weights(terms: Terms, *, one_word_pairs: bool = True) -> csr_matrix:
    """TextRank's (and Reduction's) edge weights: shared words over summed log lengths.

    For sentences i and j: the number of (word of i, word of j) pairs that are
    the same stem, i.e. the product of their count vectors, divided by
    ``log len_i + log len_j``. A pair of one-word sentences (norm 0) keeps the
    raw count in TextRank (``one_word_pairs``) and weighs 0 in Reduction.
    """
    import numpy as np
    from scipy.sparse import csr_matrix, vstack

    counts = terms.counts
    n = counts.shape[0]
    logs = np.log(np.maximum(np.asarray(terms.lengths, dtype=np.float64), 1.0))
    pieces = []
    for rows in _blocks(n):
        block = (counts[rows] @ counts.T).tocsr()
        row = _row_of_each_entry(block) + rows.start
        norm = logs[row] + logs[block.indices]
        zero = np.isclose(norm, 0.0) if one_word_pairs else norm == 0.0
        kept = block.data if one_word_pairs else np.zeros_like(block.data)
        block.data = np.where(zero, kept, block.data / np.where(zero, 1.0, norm))
        pieces.append(block)
    return csr_matrix(vstack(pieces)) if pieces else csr_matrix((0, 0))


def textrank_scores(terms: Terms) -> list[float]:
    """sumy's TextRank scores: overlap graph, row-normalised, damped power method."""
    import numpy as np
    from scipy.sparse import diags

    n = terms.counts.shape[0]
    if n == 0:
        return []
    weights = overlap_weights(terms)
    sums = np.asarray(weights.sum(axis=1)).ravel() + _TEXTRANK_ZERO_DIVISION
    transposed = (diags(1.0 / sums) @ weights).T.tocsr()
    jump = (1.0 - TEXTRANK_DAMPING) / n
    p = np.full(n, 1.0 / n)
    change = 1.0
    while change > TEXTRANK_EPSILON:
        following = jump * p.sum() + TEXTRANK_DAMPING * (transposed @ p)
        change = float(np.linalg.norm(following - p))
        p = following
    return [float(x) for x in p]


def reduction_scores(terms: Terms) -> list[float]:
    """sumy's Reduction: each sentence's summed TextRank edge weights to the others."""
    import numpy as np

    if terms.counts.shape[0] == 0:
        return []
    weights = overlap_weights(terms, one_word_pairs=False)
    return [float(x) for x in np.asarray(weights.sum(axis=1)).ravel() - weights.diagonal()]
