"""Time ``briefing show`` on the hostile inputs of the test suite, with peak memory.

Each input is written to a temporary folder and run through a fresh
``python -m briefing show FILE --format json`` under ``/usr/bin/time``; a line per
input gives its size, wall time, peak resident memory, exit code and the first
line of any error. The README's "Limits" section quotes these figures. Run:
``.venv/bin/python benchmarks/hostile_inputs.py``.
"""

from __future__ import annotations

import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.hostile_text import WORDS
from tests.hostile_text import sentence as _sentence

JSON = ("--format", "json")


def _inputs(rng: random.Random) -> dict[str, tuple[str, str]]:
    """Name → (file name, content), built like tests/cli/test_show_hostile.py."""
    sentences = [_sentence(rng) for _ in range(50_000)]
    paragraphs = [" ".join(sentences[i : i + 5]) for i in range(0, len(sentences), 5)]
    scripted = "".join(
        f"<p>{_sentence(rng)} {_sentence(rng)}</p><script>x{i}()</script>"
        f"<iframe src='javascript:a()'>F</iframe><p><a href='javascript:s()'>C{i}</a></p>"
        for i in range(30)
    )
    table = "| a | b | c |\n|---|---|---|\n" + "".join(
        f"| C{i} | {i} | x |\n" for i in range(20_000)
    )
    return {
        "single 5 MB line": (
            "line.txt",
            " ".join(rng.choice(WORDS) for _ in range(900_000))[:5_000_000],
        ),
        "3 MB, 50,000 sentences": ("long.txt", "A Long Article\n\n" + "\n\n".join(paragraphs)),
        "HTML nested 50,000 deep": (
            "deep.html",
            "<html><body>" + "<div>" * 50_000 + "<p>Deep text. Two sentences.</p>"
            "" + "</div>" * 50_000 + "</body></html>",
        ),
        "HTML scripts, iframes, javascript:": (
            "hostile.html",
            f"<html><head><title>T</title></head><body><article><h1>T</h1>{scripted}"
            "</article></body></html>",
        ),
        "Markdown raw HTML, 20,000-row table": (
            "table.md",
            f"# M\n\n{_sentence(rng)} {_sentence(rng)}\n\n<div><script>a()</script>Raw.</div>\n\n"
            f"{table}\n{_sentence(rng)}\n",
        ),
    }


def _run(path: Path) -> tuple[float, float, int, str]:
    started = time.monotonic()
    done = subprocess.run(
        ["/usr/bin/time", "-f", "%M", sys.executable, "-m", "briefing", "show", str(path), *JSON],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    seconds = time.monotonic() - started
    lines = done.stderr.strip().splitlines()
    peak_mb = int(lines[-1]) / 1024 if lines and lines[-1].isdigit() else float("nan")
    error = lines[0] if len(lines) > 1 else ""
    return seconds, peak_mb, done.returncode, error


def main() -> None:
    """Write each input, run it, print one line per input."""
    rng = random.Random(1)
    with tempfile.TemporaryDirectory() as folder:
        for name, (file_name, content) in _inputs(rng).items():
            path = Path(folder) / file_name
            path.write_text(content, encoding="utf-8")
            seconds, peak_mb, code, error = _run(path)
            size = path.stat().st_size / 1e6
            print(
                f"{name:38s} {size:5.2f} MB {seconds:6.2f} s {peak_mb:6.0f} MB peak"
                f"  exit {code}  {error[:100]}",
                flush=True,
            )


if __name__ == "__main__":
    main()
