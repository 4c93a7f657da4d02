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
