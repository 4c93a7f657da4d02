"""Snapshots of the reader, the library and help at a small and a large terminal size.

The briefing comes from the test fixture, not the analysis, so these pictures
change only when the UI does. Update with ``pytest tests/ui --snapshot-update``
after looking at the new pictures.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest
from textual.pilot import Pilot

from briefing.analysis.document import Document
from briefing.store.library import Library
from briefing.ui.app import make_app
from tests.ui.conftest import add_briefed, settle

SIZES = [(80, 24), (160, 48)]


@pytest.fixture(autouse=True)
def _utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Dates in the library are local time: pin the zone so the pictures are stable."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def briefed(library: Library, document: Document) -> Any:
    add_briefed(library, document)
    return make_app(library=library, document=document)


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "160x48"])
def test_reader(snap_compare: Any, library: Library, sample_document: Document, size: Any) -> None:
    app = briefed(library, sample_document)

    async def ready(pilot: Pilot[Any]) -> None:
        await settle(app, pilot)

    assert snap_compare(app, terminal_size=size, run_before=ready)


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "160x48"])
def test_reader_evidence_and_note(
    snap_compare: Any, library: Library, sample_document: Document, size: Any
) -> None:
    article_id = add_briefed(library, sample_document)
    library.add_note(article_id, 6, "ask", "issue", "6")
    app = make_app(library=library, document=sample_document)

    async def jump(pilot: Pilot[Any]) -> None:
        await settle(app, pilot)
        await pilot.press("2", "space", "3", "enter")
        await settle(app, pilot)

    assert snap_compare(app, terminal_size=size, run_before=jump)


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "160x48"])
def test_library(snap_compare: Any, library: Library, sample_document: Document, size: Any) -> None:
    add_briefed(library, sample_document)
    app = make_app(library=library)

    async def ready(pilot: Pilot[Any]) -> None:
        await settle(app, pilot)

    assert snap_compare(app, terminal_size=size, run_before=ready)


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "160x48"])
def test_help(snap_compare: Any, library: Library, sample_document: Document, size: Any) -> None:
    app = briefed(library, sample_document)

    async def ready(pilot: Pilot[Any]) -> None:
        await settle(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=ready)
