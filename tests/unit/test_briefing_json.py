"""The JSON contract of ``briefing show --format json`` and the Python API."""

from __future__ import annotations

import json
from pathlib import Path

import briefing
from briefing.analysis.briefing import Briefing


def test_round_trip_through_briefing_is_exact(sample_path: Path) -> None:
    result = briefing.analyze(sample_path.read_text(encoding="utf-8"))
    data = result.to_dict()
    assert Briefing.from_dict(json.loads(json.dumps(data))).to_dict() == data


def test_contract_fields_and_types(sample_path: Path) -> None:
    data = briefing.analyze(sample_path.read_text(encoding="utf-8"), sentences=4).to_dict()
    assert data["schema"] == 1
    assert data["title"] is None or isinstance(data["title"], str)
    ids = [s["id"] for s in data["sentences"]]
    assert ids == list(range(1, len(ids) + 1))
    assert all(
        isinstance(s["text"], str) and isinstance(s["paragraph"], int) for s in data["sentences"]
    )
    items = data["summary"]["items"]
    assert len(items) == 4
    assert [i["sentence"] for i in items] == sorted(i["sentence"] for i in items)
    assert all(isinstance(i["score"], float) for i in items)
    for key in ("players", "open_issues", "next_steps"):
        assert isinstance(data[key], list)


def test_sentence_text_is_the_articles_wording(sample_path: Path) -> None:
    text = sample_path.read_text(encoding="utf-8")
    folded = " ".join(text.split())
    for sentence in briefing.analyze(text).to_dict()["sentences"]:
        assert sentence["text"] in folded


def test_split_sentences_api() -> None:
    assert briefing.split_sentences("Mr. Smith left. He was late.") == [
        "Mr. Smith left.",
        "He was late.",
    ]
