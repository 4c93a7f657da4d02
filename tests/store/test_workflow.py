"""workflow.briefing_for: analyse once, then serve from the cache without loading sumy."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from briefing import workflow
from briefing.analysis.briefing import AnalysisOptions, analyze_document
from briefing.store.library import Library
from tests.conftest import ROOT
from tests.store.helpers import fixture_document

CACHE_HIT = """
import sys
from briefing import workflow
from briefing.analysis.briefing import AnalysisOptions
from briefing.store.library import Library
with Library.open(sys.argv[1]) as library:
    article = library.find_article(sys.argv[2])
    result = workflow.briefing_for(library, article.id, AnalysisOptions(sentences=3))
assert len(result.summary.items) == 3
print(",".join(sorted(m for m in sys.modules if m.split(".")[0] in ("sumy", "numpy", "textual"))))
"""


def test_briefing_for_computes_once_then_caches(tmp_path: Path) -> None:
    document = fixture_document()
    options = AnalysisOptions(sentences=3)
    with Library.open(tmp_path) as library:
        record = workflow.open_article(library, document)
        first = workflow.briefing_for(library, record.id, options)
        assert first == analyze_document(document, options)
        assert library.cached_briefing(record.id, options.key()) == first
        assert workflow.briefing_for(library, record.id, options) == first


def test_cache_hit_does_not_import_sumy(tmp_path: Path) -> None:
    with Library.open(tmp_path) as library:
        record = workflow.open_article(library, fixture_document())
        workflow.briefing_for(library, record.id, AnalysisOptions(sentences=3))
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, "-c", CACHE_HIT, str(tmp_path), record.id],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
