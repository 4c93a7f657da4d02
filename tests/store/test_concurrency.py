"""Several processes on one library: no acknowledged note lost, even when one is SIGKILLed."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from briefing.store.library import Library
from tests.conftest import ROOT
from tests.store.helpers import ARTICLES

ARTICLE = str(ARTICLES[0])

WRITER = """
import contextlib, io, sys
from briefing.cli import main
data, article, name, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
for i in range(count):
    text = f"{name}-{i}"
    with contextlib.redirect_stdout(io.StringIO()):
        code = main(["notes", "add", article, "--sentence", str(1 + i % 8), text,
                     "--data-dir", data, "--format", "json"])
    if code == 0:
        # The command returned 0: the note is acknowledged.
        sys.__stdout__.write(text + "\\n")
        sys.__stdout__.flush()
    else:
        sys.__stderr__.write(f"failed {text} with {code}\\n")
"""

READER = """
import sys, time
from briefing.store.library import Library
data, seconds = sys.argv[1], float(sys.argv[2])
end = time.monotonic() + seconds
reads = 0
while time.monotonic() < end:
    with Library.open(data) as library:
        for article in library.list_articles():
            library.notes(article.id)
        reads += 1
print(reads)
"""


def _spawn(code: str, *args: str) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _stored_notes(data: Path) -> list[str]:
    with Library.open(data) as library:
        assert library.integrity_check() == ["ok"]
        return [n.text for a in library.list_articles() for n in library.notes(a.id)]


def _kill_in_flight(victim: subprocess.Popen[str]) -> list[str]:
    """Let the victim acknowledge a few notes, SIGKILL it mid-command, return its acks."""
    assert victim.stdout is not None
    acknowledged = []
    for _ in range(3):
        line = victim.stdout.readline()
        assert line, victim.stderr.read() if victim.stderr else ""
        acknowledged.append(line.strip())
    time.sleep(random.uniform(0, 0.05))  # land anywhere in the next command, often mid-write
    victim.send_signal(signal.SIGKILL)
    out, _err = victim.communicate(timeout=30)
    assert victim.returncode == -signal.SIGKILL
    return acknowledged + out.split()


def test_four_writers_one_killed_lose_no_acknowledged_note(tmp_path: Path) -> None:
    data = tmp_path / "data"
    workers = [_spawn(WRITER, str(data), ARTICLE, f"w{n}", "60") for n in range(1, 4)]
    acknowledged: list[str] = []
    # The fourth writer is killed three times over, each time restarted under a new name.
    for round_number in range(3):
        victim = _spawn(WRITER, str(data), ARTICLE, f"victim{round_number}", "1000")
        acknowledged += _kill_in_flight(victim)
    for worker in workers:
        out, err = worker.communicate(timeout=120)
        assert worker.returncode == 0, err
        assert "failed" not in err, err
        acknowledged += out.split()
    stored = _stored_notes(data)
    assert set(acknowledged) <= set(stored)
    assert len(stored) == len(set(stored))
    assert sum(1 for n in stored if n.startswith("w")) == 180
    assert sum(1 for n in acknowledged if n.startswith("victim")) >= 9


def test_two_readers_and_a_writer_at_once(tmp_path: Path) -> None:
    data = tmp_path / "data"
    readers_first = _spawn(WRITER, str(data), ARTICLE, "seed", "1")
    readers_first.communicate(timeout=60)
    readers = [_spawn(READER, str(data), "4") for _ in range(2)]
    writer = _spawn(WRITER, str(data), ARTICLE, "w", "40")
    out, err = writer.communicate(timeout=120)
    assert writer.returncode == 0 and "failed" not in err, err
    for reader in readers:
        reads, problems = reader.communicate(timeout=60)
        assert reader.returncode == 0, problems
        assert int(reads) > 0
    assert sorted(_stored_notes(data)) == sorted(["seed-0", *out.split()])
    assert len(out.split()) == 40


OPENER = """
import sys
from pathlib import Path
from briefing.store.library import Library
with Library.open(Path(sys.argv[1])) as library:
    library.list_articles()
"""


def test_instances_started_together_on_a_new_library_all_open_it(tmp_path: Path) -> None:
    """Six processes create the same library at once, again and again: none may take the
    half-created file for another program's database."""
    failures = []
    for trial in range(25):
        data = tmp_path / f"data-{trial}"
        openers = [_spawn(OPENER, str(data)) for _ in range(6)]
        for opener in openers:
            _out, err = opener.communicate(timeout=60)
            if opener.returncode != 0:
                failures.append(err.strip().splitlines()[-1] if err.strip() else "no message")
        with Library.open(data) as library:
            assert library.integrity_check() == ["ok"]
    assert failures == []
