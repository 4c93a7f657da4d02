"""Reopening fast: an unchanged file is found by its fingerprint, unparsed; start-up holds the GC."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from briefing.analysis import loading
from briefing.analysis.decoding import decode_article
from briefing.analysis.limits import DEFAULT_LIMITS, Limits
from briefing.analysis.reading import input_fingerprint
from briefing.cli.reader import _stored_or_pending
from briefing.store.library import Library
from briefing.ui.app import BriefingApp, make_app
from briefing.ui.screens.reader import ReaderScreen
from briefing.workflow import import_article
from tests.ui.conftest import settle


def _refuse_parsing(*args: object, **kwargs: object) -> object:
    raise AssertionError("the file was parsed again")


def _open(library: Library, path: Path, limits: Limits = DEFAULT_LIMITS) -> tuple[str, bool]:
    """Open ``path`` as the reader does: (article id, whether it had to be parsed)."""
    data = path.read_bytes()
    text = decode_article(data, str(path))
    document, article_id, pending = _stored_or_pending(library, str(path), data, text, limits)
    if pending is None:
        assert document is not None and article_id is not None
        assert document.source == str(path.resolve())
        return article_id, False
    assert document is None and article_id is None
    record, _document = import_article(library, pending)
    return record.id, True


def test_an_unchanged_file_is_not_parsed_again(
    tmp_path: Path, sample_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = tmp_path / "article.txt"
    article.write_bytes(sample_path.read_bytes())
    with Library.open(tmp_path / "data") as library:
        first_id, parsed = _open(library, article)
        assert parsed
        monkeypatch.setattr(loading, "document_from_text", _refuse_parsing)
        again_id, parsed = _open(library, article)
    assert again_id == first_id and not parsed


def test_changed_bytes_or_another_suffix_are_parsed(tmp_path: Path, sample_path: Path) -> None:
    article = tmp_path / "article.txt"
    data = sample_path.read_bytes()
    article.write_bytes(data)
    changed = data + b"\n\nA new closing paragraph was added to the article today.\n"
    assert input_fingerprint(data, "a.txt") != input_fingerprint(changed, "a.txt")
    assert input_fingerprint(data, "a.txt") != input_fingerprint(data, "a.md")
    with Library.open(tmp_path / "data") as library:
        first_id, _parsed = _open(library, article)
        article.write_bytes(changed)
        changed_id, parsed = _open(library, article)
        assert parsed and changed_id != first_id
        assert "new closing paragraph" in library.load_document(changed_id).text
        # the path now points at the new text: its old bytes are not taken as current
        old = input_fingerprint(data, article.name)
        assert library.find_unchanged(str(article.resolve()), old) is None


def test_a_stored_article_over_the_sentence_limit_is_still_refused(
    tmp_path: Path, sample_path: Path
) -> None:
    article = tmp_path / "article.txt"
    article.write_bytes(sample_path.read_bytes())
    with Library.open(tmp_path / "data") as library:
        _open(library, article)
        with pytest.raises(loading.InputError, match="max-sentences"):
            _open(library, article, Limits(max_sentences=2))


async def test_the_collector_held_off_for_start_up_runs_again_after_the_first_frame(
    briefed_app: BriefingApp,
) -> None:
    gc.disable()
    try:
        async with briefed_app.run_test(size=(120, 40)) as pilot:
            await settle(briefed_app, pilot)
            assert gc.isenabled()
            assert gc.get_freeze_count() > 0
    finally:
        gc.enable()
        gc.unfreeze()


async def test_a_changed_file_reopens_parsed_anew_with_its_notes_moved_over(
    tmp_path: Path, sample_path: Path
) -> None:
    article = tmp_path / "article.txt"
    article.write_bytes(sample_path.read_bytes())
    with Library.open(tmp_path / "data") as library:
        first_id, _parsed = _open(library, article)
        sentence = library.load_document(first_id).sentence(3)
        library.add_note(first_id, 3, "check this")
        changed = b"An editor's note was added at the top today.\n\n" + article.read_bytes()
        article.write_bytes(changed)
        data = article.read_bytes()
        text = decode_article(data, str(article))
        _doc, _aid, pending = _stored_or_pending(library, str(article), data, text, DEFAULT_LIMITS)
        assert pending is not None  # the bytes changed: parsed in the reader's worker
        app = make_app(library=library, pending=pending)
        async with app.run_test(size=(120, 40)) as pilot:
            await app.workers.wait_for_complete()
            await settle(app, pilot)
            await app.workers.wait_for_complete()
            screen = app.screen
            assert isinstance(screen, ReaderScreen) and screen.article_id not in (None, first_id)
            assert screen.article_id is not None
            notes = library.notes(screen.article_id)
            assert [n.text for n in notes] == ["check this"]
            assert notes[0].sentence_id is not None
            moved = screen.document.sentence(notes[0].sentence_id) if screen.document else None
            assert moved is not None and moved.text == sentence.text
            assert notes[0].sentence_id in screen.markers.sentences
