"""The SQLite connection: WAL, busy timeout, foreign keys, full sync, schema checks, migrations.

A file in the data directory that is not ours (not SQLite, another program's
database, a newer schema) is never written to: opening it raises a one-line
StoreError and leaves the bytes as they are. Every SQLite failure a person can
act on (damage, a full or read-only disk, a busy store) becomes a StoreError.
"""

from __future__ import annotations

import contextlib
import os
import pathlib
import sqlite3
import time
from collections.abc import Iterator

from briefing.store.errors import StoreError
from briefing.store.schema import APPLICATION_ID, LATEST, script_for

BUSY_TIMEOUT_MS = 15_000
"""How long a writer waits for another process's transaction before giving up."""

SQLITE_MAGIC = b"SQLite format 3\x00"
REPAIR_HINT = "run `briefing doctor --repair`"


def split_statements(script: str) -> list[str]:
    """Split an SQL script into complete statements (executescript would commit early)."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        if not buffer and (not line.strip() or line.lstrip().startswith("--")):
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements


def damaged(path: pathlib.Path, detail: str) -> StoreError:
    """The one-line error for a damaged or foreign library file."""
    return StoreError(f"the library {path} is unusable ({detail}); {REPAIR_HINT}")


def translate(error: sqlite3.Error, path: pathlib.Path) -> StoreError:
    """Turn an SQLite failure into a message that says what happened and what to do."""
    text = str(error)
    lowered = text.lower()
    code = getattr(error, "sqlite_errorcode", None)
    if "full" in lowered or code == 13:
        return StoreError(f"cannot save to {path}: the disk is full (or a file size limit is hit)")
    if "readonly" in lowered or "read-only" in lowered or code == 8:
        return StoreError(f"cannot save to {path}: the data directory or file is read-only")
    if "locked" in lowered or "busy" in lowered:
        return StoreError(f"the library {path} is busy (another briefing is writing); try again")
    if "unable to open" in lowered or code == 14:
        return StoreError(f"cannot open the library {path}: permission denied or missing directory")
    if "malformed" in lowered or "not a database" in lowered or "corrupt" in lowered:
        return damaged(path, text)
    if "disk i/o" in lowered:
        return StoreError(
            f"cannot use {path}: disk I/O error (the disk may be full, failing or over a size limit)"
        )
    return StoreError(f"the library {path} failed: {text}")


@contextlib.contextmanager
def guarded(path: pathlib.Path) -> Iterator[None]:
    """Run a block, turning SQLite and OS errors into StoreError."""
    try:
        yield
    except sqlite3.Error as error:
        raise translate(error, path) from None
    except OSError as error:
        raise StoreError(f"cannot use the library {path}: {error.strerror or error}") from None


def check_header(path: pathlib.Path) -> None:
    """Refuse a non-empty file that is not an SQLite database, before SQLite touches it."""
    try:
        with open(path, "rb") as stream:
            head = stream.read(len(SQLITE_MAGIC))
    except FileNotFoundError:
        return
    except OSError as error:
        raise StoreError(f"cannot read the library {path}: {error.strerror or error}") from None
    if head and head != SQLITE_MAGIC:
        raise damaged(path, "not an SQLite database")


def connect(path: pathlib.Path, *, read_only: bool = False) -> sqlite3.Connection:
    """Open the file with the pragmas every connection needs; no schema work yet."""
    if read_only:
        conn = _connect_read_only(path)
    else:
        # Create the file ourselves so it is 0600 from the first byte; SQLite gives its
        # -wal and -shm files the same mode as the database.
        with contextlib.suppress(FileExistsError):
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        conn = sqlite3.connect(
            path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
        )
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _connect_read_only(path: pathlib.Path) -> sqlite3.Connection:
    """``mode=ro``; on a read-only directory, where SQLite cannot create the WAL index
    beside the file, fall back to ``immutable=1`` (nothing can write there anyway)."""
    base = path.absolute().as_uri()
    for query in ("mode=ro", "mode=ro&immutable=1"):
        conn = sqlite3.connect(
            f"{base}?{query}",
            uri=True,
            timeout=BUSY_TIMEOUT_MS / 1000,
            isolation_level=None,
            check_same_thread=False,
        )
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn
        except sqlite3.OperationalError:
            conn.close()
            if query != "mode=ro":
                raise
    raise AssertionError("unreachable")


def writable(path: pathlib.Path) -> bool:
    """Whether this process can write the library (the file and, for WAL, its directory)."""
    directory_ok = os.access(path.parent, os.W_OK)
    return directory_ok and (not path.exists() or os.access(path, os.W_OK))


def schema_version(conn: sqlite3.Connection, path: pathlib.Path) -> int:
    """The store's schema version; 0 for an empty file. Raises for a foreign database.

    The header and the table list are read in one transaction: read apart, another
    process creating the store in between shows the tables without the header's
    id, which looked like a foreign database.
    """
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN")
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
    except BaseException:
        if own and conn.in_transaction:  # SQLite may have ended it already (a full disk)
            conn.execute("ROLLBACK")
        raise
    if own and conn.in_transaction:
        conn.execute("COMMIT")
    if app_id == 0 and not tables:
        return 0
    if app_id != APPLICATION_ID or "schema_version" not in tables:
        raise damaged(path, "an SQLite database of another program")
    row = conn.execute("SELECT version FROM schema_version").fetchone()
    if row is None or not isinstance(row[0], int):
        raise damaged(path, "its schema version is missing")
    return int(row[0])


def refuse_newer(version: int, path: pathlib.Path) -> None:
    """A store from a newer briefing is left alone: downgrading could lose notes."""
    if version > LATEST:
        raise StoreError(
            f"the library {path} was written by a newer briefing (schema {version}, this one"
            f" knows {LATEST}); upgrade briefing to use it"
        )


def _enable_wal(conn: sqlite3.Connection) -> None:
    # Switching to WAL needs an exclusive lock for a moment; another process opening at the
    # same time can make it fail with "locked" despite the busy timeout, so retry briefly.
    for attempt in range(50):
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error).lower() or attempt == 49:
                raise
            time.sleep(0.05)


def upgrade(conn: sqlite3.Connection, path: pathlib.Path) -> int:
    """Create or migrate the schema to LATEST, one transaction per step; returns the version."""
    version = schema_version(conn, path)
    refuse_newer(version, path)
    if version == LATEST:
        return version
    while True:
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = schema_version(conn, path)  # another process may have moved it on
            refuse_newer(version, path)
            if version == LATEST:
                conn.execute("COMMIT")
                return version
            for statement in split_statements(script_for(version + 1)):
                conn.execute(statement)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


def open_database(path: pathlib.Path) -> tuple[sqlite3.Connection, bool]:
    """Open, check and upgrade the library file; returns (connection, read_only).

    A file this process may not write is opened read-only, so listing and
    exporting still work and only saving fails, with a clear message.
    """
    check_header(path)
    read_only = not writable(path)
    if read_only and not path.exists():
        raise StoreError(f"cannot create the library in {path.parent}: the directory is read-only")
    with guarded(path):
        conn = connect(path, read_only=read_only)
        try:
            version = schema_version(conn, path)
            refuse_newer(version, path)
            if read_only:
                if version < LATEST:
                    raise StoreError(
                        f"the library {path} needs an upgrade but is read-only; make it writable"
                    )
                return conn, True
            _enable_wal(conn)
            conn.execute("PRAGMA synchronous = FULL")
            upgrade(conn, path)
        except BaseException:
            conn.close()
            raise
    return conn, False


@contextlib.contextmanager
def write_transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One durable write: BEGIN IMMEDIATE … COMMIT, rolled back on any failure."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
        raise
