"""The Library: one object the reader and the CLI share for articles, briefings, state and notes.

Every write is one ``BEGIN IMMEDIATE`` transaction on a connection with
``synchronous=FULL``, so when a method returns its change is on disk; two
processes writing at once wait for each other (busy timeout) instead of
failing. Every SQLite failure surfaces as a one-line StoreError.
"""

from __future__ import annotations

import contextlib
import json
import os
import pathlib
import sqlite3
import threading
import time
from collections.abc import Iterator
from types import TracebackType
from typing import TYPE_CHECKING

from briefing.store import db
from briefing.store.anchoring import normalized
from briefing.store.documents import article_id as text_id
from briefing.store.documents import decode_document, encode_document
from briefing.store.errors import StoreError
from briefing.store.models import ANCHOR_KINDS, ArticleRecord, Note, ReadingState
from briefing.store.paths import database_path, resolve_data_dir
from briefing.store.rows import NOTE_SQL, RECORD_SQL, is_local_source, json_map, to_note, to_record

if TYPE_CHECKING:
    from briefing.analysis.briefing import Briefing
    from briefing.analysis.document import Document


class Library:
    """The per-user library in ``data_dir``; a context manager closing its connection."""

    data_dir: pathlib.Path
    path: pathlib.Path
    """The SQLite file."""
    read_only: bool
    """True when the file could only be opened for reading: every write raises StoreError."""

    def __init__(
        self, data_dir: pathlib.Path, path: pathlib.Path, conn: sqlite3.Connection, read_only: bool
    ) -> None:
        self.data_dir = data_dir
        self.path = path
        self.read_only = read_only
        self._conn = conn
        self._lock = threading.RLock()

    @classmethod
    def open(cls, data_dir: pathlib.Path | None = None) -> Library:
        """Open (creating or migrating) the library; StoreError for a file it must not touch."""
        directory = resolve_data_dir(data_dir)
        path = database_path(directory)
        conn, read_only = db.open_database(path)
        return cls(directory, path, conn, read_only)

    def close(self) -> None:
        """Close the connection; every write was already committed."""
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @contextlib.contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        with self._lock, db.guarded(self.path):
            yield self._conn

    @contextlib.contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        if self.read_only:
            raise StoreError(f"cannot save to {self.path}: the library file is read-only")
        with self._lock, db.guarded(self.path), db.write_transaction(self._conn) as conn:
            yield conn

    # Articles ---------------------------------------------------------------------------

    def add_article(self, document: Document, fingerprint: str | None = None) -> ArticleRecord:
        """Store the article (idempotent by id), mark it opened now, and let notes follow it.

        When a path now holds a different text, the notes of the version it held
        before move to the new version, where they re-anchor by sentence text.
        ``fingerprint`` (of the bytes read from the path) lets the next opening
        of an unchanged file skip loading it: see :meth:`find_unchanged`.
        """
        aid = text_id(document.text)
        now = time.time()
        source = document.source
        with self._writing() as conn:
            exists = conn.execute("SELECT 1 FROM articles WHERE id = ?", (aid,)).fetchone()
            if exists is None:
                conn.execute(
                    "INSERT INTO articles (id, title, source, added, last_opened, read, text,"
                    " document) VALUES (?, ?, ?, ?, ?, 0, ?, ?)",
                    (
                        aid,
                        document.title,
                        source,
                        now,
                        now,
                        document.text,
                        encode_document(document),
                    ),
                )
            else:
                conn.execute(
                    "UPDATE articles SET last_opened = ?, superseded_by = NULL,"
                    " title = coalesce(?, title),"
                    " source = CASE WHEN ? IS NULL OR (? = '-' AND source IS NOT NULL)"
                    " THEN source ELSE ? END WHERE id = ?",
                    (now, document.title, source, source, source, aid),
                )
            if is_local_source(source):
                self._point_source(conn, str(source), aid, now, fingerprint)
        found = self.get_article(aid)
        assert found is not None
        return found

    def _point_source(
        self, conn: sqlite3.Connection, source: str, aid: str, now: float, fingerprint: str | None
    ) -> None:
        row = conn.execute(
            "SELECT article_id FROM article_sources WHERE source = ?", (source,)
        ).fetchone()
        conn.execute(
            "INSERT OR REPLACE INTO article_sources (source, article_id, seen, fingerprint)"
            " VALUES (?, ?, ?, ?)",
            (source, aid, now, fingerprint),
        )
        previous = row[0] if row else None
        if previous is None or previous == aid:
            return
        still_used = conn.execute(
            "SELECT 1 FROM article_sources WHERE article_id = ? LIMIT 1", (previous,)
        ).fetchone()
        if still_used:
            return  # the old text is still the current version of another path
        conn.execute("UPDATE notes SET article_id = ? WHERE article_id = ?", (aid, previous))
        conn.execute("UPDATE articles SET superseded_by = ? WHERE id = ?", (aid, previous))

    def find_unchanged(self, source: str, fingerprint: str) -> str | None:
        """The article last read from ``source`` if the bytes there still have this fingerprint."""
        with self._reading() as conn:
            row = conn.execute(
                "SELECT s.article_id FROM article_sources s JOIN articles a ON a.id = s.article_id"
                " WHERE s.source = ? AND s.fingerprint = ? AND a.superseded_by IS NULL",
                (source, fingerprint),
            ).fetchone()
        return None if row is None else str(row[0])

    def get_article(self, article_id: str) -> ArticleRecord | None:
        """The article with this exact id, or None."""
        with self._reading() as conn:
            row = conn.execute(RECORD_SQL + " WHERE a.id = ?", (article_id,)).fetchone()
        return to_record(row) if row else None

    def find_article(self, path_or_id: str) -> ArticleRecord | None:
        """By exact id, else by source (a path is made absolute), else by a unique id prefix."""
        if not path_or_id:
            return None
        found = self.get_article(path_or_id)
        if found is not None:
            return found
        candidates = [path_or_id]
        if "://" not in path_or_id and path_or_id != "-":
            candidates.insert(0, os.path.abspath(path_or_id))
        with self._reading() as conn:
            for source in candidates:
                row = conn.execute(
                    "SELECT article_id FROM article_sources WHERE source = ?", (source,)
                ).fetchone()
                if row is None:
                    row = conn.execute(
                        "SELECT id FROM articles WHERE source = ? AND superseded_by IS NULL"
                        " ORDER BY coalesce(last_opened, added) DESC LIMIT 1",
                        (source,),
                    ).fetchone()
                if row is not None:
                    return self.get_article(row[0])
            prefix = path_or_id.lower()
            if len(prefix) < 4 or any(c not in "0123456789abcdef" for c in prefix):
                return None
            rows = conn.execute(
                "SELECT id FROM articles WHERE id >= ? AND id < ? LIMIT 2",
                (prefix, prefix + "g"),
            ).fetchall()
        if len(rows) > 1:
            raise StoreError(f"the id prefix {prefix} matches several articles; give more of it")
        return self.get_article(rows[0][0]) if rows else None

    def list_articles(self, query: str = "") -> list[ArticleRecord]:
        """Current articles, most recently opened first; ``query`` filters title and source."""
        sql = RECORD_SQL + " WHERE a.superseded_by IS NULL"
        params: list[str] = []
        if query:
            pattern = (
                "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            )
            sql += " AND (a.title LIKE ? ESCAPE '\\' OR a.source LIKE ? ESCAPE '\\')"
            params = [pattern, pattern]
        sql += " ORDER BY coalesce(a.last_opened, a.added) DESC, a.added DESC"
        with self._reading() as conn:
            return [to_record(row) for row in conn.execute(sql, params)]

    def load_document(self, article_id: str) -> Document:
        """The article rebuilt from the stored text, with the same sentence ids; no file needed."""
        with self._reading() as conn:
            row = conn.execute(
                "SELECT text, document, source FROM articles WHERE id = ?", (article_id,)
            ).fetchone()
        if row is None:
            raise StoreError(f"no article {article_id[:12]} in the library")
        try:
            return decode_document(row[0], row[1], row[2])
        except (ValueError, KeyError, TypeError, IndexError) as error:
            raise db.damaged(
                self.path, f"article {article_id[:12]} cannot be read: {error}"
            ) from None

    def set_read(self, article_id: str, read: bool) -> None:
        """Mark the article read or unread."""
        with self._writing() as conn:
            conn.execute("UPDATE articles SET read = ? WHERE id = ?", (int(read), article_id))

    def forget(self, article_id: str) -> None:
        """Remove the article, the earlier versions whose notes it took over, and all their data."""
        with self._writing() as conn:
            ids = [
                row[0]
                for row in conn.execute(
                    "WITH RECURSIVE chain(id) AS (SELECT ? UNION"
                    " SELECT a.id FROM articles a JOIN chain c ON a.superseded_by = c.id)"
                    " SELECT id FROM chain",
                    (article_id,),
                )
            ]
            conn.executemany("DELETE FROM articles WHERE id = ?", [(i,) for i in ids])

    # Cached briefings -------------------------------------------------------------------

    def cached_briefing(self, article_id: str, options_key: str) -> Briefing | None:
        """The briefing computed earlier with these options, or None (also if it is stale)."""
        with self._reading() as conn:
            row = conn.execute(
                "SELECT data FROM briefings WHERE article_id = ? AND options_key = ?",
                (article_id, options_key),
            ).fetchone()
        if row is None:
            return None
        from briefing.analysis.briefing import Briefing

        try:
            return Briefing.from_dict(json.loads(row[0]))
        except (ValueError, KeyError, TypeError, IndexError):
            return None  # written by another analysis version: recompute

    def cache_briefing(self, article_id: str, options_key: str, briefing: Briefing) -> None:
        """Keep a computed briefing so reopening the article is instant."""
        data = json.dumps(briefing.to_dict(), ensure_ascii=False, separators=(",", ":"))
        with self._writing() as conn:
            self._require(conn, article_id)
            conn.execute(
                "INSERT OR REPLACE INTO briefings (article_id, options_key, data, created)"
                " VALUES (?, ?, ?, ?)",
                (article_id, options_key, data, time.time()),
            )

    def _require(self, conn: sqlite3.Connection, article_id: str) -> None:
        if conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is None:
            raise StoreError(f"no article {article_id[:12]} in the library")

    # Reading state ----------------------------------------------------------------------

    def reading_state(self, article_id: str) -> ReadingState:
        """Where the reader left the article; the default state for a new one."""
        with self._reading() as conn:
            row = conn.execute(
                "SELECT pane, selected, scroll, progress, summarizer, summary_length"
                " FROM reading_state WHERE article_id = ?",
                (article_id,),
            ).fetchone()
        if row is None:
            return ReadingState()
        return ReadingState(
            pane=str(row[0]),
            selected=json_map(row[1], int),
            scroll=json_map(row[2], float),
            progress=float(row[3]),
            summarizer=None if row[4] is None else str(row[4]),
            summary_length=None if row[5] is None else int(row[5]),
        )

    def save_reading_state(self, article_id: str, state: ReadingState) -> None:
        """Remember where the reader is in the article."""
        progress = min(1.0, max(0.0, float(state.progress)))
        with self._writing() as conn:
            self._require(conn, article_id)
            conn.execute(
                "INSERT OR REPLACE INTO reading_state (article_id, pane, selected, scroll, progress,"
                " summarizer, summary_length) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    article_id,
                    state.pane,
                    json.dumps(state.selected, ensure_ascii=False),
                    json.dumps(state.scroll, ensure_ascii=False),
                    progress,
                    state.summarizer,
                    state.summary_length,
                ),
            )

    # Notes ------------------------------------------------------------------------------

    def add_note(
        self,
        article_id: str,
        sentence_id: int,
        text: str,
        item_kind: str = "sentence",
        item_key: str | None = None,
    ) -> Note:
        """Save a note on a sentence (and the briefing item it was written on); durable on return."""
        if item_kind not in ANCHOR_KINDS:
            raise StoreError(
                f"a note can be attached to {', '.join(ANCHOR_KINDS)}, not {item_kind!r}"
            )
        if not text.strip():
            raise StoreError("the note is empty; write some text")
        document = self.load_document(article_id)
        if not 1 <= sentence_id <= len(document.sentences):
            raise StoreError(
                f"sentence {sentence_id} does not exist; the article has sentences"
                f" 1 to {len(document.sentences)}"
            )
        sentence_text = document.sentence(sentence_id).text
        now = time.time()
        with self._writing() as conn:
            self._require(conn, article_id)
            cursor = conn.execute(
                "INSERT INTO notes (article_id, sentence_id, sentence_text, item_kind, item_key,"
                " text, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (article_id, sentence_id, sentence_text, item_kind, item_key, text, now, now),
            )
            note_id = cursor.lastrowid
        assert note_id is not None
        return Note(
            note_id,
            article_id,
            sentence_id,
            sentence_text,
            item_kind,
            item_key,
            text,
            now,
            now,
            "anchored",
        )

    def notes(self, article_id: str) -> list[Note]:
        """The article's notes re-anchored to its text, in sentence order, orphans last."""
        with self._reading() as conn:
            rows = conn.execute(NOTE_SQL + " WHERE article_id = ?", (article_id,)).fetchall()
        if not rows:
            return []
        texts = [s.text for s in self.load_document(article_id).sentences]
        normal = normalized(texts)
        found = [to_note(row, texts, normal) for row in rows]
        return sorted(
            found,
            key=lambda n: (n.sentence_id is None, n.sentence_id or 0, n.created, n.id),
        )

    def note(self, note_id: int) -> Note:
        """One note by id, re-anchored; StoreError if there is none."""
        with self._reading() as conn:
            row = conn.execute(NOTE_SQL + " WHERE id = ?", (note_id,)).fetchone()
        if row is None:
            raise StoreError(f"there is no note {note_id}; `briefing notes list PATH` shows ids")
        texts = [s.text for s in self.load_document(row[1]).sentences]
        return to_note(row, texts)

    def edit_note(self, note_id: int, text: str) -> Note:
        """Replace a note's text; its anchor stays."""
        if not text.strip():
            raise StoreError("the note is empty; to delete it use `briefing notes rm ID`")
        with self._writing() as conn:
            cursor = conn.execute(
                "UPDATE notes SET text = ?, updated = ? WHERE id = ?", (text, time.time(), note_id)
            )
            if cursor.rowcount == 0:
                raise StoreError(
                    f"there is no note {note_id}; `briefing notes list PATH` shows ids"
                )
        return self.note(note_id)

    def delete_note(self, note_id: int) -> None:
        """Delete a note for good."""
        with self._writing() as conn:
            cursor = conn.execute("DELETE FROM notes WHERE id = ?", (note_id,))
            if cursor.rowcount == 0:
                raise StoreError(
                    f"there is no note {note_id}; `briefing notes list PATH` shows ids"
                )

    def articles_with_notes(self) -> list[ArticleRecord]:
        """Every article that has notes, most recently opened first (for exports)."""
        return [a for a in self.list_articles() if a.note_count]

    def integrity_check(self) -> list[str]:
        """``PRAGMA integrity_check`` rows: ``["ok"]`` for a sound file."""
        with self._reading() as conn:
            return [str(row[0]) for row in conn.execute("PRAGMA integrity_check")]
