"""Damaged, foreign, full and read-only stores: clear one-line errors, files kept, notes not lost."""

from __future__ import annotations

import hashlib
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from briefing.store.library import Library
from briefing.store.paths import database_path
from tests.conftest import ROOT
from tests.store.helpers import ARTICLES, fixture_document, run_cli

ARTICLE = str(ARTICLES[0])


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    lines = result.stderr.strip().splitlines()
    assert lines and lines[0].startswith("briefing: error: "), result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


def _library_with_notes(data: Path, count: int = 5) -> list[str]:
    with Library.open(data) as library:
        texts = []
        for path in ARTICLES[:4]:
            record = library.add_article(fixture_document(path.name))
            for number in range(1, count + 1):
                texts.append(f"note {number} on {path.name}")
                library.add_note(record.id, number, texts[-1])
            from briefing.analysis.briefing import analyze_document

            library.cache_briefing(record.id, "k", analyze_document(fixture_document(path.name)))
    return texts


@pytest.mark.parametrize("kind", ["random bytes", "text file", "foreign sqlite"])
def test_foreign_file_is_refused_and_kept(tmp_path: Path, kind: str) -> None:
    data = tmp_path / "data"
    data.mkdir()
    path = database_path(data)
    if kind == "random bytes":
        path.write_bytes(os.urandom(8192))
    elif kind == "text file":
        path.write_text("my shopping list\n", encoding="utf-8")
    else:
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE recipes (name TEXT)")
        conn.commit()
        conn.close()
    before = _digest(path)
    listed = run_cli("list", data_dir=data)
    assert listed.returncode == 1
    line = _one_error_line(listed)
    assert str(path) in line and "briefing doctor --repair" in line
    added = run_cli("notes", "add", ARTICLE, "--sentence", "1", "keep me please", data_dir=data)
    assert added.returncode == 1
    assert "keep me please" in added.stderr
    assert _digest(path) == before
    assert sorted(p.name for p in data.iterdir()) == [path.name]
    repaired = run_cli("doctor", "--repair", data_dir=data)
    assert repaired.returncode == 0, repaired.stderr
    (kept,) = [p for p in data.iterdir() if p.name.startswith(path.name + ".corrupt-")]
    assert _digest(kept) == before
    assert run_cli("list", data_dir=data).returncode == 0


def _corrupt_root_page(path: Path, table: str) -> None:
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    conn.close()
    with open(path, "r+b") as stream:
        stream.seek((root - 1) * page_size)
        stream.write(b"\xa5" * page_size)


def test_damaged_cache_pages_are_repaired_without_losing_notes(tmp_path: Path) -> None:
    data = tmp_path / "data"
    texts = _library_with_notes(data)
    path = database_path(data)
    _corrupt_root_page(path, "briefings")
    damaged = _digest(path)
    checked = run_cli("doctor", data_dir=data)
    assert checked.returncode == 1 and "damaged" in checked.stdout
    assert "briefing doctor --repair" in checked.stdout
    assert _digest(path) == damaged
    repaired = run_cli("doctor", "--repair", data_dir=data)
    assert repaired.returncode == 0, repaired.stderr
    kept = [
        p for p in data.iterdir() if ".corrupt-" in p.name and p.suffix[-4:] not in ("-wal", "-shm")
    ]
    assert len(kept) == 1 and _digest(kept[0]) == damaged
    assert run_cli("doctor", data_dir=data).returncode == 0
    with Library.open(data) as library:
        assert library.integrity_check() == ["ok"]
        found = [n.text for a in library.list_articles() for n in library.notes(a.id)]
    assert sorted(found) == sorted(texts)


def test_lost_article_rows_leave_notes_readable(tmp_path: Path) -> None:
    data = tmp_path / "data"
    texts = _library_with_notes(data)
    path = database_path(data)
    _corrupt_root_page(path, "articles")
    listed = run_cli("list", data_dir=data)
    assert listed.returncode == 1 and "doctor --repair" in _one_error_line(listed)
    assert run_cli("doctor", "--repair", data_dir=data).returncode == 0
    exported = run_cli("notes", "export", "--format", "json", data_dir=data)
    assert exported.returncode == 0, exported.stderr
    assert all(text in exported.stdout for text in texts)


def _limited_fsize(limit: int) -> Callable[[], None]:
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def _note_cmd(data: Path) -> list[str]:
    return [sys.executable, "-m", "briefing", "notes", "add", ARTICLE, "--sentence", "2", "-",
            "--data-dir", str(data)]  # fmt: skip


def test_file_size_limit_keeps_the_note_text_and_the_store(tmp_path: Path) -> None:
    data = tmp_path / "data"
    texts = _library_with_notes(data, count=1)
    size = database_path(data).stat().st_size
    big_note = "A long note that will not fit. " * 20_000
    result = subprocess.run(
        _note_cmd(data),
        input=big_note,
        capture_output=True,
        text=True,
        preexec_fn=_limited_fsize(size + 8192),
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        timeout=120,
    )
    assert result.returncode == 1
    line = _one_error_line(result)
    assert "full" in line or "size limit" in line
    assert big_note.strip() in result.stderr
    with Library.open(data) as library:
        assert library.integrity_check() == ["ok"]
        found = [n.text for a in library.list_articles() for n in library.notes(a.id)]
    assert sorted(found) == sorted(texts)


@pytest.fixture
def small_tmpfs() -> Iterator[Path]:
    """A real 1 MB filesystem, where the platform lets the tests mount one (root on Linux)."""
    mount_point = Path(tempfile.mkdtemp(prefix="briefing-tmpfs-"))
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount_point)],
        capture_output=True,
        check=False,
    ) if shutil.which("mount") and os.geteuid() == 0 else None  # fmt: skip
    if done is None or done.returncode != 0:
        mount_point.rmdir()
        pytest.skip("cannot mount a small tmpfs here")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", str(mount_point)], check=False)
        mount_point.rmdir()


def test_full_disk_keeps_the_note_text_and_the_store(small_tmpfs: Path) -> None:
    data = small_tmpfs / "data"
    result = run_cli("notes", "add", ARTICLE, "--sentence", "1", "fits", data_dir=data)
    assert result.returncode == 0, result.stderr
    filler = small_tmpfs / "filler"
    with open(filler, "wb") as stream, pytest.raises(OSError):
        while True:
            stream.write(b"\0" * 65536)
            stream.flush()
    big_note = "This note arrives when the disk is full. " * 3000
    result = run_cli("notes", "add", ARTICLE, "--sentence", "2", "-", data_dir=data, stdin=big_note)
    assert result.returncode == 1
    assert "full" in _one_error_line(result) or "size limit" in result.stderr
    assert big_note.strip() in result.stderr
    filler.unlink()
    exported = run_cli("notes", "export", "--format", "json", data_dir=data)
    assert '"fits"' in exported.stdout
    assert run_cli("doctor", data_dir=data).returncode == 0


def _read_only_runner(data: Path) -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run the CLI with ``data`` read-only for it.

    Root ignores file modes, so as root the command runs in its own mount namespace
    where ``data`` is bind-mounted read-only (a real EROFS); otherwise chmod does it.
    """
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONDONTWRITEBYTECODE="1")
    prefix: list[str] = []
    if os.geteuid() == 0:
        probe = subprocess.run(["unshare", "-m", "true"], capture_output=True, check=False)
        if not shutil.which("unshare") or probe.returncode != 0:
            pytest.skip("running as root without mount namespaces: cannot make a read-only dir")
        script = 'mount --bind "$1" "$1" && mount -o remount,ro,bind "$1" && shift && exec "$@"'
        prefix = ["unshare", "-m", "sh", "-c", script, "sh", str(data)]
    else:
        os.chmod(database_path(data), 0o444)
        os.chmod(data, 0o555)

    def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        command = [*prefix, sys.executable, "-m", "briefing", *args, "--data-dir", str(data)]
        return subprocess.run(
            command, input=stdin, capture_output=True, text=True, env=env, timeout=60, check=False
        )

    return run


def test_read_only_data_dir(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _library_with_notes(data, count=1)
    run = _read_only_runner(data)
    try:
        added = run("notes", "add", ARTICLE, "--sentence", "1", "unsaved words")
        assert added.returncode == 1
        assert "read-only" in _one_error_line(added)
        assert "unsaved words" in added.stderr
        listed = run("list", "--format", "json")
        assert listed.returncode == 0, listed.stderr
        assert listed.stdout.count('"id"') == 4
        exported = run("notes", "export")
        assert exported.returncode == 0 and "note 1 on" in exported.stdout
    finally:
        os.chmod(data, 0o700)


def test_newer_schema_via_cli(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _library_with_notes(data, count=1)
    path = database_path(data)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("UPDATE schema_version SET version = version + 1")
    conn.close()
    before = _digest(path)
    result = run_cli("notes", "add", ARTICLE, "--sentence", "1", "later", data_dir=data)
    assert result.returncode == 1
    assert "newer briefing" in _one_error_line(result)
    assert "later" in result.stderr
    checked = run_cli("doctor", data_dir=data)
    assert checked.returncode == 1 and "newer" in checked.stdout
    refused = run_cli("doctor", "--repair", data_dir=data)
    assert refused.returncode == 1 and "upgrade" in _one_error_line(refused)
    assert _digest(path) == before
    assert not [p for p in data.iterdir() if ".corrupt-" in p.name]


def test_truncated_file_is_reported_and_kept(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _library_with_notes(data, count=2)
    path = database_path(data)
    with open(path, "r+b") as stream:
        stream.truncate(path.stat().st_size // 3)
    before = _digest(path)
    for args in (("list",), ("notes", "export"), ("notes", "add", ARTICLE, "--sentence", "1", "x")):
        result = run_cli(*args, data_dir=data)
        assert result.returncode == 1, args
        assert "briefing doctor --repair" in _one_error_line(result)
    assert _digest(path) == before
    repaired = run_cli("doctor", "--repair", data_dir=data)
    assert repaired.returncode == 0
    assert any(p.name.startswith("library.sqlite3.corrupt-") for p in data.iterdir())
    assert run_cli("list", data_dir=data).returncode == 0
