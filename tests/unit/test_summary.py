"""Summaries: every summarizer by name, every sentence scored, lengths at the edges."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

import briefing
from briefing.analysis.briefing import Briefing
from briefing.analysis.document import Document
from briefing.analysis.errors import InputError
from briefing.analysis.loading import document_from_text
from briefing.analysis.summary import (
    DEFAULT_SUMMARIZER,
    SUMMARIZERS,
    Summary,
    greedy,
    newsrank,
    pick,
    rate_sentences,
    summarize,
    summary_length,
)
from briefing.analysis.summary.terms import build_terms
from tests.conftest import FIXTURES, SAMPLE

KOREA = FIXTURES / "articles" / "news_korea.txt"


def _korea() -> str:
    return KOREA.read_text(encoding="utf-8")


def test_default_is_listed_first_then_the_eight_sumy_summarizers() -> None:
    assert SUMMARIZERS[0] == DEFAULT_SUMMARIZER == "briefing"
    assert set(SUMMARIZERS[1:]) == {
        "lexrank",
        "textrank",
        "lsa",
        "luhn",
        "edmundson",
        "kl",
        "sumbasic",
        "reduction",
    }


@pytest.mark.parametrize("name", SUMMARIZERS)
def test_every_summarizer_scores_every_sentence(name: str) -> None:
    document = document_from_text(_korea())
    summary = summarize(document, name, count=3)
    assert summary.algorithm == name
    assert len(summary.scores) == len(document.sentences)
    chosen = [item.sentence for item in summary.items]
    assert chosen == sorted(chosen) and len(chosen) == 3
    assert chosen == pick(summary.scores, 3)
    assert [i.score for i in summary.items] == [summary.scores[i - 1] for i in chosen]


def test_names_are_case_insensitive_and_unknown_names_say_what_to_use() -> None:
    document = document_from_text(_korea())
    assert summarize(document, "LexRank").algorithm == "lexrank"
    with pytest.raises(InputError, match="choose one of briefing, lexrank"):
        summarize(document, "magic")


def test_json_carries_all_scores_and_they_survive_a_round_trip() -> None:
    result = briefing.analyze(_korea(), sentences=2)
    data = json.loads(json.dumps(result.to_dict()))
    assert len(data["summary"]["scores"]) == len(data["sentences"])
    restored = Briefing.from_dict(data)
    assert restored.summary == result.summary
    for n in range(len(data["sentences"]) + 1):
        assert pick(restored.summary.scores, n) == pick(result.summary.scores, n)


def _greedy_reference(text: str, title: str | None) -> list[int]:
    """MMR selection order written out plainly, to check what the scores encode."""
    import numpy as np

    document = document_from_text(text, title=title)
    texts = [s.text for s in document.sentences]
    terms = build_terms(texts)
    relevance = newsrank.relevance(terms, texts, document.title)
    unit, _ = newsrank.unit_vectors(terms)
    similarity = (unit @ unit.T).toarray()
    order: list[int] = []
    for _ in range(min(len(texts), newsrank.GREEDY_LIMIT)):
        gains = [
            -np.inf
            if i in order
            else relevance[i]
            - newsrank.REDUNDANCY * max((similarity[i, j] for j in order), default=0)
            for i in range(len(texts))
        ]
        order.append(int(np.argmax(gains)))
    return order


@pytest.mark.parametrize("name", ["news_korea", "news_iodine", "interview_peres"])
def test_default_scores_give_the_greedy_summary_of_every_length(name: str) -> None:
    text = (FIXTURES / "articles" / f"{name}.txt").read_text(encoding="utf-8")
    document = document_from_text(text)
    scores = rate_sentences(document, "briefing")
    order = _greedy_reference(text, None)
    previous: set[int] = set()
    for n in range(1, len(scores) + 1):
        chosen = set(pick(scores, n))
        assert previous < chosen, "a longer summary keeps the shorter one's sentences"
        if n <= len(order):
            assert chosen == {i + 1 for i in order[:n]}
        previous = chosen


def test_default_beats_lead_on_redundancy_it_avoids_repeating_itself() -> None:
    text = (
        "Storm closes harbour\n\n"
        "A storm closed the harbour on Monday and stranded two ferries.\n\n"
        "A storm closed the harbour on Monday, stranding two ferries.\n\n"
        "Officials said the harbour would reopen on Wednesday once the wind dropped.\n\n"
        "Fishermen said they had lost a week of work."
    )
    chosen = summarize(document_from_text(text), count=2).items
    assert [i.sentence for i in chosen] != [1, 2]


@pytest.mark.parametrize(
    ("total", "count", "ratio", "expected"),
    [
        (0, None, None, 0),
        (0, 3, None, 0),
        (1, None, None, 1),
        (1, 5, None, 1),
        (10, 0, None, 0),
        (10, -2, None, 0),
        (10, 50, None, 10),
        (10, None, 0.0, 0),
        (10, None, 0.01, 1),
        (10, None, 0.25, 3),
        (10, None, 2.0, 10),
        (10, None, -1.0, 0),
        (10, None, float("nan"), 0),
        (40, None, None, 5),
        (500, None, None, 7),
        (4, None, None, 3),
    ],
)
def test_length_is_clamped_at_the_edges(
    total: int, count: int | None, ratio: float | None, expected: int
) -> None:
    assert summary_length(total, count, ratio) == expected


@pytest.mark.parametrize("name", SUMMARIZERS)
def test_one_sentence_article_and_counts_beyond_it(name: str) -> None:
    document = document_from_text("The council approved the new budget on Tuesday.")
    assert len(document.sentences) == 1
    assert [i.sentence for i in summarize(document, name).items] == [1]
    assert [i.sentence for i in summarize(document, name, count=9).items] == [1]
    assert summarize(document, name, count=0).items == ()
    assert summarize(document, name, ratio=0.0).items == ()


@pytest.mark.parametrize("name", SUMMARIZERS)
def test_sentences_of_stop_words_or_repeats_get_finite_scores(name: str) -> None:
    for text in ("It is what it is. And so it was.", "Rain fell. Rain fell. Rain fell."):
        summary = summarize(document_from_text(text), name, count=1)
        assert all(math.isfinite(score) for score in summary.scores)
        assert [i.sentence for i in summary.items] != []


@pytest.mark.parametrize("name", SUMMARIZERS)
def test_a_document_without_sentences_gives_an_empty_summary(name: str) -> None:
    document = Document(title="Headline only", text="", paragraphs=(), sentences=())
    assert summarize(document, name) == Summary(name, (), ())


def test_bylines_credits_and_datelines_never_reach_a_summary() -> None:
    text = (
        "Port strike ends after talks\n\n"
        "Monday, March 3, 2025\n\n"
        "By Jane Doe\n\n"
        "Dock workers ended a two-week strike on Monday after the union and the port "
        "authority agreed on a new pay deal.\n\n"
        "Ships had queued outside the port for days, and exporters warned of losses.\n\n"
        "Image: Port Authority.\n\n"
        "The agreement raises wages by four percent and will be voted on by members next week.\n\n"
        "With reporting from agencies"
    )
    document = document_from_text(text)
    texts = [s.text for s in document.sentences]
    assert not any("Jane Doe" in t or "2025" in t or "agencies" in t for t in texts)
    for name in SUMMARIZERS:
        for item in summarize(document, name, count=len(texts)).items:
            assert "Jane Doe" not in texts[item.sentence - 1]
    chosen = summarize(document, count=3).items
    assert all("Image:" not in texts[i.sentence - 1] for i in chosen)


@pytest.mark.parametrize("name", SUMMARIZERS)
def test_a_photo_credit_inside_a_paragraph_is_picked_last(name: str) -> None:
    text = (FIXTURES / "articles" / "interview_peres.txt").read_text(encoding="utf-8")
    document = document_from_text(text)
    credits = [s.id for s in document.sentences if "image: David Shankbone" in s.text]
    assert credits
    summary = summarize(document, name, count=len(document.sentences) - len(credits))
    assert not {i.sentence for i in summary.items} & set(credits)
    assert all(summary.scores[c - 1] < min(i.score for i in summary.items) for c in credits)


def test_credit_lines_inside_the_body_score_zero() -> None:
    assert newsrank.is_credit("Shimon Peres image: David Shankbone.")
    assert newsrank.is_credit("Photo: Reuters.")
    assert not newsrank.is_credit("The image of the city has changed.")


def test_greedy_summarizers_refuse_past_their_cap_naming_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(greedy, "GREEDY_CAP", 5)
    document = document_from_text(_korea())
    for name in ("kl", "sumbasic"):
        with pytest.raises(InputError, match=r"at most 5 sentences.*briefing, lexrank or textrank"):
            summarize(document, name)
    assert summarize(document, "lexrank").items


def test_the_stemmer_loads_without_scipy_stats_and_leaves_it_importable() -> None:
    code = (
        "import sys\n"
        "from briefing.analysis.summary.terms import stemmer\n"
        "assert stemmer()('running') == 'run'\n"
        "assert 'scipy.stats' not in sys.modules\n"
        "import scipy.stats\n"
        "print(scipy.stats.norm.cdf(0.0))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "0.5"


def test_reading_a_cached_briefing_imports_no_summarizer_machinery(tmp_path: Path) -> None:
    saved = tmp_path / "briefing.json"
    saved.write_text(json.dumps(briefing.analyze(SAMPLE.read_text(encoding="utf-8")).to_dict()))
    code = (
        "import json, sys\n"
        "from briefing.analysis.briefing import Briefing\n"
        "from briefing.analysis.summary import pick\n"
        f"b = Briefing.from_dict(json.load(open({str(saved)!r})))\n"
        "assert pick(b.summary.scores, 2)\n"
        "heavy = ('sumy', 'nltk', 'numpy', 'scipy')\n"
        "print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in heavy)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
