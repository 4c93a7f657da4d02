"""``briefing list``, ``notes``, ``forget`` and ``doctor`` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.cli import main
from tests.conftest import FIXTURES

KOREA = str(FIXTURES / "articles" / "news_korea.txt")
TAXES = str(FIXTURES / "articles" / "news_taxes.txt")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_add_list_edit_remove(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "notes", "add", KOREA, "--sentence", "3", "Who fired first?")
    assert code == 0 and "note 1" in out and "Who fired first?" in out
    code, out, _ = run(capsys, "notes", "add", KOREA, "--sentence", "1", "--item", "summary", "key")
    assert code == 0
    code, out, _ = run(capsys, "notes", "list", KOREA, "--format", "json")
    notes = json.loads(out)
    assert [(n["sentence_id"], n["text"], n["item_kind"]) for n in notes] == [
        (1, "key", "summary"),
        (3, "Who fired first?", "sentence"),
    ]
    assert notes[0]["item_key"] == "1" and notes[1]["current_sentence"] == notes[1]["sentence_text"]
    assert run(capsys, "notes", "edit", "1", "Who", "fired?")[0] == 0
    assert run(capsys, "notes", "rm", "2")[0] == 0
    code, out, _ = run(capsys, "notes", "list", KOREA)
    assert "Who fired?" in out and "key" not in out.split("\n", 2)[-1]
    code, _, err = run(capsys, "notes", "rm", "2")
    assert code == 1 and err.startswith("briefing: error: there is no note 2")


def test_list_shows_articles_with_note_counts(capsys: pytest.CaptureFixture[str]) -> None:
    assert "empty" in run(capsys, "list")[1]
    run(capsys, "notes", "add", KOREA, "--sentence", "1", "one")
    run(capsys, "notes", "add", KOREA, "--sentence", "2", "two")
    run(capsys, "notes", "add", TAXES, "--sentence", "1", "three")
    code, out, _ = run(capsys, "list", "--format", "json")
    articles = json.loads(out)
    assert code == 0 and [a["note_count"] for a in articles] == [1, 2]
    assert articles[0]["source"] == TAXES and {"added", "last_opened", "read"} <= set(articles[0])
    code, out, _ = run(capsys, "list")
    lines = out.splitlines()
    assert len(lines) == 3 and "Italy" in lines[1] and lines[2].split()[2] == "2"
    assert json.loads(run(capsys, "list", "korea", "--format", "json")[1])[0]["source"] == KOREA


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "notes", "add", KOREA, "--sentence", "999", "text")
    assert code == 2 and "sentences 1 to" in err
    code, _, err = run(
        capsys, "notes", "add", str(tmp_path / "missing.txt"), "--sentence", "1", "x"
    )
    assert code == 2 and "no such file" in err
    code, _, err = run(capsys, "notes", "add", KOREA, "--sentence", "1", "--item", "bogus", "x")
    assert code == 2 and "--item" in err


def test_export_markdown_quotes_each_sentence(capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "notes", "add", KOREA, "--sentence", "2", "First thought")
    run(capsys, "notes", "add", KOREA, "--sentence", "2", "Second thought")
    run(capsys, "notes", "add", KOREA, "--sentence", "4", "--item", "player:KCNA", "Source?")
    code, out, _ = run(capsys, "notes", "export", KOREA)
    assert code == 0
    front, body = out.split("---\n", 2)[1:]
    fields = dict(line.split(": ", 1) for line in front.strip().splitlines())
    assert json.loads(fields["title"]).startswith("North Korea")
    assert json.loads(fields["source"]) == KOREA and len(fields["date"]) == 10
    code, out_json, _ = run(capsys, "notes", "export", KOREA, "--format", "json")
    sentences = {
        n["sentence_id"]: n["current_sentence"]
        for n in json.loads(out_json)["articles"][0]["notes"]
    }
    assert body.count("> " + sentences[2]) == 1 and body.count("> " + sentences[4]) == 1
    assert body.index("First thought") < body.index("Second thought") < body.index("Source?")
    assert body.index("> " + sentences[2]) < body.index("First thought")
    assert "key player KCNA" in body


def test_export_all_articles(capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "notes", "add", KOREA, "--sentence", "1", "korea note")
    run(capsys, "notes", "add", TAXES, "--sentence", "1", "taxes note")
    code, out, _ = run(capsys, "notes", "export")
    assert code == 0 and out.startswith("---\n") and out.count("\n# ") == 2
    data = json.loads(run(capsys, "notes", "export", "--format", "json")[1])
    assert sorted(n["text"] for a in data["articles"] for n in a["notes"]) == [
        "korea note",
        "taxes note",
    ]


def test_untrusted_note_text_is_printed_without_escapes(capsys: pytest.CaptureFixture[str]) -> None:
    nasty = "look \x1b]0;pwned\x07 [@click=app.quit] \x1b[31mred"
    run(capsys, "notes", "add", KOREA, "--sentence", "1", nasty)
    for args in (("notes", "list", KOREA), ("notes", "export", KOREA)):
        out = run(capsys, *args)[1]
        assert "\x1b" not in out and "\x07" not in out
        assert "[@click=app.quit]" in out


def test_forget_asks_refuses_without_tty_and_takes_yes(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    run(capsys, "notes", "add", KOREA, "--sentence", "1", "soon gone")
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    code, _, err = run(capsys, "forget", KOREA)
    assert code == 2 and "--yes" in err
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt: "n")
    assert run(capsys, "forget", KOREA)[0] == 1
    assert len(json.loads(run(capsys, "list", "--format", "json")[1])) == 1
    monkeypatch.setattr("builtins.input", lambda prompt: "y")
    assert run(capsys, "forget", KOREA)[0] == 0
    assert json.loads(run(capsys, "list", "--format", "json")[1]) == []
    run(capsys, "notes", "add", KOREA, "--sentence", "1", "again")
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    code, out, _ = run(capsys, "forget", KOREA, "--yes", "--format", "json")
    assert code == 0 and json.loads(out)["notes"] == 1


def test_data_dir_flag_beats_environment(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    flag_dir = tmp_path / "flag"
    run(capsys, "notes", "add", KOREA, "--sentence", "1", "here", "--data-dir", str(flag_dir))
    assert (flag_dir / "library.sqlite3").exists()
    assert json.loads(run(capsys, "list", "--format", "json")[1]) == []
    listed = run(capsys, "list", "--format", "json", "--data-dir", str(flag_dir))[1]
    assert len(json.loads(listed)) == 1


def test_doctor_reports(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "doctor")
    assert code == 0 and "no library yet" in out
    run(capsys, "notes", "add", KOREA, "--sentence", "1", "x")
    code, out, _ = run(capsys, "doctor", "--format", "json")
    assert code == 0 and json.loads(out)["state"] == "ok"


def test_json_output_escapes_c1_controls_and_bidi(capsys: pytest.CaptureFixture[str]) -> None:
    nasty = "csi \x9b31m and override \u202eevil\u202c end"
    run(capsys, "notes", "add", KOREA, "--sentence", "1", nasty)
    for args in (("notes", "list", KOREA), ("notes", "export", KOREA)):
        out = run(capsys, *args, "--format", "json")[1]
        assert "\x9b" not in out and "\u202e" not in out
        data = json.loads(out)
        notes = data if isinstance(data, list) else data["articles"][0]["notes"]
        assert notes[0]["text"] == nasty


def test_list_loads_neither_summarizers_nor_ui(capsys: pytest.CaptureFixture[str]) -> None:
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    run(capsys, "notes", "add", KOREA, "--sentence", "1", "one")
    code = (
        "import sys\n"
        "from briefing.cli import main\n"
        "assert main(['list', '--format', 'json']) == 0\n"
        "heavy = ('sumy', 'numpy', 'scipy', 'textual', 'rich', 'trafilatura')\n"
        "print(','.join(sorted({m.split('.')[0] for m in sys.modules} & set(heavy))), file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        check=False,
    )
    assert result.returncode == 0 and json.loads(result.stdout)[0]["note_count"] == 1
    assert result.stderr.strip() == ""
