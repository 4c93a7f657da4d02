"""The default summarizer's graph keeps each sentence's strongest edges only."""

from __future__ import annotations

from briefing.analysis.loading import document_from_text
from briefing.analysis.summary import newsrank
from briefing.analysis.summary.terms import build_terms


def test_every_sentence_keeps_at_most_its_strongest_edges() -> None:
    import numpy as np
    from scipy.sparse import csr_matrix

    rng = np.random.default_rng(3)
    dense = rng.random((6, 40))
    block = csr_matrix(dense)
    newsrank._keep_strongest(block, 5)
    assert all(np.diff(block.indptr) == 5)
    for row in range(6):
        kept = sorted(block.getrow(row).data)
        assert kept == sorted(dense[row])[-5:]


def test_a_long_run_of_alike_sentences_is_ranked_with_a_bounded_graph() -> None:
    words = ["budget", "vote", "council", "talks", "treaty", "minister", "border", "energy"]
    lines = [
        f"Sentence {n} says the {words[n % 8]} and {words[(n * 3) % 8]} talks go on."
        for n in range(400)
    ]
    document = document_from_text("Alike\n\n" + " ".join(lines))
    terms = build_terms([s.text for s in document.sentences])
    unit, _idf = newsrank.unit_vectors(terms)
    scores = newsrank.centrality(unit)
    assert len(scores) == len(document.sentences)
    assert abs(float(scores.sum()) - 1.0) < 1e-6
