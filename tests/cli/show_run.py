"""Run ``python -m briefing`` in a real subprocess, as a user or a script would."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ESCAPE_BYTES = ("\x1b", "\x9b", "\x9d", "\x00", "\x07", "\u202e", "\u2066", "\u200f")


@dataclass(frozen=True)
class Run:
    """What one run of the command left behind."""

    code: int
    out: str
    err: str
    seconds: float


def show(
    *args: str,
    stdin: bytes | None = None,
    timeout: float = 60.0,
    env: dict[str, str] | None = None,
) -> Run:
    """Run ``briefing show ARGS`` and return its exit code, output and duration."""
    return briefing("show", *args, stdin=stdin, timeout=timeout, env=env)


def briefing(
    *args: str,
    stdin: bytes | None = None,
    timeout: float = 60.0,
    env: dict[str, str] | None = None,
) -> Run:
    """Run ``briefing ARGS`` (any command, or the reader) with no terminal attached."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "briefing", *args],
        input=stdin if stdin is not None else b"",
        capture_output=True,
        timeout=timeout,
        cwd=ROOT,
        env=full_env,
    )
    return Run(
        done.returncode,
        done.stdout.decode("utf-8", errors="replace"),
        done.stderr.decode("utf-8", errors="replace"),
        time.monotonic() - started,
    )


def assert_one_line_error(run: Run, *words: str) -> None:
    """Exit 2, nothing on stdout, one line on stderr naming the problem, no traceback."""
    assert run.code == 2, (run.code, run.err)
    assert run.out == ""
    lines = run.err.strip().splitlines()
    assert len(lines) == 1, run.err
    assert lines[0].startswith("briefing"), lines[0]
    assert "Traceback" not in run.err
    for word in words:
        assert word.lower() in lines[0].lower(), (word, lines[0])
