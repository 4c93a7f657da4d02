"""Fixtures for the reader's tests: a library with the sample article already briefed.

The briefing is built here, not by the analysis, so the screens under test show
the same items whatever the analysis layer does today, and no test waits for sumy.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing.analysis.agenda import NextStep, OpenIssue
from briefing.analysis.briefing import AnalysisOptions, Briefing
from briefing.analysis.document import Document
from briefing.analysis.loading import load_document
from briefing.analysis.players import Player
from briefing.analysis.summary import Summary, SummaryItem
from briefing.store.library import Library
from briefing.ui.app import BriefingApp, make_app

FIXED_TIME = 1_780_000_000.0
"""A fixed 'added' time (mid-2026, midday UTC), so library snapshots are stable."""


def make_briefing(document: Document) -> Briefing:
    """A briefing with every pane filled, pointing at real sentences of ``document``."""
    count = len(document.sentences)
    scores = tuple(round(1.0 - (i * 7 % count) / count, 3) for i in range(count))
    chosen = sorted(range(1, count + 1), key=lambda s: (-scores[s - 1], s))[:3]
    return Briefing(
        document=document,
        summary=Summary(
            "lexrank",
            tuple(SummaryItem(s, scores[s - 1]) for s in sorted(chosen)),
            scores,
        ),
        players=(
            Player(
                "Antony Blinken", "person", "US Secretary of State", ("Mr Blinken",), 3, (1, 2, 3)
            ),
            Player("Wang Yi", "person", None, (), 1, (2,)),
            Player("China", "country", None, (), 2, (1, 5)),
        ),
        open_issues=(OpenIssue(6, "disagreement: 'at odds'"),),
        next_steps=(NextStep(9, "announced: 'hopes to announce'", "Monday evening", ("US",)),),
    )


def add_briefed(library: Library, document: Document) -> str:
    """Import ``document`` (at a fixed time) and cache its made-up briefing; its id."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(time, "time", lambda: FIXED_TIME)
        record = library.add_article(document)
    library.cache_briefing(record.id, AnalysisOptions().key(), make_briefing(document))
    return record.id


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A fresh data directory for one test."""
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def library(data_dir: Path) -> Iterator[Library]:
    """The library in ``data_dir``, closed after the test."""
    with Library.open(data_dir) as opened:
        yield opened


@pytest.fixture
def sample_document(sample_path: Path) -> Document:
    """The bundled sample article, loaded."""
    return load_document(str(sample_path))


@pytest.fixture
def briefed_app(library: Library, sample_document: Document) -> BriefingApp:
    """The reader on the sample article, its briefing already in the cache."""
    add_briefed(library, sample_document)
    return make_app(library=library, document=sample_document)


async def settle(app: BriefingApp, pilot: object) -> None:
    """Wait for workers and the screen to catch up."""
    from textual.pilot import Pilot

    assert isinstance(pilot, Pilot)
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()
