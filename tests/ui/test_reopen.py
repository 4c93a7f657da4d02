"""Reopening fast: an unchanged file is found by its fingerprint, unparsed; start-up holds the GC."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from briefing.analysis import loading
from briefing.analysis.limits import DEFAULT_LIMITS, Limits
from briefing.analysis.reading import input_fingerprint
from briefing.cli.reader import _open_file
from briefing.store.library import Library
from briefing.ui.app import BriefingApp
from tests.ui.conftest import settle


def _refuse_parsing(*args: object, **kwargs: object) -> object:
    raise AssertionError("the file was parsed again")


def test_an_unchanged_file_is_not_parsed_again(
    tmp_path: Path, sample_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = tmp_path / "article.txt"
    article.write_bytes(sample_path.read_bytes())
    data = article.read_bytes()
    with Library.open(tmp_path / "data") as library:
        first, first_id = _open_file(library, str(article), data, DEFAULT_LIMITS, [])
        monkeypatch.setattr(loading, "document_from_bytes", _refuse_parsing)
        again, again_id = _open_file(library, str(article), data, DEFAULT_LIMITS, [])
    assert again_id == first_id
    assert again.sentences == first.sentences and again.title == first.title
    assert again.source == str(article.resolve())


def test_changed_bytes_or_another_suffix_are_parsed(tmp_path: Path, sample_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_bytes(sample_path.read_bytes())
    data = article.read_bytes()
    changed = data + b"\n\nA new closing paragraph was added to the article today.\n"
    assert input_fingerprint(data, "a.txt") != input_fingerprint(changed, "a.txt")
    assert input_fingerprint(data, "a.txt") != input_fingerprint(data, "a.md")
    with Library.open(tmp_path / "data") as library:
        _first, first_id = _open_file(library, str(article), data, DEFAULT_LIMITS, [])
        article.write_bytes(changed)
        document, changed_id = _open_file(library, str(article), changed, DEFAULT_LIMITS, [])
        assert changed_id != first_id
        assert "new closing paragraph" in document.text
        # the old bytes again: the path points at the new article, so they are parsed anew
        assert (
            library.find_unchanged(str(article.resolve()), input_fingerprint(data, "x.txt")) is None
        )


def test_a_stored_article_over_the_sentence_limit_is_still_refused(
    tmp_path: Path, sample_path: Path
) -> None:
    article = tmp_path / "article.txt"
    article.write_bytes(sample_path.read_bytes())
    data = article.read_bytes()
    with Library.open(tmp_path / "data") as library:
        _open_file(library, str(article), data, DEFAULT_LIMITS, [])
        strict = Limits(max_sentences=2)
        with pytest.raises(loading.InputError, match="max-sentences"):
            _open_file(library, str(article), data, strict, [])


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
