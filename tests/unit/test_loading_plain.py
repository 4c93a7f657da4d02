"""Plain text laid out one paragraph per line, as copying from a web page leaves it."""

from __future__ import annotations

from briefing.analysis.loading import document_from_text

ONE_PER_LINE = (
    "Senate Passes Budget After Long Night\n"
    "WASHINGTON (Reuters) — The Senate passed the budget on Friday. It now goes to the House.\n"
    "The House will vote on it next week, a spokesman for the majority leader said.\n"
    "Opponents said they would keep fighting the spending cuts in committee.\n"
    "By Jane Doe\n"
)


def test_lines_that_end_sentences_are_paragraphs() -> None:
    document = document_from_text(ONE_PER_LINE, format="text")
    assert document.title == "Senate Passes Budget After Long Night"
    assert document.dateline == "WASHINGTON (Reuters)"
    assert document.credits == ("By Jane Doe",)
    assert [p.text[:20] for p in document.paragraphs] == [
        "The Senate passed th",
        "The House will vote ",
        "Opponents said they ",
    ]
    assert [s.paragraph for s in document.sentences] == [0, 0, 1, 2]


def test_hard_wrapped_lines_stay_one_paragraph() -> None:
    text = (
        "Senate passes budget after long night\n\n"
        "The Senate passed the budget on Friday after a long night of debate\n"
        "in which opponents tried to delay the vote with amendments. It now\n"
        "goes to the House, where a vote is expected next week, aides said.\n\n"
        "Opponents said they would keep fighting the cuts in committee."
    )
    document = document_from_text(text, format="text")
    assert document.title == "Senate passes budget after long night"
    assert len(document.paragraphs) == 2
    assert document.sentences[0].text.startswith("The Senate passed the budget on Friday after")
    assert document.sentences[1].text == (
        "It now goes to the House, where a vote is expected next week, aides said."
    )


def test_two_short_wrapped_lines_are_not_split() -> None:
    document = document_from_text("The Senate passed the budget\non Friday.", format="text")
    assert document.title is None
    assert [s.text for s in document.sentences] == ["The Senate passed the budget on Friday."]
