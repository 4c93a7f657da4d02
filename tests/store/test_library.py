"""The Library API as the reader and the CLI use it."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from briefing.analysis.briefing import AnalysisOptions, analyze_document
from briefing.store.errors import StoreError
from briefing.store.library import Library
from briefing.store.models import ReadingState
from briefing.store.paths import resolve_data_dir
from tests.store.helpers import ARTICLES, fixture_document, text_document


def test_data_dir_precedence_and_private_modes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRIEFING_DATA_DIR", str(tmp_path / "from-env"))
    assert resolve_data_dir(tmp_path / "from-flag") == tmp_path / "from-flag"
    assert resolve_data_dir(None) == tmp_path / "from-env"
    monkeypatch.delenv("BRIEFING_DATA_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert resolve_data_dir(None) == tmp_path / "xdg" / "briefing"
    with Library.open(tmp_path / "fresh") as library:
        library.add_article(fixture_document())
    assert stat.S_IMODE(os.stat(tmp_path / "fresh").st_mode) == 0o700
    for path in (tmp_path / "fresh").iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name


def test_every_fixture_round_trips_with_the_same_sentence_ids() -> None:
    with Library.open() as library:
        for path in ARTICLES:
            document = fixture_document(path.name)
            record = library.add_article(document)
            assert library.load_document(record.id) == document
    assert len(ARTICLES) >= 10


def test_add_article_is_idempotent_and_touches_last_opened() -> None:
    document = fixture_document()
    with Library.open() as library:
        first = library.add_article(document)
        second = library.add_article(document)
        assert first.id == second.id and first.added == second.added
        assert second.last_opened is not None and second.last_opened >= first.added
        assert len(library.list_articles()) == 1
        assert first.title == document.title and first.source == document.source


def test_list_is_newest_first_and_filters() -> None:
    with Library.open() as library:
        korea = library.add_article(fixture_document("news_korea.txt"))
        taxes = library.add_article(fixture_document("news_taxes.txt"))
        assert [a.id for a in library.list_articles()] == [taxes.id, korea.id]
        library.add_article(fixture_document("news_korea.txt"))
        assert [a.id for a in library.list_articles()] == [korea.id, taxes.id]
        assert [a.id for a in library.list_articles("italy")] == [taxes.id]
        assert library.list_articles("100%_") == []


def test_find_by_path_id_and_prefix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Library.open() as library:
        record = library.add_article(fixture_document())
        assert record.source is not None
        monkeypatch.chdir(Path(record.source).parent)
        assert library.find_article(Path(record.source).name) == record
        assert library.find_article(record.id) == record
        assert library.find_article(record.id[:8]) == record
        assert library.find_article("nothing-like-this") is None


def test_cached_briefing_round_trips_and_is_keyed_by_options() -> None:
    document = fixture_document()
    options = AnalysisOptions(sentences=3)
    with Library.open() as library:
        record = library.add_article(document)
        assert library.cached_briefing(record.id, options.key()) is None
        result = analyze_document(document, options)
        library.cache_briefing(record.id, options.key(), result)
        assert library.cached_briefing(record.id, options.key()) == result
        assert library.cached_briefing(record.id, AnalysisOptions(sentences=4).key()) is None


def test_reading_state_and_read_flag() -> None:
    with Library.open() as library:
        record = library.add_article(fixture_document())
        assert library.reading_state(record.id) == ReadingState()
        state = ReadingState("players", {"players": 2}, {"article": 12.5}, 0.4, "lexrank", 5)
        library.save_reading_state(record.id, state)
        library.set_read(record.id, True)
    with Library.open() as library:
        assert library.reading_state(record.id) == state
        found = library.get_article(record.id)
        assert found is not None and found.read and found.progress == pytest.approx(0.4)


def test_notes_crud_in_sentence_order() -> None:
    with Library.open() as library:
        record = library.add_article(fixture_document())
        late = library.add_note(record.id, 7, "later sentence")
        early = library.add_note(record.id, 2, "on the player", "player", "KCNA")
        assert [n.id for n in library.notes(record.id)] == [early.id, late.id]
        edited = library.edit_note(late.id, "changed")
        assert edited.text == "changed" and edited.updated >= late.updated
        library.delete_note(early.id)
        assert [n.text for n in library.notes(record.id)] == ["changed"]
        assert library.get_article(record.id).note_count == 1  # type: ignore[union-attr]
        with pytest.raises(StoreError):
            library.add_note(record.id, 10_000, "no such sentence")
        with pytest.raises(StoreError):
            library.add_note(record.id, 1, "   ")
        with pytest.raises(StoreError):
            library.edit_note(99_999, "x")


def test_forget_removes_everything_of_the_article() -> None:
    with Library.open() as library:
        record = library.add_article(fixture_document())
        other = library.add_article(fixture_document("news_taxes.txt"))
        library.add_note(record.id, 1, "gone soon")
        library.add_note(other.id, 1, "stays")
        library.cache_briefing(record.id, "k", analyze_document(fixture_document()))
        library.save_reading_state(record.id, ReadingState(progress=0.5))
        library.forget(record.id)
        assert library.get_article(record.id) is None
        assert library.notes(other.id)[0].text == "stays"
        counts = [
            library._conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("briefings", "reading_state", "article_sources")
        ]
        assert counts == [0, 0, 1]


def test_same_text_from_stdin_keeps_the_file_source() -> None:
    text = "A first sentence of the piece. A second one follows it."
    with Library.open() as library:
        record = library.add_article(text_document(text, source="/articles/piece.txt"))
        again = library.add_article(text_document(text, source="-"))
        assert again.id == record.id
        assert again.source == "/articles/piece.txt"


def test_connection_settings_that_durability_relies_on() -> None:
    with Library.open() as library:
        conn = library._conn
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
