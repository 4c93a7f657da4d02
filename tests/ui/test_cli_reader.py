"""``briefing [PATH]`` outside a terminal: one-line errors, never a half-drawn UI."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.cli import main


def test_a_missing_file_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(tmp_path / "missing.txt")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no such file" in err


def test_without_a_terminal_the_reader_points_to_show(
    sample_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(sample_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "briefing show" in err


@pytest.mark.parametrize("kind", ["directory", "binary", "empty"])
def test_unloadable_inputs_are_one_line_and_exit_2_in_a_subprocess(
    tmp_path: Path, kind: str
) -> None:
    import subprocess
    import sys

    path = tmp_path / "input.txt"
    if kind == "directory":
        path.mkdir()
    elif kind == "binary":
        path.write_bytes(bytes(range(256)) * 64)
    else:
        path.write_bytes(b"")
    done = subprocess.run(
        [sys.executable, "-m", "briefing", str(path), "--data-dir", str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert "briefing show" not in done.stderr  # the input's fault is named, not the terminal's
