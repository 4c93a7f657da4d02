"""The default summarizer, "briefing": what news summarisation research says works.

Extractive news summaries are hard to beat with centrality alone: the lead
sentences carry the story (lead-3 is the classic strong baseline), the headline
names what matters, and a summary must not say the same thing twice. So a
sentence's relevance mixes

* **centrality**: its LexRank score (sumy's graph, continuous weights, computed
  as sparse matrix algebra) - how much of the article it stands for;
* **position**: a decay over the sentence's place in the article, highest for
  the lead;
* **headline overlap**: cosine between the sentence and the title;

damped for fragments (short verbless lines such as photo captions, and
sentences with very few content words); photo credits and bylines score 0.
Sentences are then chosen greedily by maximal marginal relevance (Carbonell & Goldstein
1998): relevance minus similarity to what is already chosen. The stored score
of each sentence encodes that greedy order, so the best ``n`` by score are
the greedy summary of length ``n`` for every ``n``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefing.analysis.sentences import split_words
from briefing.analysis.summary.graph import BLOCK_ROWS, LEXRANK_THRESHOLD
from briefing.analysis.summary.terms import Terms, content_stems

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray
    from scipy.sparse import csr_matrix

CENTRALITY_WEIGHT = 0.5
POSITION_WEIGHT = 1.0
TITLE_WEIGHT = 0.5
REDUNDANCY = 0.6
"""MMR's trade-off: how much similarity to a chosen sentence costs."""
FULL_LENGTH = 5
"""Content words from which a sentence counts as a full sentence, not a fragment."""
GREEDY_LIMIT = 60
"""Sentences ordered by MMR; the rest follow by relevance (no summary is that long)."""
DAMPING = 0.85
NEIGHBOURS = 100
"""Strongest edges kept per sentence: memory grows with sentences, not their square.

Only a sentence similar to more than this many others loses its weakest edges,
so articles of up to 101 sentences keep the whole graph."""
POSITION_DECAY = 0.5
"""Position weight is ``rank ** -POSITION_DECAY``: 1 for the lead, 0.5 for the 4th."""

_CREDIT = re.compile(
    r"\b(?:images?|photos?|photograph|pictures?|credits?|file photo)\s*:|"
    r"^(?:by|reporting by|written by|edited by|with reporting)\b",
    re.IGNORECASE,
)


_VERB_CUES = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "will",
        "would",
        "can",
        "could",
        "shall",
        "should",
        "may",
        "might",
        "must",
        "said",
        "says",
        "say",
        "told",
        "tells",
    ]
)
FRAGMENT_WORDS = 12
"""A sentence shorter than this with no verb cue is taken for a caption or label."""
FRAGMENT_DAMPING = 0.3


def is_fragment(words: Sequence[str]) -> bool:
    """A short verbless line (a photo caption, a label): no auxiliary, no ``-ed`` form."""
    if len(words) >= FRAGMENT_WORDS:
        return False
    lowered = [w.lower() for w in words]
    return not any(w in _VERB_CUES or (len(w) > 4 and w.endswith("ed")) for w in lowered)


def is_credit(text: str) -> bool:
    """A photo credit or byline that slipped into the body ("Image: Name.")."""
    return bool(_CREDIT.search(text))


def unit_vectors(terms: Terms) -> tuple[csr_matrix, NDArray[np.float64]]:
    """Sentence tf-idf vectors of unit length, and the smoothed idf used.

    idf is smoothed (``1 + log((1 + n) / (1 + df))``) so that on short
    articles a word in most sentences still counts a little.
    """
    import numpy as np
    from scipy.sparse import diags

    counts = terms.counts
    n = counts.shape[0]
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    idf = 1.0 + np.log((1.0 + n) / (1.0 + df))
    tf = counts.copy()
    tf.data = 1.0 + np.log(tf.data)
    weighted = (tf @ diags(idf)).tocsr()
    norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
    inverse = np.divide(1.0, norms, out=np.zeros_like(norms), where=norms > 0)
    return (diags(inverse) @ weighted).tocsr(), idf


def centrality(unit: csr_matrix) -> NDArray[np.float64]:
    """Continuous LexRank: PageRank over the cosine graph, edges above LexRank's 0.1.

    The graph is built in blocks of rows and only edges above the threshold
    are kept, each sentence's strongest ``NEIGHBOURS`` of them, so memory grows
    with the sentence count, not with its square, even where every sentence is
    like every other (a long list of near-identical lines).
    """
    import numpy as np
    from scipy.sparse import csr_matrix, diags, vstack

    n = unit.shape[0]
    pieces = []
    for start in range(0, n, BLOCK_ROWS):
        block = (unit[start : start + BLOCK_ROWS] @ unit.T).tocsr()
        block.data[block.data <= LEXRANK_THRESHOLD] = 0.0
        block.eliminate_zeros()
        _keep_strongest(block, NEIGHBOURS)
        pieces.append(block)
    similarity = csr_matrix(vstack(pieces))
    sums = np.asarray(similarity.sum(axis=1)).ravel()
    sums[sums == 0] = 1.0
    transposed = (diags(1.0 / sums) @ similarity).T.tocsr()
    p: NDArray[np.float64] = np.full(n, 1.0 / n)
    for _ in range(100):
        following = np.asarray((1.0 - DAMPING) / n + DAMPING * (transposed @ p), dtype=np.float64)
        settled = float(np.abs(following - p).sum()) < 1e-8
        p = following
        if settled:
            break
    return p


def _keep_strongest(block: csr_matrix, count: int) -> None:
    """Drop all but the ``count`` largest entries of every row, in place."""
    import numpy as np

    lengths = np.diff(block.indptr)
    crowded = np.flatnonzero(lengths > count)
    if crowded.size == 0:
        return
    for row in crowded:
        start, end = block.indptr[row], block.indptr[row + 1]
        values = block.data[start:end]
        weakest = np.argpartition(values, end - start - count)[: end - start - count]
        values[weakest] = 0.0
    block.eliminate_zeros()


def title_overlap(
    unit: csr_matrix, idf: NDArray[np.float64], terms: Terms, title: str | None
) -> NDArray[np.float64]:
    """Cosine between each sentence and the title (zeros without a title)."""
    import numpy as np

    n = unit.shape[0]
    vector = np.zeros(unit.shape[1])
    for stem in content_stems(split_words(title or "")):
        column = terms.vocabulary.get(stem)
        if column is not None:
            vector[column] += idf[column]
    norm = np.linalg.norm(vector)
    if norm == 0 or n == 0:
        return np.zeros(n)
    return np.asarray(unit @ (vector / norm)).ravel()


def _scaled(values: NDArray[np.float64]) -> NDArray[np.float64]:
    import numpy as np

    top = float(values.max()) if values.size else 0.0
    return values / top if top > 0 else np.zeros_like(values)


def relevance(terms: Terms, texts: Sequence[str], title: str | None) -> NDArray[np.float64]:
    """Each sentence's relevance in [0, 1] before redundancy is considered."""
    import numpy as np

    unit, idf = unit_vectors(terms)
    n = unit.shape[0]
    position = np.arange(1, n + 1) ** -POSITION_DECAY
    score = CENTRALITY_WEIGHT * _scaled(centrality(unit)) + POSITION_WEIGHT * position
    score += TITLE_WEIGHT * _scaled(title_overlap(unit, idf, terms, title))
    score[[i for i, words in enumerate(terms.words) if is_fragment(words)]] *= FRAGMENT_DAMPING
    lengths = np.asarray(terms.lengths, dtype=np.float64)
    score *= np.minimum(1.0, lengths / FULL_LENGTH)
    score[[i for i, text in enumerate(texts) if is_credit(text)]] = 0.0
    return _scaled(score)


def newsrank_scores(terms: Terms, texts: Sequence[str], title: str | None) -> list[float]:
    """Every sentence's score; sorting by score gives the greedy MMR order."""
    import numpy as np

    n = terms.counts.shape[0]
    if n == 0:
        return []
    rel = relevance(terms, texts, title)
    unit, _ = unit_vectors(terms)
    nearest = np.zeros(n)
    open_ = np.ones(n, dtype=bool)
    scores = np.zeros(n)
    ceiling = np.inf
    for _ in range(min(n, GREEDY_LIMIT)):
        gain = np.where(open_, rel - REDUNDANCY * nearest, -np.inf)
        best = int(np.argmax(gain))
        ceiling = min(float(gain[best]), np.nextafter(ceiling, -np.inf))
        scores[best] = ceiling
        open_[best] = False
        nearest = np.maximum(nearest, np.asarray(unit @ unit[best].T.toarray()).ravel())
    rest = np.flatnonzero(open_)
    if rest.size:
        floor = np.nextafter(ceiling, -np.inf) - 1.0
        scores[rest] = floor + rel[rest] - 1.0
    return [float(x) for x in scores]
