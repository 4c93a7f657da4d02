"""Open issues and next steps against the hand annotations of the dev articles.

For each of the 11 annotated articles, the full lists (before the display cap)
are compared with the gold sentence lists: a listed sentence counts when its
whitespace-normalised text equals a gold sentence. Precision, recall and F1 are
pooled over all articles; the same figures are printed for two halves of the
articles (alphabetical even/odd) so that over-fitting to one half shows.
Also prints the time per 1,000 words.

Run: ``.venv/bin/python benchmarks/agenda_quality.py [-v]``; exit code 1 if an
F1 is below 0.75.
"""

from __future__ import annotations

import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from briefing.analysis.agenda import classify
from briefing.analysis.agenda.cues import read_sentence
from briefing.analysis.loading import document_from_text
from briefing.analysis.players import find_players

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
TARGET = 0.75


def norm(text: str) -> str:
    return " ".join(text.split())


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, listed: set[str], gold: set[str]) -> None:
        self.tp += len(listed & gold)
        self.fp += len(listed - gold)
        self.fn += len(gold - listed)

    def scores(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def evaluate(verbose: bool = False) -> dict[str, dict[str, Counts]]:
    """Counts per list ('issues', 'steps') per split ('all', 'even', 'odd')."""
    results = {k: {s: Counts() for s in ("all", "even", "odd")} for k in ("issues", "steps")}
    paths = sorted((FIXTURES / "annotations").glob("*.json"))
    for n, path in enumerate(paths):
        gold = json.loads(path.read_text(encoding="utf-8"))
        article = FIXTURES / "articles" / gold["article"]
        doc = document_from_text(article.read_text(encoding="utf-8"), source=str(article))
        issues, steps = classify(doc, find_players(doc))
        text = {s.id: norm(s.text) for s in doc.sentences}
        listed = {
            "issues": {text[i.sentence] for i in issues},
            "steps": {text[s.sentence] for s in steps},
        }
        golds = {
            "issues": {norm(s) for s in gold["open_issues"]},
            "steps": {norm(s) for s in gold["next_steps"]},
        }
        split = "even" if n % 2 == 0 else "odd"
        for key in ("issues", "steps"):
            for s in ("all", split):
                results[key][s].add(listed[key], golds[key])
            if verbose:
                for sentence in sorted(listed[key] - golds[key]):
                    print(f"  FP {key} {path.stem}: {sentence[:110]}")
                for sentence in sorted(golds[key] - listed[key]):
                    print(f"  FN {key} {path.stem}: {sentence[:110]}")
    return results


def words_per_second() -> float:
    text = "\n\n".join(
        p.read_text(encoding="utf-8") for p in sorted((FIXTURES / "articles").glob("*.txt"))
    )
    doc = document_from_text(text)
    players = find_players(doc)
    words = len(doc.text.split())
    best = float("inf")
    for _ in range(5):
        read_sentence.cache_clear()
        start = time.perf_counter()
        classify(doc, players)
        best = min(best, time.perf_counter() - start)
    return best / words * 1000


def main() -> int:
    verbose = "-v" in sys.argv
    results = evaluate(verbose)
    ok = True
    print(f"{'list':8} {'split':6} {'P':>6} {'R':>6} {'F1':>6}   tp  fp  fn")
    for key, label in (("issues", "open"), ("steps", "next")):
        for split in ("all", "even", "odd"):
            c = results[key][split]
            p, r, f = c.scores()
            print(f"{label:8} {split:6} {p:6.3f} {r:6.3f} {f:6.3f}  {c.tp:3d} {c.fp:3d} {c.fn:3d}")
        ok = ok and results[key]["all"].scores()[2] >= TARGET
    print(f"time: {words_per_second() * 1000:.1f} ms per 1,000 words (cue reading, uncached)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
