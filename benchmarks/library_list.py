"""How fast ``briefing list`` answers on a library of 10,000 articles.

Builds the library in a temporary data dir (real article texts from the test
fixtures, each made unique, a tenth of them with notes), then times the real
``briefing list`` command in a subprocess against ``python -c pass`` started
the same way in the same run, so the ratio means the same on any machine.

    .venv/bin/python benchmarks/library_list.py [--articles N] [--runs N]

Exits 1 when the median is over the 0.5 s target.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing.analysis.document import Block, Document, build_document  # noqa: E402
from briefing.analysis.loading import load_document  # noqa: E402
from briefing.store.documents import article_id, encode_document  # noqa: E402
from briefing.store.library import Library  # noqa: E402
from briefing.store.paths import database_path  # noqa: E402

TARGET_SECONDS = 0.5


def _variant(base: Document, number: int) -> Document:
    """The base article plus one unique closing paragraph, with the base's sentence spans."""
    spans = {
        p.index: [(s.start - p.start, s.end - p.start) for s in base.paragraph_sentences(p.index)]
        for p in base.paragraphs
    }
    by_text = {p.text: spans[p.index] for p in base.paragraphs}
    extra = f"This is copy number {number} of the article, kept for the benchmark."
    blocks = [Block(p.text, p.heading) for p in base.paragraphs] + [Block(extra)]
    return build_document(
        blocks,
        lambda text: by_text.get(text, [(0, len(text))]),
        title=f"{base.title or 'Untitled'} ({number})",
        source=f"/articles/{number:05d}.txt",
    )


def build_library(data_dir: Path, count: int) -> None:
    """Write ``count`` articles (and notes on every tenth) in one transaction."""
    Library.open(data_dir).close()
    bases = [
        load_document(str(p)) for p in sorted((ROOT / "tests/fixtures/articles").glob("*.txt"))
    ]
    conn = sqlite3.connect(database_path(data_dir), isolation_level=None)
    conn.execute("BEGIN")
    now = time.time()
    for number in range(count):
        document = _variant(bases[number % len(bases)], number)
        aid = article_id(document.text)
        when = now - (count - number) * 60
        conn.execute(
            "INSERT INTO articles (id, title, source, added, last_opened, read, text, document)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (aid, document.title, document.source, when, when, number % 3 == 0, document.text,
             encode_document(document)),
        )  # fmt: skip
        conn.execute(
            "INSERT INTO article_sources (source, article_id, seen) VALUES (?, ?, ?)",
            (document.source, aid, when),
        )
        if number % 10 == 0:
            for sentence in document.sentences[:3]:
                conn.execute(
                    "INSERT INTO notes (article_id, sentence_id, sentence_text, text, created,"
                    " updated) VALUES (?, ?, ?, ?, ?, ?)",
                    (aid, sentence.id, sentence.text, "A note to check.", when, when),
                )
    conn.execute("COMMIT")
    conn.close()


def _time(command: list[str], env: dict[str, str], runs: int) -> tuple[float, str]:
    timings = []
    output = ""
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
        timings.append(time.perf_counter() - start)
        output = result.stdout
    return statistics.median(timings), output


def main() -> int:
    """Build, time, print; exit 1 over target."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="briefing-bench-") as tmp:
        data_dir = Path(tmp) / "data"
        started = time.perf_counter()
        build_library(data_dir, args.articles)
        built = time.perf_counter() - started
        size = database_path(data_dir).stat().st_size
        env = dict(os.environ, BRIEFING_DATA_DIR=str(data_dir), PYTHONPATH=str(ROOT))
        baseline, _ = _time([sys.executable, "-c", "pass"], env, args.runs)
        text, output = _time([sys.executable, "-m", "briefing", "list"], env, args.runs)
        as_json, _ = _time(
            [sys.executable, "-m", "briefing", "list", "--format", "json"], env, args.runs
        )
    listed = len(output.splitlines()) - 1
    print(f"library: {args.articles:,} articles, {size / 1e6:.1f} MB, built in {built:.1f} s")
    print(f"python -c pass (baseline):      {baseline:.3f} s median of {args.runs}")
    print(
        f"briefing list:                  {text:.3f} s  ({text / baseline:.1f}x baseline, {listed:,} rows)"
    )
    print(f"briefing list --format json:    {as_json:.3f} s  ({as_json / baseline:.1f}x baseline)")
    verdict = "PASS" if max(text, as_json) < TARGET_SECONDS else "FAIL"
    print(f"target < {TARGET_SECONDS} s: {verdict}")
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    raise SystemExit(main())
