"""Stores written by every earlier schema version open, upgrade and keep all their notes."""

from __future__ import annotations

import hashlib
import sqlite3
import time
from pathlib import Path

import pytest

from briefing.store.db import split_statements
from briefing.store.documents import article_id, encode_document
from briefing.store.errors import StoreError
from briefing.store.library import Library
from briefing.store.paths import database_path
from briefing.store.schema import LATEST, script_for
from tests.store.helpers import fixture_document


def build_store(path: Path, version: int) -> None:
    """A store exactly as briefing at schema ``version`` wrote it."""
    conn = sqlite3.connect(path, isolation_level=None)
    for step in range(1, version + 1):
        conn.execute("BEGIN")
        for statement in split_statements(script_for(step)):
            conn.execute(statement)
        conn.execute("COMMIT")
    conn.close()


def fill(path: Path, notes_per_article: int = 3) -> dict[str, list[str]]:
    """Articles and notes written with only the columns every version has."""
    conn = sqlite3.connect(path, isolation_level=None)
    expected: dict[str, list[str]] = {}
    now = time.time()
    for name in ("news_korea.txt", "news_taxes.txt"):
        document = fixture_document(name)
        aid = article_id(document.text)
        conn.execute(
            "INSERT INTO articles (id, title, source, added, last_opened, read, text, document)"
            " VALUES (?, ?, ?, ?, ?, 0, ?, ?)",
            (
                aid,
                document.title,
                document.source,
                now,
                now,
                document.text,
                encode_document(document),
            ),
        )
        conn.execute(
            "INSERT INTO reading_state (article_id, pane, selected, scroll) VALUES (?, ?, ?, ?)",
            (aid, "players", '{"players": 1}', '{"article": 3.0}'),
        )
        expected[aid] = []
        for number in range(1, notes_per_article + 1):
            text = f"note {number} on {name}"
            conn.execute(
                "INSERT INTO notes (article_id, sentence_id, sentence_text, text, created, updated)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (aid, number, document.sentence(number).text, text, now, now),
            )
            expected[aid].append(text)
    conn.close()
    return expected


@pytest.mark.parametrize("version", range(1, LATEST))
def test_earlier_store_upgrades_with_all_notes(tmp_path: Path, version: int) -> None:
    path = database_path(tmp_path)
    build_store(path, version)
    expected = fill(path)
    with Library.open(tmp_path) as library:
        for aid, texts in expected.items():
            notes = library.notes(aid)
            assert [n.text for n in notes] == texts
            assert all(n.status == "anchored" and n.item_kind == "sentence" for n in notes)
            state = library.reading_state(aid)
            assert state.selected == {"players": 1}
            assert state.summarizer is None and state.summary_length is None
        assert {a.id for a in library.list_articles()} == set(expected)
        source = fixture_document().source
        assert source is not None and library.find_article(source) is not None
        assert library.integrity_check() == ["ok"]
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT version FROM schema_version").fetchone()[0] == LATEST
    conn.close()


def test_fresh_store_equals_an_upgraded_one(tmp_path: Path) -> None:
    def schema(path: Path) -> list[tuple[str, str]]:
        conn = sqlite3.connect(path)
        rows = conn.execute("SELECT name, sql FROM sqlite_master ORDER BY name").fetchall()
        conn.close()
        return rows

    Library.open(tmp_path / "fresh").close()
    build_store(database_path(tmp_path), 1)
    Library.open(tmp_path).close()
    assert schema(database_path(tmp_path / "fresh")) == schema(database_path(tmp_path))


def test_newer_schema_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = database_path(tmp_path)
    build_store(path, LATEST)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("UPDATE schema_version SET version = ?", (LATEST + 1,))
    conn.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(StoreError) as raised:
        Library.open(tmp_path)
    message = str(raised.value)
    assert "newer" in message and "\n" not in message
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
