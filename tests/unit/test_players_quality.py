"""Key players against the dev data: the targets of benchmarks/players_quality.py hold.

The scoring (what matches, what counts) lives in the benchmark script and is
documented there; these tests fail when a change makes a figure drop below its
target.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from briefing.analysis.loading import document_from_text
from briefing.analysis.players import find_players

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    """The benchmark script, imported as a module."""
    path = ROOT / "benchmarks" / "players_quality.py"
    spec = importlib.util.spec_from_file_location("players_quality", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["players_quality"] = module
    spec.loader.exec_module(module)
    return module


def test_annotated_articles_meet_recall_precision_and_role_targets(bench: ModuleType) -> None:
    score = bench.score_annotations()
    assert score.core == 43
    assert score.core_found / score.core >= 0.9
    assert score.listed_real / score.listed >= 0.8
    assert score.roles >= 20
    assert score.roles_right / score.roles >= 0.7


def test_gum_central_entities_are_among_the_top_ten(bench: ModuleType) -> None:
    score = bench.score_gum()
    assert score.named == 21
    assert score.named_found / score.named >= 0.85


def test_extraction_is_fast(bench: ModuleType) -> None:
    milliseconds, words = bench.speed()
    assert words == 1000
    assert milliseconds < 50


def test_the_sample_article_lists_its_expected_players() -> None:
    text = (ROOT / "assets" / "sample_article.txt").read_text("utf-8")
    found = {p.name: p for p in find_players(document_from_text(text))}
    expected = {
        "Antony Blinken": "US Secretary of State",
        "Wang Yi": None,
        "Qin Gang": "Foreign Minister",
        "Xi Jinping": "President",
        "Joe Biden": "US President",
        "Bill Gates": "American billionaire",
        "Li Shangfu": "Chinese Defence Minister",
        "Lloyd Austin": "US counterpart",
    }
    for name, role in expected.items():
        assert found[name].kind == "person"
        assert found[name].role == role
    for name in ("China", "US"):
        assert found[name].kind == "country"
    for name in ("State Department", "Pentagon"):
        assert found[name].kind == "organisation"
    assert "Mr Blinken" in found["Antony Blinken"].aliases
    assert "Mr Qin" in found["Qin Gang"].aliases
    assert "Mr Xi" in found["Xi Jinping"].aliases
    assert "US government" in found["US"].aliases
    for junk in ("State", "Defence", "Monday", "February", "Beijing", "Singapore", "Chinese"):
        assert junk not in found


def test_benchmark_matching_rules(bench: ModuleType) -> None:
    from briefing.analysis.players import Player

    player = Player("Cres Eastman", "person", None, ("Professor Eastman",), 3, (1,))
    assert bench.names_match(player, ["Professor Cres Eastman"])
    assert bench.names_match(Player("US", "country", None, (), 1, (1,)), ["the United States"])
    assert not bench.names_match(Player("US", "country", None, (), 1, (1,)), ["US Navy"])
    assert bench.role_correct("Afghan team’s coach", "Afghan team's coach")
    assert not bench.role_correct(None, "mayor")
    assert not bench.role_correct("activist", "mayor")
