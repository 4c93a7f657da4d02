"""How fast the reader shows a briefing, against a bare Textual app measured in the same run.

Each program is started in a pseudo-terminal (120x40) and timed from launch until
a marker appears on its screen:

- baseline: a Textual app that shows one static line;
- cached: ``briefing ARTICLE`` opened a second time, until the briefing's status
  (``<summarizer> · N sentences``) is drawn, i.e. the panes are filled from the cache;
- first open: ``briefing BIG`` on a fresh library with a 3,000-sentence article,
  until the panes are drawn with the analysis progress indicator (``Analysing``).

Both programs run as installed: the package's bytecode is compiled first (as
``pip install`` does) and kept, even where ``PYTHONDONTWRITEBYTECODE`` is set,
which would otherwise time Python's compiler on every launch instead of the
app (Textual's own bytecode was compiled when it was installed).

The target is a ratio of at most 1.5 for both. Run:
``.venv/bin/python benchmarks/startup.py [--runs N]``; exit code 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import fcntl
import os
import random
import re
import select
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "assets" / "sample_article.txt"
TARGET = 1.5
BRIEFED = rb"\xc2\xb7 \d+ sentences"
"""The reader's status once a briefing is on screen: '<summarizer> · N sentences'."""
BASELINE = """
from textual.app import App
from textual.widgets import Static

class Bare(App):
    def compose(self):
        yield Static("baseline-ready")

Bare().run()
"""


def time_to_marker(command: list[str], marker: bytes, timeout: float = 60.0) -> float:
    """Seconds from starting ``command`` in a 120x40 pty until ``marker`` (a regex) is written."""
    pattern = re.compile(marker)
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    env = dict(os.environ, TERM="xterm-256color", COLUMNS="120", LINES="40")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.perf_counter()
    process = subprocess.Popen(
        command, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True
    )
    os.close(slave)
    seen = b""
    try:
        while time.perf_counter() - start < timeout:
            ready, _, _ = select.select([master], [], [], 0.05)
            if not ready:
                continue
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            seen = seen[-4096:] + chunk
            if pattern.search(seen):
                return time.perf_counter() - start
        raise RuntimeError(f"{marker!r} not shown by {' '.join(command)}")
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        os.close(master)


def big_article(path: Path, sentences: int = 3000) -> None:
    """A news-like article of ``sentences`` distinct sentences, six to a paragraph."""
    rng = random.Random(7)
    words = [
        "minister",
        "talks",
        "agreement",
        "trade",
        "border",
        "officials",
        "said",
        "government",
        "council",
        "vote",
        "budget",
        "sanctions",
        "report",
        "court",
        "ruling",
        "election",
        "campaign",
        "energy",
        "prices",
        "union",
        "strike",
        "policy",
        "ceasefire",
        "negotiators",
        "capital",
        "summit",
        "treaty",
        "inquiry",
        "spokesman",
        "deadline",
        "parliament",
    ]
    lines = []
    for n in range(sentences):
        body = " ".join(rng.choice(words) for _ in range(rng.randint(8, 18)))
        lines.append(f"Sentence {n + 1} reports that the {body}.")
    paragraphs = [" ".join(lines[i : i + 6]) for i in range(0, len(lines), 6)]
    path.write_text("Benchmark article\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")


def median_time(command: list[str], marker: bytes, runs: int) -> float:
    return statistics.median(time_to_marker(command, marker) for _ in range(runs))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per measurement (median)")
    args = parser.parse_args()
    python = sys.executable
    briefing = [python, "-m", "briefing"]
    subprocess.run(
        [python, "-m", "compileall", "-q", str(ROOT / "briefing")],
        check=True,
        env={k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
    )
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        cached_dir = work / "cached"
        time_to_marker([*briefing, str(SAMPLE), "--data-dir", str(cached_dir)], BRIEFED)
        big = work / "big.txt"
        big_article(big)

        baseline = median_time([python, "-c", BASELINE], b"baseline-ready", args.runs)
        cached = median_time(
            [*briefing, str(SAMPLE), "--data-dir", str(cached_dir)], BRIEFED, args.runs
        )
        first: list[float] = []
        for run in range(args.runs):
            fresh = work / f"fresh-{run}"
            first.append(
                time_to_marker([*briefing, str(big), "--data-dir", str(fresh)], b"Analysing")
            )
        first_open = statistics.median(first)

    ok = True
    print(
        f"bare Textual app, static screen:        {baseline * 1000:7.0f} ms (median of {args.runs})"
    )
    for label, value in (
        ("second open, cached briefing on screen:", cached),
        ("first open, 3,000 sentences, progress: ", first_open),
    ):
        ratio = value / baseline
        verdict = "ok" if ratio <= TARGET else f"MISSED (target <= {TARGET})"
        ok = ok and ratio <= TARGET
        print(f"{label} {value * 1000:7.0f} ms  ratio {ratio:.2f}  {verdict}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
