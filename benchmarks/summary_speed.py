"""Summary speed and memory on long documents, against stock sumy run alongside.

Run: ``.venv/bin/python benchmarks/summary_speed.py`` (add ``--quick`` to skip
stock LSA at 3,000 sentences, which takes a while).

Long documents are the fixture articles concatenated, each copy varied so no
sentence repeats (a copy number is written into every sentence and the
paragraph order is shuffled per copy). Printed, in one run:

* ``briefing.analyze(text, summarizer=NAME)`` on 1,000 sentences for LexRank
  and TextRank, against stock sumy's summarizer on the same sentences; the
  target is a ratio of at most 1/10. The summary step alone is printed too,
  and the rest of ``analyze`` (loading, key players, agenda) beside it;
* the default summarizer end to end on 3,000 sentences (target under 2 s);
* peak memory (tracemalloc) of LSA at 3,000 sentences, ours against stock.
"""

from __future__ import annotations

import random
import sys
import time
import tracemalloc
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import briefing  # noqa: E402
from briefing.analysis.document import Document  # noqa: E402
from briefing.analysis.loading import document_from_text  # noqa: E402
from briefing.analysis.sentences import split_sentences  # noqa: E402
from briefing.analysis.summary import summarize  # noqa: E402
from briefing.analysis.summary.stock import stock_scores  # noqa: E402

ARTICLES = ROOT / "tests" / "fixtures" / "articles"


def long_text(sentences: int) -> str:
    """Fixture articles joined and varied until the text has ``sentences`` sentences or more."""
    wanted = sentences
    while True:
        text = _joined(wanted)
        found = len(document_from_text(text).sentences)
        if found >= sentences:
            return text
        wanted += sentences - found


def _joined(sentences: int) -> str:
    paragraphs = []
    for path in sorted(ARTICLES.glob("*.txt")):
        body = path.read_text(encoding="utf-8").split("\n\n")[1:]
        paragraphs += [p.strip() for p in body if len(split_sentences(p)) > 0 and len(p) > 80]
    out: list[str] = []
    count, copy = 0, 0
    while count < sentences:
        copy += 1
        order = paragraphs[:]
        random.Random(copy).shuffle(order)
        for paragraph in order:
            varied = [f"{s[:-1]} ({copy}){s[-1]}" for s in split_sentences(paragraph)]
            varied = varied[: sentences - count]
            if not varied:
                break
            out.append(" ".join(varied))
            count += len(varied)
    return "Long report\n\n" + "\n\n".join(out)


def timed(call: Callable[[], Any]) -> float:
    """Wall time of one call, in seconds."""
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def peak_mb(call: Callable[[], Any]) -> float:
    """Peak traced memory of one call, in MB."""
    tracemalloc.start()
    call()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 1e6


def compare(text: str, document: Document, name: str) -> bool:
    """Whole analyze() and the summary alone against stock sumy; True when <= 1/10."""
    whole = timed(lambda: briefing.analyze(text, summarizer=name))
    alone = timed(lambda: summarize(document, name))
    stock = timed(lambda: stock_scores(document, name))
    ratio = whole / stock
    print(
        f"{name:<9} {len(document.sentences):>5} sentences: analyze() {whole:6.2f} s"
        f" (summary {alone:5.2f} s, rest {whole - alone:5.2f} s), stock sumy {stock:6.2f} s,"
        f" ratio 1/{stock / whole:.0f} (target <= 1/10: {'holds' if ratio <= 0.1 else 'fails'});"
        f" summary alone 1/{stock / alone:.0f}"
    )
    return ratio <= 0.1


def breakdown(text: str) -> str:
    """Where analyze() spends its time: loading, summary, key players, agenda."""
    from briefing.analysis.agenda import find_agenda
    from briefing.analysis.players import find_players

    start = time.perf_counter()
    document = document_from_text(text)
    loaded = time.perf_counter()
    summary = summarize(document)
    summarised = time.perf_counter()
    players = find_players(document, frozenset(i.sentence for i in summary.items))
    found = time.perf_counter()
    find_agenda(document, players)
    done = time.perf_counter()
    return (
        f"analyze() parts: loading {loaded - start:.2f} s, summary {summarised - loaded:.2f} s,"
        f" key players {found - summarised:.2f} s, agenda {done - found:.2f} s"
    )


def main() -> int:
    """Print the figures; exit 1 when a target does not hold."""
    thousand = long_text(1000)
    document = document_from_text(thousand)
    briefing.analyze("Warm up. One sentence is enough to import everything.")
    ok = all([compare(thousand, document, "lexrank"), compare(thousand, document, "textrank")])
    big = long_text(3000)
    big_document = document_from_text(big)
    whole = timed(lambda: briefing.analyze(big))
    alone = timed(lambda: summarize(big_document))
    print(
        f"briefing  {len(big_document.sentences):>5} sentences: analyze() {whole:6.2f} s"
        f" (summary {alone:5.2f} s, rest {whole - alone:5.2f} s)"
        f" (target < 2 s: {'holds' if whole < 2 else 'fails'})"
    )
    ok = ok and whole < 2
    print("  " + breakdown(big))
    ours = peak_mb(lambda: summarize(big_document, "lsa"))
    default = peak_mb(lambda: summarize(big_document))
    line = f"peak memory at {len(big_document.sentences)} sentences: lsa {ours:.0f} MB"
    line += f", briefing {default:.0f} MB"
    if "--quick" not in sys.argv:
        warnings.simplefilter("ignore", UserWarning)  # sumy: fewer words than sentences
        stock = peak_mb(lambda: stock_scores(big_document, "lsa"))
        line += f", stock sumy lsa {stock:.0f} MB"
        ok = ok and ours < stock
    print(line)
    for name in ("kl", "sumbasic", "reduction", "lsa", "luhn", "edmundson"):
        print(
            f"{name:<9} {len(big_document.sentences):>5} sentences: summary "
            f"{timed(lambda n=name: summarize(big_document, n)):6.2f} s"
        )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
