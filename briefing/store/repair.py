"""``briefing doctor``: check the library file and, asked to, salvage it into a fresh one.

The check is ``PRAGMA integrity_check`` on a read-only connection. A repair
copies every row SQLite can still read, table by table and row by row past
damaged pages (in the spirit of sqlite3's ``.recover``), into a new store;
the damaged file is kept beside it as ``<name>.corrupt-<timestamp>`` and is
never deleted. Notes whose article was lost keep their sentence text, so the
repair rebuilds a stand-in article from those sentences and they stay readable.
"""

from __future__ import annotations

import contextlib
import os
import pathlib
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

from briefing.store import db
from briefing.store.documents import encode_document
from briefing.store.errors import StoreError
from briefing.store.paths import database_path, resolve_data_dir
from briefing.store.schema import LATEST

TABLES = ("articles", "article_sources", "briefings", "reading_state", "notes")
"""Salvage order: parents before the rows that point at them."""
MAX_SKIPPED_ROWIDS = 100_000
"""How far past a damaged row the salvage probes before giving a table up."""


@dataclass(frozen=True)
class Diagnosis:
    """What ``briefing doctor`` found."""

    path: pathlib.Path
    state: str
    """"ok", "missing", "damaged", "foreign" or "newer"."""
    problems: tuple[str, ...] = ()

    @property
    def healthy(self) -> bool:
        """Whether nothing needs doing."""
        return self.state in ("ok", "missing")


@dataclass(frozen=True)
class RepairResult:
    """What a repair kept and where the damaged file went."""

    path: pathlib.Path
    kept_as: pathlib.Path
    salvaged: dict[str, int] = field(default_factory=dict)
    unreadable: dict[str, int] = field(default_factory=dict)
    rebuilt_articles: int = 0


def diagnose(data_dir: pathlib.Path | None = None) -> Diagnosis:
    """Check the library read-only; never changes the file."""
    path = database_path(resolve_data_dir(data_dir))
    if not path.exists():
        return Diagnosis(path, "missing")
    try:
        db.check_header(path)
    except StoreError:
        return Diagnosis(path, "foreign", ("the file is not an SQLite database",))
    try:
        conn = db.connect(path, read_only=True)
    except sqlite3.Error as error:
        return Diagnosis(path, "damaged", (str(error),))
    try:
        try:
            version = db.schema_version(conn, path)
        except StoreError:
            return Diagnosis(path, "foreign", ("an SQLite database of another program",))
        if version > LATEST:
            return Diagnosis(path, "newer", (f"schema {version}, newer than {LATEST}",))
        rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check(100)")]
    except sqlite3.DatabaseError as error:
        return Diagnosis(path, "damaged", (str(error),))
    finally:
        conn.close()
    if rows == ["ok"]:
        return Diagnosis(path, "ok")
    return Diagnosis(path, "damaged", tuple(rows))


def repair(data_dir: pathlib.Path | None = None, now: float | None = None) -> RepairResult:
    """Salvage the library into a fresh file; the old one is kept as ``.corrupt-<timestamp>``."""
    diagnosis = diagnose(data_dir)
    path = diagnosis.path
    if diagnosis.state == "newer":
        raise StoreError(
            f"the library {path} is from a newer briefing, not damaged; upgrade briefing"
        )
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime(time.time() if now is None else now))
    kept = path.with_name(f"{path.name}.corrupt-{stamp}")
    fresh = path.with_name(f"{path.name}.repairing")
    for leftover in (fresh, *_companions(fresh)):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()  # only a previous, interrupted repair's output
    with db.guarded(fresh):
        target, _ = db.open_database(fresh)
    try:
        salvaged, unreadable, rebuilt = _salvage(path, target, diagnosis.state)
    finally:
        target.close()
    for source, moved in ((path, kept), *zip(_companions(path), _companions(kept), strict=True)):
        if source.exists():
            os.replace(source, moved)
    os.replace(fresh, path)
    return RepairResult(path, kept, salvaged, unreadable, rebuilt)


def _companions(path: pathlib.Path) -> tuple[pathlib.Path, pathlib.Path]:
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


def _salvage(
    path: pathlib.Path, target: sqlite3.Connection, state: str
) -> tuple[dict[str, int], dict[str, int], int]:
    salvaged: dict[str, int] = {}
    unreadable: dict[str, int] = {}
    if state == "foreign" and not _has_our_tables(path):
        return salvaged, unreadable, 0
    try:
        source = db.connect(path, read_only=True)
    except sqlite3.Error:
        return salvaged, unreadable, 0
    target.execute("PRAGMA foreign_keys = OFF")
    try:
        with db.write_transaction(target):
            for table in TABLES:
                copied, failed = _copy_table(source, target, table)
                salvaged[table], unreadable[table] = copied, failed
            rebuilt = _rebuild_lost_articles(target)
            _drop_dangling(target)
    finally:
        source.close()
        target.execute("PRAGMA foreign_keys = ON")
    return salvaged, unreadable, rebuilt


def _has_our_tables(path: pathlib.Path) -> bool:
    try:
        conn = db.connect(path, read_only=True)
        try:
            names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return "notes" in names or "articles" in names


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [str(row[1]) for row in conn.execute(f"PRAGMA table_info({table})")]


def _copy_table(
    source: sqlite3.Connection, target: sqlite3.Connection, table: str
) -> tuple[int, int]:
    try:
        wanted = _columns(target, table)
        present = set(_columns(source, table))
    except sqlite3.DatabaseError:
        return 0, 0
    columns = [c for c in wanted if c in present]
    if not columns:
        return 0, 0
    names = ", ".join(columns)
    insert = f"INSERT OR IGNORE INTO {table} ({names}) VALUES ({', '.join('?' * len(columns))})"
    copied = failed = 0
    for row in _readable_rows(source, table, names):
        if row is None:
            failed += 1
            continue
        try:
            target.execute(insert, row)
            copied += 1
        except sqlite3.Error:
            failed += 1
    return copied, failed


def _readable_rows(
    conn: sqlite3.Connection, table: str, names: str
) -> Iterator[tuple[object, ...] | None]:
    """Rows in rowid order; None for each rowid that could not be read past a damaged page."""
    batch_sql = f"SELECT rowid, {names} FROM {table} WHERE rowid > ? ORDER BY rowid LIMIT 256"
    probe_sql = f"SELECT rowid, {names} FROM {table} WHERE rowid = ?"
    position = -(2**63)
    while True:
        try:
            batch = conn.execute(batch_sql, (position,)).fetchall()
        except sqlite3.DatabaseError:
            batch = []
            skipped = 0
            while not batch and skipped < MAX_SKIPPED_ROWIDS:
                position = max(position, 0) + 1
                skipped += 1
                with contextlib.suppress(sqlite3.DatabaseError):
                    batch = conn.execute(probe_sql, (position,)).fetchall()
            if not batch:
                return
            yield None  # at least the row that failed the scan
        if not batch:
            return
        for row in batch:
            yield tuple(row[1:])
        position = int(batch[-1][0])


def _rebuild_lost_articles(target: sqlite3.Connection) -> int:
    """Give notes whose article row was lost a stand-in built from their sentences."""
    from briefing.analysis.document import Block, build_document

    lost = [
        row[0]
        for row in target.execute(
            "SELECT DISTINCT article_id FROM notes WHERE article_id NOT IN (SELECT id FROM articles)"
        )
    ]
    for article_id in lost:
        texts = [
            row[0]
            for row in target.execute(
                "SELECT DISTINCT sentence_text FROM notes WHERE article_id = ? ORDER BY sentence_id",
                (article_id,),
            )
        ]
        document = build_document(
            [Block(t) for t in texts],
            lambda text: [(0, len(text))] if text else [],
            title="(article lost in a repair; notes kept)",
        )
        target.execute(
            "INSERT INTO articles (id, title, source, added, last_opened, read, text, document)"
            " VALUES (?, ?, NULL, ?, ?, 0, ?, ?)",
            (
                article_id,
                document.title,
                time.time(),
                time.time(),
                document.text,
                encode_document(document),
            ),
        )
    return len(lost)


def _drop_dangling(target: sqlite3.Connection) -> None:
    """Rows other than notes that point at a lost article are only caches: drop them."""
    for table in ("article_sources", "briefings", "reading_state"):
        target.execute(f"DELETE FROM {table} WHERE article_id NOT IN (SELECT id FROM articles)")
    target.execute(
        "UPDATE articles SET superseded_by = NULL"
        " WHERE superseded_by IS NOT NULL AND superseded_by NOT IN (SELECT id FROM articles)"
    )


def describe(diagnosis: Diagnosis) -> str:
    """One line for ``briefing doctor``."""
    state = diagnosis.state
    if state == "ok":
        return f"the library {diagnosis.path} is sound (integrity_check: ok)"
    if state == "missing":
        return f"no library yet at {diagnosis.path}; it is created when an article is opened"
    first = diagnosis.problems[0] if diagnosis.problems else state
    if state == "newer":
        return f"the library {diagnosis.path} is from a newer briefing ({first}); upgrade briefing"
    return f"the library {diagnosis.path} is {state} ({first}); {db.REPAIR_HINT}"
