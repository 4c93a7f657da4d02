"""The offline sentence splitter: shared-data targets, tricky cases by example, invariants."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing.analysis.sentence_rules import parse_lexicon
from briefing.analysis.sentence_scoring import (
    Score,
    golden_rules_score,
    paragraph_accuracy,
)
from briefing.analysis.sentences import (
    OfflineTokenizer,
    sentence_spans,
    split_sentences,
    split_words,
)
from tests.conftest import FIXTURES

SBD = FIXTURES / "sbd"


def _explain(score: Score) -> str:
    return "\n".join(f"{m.id}: got {m.got} expected {m.expected}" for m in score.misses)


# --- the targets of the issue, over the shared data -------------------------------------


def test_golden_rules_at_least_45_of_48() -> None:
    score = golden_rules_score(SBD / "golden_rules_en.jsonl", split_sentences)
    assert score.total == 48
    assert score.exact >= 45, _explain(score)


def test_news_paragraphs_at_least_97_percent_exact() -> None:
    score = paragraph_accuracy(SBD / "gum_paragraphs_dev.jsonl", split_sentences)
    assert score.total > 50  # the filter keeps the paragraphs that end in . ! or ?
    assert score.accuracy >= 0.97, _explain(score)


def test_splits_a_megabyte_of_news() -> None:
    """A megabyte of real news splits into its sentences (benchmarks/sentences.py times it)."""
    articles = [
        p.read_text(encoding="utf-8") for p in sorted((FIXTURES / "articles").glob("*.txt"))
    ]
    base = "\n\n".join(articles)
    text = "\n\n".join([base] * (1_000_000 // len(base) + 1))
    sentences = split_sentences(text)
    assert len(sentences) > 5_000
    assert all(sentence.strip() for sentence in sentences)


@pytest.mark.parametrize(
    "text",
    ["a" + "." * 50_000 + "x b", "Mr.\n" * 50_000, "word" * 250_000 + ". B", ". " * 200_000],
    ids=["long run of dots", "many abbreviations", "one long token", "spaced dots"],
)
def test_hostile_input_is_split(text: str) -> None:
    """Inputs that would make a backtracking rule quadratic (a hang here, not a timing)."""
    spans = sentence_spans(text)
    assert spans and spans[0][0] == 0
    assert all(start < end <= len(text) for start, end in spans)


# --- tricky cases, one readable example each ---------------------------------------------

EXAMPLES = {
    "curly apostrophe": (
        "Mr Blinken’s visit was scrapped. It was rescheduled.",
        ["Mr Blinken’s visit was scrapped.", "It was rescheduled."],
    ),
    "titles never end a sentence": (
        "Gov. Gavin Newsom met Sen. Alex Padilla and Dr. Smith. They talked.",
        ["Gov. Gavin Newsom met Sen. Alex Padilla and Dr. Smith.", "They talked."],
    ),
    "acronym before a name continues": (
        "U.S. President Joe Biden met the U.N. Security Council.",
        ["U.S. President Joe Biden met the U.N. Security Council."],
    ),
    "acronym before a sentence opener ends": (
        "The team landed in Washington D.C. The visit began at once.",
        ["The team landed in Washington D.C.", "The visit began at once."],
    ),
    "acronym before lower case continues": (
        "They lived in the U.S. for ten years.",
        ["They lived in the U.S. for ten years."],
    ),
    "acronym before a capitalised name word": (
        "The U.S. First Amendment protects it. The U.S. No. 2 diplomat agreed.",
        ["The U.S. First Amendment protects it.", "The U.S. No. 2 diplomat agreed."],
    ),
    "acronym before an acronym": (
        "Staff at Acme Inc. IT support left. Others stayed.",
        ["Staff at Acme Inc. IT support left.", "Others stayed."],
    ),
    "interview questions and answers": (
        "Q. What did you see? A. Nothing at all.",
        ["Q. What did you see?", "A. Nothing at all."],
    ),
    "company abbreviation": (
        "She joined Acme Inc. at noon. She left Acme Corp. It had folded.",
        ["She joined Acme Inc. at noon.", "She left Acme Corp.", "It had folded."],
    ),
    "clock times": (
        "The talks began at 9 a.m. Officials said little. They ended at 5 p.m. HKT Tuesday.",
        [
            "The talks began at 9 a.m.",
            "Officials said little.",
            "They ended at 5 p.m. HKT Tuesday.",
        ],
    ),
    "e.g. and i.e.": (
        "Some states, e.g. Texas, refused, i.e. Austin said no.",
        ["Some states, e.g. Texas, refused, i.e. Austin said no."],
    ),
    "initials": (
        "The novel is by J. R. R. Tolkien and George W. Bush read it. He liked it.",
        ["The novel is by J. R. R. Tolkien and George W. Bush read it.", "He liked it."],
    ),
    "the pronoun I ends a sentence": (
        "It was you and I. Did you see Albert I. Jones?",
        ["It was you and I.", "Did you see Albert I. Jones?"],
    ),
    "quotes close the sentence": (
        "“We will not back down,” he said. “Never.” The room fell silent.",
        ["“We will not back down,” he said.", "“Never.”", "The room fell silent."],
    ),
    "quoted sentence continued by attribution": (
        "\"This is great.\" she said. 'Yes.' he replied.",
        ['"This is great." she said.', "'Yes.' he replied."],
    ),
    "question and exclamation inside a quote": (
        '"Why?" she asked. "Because!" He left.',
        ['"Why?" she asked.', '"Because!"', "He left."],
    ),
    "quoted question with its speaker": (
        '"Why me?" Smith asked. "Stop!" Police Chief Jane Doe shouted. "Sure?" The man nodded.',
        [
            '"Why me?" Smith asked.',
            '"Stop!" Police Chief Jane Doe shouted.',
            '"Sure?"',
            "The man nodded.",
        ],
    ),
    "decimals and money": (
        "Shares rose 3.5 percent to $100.00. Bonds were flat at 1.25%.",
        ["Shares rose 3.5 percent to $100.00.", "Bonds were flat at 1.25%."],
    ),
    "numbering abbreviations": (
        "See p. 55 and No. 10 Downing St. for details.",
        ["See p. 55 and No. 10 Downing St. for details."],
    ),
    "ellipsis inside a sentence": (
        "He paused ... and then, well ... he left.",
        ["He paused ... and then, well ... he left."],
    ),
    "ellipsis before a new sentence": (
        "Nobody knew what came next… The markets fell.",
        ["Nobody knew what came next…", "The markets fell."],
    ),
    "four dots end a sentence": (
        "I never meant that.... She left the store.",
        ["I never meant that....", "She left the store."],
    ),
    "numbered list without periods": (
        "1) Raise taxes 2) Cut spending 3) Wait",
        ["1) Raise taxes", "2) Cut spending", "3) Wait"],
    ),
    "numbered list with periods": (
        "1. Raise taxes. 2. Cut spending.",
        ["1. Raise taxes.", "2. Cut spending."],
    ),
    "bulleted list": (
        "• Raise taxes • Cut spending",
        ["• Raise taxes", "• Cut spending"],
    ),
    "a number is not a list outside a list": (
        "The vote was 2. Then it was 3.",
        ["The vote was 2.", "Then it was 3."],
    ),
    "parenthetical sentence": (
        "The report was clear. (It was also long.) Readers agreed.",
        ["The report was clear.", "(It was also long.)", "Readers agreed."],
    ),
    "web address and e-mail": (
        "Write to jane.doe@example.com. Or see www.example.org. Thanks.",
        ["Write to jane.doe@example.com.", "Or see www.example.org.", "Thanks."],
    ),
    "caption label after an acronym": (
        "The summit was held in Washington D.C. Image: Jane Doe.",
        ["The summit was held in Washington D.C.", "Image: Jane Doe."],
    ),
    "colons and semicolons do not split": (
        "He had one aim: peace; nothing else mattered.",
        ["He had one aim: peace; nothing else mattered."],
    ),
    "no terminal punctuation": (
        "A headline without a full stop",
        ["A headline without a full stop"],
    ),
}


@pytest.mark.parametrize("text, expected", EXAMPLES.values(), ids=EXAMPLES.keys())
def test_tricky_case(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_blank_lines_always_end_a_sentence() -> None:
    text = "A heading without a stop\n\nThe body starts here and\ngoes on. It ends."
    assert split_sentences(text) == [
        "A heading without a stop",
        "The body starts here and goes on.",
        "It ends.",
    ]


def test_spans_are_offsets_into_the_paragraph_itself() -> None:
    paragraph = "  Mr. Smith left.   He was late!\tNobody minded.  "
    spans = sentence_spans(paragraph)
    assert [paragraph[s:e] for s, e in spans] == [
        "Mr. Smith left.",
        "He was late!",
        "Nobody minded.",
    ]


def test_spans_handle_unfolded_whitespace() -> None:
    """Newlines, tabs and no-break spaces separate words like spaces do."""
    paragraph = "He met\nMr.\nSmith at 9\ta.m.\nThe U.S.\u00a0Government agreed.\nIt ended."
    assert [paragraph[s:e] for s, e in sentence_spans(paragraph)] == [
        "He met\nMr.\nSmith at 9\ta.m.",
        "The U.S.\u00a0Government agreed.",
        "It ended.",
    ]


def test_empty_and_blank_paragraphs_have_no_sentences() -> None:
    assert sentence_spans("") == []
    assert sentence_spans(" \n\t ") == []
    assert split_sentences("\n\n\n") == []


# --- words and sumy's tokenizer interface -------------------------------------------------


def test_words_keep_apostrophes_hyphens_and_inner_dots() -> None:
    """The final dot of "U.S." is punctuation, so "U.S." and "U.S" give the same word."""
    assert split_words("Blinken’s U.S. two-day trip wasn't easy, he said.") == [
        "Blinken’s",
        "U.S",
        "two-day",
        "trip",
        "wasn't",
        "easy",
        "he",
        "said",
    ]


def test_offline_tokenizer_speaks_sumys_interface() -> None:
    tokenizer = OfflineTokenizer()
    assert tokenizer.language == "english"
    assert tokenizer.to_sentences("Mr. Smith left. He was late.") == (
        "Mr. Smith left.",
        "He was late.",
    )
    assert tokenizer.to_words("Mr. Smith left.") == ("Mr", "Smith", "left")


def test_sumy_parses_through_the_offline_tokenizer() -> None:
    from sumy.parsers.plaintext import PlaintextParser

    text = "Mr. Smith arrived at 9 a.m. on Monday. He left at noon.\n\nThe U.S. team stayed."
    document = PlaintextParser.from_string(text, OfflineTokenizer()).document
    assert [str(s) for s in document.sentences] == [
        "Mr. Smith arrived at 9 a.m. on Monday.",
        "He left at noon.",
        "The U.S. team stayed.",
    ]


# --- the word lists ---------------------------------------------------------------------


def test_word_lists_parse_sections_and_comments() -> None:
    lexicon = parse_lexicon("[prefix]\nMr Gov # titles\n[starter]\nThe\n[abbreviation]\ninc\n")
    assert lexicon.prefixes == {"mr", "gov"}
    assert lexicon.starters == {"the"}
    assert lexicon.abbreviations == {"inc"}
    assert lexicon.clocks == frozenset()


def test_shipped_word_lists_are_package_data() -> None:
    from importlib import resources

    text = resources.files("briefing.analysis").joinpath("sentence_words.txt").read_text("utf-8")
    lexicon = parse_lexicon(text)
    assert {"mr", "gov", "e.g"} <= lexicon.prefixes
    assert {"inc", "co", "jr"} <= lexicon.abbreviations
    assert "the" in lexicon.starters


# --- invariants on any text ---------------------------------------------------------------

_PIECES = st.sampled_from(
    [
        "Mr.",
        "U.S.",
        "a.m.",
        "Dr",
        "e.g.",
        "1.",
        "2)",
        "•",
        "...",
        "…",
        ". . .",
        "?",
        "!",
        '"',
        "“",
        "”",
        "’",
        "(",
        ")",
        "[",
        "]",
        "The",
        "he",
        "I.",
        "J.",
        "3.5",
        ":",
        ";",
        "word",
        "Word",
    ]
)
_TEXTS = st.lists(st.one_of(_PIECES, st.text(min_size=1, max_size=4)), max_size=40).map(
    lambda parts: " ".join(parts)
)


@given(_TEXTS)
def test_spans_are_ordered_trimmed_and_cover_every_character(paragraph: str) -> None:
    spans = sentence_spans(paragraph)
    position = 0
    for start, end in spans:
        assert position <= start < end <= len(paragraph)
        assert paragraph[position:start].strip() == ""
        assert not paragraph[start].isspace() and not paragraph[end - 1].isspace()
        position = end
    assert paragraph[position:].strip() == ""


def test_fixture_articles_split_into_sentences() -> None:
    for article in sorted((FIXTURES / "articles").glob("*.txt")):
        sentences = split_sentences(article.read_text(encoding="utf-8"))
        assert len(sentences) >= 5, article.name
        assert all(s == s.strip() and s for s in sentences)
