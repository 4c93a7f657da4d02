"""LSA, SumBasic and KL-Sum with sumy's ratings, computed over sparse matrices.

* **LSA**: sumy keeps every singular value (``REDUCTION_RATIO = 1``), so a
  sentence's rank ``sqrt(sum_k sigma_k^2 v_kj^2)`` is exactly the length of its
  column in sumy's smoothed term matrix. That length is computed from the
  sparse counts; no dense matrix, no SVD (sumy's needs 393 MB at 3,000
  sentences).
* **SumBasic** and **KL-Sum** pick one sentence at a time, re-rating every
  remaining sentence after each pick; sumy does that in Python loops (KL is
  cubic: 410 s at 1,000 sentences). Here each re-rating is a few vector
  operations over the non-zero counts, so a pick costs O(non-zeros). Both stay
  quadratic in the number of sentences overall, so they are capped at
  ``GREEDY_CAP`` sentences with a message naming faster summarizers.

The ratings follow sumy's, quirks included (KL compares the candidate's
lower-cased content words with the summary's raw words), so the same sentences
are chosen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.analysis.document import Document
from briefing.analysis.errors import InputError
from briefing.analysis.summary.terms import Terms, stemmer, stop_words

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray
    from scipy.sparse import csr_matrix

GREEDY_CAP = 5000
"""Most sentences SumBasic and KL accept (each pick re-rates every sentence)."""
LSA_SMOOTH = 0.4


def check_cap(name: str, sentences: int) -> None:
    """Refuse a document too long for a quadratic summarizer, saying what to use."""
    if sentences > GREEDY_CAP:
        raise InputError(
            f"the {name} summarizer handles at most {GREEDY_CAP:,} sentences and this "
            f"article has {sentences:,}; use --summarizer briefing, lexrank or textrank"
        )


def _count_matrix(rows: list[list[int]], columns: int) -> csr_matrix:
    import numpy as np
    from scipy.sparse import csr_matrix

    indptr = np.cumsum([0] + [len(r) for r in rows])
    indices = np.asarray([c for r in rows for c in r], dtype=np.int64)
    matrix = csr_matrix(
        (np.ones(len(indices)), indices, indptr), shape=(len(rows), max(1, columns))
    )
    matrix.sum_duplicates()
    return matrix


def _entry_rows(matrix: csr_matrix) -> NDArray[np.int64]:
    import numpy as np

    return np.repeat(np.arange(matrix.shape[0]), np.diff(matrix.indptr))


def lsa_scores(terms: Terms, document: Document) -> list[float]:
    """sumy's LSA ranks: the length of each sentence's column of the smoothed matrix."""
    import numpy as np

    stop, stem = stop_words(), stemmer()
    headings = [p.text for p in document.paragraphs if p.heading]
    from briefing.analysis.sentences import split_words

    every = [w.lower() for text in headings for w in split_words(text)]
    every += [w.lower() for words in terms.words for w in words]
    dictionary = {
        s: i for i, s in enumerate(dict.fromkeys(stem(w) for w in every if w not in stop))
    }
    if not dictionary:
        return [0.0] * len(terms.words)
    rows = [
        [dictionary[s] for s in map(stem, (w.lower() for w in ws)) if s in dictionary]
        for ws in terms.words
    ]
    counts = _count_matrix(rows, len(dictionary))
    top = counts.max(axis=1).toarray().ravel()
    entries = counts.data / np.repeat(np.where(top > 0, top, 1.0), np.diff(counts.indptr))
    smoothed = (LSA_SMOOTH + (1.0 - LSA_SMOOTH) * entries) ** 2
    nonzero = np.diff(counts.indptr)
    squares = np.bincount(_entry_rows(counts), weights=smoothed, minlength=len(rows))
    squares += (len(dictionary) - nonzero) * LSA_SMOOTH**2
    squares[top == 0] = 0.0
    return [float(x) for x in np.sqrt(squares)]


def sumbasic_scores(terms: Terms, document: Document) -> list[float]:
    """sumy's SumBasic: pick the highest mean word probability, square the picked words'."""
    import numpy as np

    n = len(terms.stems)
    check_cap("sumbasic", n)
    counts = terms.counts
    total = counts.sum()
    p = np.asarray(counts.sum(axis=0)).ravel() / (total if total else 1.0)
    lengths = np.asarray(terms.lengths, dtype=np.float64)
    open_ = np.ones(n, dtype=bool)
    ratings = np.zeros(n)
    for k in range(n):
        mean = np.divide(counts @ p, lengths, out=np.zeros(n), where=lengths > 0)
        mean = np.round(mean, 15)
        best = int(np.argmax(np.where(open_, mean, -np.inf)))
        ratings[best] = -k
        open_[best] = False
        row = slice(counts.indptr[best], counts.indptr[best + 1])
        columns, repeats = counts.indices[row], counts.data[row]
        p[columns] = p[columns] ** (2.0**repeats)
    return [float(x) for x in ratings]


def _kl_inputs(
    terms: Terms,
) -> tuple[NDArray[np.float64], csr_matrix, csr_matrix, NDArray[np.float64]]:
    """Document word distribution, candidate counts, raw summary counts, raw lengths."""
    import numpy as np

    stop = stop_words()
    vocabulary: dict[str, int] = {}
    frequency: list[int] = []
    for words in terms.words:
        for w in words:
            if w not in stop:
                column = vocabulary.setdefault(w.lower(), len(vocabulary))
                if column == len(frequency):
                    frequency.append(0)
                frequency[column] += 1
    doc = np.asarray(frequency, dtype=np.float64)
    doc /= max(1.0, doc.sum())
    candidate = [
        [vocabulary[w] for w in (x.lower() for x in ws) if w not in stop] for ws in terms.words
    ]
    raw = [[vocabulary[w] for w in ws if w in vocabulary] for ws in terms.words]
    raw_lengths = np.asarray([len(ws) for ws in terms.words], dtype=np.float64)
    return doc, _count_matrix(candidate, len(doc)), _count_matrix(raw, len(doc)), raw_lengths


def kl_scores(terms: Terms, document: Document) -> list[float]:
    """sumy's KL-Sum: add the sentence that keeps the summary's words closest to the article's."""
    import numpy as np

    n = len(terms.words)
    check_cap("kl", n)
    doc, candidate, raw, raw_lengths = _kl_inputs(terms)
    dlogd = np.where(doc > 0, doc * np.log(np.where(doc > 0, doc, 1.0)), 0.0)
    rows, columns, b = _entry_rows(candidate), candidate.indices, candidate.data
    sizes = np.diff(candidate.indptr).astype(np.float64)
    sizes = np.bincount(rows, weights=b, minlength=n)
    d = doc[columns]
    a = np.zeros(len(doc))
    summary_size = 0.0
    open_ = np.ones(n, dtype=bool)
    ratings = np.zeros(n)
    for k in range(n):
        chosen = a > 0
        log_a = np.log(np.where(chosen, a, 1.0))
        base = float(dlogd[chosen].sum() - (doc * log_a)[chosen].sum())
        base_mass = float(doc[chosen].sum())
        new = ~chosen[columns]
        a_here = a[columns]
        per_entry = np.where(new, dlogd[columns], 0.0) - d * (np.log(a_here + b) - log_a[columns])
        extra = np.bincount(rows, weights=per_entry, minlength=n)
        mass = base_mass + np.bincount(rows, weights=np.where(new, d, 0.0), minlength=n)
        size = summary_size + sizes
        kl = np.where(size > 0, base + extra + np.log(np.where(size > 0, size, 1.0)) * mass, 0.0)
        kl = np.round(kl, 15)
        best = int(np.argmin(np.where(open_, kl, np.inf)))
        ratings[best] = -k
        open_[best] = False
        row = slice(raw.indptr[best], raw.indptr[best + 1])
        a[raw.indices[row]] += raw.data[row]
        summary_size += raw_lengths[best]
    return [float(x) for x in ratings]
