"""A wire story's opening dateline ("WASHINGTON (Reuters) —") is kept out of the sentences."""

from __future__ import annotations

import pytest

from briefing.analysis.datelines import split_inline_dateline
from briefing.analysis.loading import document_from_text


@pytest.mark.parametrize(
    "paragraph, dateline, rest",
    [
        ("WASHINGTON (Reuters) — The Senate voted.", "WASHINGTON (Reuters)", "The Senate voted."),
        ("NEW YORK, Jan. 5 (AP) - Stocks fell.", "NEW YORK, Jan. 5 (AP)", "Stocks fell."),
        ("Brussels, 14 March — The council met.", "Brussels, 14 March", "The council met."),
        ("London (Reuters) - Britain said no.", "London (Reuters)", "Britain said no."),
        ("GENEVA, Switzerland -- Talks resumed.", "GENEVA, Switzerland", "Talks resumed."),
        ("KYIV — “We will rebuild,” he said.", "KYIV", "“We will rebuild,” he said."),
    ],
)
def test_wire_datelines_are_split_off(paragraph: str, dateline: str, rest: str) -> None:
    assert split_inline_dateline(paragraph) == (dateline, rest)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Mr Lee — the minister — said talks would resume.",
        "The minister - who arrived late - spoke first.",
        "US Secretary of State Antony Blinken — who arrived on Sunday — said little.",
        "NATO — the alliance — met on Monday.",
        "UN – The body voted.",
        "In 2020 — the year of the pandemic — they met.",
        "Talks - Day 2 - continue.",
    ],
)
def test_dashes_inside_a_sentence_are_left_alone(paragraph: str) -> None:
    assert split_inline_dateline(paragraph) == (None, paragraph)


def test_only_the_first_paragraph_loses_its_dateline() -> None:
    text = (
        "Senate Passes Budget\n\n"
        "WASHINGTON (Reuters) — The Senate passed the budget on Friday. It now goes to the House.\n\n"
        "LONDON (Reuters) — A later paragraph keeps its words."
    )
    document = document_from_text(text)
    assert document.title == "Senate Passes Budget"
    assert document.dateline == "WASHINGTON (Reuters)"
    assert document.sentences[0].text == "The Senate passed the budget on Friday."
    assert document.sentences[-1].text.startswith("LONDON (Reuters) — A later")
    for sentence in document.sentences:
        assert document.text[sentence.start : sentence.end] == sentence.text


def test_a_date_line_paragraph_wins_over_an_inline_dateline() -> None:
    text = "Friday, July 21, 2017\n\nBEIJING — China said it would reply. Talks go on."
    document = document_from_text(text, format="text")
    assert document.dateline == "Friday, July 21, 2017"
    assert document.sentences[0].text == "China said it would reply."
