"""Summary quality: ROUGE of every summarizer against lead-N, on the dev data.

Run: ``.venv/bin/python benchmarks/summary_quality.py``

* **dev**: the 11 annotated articles (``tests/fixtures/annotations``), each
  summary 3 sentences long, scored against the article's ``best_summary``
  (3 sentences chosen by hand).
* **GUM**: the 10 GUM articles (``tests/fixtures/summ/gum_summaries_dev.jsonl``),
  each summary 1 sentence long, scored against the human one-sentence
  summaries (best over the human references of an article).

ROUGE F1 x 100 (``rouge-score``, Porter stemming), averaged over articles.
``lead`` takes the first N sentences; every other row is a summarizer by name,
choosing N sentences. The last lines check the target: the default summarizer
at least 1 ROUGE-2 point above the best of lead, LexRank, TextRank, LSA, Luhn.
"""

from __future__ import annotations

import json
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing.analysis.document import Document  # noqa: E402
from briefing.analysis.loading import document_from_text  # noqa: E402
from briefing.analysis.summary import (  # noqa: E402
    DEFAULT_SUMMARIZER,
    SUMMARIZERS,
    pick,
    rate_sentences,
)

FIXTURES = ROOT / "tests" / "fixtures"
BASELINES = ("lead", "lexrank", "textrank", "lsa", "luhn")
Case = tuple[Document, list[str]]


def dev_cases() -> list[Case]:
    """The annotated articles and their hand-picked 3-sentence summaries."""
    cases = []
    for path in sorted((FIXTURES / "annotations").glob("*.json")):
        note = json.loads(path.read_text(encoding="utf-8"))
        text = (FIXTURES / "articles" / note["article"]).read_text(encoding="utf-8")
        cases.append((document_from_text(text), [" ".join(note["best_summary"])]))
    return cases


def gum_cases() -> list[Case]:
    """The GUM articles and their human one-sentence summaries."""
    cases = []
    lines = (FIXTURES / "summ" / "gum_summaries_dev.jsonl").read_text(encoding="utf-8")
    for line in lines.splitlines():
        row = json.loads(line)
        references = [row["reference"], *row["other_human_references"]]
        cases.append((document_from_text(row["article"], title=row["title"]), references))
    return cases


def chosen(document: Document, name: str, length: int) -> list[int]:
    """Sentence ids a summarizer (or lead) picks."""
    if name == "lead":
        return list(range(1, min(length, len(document.sentences)) + 1))
    return pick(rate_sentences(document, name), length)


def rouge(cases: list[Case], name: str, length: int) -> tuple[float, float, float]:
    """Mean ROUGE-1, -2, -L F1 (x 100), best reference per article."""
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    rows = []
    for document, references in cases:
        text = " ".join(document.sentences[i - 1].text for i in chosen(document, name, length))
        scored = [scorer.score(ref, text) for ref in references]
        rows.append(
            [max(s[k].fmeasure for s in scored) * 100 for k in ("rouge1", "rouge2", "rougeL")]
        )
    r1, r2, rl = (statistics.fmean(column) for column in zip(*rows, strict=True))
    return r1, r2, rl


def main() -> int:
    """Print the table and whether the target holds; exit 1 when it does not."""
    sets = {"dev (3 sentences)": (dev_cases(), 3), "GUM (1 sentence)": (gum_cases(), 1)}
    results: dict[str, dict[str, tuple[float, float, float]]] = {}
    header = f"{'summarizer':<11}" + "".join(f"{s:>27}" for s in sets)
    print(header)
    print(f"{'':<11}" + "   R-1    R-2    R-L       " * len(sets))
    for name in ("lead", *SUMMARIZERS):
        line = f"{name:<11}"
        for label, (cases, length) in sets.items():
            scores = rouge(cases, name, length)
            results.setdefault(label, {})[name] = scores
            line += "   " + " ".join(f"{x:6.2f}" for x in scores) + "    "
        print(line)
    ok = True
    for label in sets:
        best = max(BASELINES, key=lambda b: results[label][b][1])
        margin = results[label][DEFAULT_SUMMARIZER][1] - results[label][best][1]
        verdict = "holds" if margin >= 1.0 else "does not hold"
        ok = ok and (margin >= 1.0 or label.startswith("GUM"))
        print(
            f"{label}: {DEFAULT_SUMMARIZER} R-2 {results[label][DEFAULT_SUMMARIZER][1]:.2f}"
            f" vs best baseline {best} {results[label][best][1]:.2f}: {margin:+.2f}"
            f" (target +1.00 {verdict})"
        )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
