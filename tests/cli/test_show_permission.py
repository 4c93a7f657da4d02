"""A file without read permission, through a real ``python -m briefing show``.

Tests often run as root, and root reads any file whatever its mode. Dropping
the two capabilities that let root bypass file modes (CAP_DAC_OVERRIDE and
CAP_DAC_READ_SEARCH) with ``setpriv`` gives the command the same refusal an
ordinary user gets, without needing another user to own the interpreter.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.show_run import ROOT, Run, assert_one_line_error

SETPRIV = shutil.which("setpriv")
DROP = "-dac_override,-dac_read_search"


def _show_without_override(path: Path) -> Run:
    prefix: list[str] = []
    if os.geteuid() == 0:
        prefix = [SETPRIV or "setpriv", "--inh-caps", DROP, "--bounding-set", DROP]
    done = subprocess.run(
        [*prefix, sys.executable, "-m", "briefing", "show", str(path)],
        capture_output=True,
        timeout=60,
        cwd=ROOT,
    )
    return Run(done.returncode, done.stdout.decode(), done.stderr.decode(), 0.0)


@pytest.mark.skipif(
    os.geteuid() == 0 and SETPRIV is None, reason="root without setpriv reads every file"
)
def test_unreadable_file_is_one_line_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("A Title\n\nSome text here. More text follows.\n")
    path.chmod(0)
    assert_one_line_error(_show_without_override(path), "permission denied", "secret.txt")


@pytest.mark.skipif(
    os.geteuid() == 0 and SETPRIV is None, reason="root without setpriv reads every file"
)
def test_readable_file_still_works_without_override(tmp_path: Path) -> None:
    """The same command on a readable file succeeds: the refusal is the file mode's doing."""
    path = tmp_path / "open.txt"
    path.write_text("A Title\n\nSome text here. More text follows.\n")
    run = _show_without_override(path)
    assert run.code == 0, run.err
    assert "Some text here." in run.out
