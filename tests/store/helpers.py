"""Builders shared by the store tests: articles from the fixtures, CLI runs in subprocesses."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from briefing.analysis.document import Document
from briefing.analysis.loading import document_from_text, load_document
from tests.conftest import FIXTURES, ROOT

ARTICLES = sorted((FIXTURES / "articles").glob("*.txt"))


def fixture_document(name: str = "news_korea.txt") -> Document:
    """A real article from the fixtures, loaded as the CLI loads it."""
    return load_document(str(FIXTURES / "articles" / name))


def text_document(text: str, source: str | None = None) -> Document:
    """A document built from text, as if read from ``source``."""
    return document_from_text(text, source=source)


def run_cli(
    *args: str, data_dir: Path, stdin: str | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """Run the real ``briefing`` command in a fresh interpreter."""
    env = dict(os.environ, BRIEFING_DATA_DIR=str(data_dir), PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "briefing", *args],
        input=stdin if stdin is not None else "",
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        cwd=ROOT,
    )
