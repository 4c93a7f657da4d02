"""Shared fixtures: paths to the bundled and copied articles, an isolated data dir."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SAMPLE = ROOT / "assets" / "sample_article.txt"


@pytest.fixture(autouse=True)
def _isolated_state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data dir and home, so no test touches real state."""
    data_dir = tmp_path / "briefing-data"
    monkeypatch.setenv("BRIEFING_DATA_DIR", str(data_dir))
    monkeypatch.setenv("NLTK_DATA", str(tmp_path / "no-nltk-data"))
    return data_dir


@pytest.fixture
def sample_path() -> Path:
    """The bundled sample article."""
    return SAMPLE
