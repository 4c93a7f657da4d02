"""Quality and speed of the offline sentence splitter, with pysbd as the baseline.

Prints, for ``briefing.split_sentences`` and (when installed) pysbd on the same
data in the same run:

* Golden Rules: exact splits out of 48 (``tests/fixtures/sbd/golden_rules_en.jsonl``);
* news paragraphs: share split exactly, among the GUM paragraphs whose gold
  sentences all end in . ! or ? (``tests/fixtures/sbd/gum_paragraphs_dev.jsonl``);
* MB/s: the fixture articles concatenated and repeated to ``--megabytes`` MB,
  split as one text (best of ``--runs``); pysbd gets a smaller slice because it
  is slow, which does not flatter it (its time grows with text length).

    .venv/bin/python benchmarks/sentences.py [--megabytes 5] [--runs 3] [--misses]

Exits 1 when a target of the issue is missed: 45/48, 0.97, 5 MB/s.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing.analysis.sentence_scoring import (  # noqa: E402
    Score,
    golden_rules_score,
    paragraph_accuracy,
)
from briefing.analysis.sentences import split_sentences  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
GOLDEN = FIXTURES / "sbd" / "golden_rules_en.jsonl"
PARAGRAPHS = FIXTURES / "sbd" / "gum_paragraphs_dev.jsonl"
TARGET_GOLDEN, TARGET_ACCURACY, TARGET_SPEED = 45, 0.97, 5.0

Splitter = Callable[[str], list[str]]


def news_text(megabytes: float) -> str:
    """The fixture articles, blank-line separated, repeated to about ``megabytes`` MB."""
    articles = [
        p.read_text(encoding="utf-8") for p in sorted((FIXTURES / "articles").glob("*.txt"))
    ]
    base = "\n\n".join(articles)
    size = len(base.encode("utf-8"))
    return "\n\n".join([base] * max(1, round(megabytes * 1e6 / size)))


def speed(split: Splitter, text: str, runs: int) -> float:
    """MB/s of the best of ``runs`` passes over ``text``."""
    best = float("inf")
    for _ in range(runs):
        began = time.perf_counter()
        split(text)
        best = min(best, time.perf_counter() - began)
    return len(text.encode("utf-8")) / 1e6 / best


def pysbd_splitter() -> Splitter | None:
    """pysbd's English segmenter, or None when pysbd is not installed."""
    try:
        import pysbd
    except ImportError:
        return None
    segmenter = pysbd.Segmenter(language="en", clean=False)

    def split(text: str) -> list[str]:
        return [s.strip() for s in segmenter.segment(text) if s.strip()]

    return split


def report(name: str, golden: Score, news: Score, mb_per_s: float, misses: bool) -> None:
    """One line of figures, then the misses when asked."""
    print(
        f"{name:<10} golden rules {golden.exact}/{golden.total}"
        f"   news paragraphs {news.accuracy:.3f} ({news.exact}/{news.total})"
        f"   {mb_per_s:6.2f} MB/s"
    )
    if misses:
        for miss in golden.misses + news.misses:
            print(f"    {miss.id}\n      got      {miss.got}\n      expected {miss.expected}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=5.0)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--misses", action="store_true", help="print every wrong split")
    args = parser.parse_args()

    text = news_text(args.megabytes)
    golden = golden_rules_score(GOLDEN, split_sentences)
    news = paragraph_accuracy(PARAGRAPHS, split_sentences)
    ours = speed(split_sentences, text, args.runs)
    print(f"text for speed: {len(text.encode('utf-8')) / 1e6:.1f} MB of news articles")
    report("briefing", golden, news, ours, args.misses)

    baseline = pysbd_splitter()
    if baseline is None:
        print("pysbd      not installed: no baseline")
    else:
        theirs = speed(baseline, news_text(0.2), 1)
        report(
            "pysbd",
            golden_rules_score(GOLDEN, baseline),
            paragraph_accuracy(PARAGRAPHS, baseline),
            theirs,
            args.misses,
        )
        print(f"speed ratio: briefing is {ours / theirs:.0f}x pysbd")

    met = (
        golden.exact >= TARGET_GOLDEN and news.accuracy >= TARGET_ACCURACY and ours >= TARGET_SPEED
    )
    print(
        f"targets (>= {TARGET_GOLDEN}/48, >= {TARGET_ACCURACY}, >= {TARGET_SPEED} MB/s):",
        "met" if met else "MISSED",
    )
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
