"""The JSON of ``briefing show --format json`` is the schema-1 contract, checked through the CLI.

Scripts depend on these field names and types, so every field the contract names
is checked on a real article, and the output must rebuild into the same Briefing.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from briefing.analysis.briefing import Briefing
from tests.cli.show_run import show

SAMPLE = Path(__file__).resolve().parents[2] / "assets" / "sample_article.txt"
KINDS = {"person", "organisation", "country", "group", "place"}


def _show_json(*args: str) -> dict[str, Any]:
    run = show(str(SAMPLE), "--format", "json", *args)
    assert run.code == 0, run.err
    data = json.loads(run.out)
    assert isinstance(data, dict)
    return data


def _check_sentences(data: dict[str, Any]) -> set[int]:
    sentences = data["sentences"]
    assert [s["id"] for s in sentences] == list(range(1, len(sentences) + 1))
    paragraphs = [s["paragraph"] for s in sentences]
    assert paragraphs == sorted(paragraphs)
    for sentence in sentences:
        assert isinstance(sentence["text"], str) and sentence["text"]
        assert " ".join(sentence["text"].split()) == sentence["text"]
        assert isinstance(sentence["paragraph"], int)
    return {s["id"] for s in sentences}


def test_every_contract_field_has_its_type() -> None:
    data = _show_json("--sentences", "3")
    assert data["schema"] == 1
    assert data["title"] is None or isinstance(data["title"], str)
    ids = _check_sentences(data)
    summary = data["summary"]
    assert isinstance(summary["algorithm"], str) and summary["algorithm"]
    chosen = [item["sentence"] for item in summary["items"]]
    assert len(chosen) == 3 and chosen == sorted(chosen) and set(chosen) <= ids
    assert all(isinstance(item["score"], float) for item in summary["items"])
    for player in data["players"]:
        assert isinstance(player["name"], str) and player["kind"] in KINDS
        assert player["role"] is None or isinstance(player["role"], str)
        assert all(isinstance(alias, str) for alias in player["aliases"])
        assert isinstance(player["mentions"], int) and set(player["sentences"]) <= ids
    for issue in data["open_issues"]:
        assert issue["sentence"] in ids and isinstance(issue["why"], str)
    for step in data["next_steps"]:
        assert step["sentence"] in ids and isinstance(step["why"], str)
        assert step["when"] is None or isinstance(step["when"], str)
        assert all(isinstance(who, str) for who in step["who"])


def test_cli_json_rebuilds_the_same_briefing() -> None:
    data = _show_json()
    assert Briefing.from_dict(data).to_dict() == data


def test_summarizer_and_ratio_reach_the_json() -> None:
    data = _show_json("--summarizer", "luhn", "--ratio", "0.5")
    assert data["summary"]["algorithm"] == "luhn"
    total = len(data["sentences"])
    assert 1 <= len(data["summary"]["items"]) <= total // 2 + 1
