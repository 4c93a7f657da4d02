"""Sentence and word splitting that needs no downloaded data.

sumy's stock tokenizer needs NLTK's ``punkt_tab`` models and fails offline. This
module gives the same interface (``to_sentences``, ``to_words``) from rules:
candidate boundaries at terminal punctuation, vetoed by abbreviations, initials,
numbers and lower-case continuations.
"""

from __future__ import annotations

import re

_TITLES = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gov",
        "sen",
        "rep",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "cmdr",
        "adm",
        "maj",
        "cpl",
        "st",
        "jr",
        "sr",
        "rev",
        "hon",
        "pres",
        "supt",
        "insp",
        "det",
        "messrs",
        "mme",
        "mlle",
        "sra",
        "sr",
        "fr",
        "br",
        "mt",
        "ft",
    ]
)
_ABBREVIATIONS = frozenset(
    [
        "etc",
        "inc",
        "ltd",
        "co",
        "corp",
        "vs",
        "e.g",
        "i.e",
        "a.m",
        "p.m",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "u.s.a",
        "no",
        "nos",
        "p",
        "pp",
        "vol",
        "fig",
        "al",
        "approx",
        "dept",
        "est",
        "govt",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "wed",
        "thu",
        "fri",
        "sat",
        "sun",
        "ave",
        "blvd",
        "rd",
        "hwy",
        "mtn",
        "assn",
        "bros",
        "ph.d",
        "b.a",
        "m.a",
        "d.c",
    ]
)
_SENTENCE_STARTERS = frozenset(
    [
        "the",
        "a",
        "an",
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "you",
        "this",
        "that",
        "these",
        "those",
        "there",
        "his",
        "her",
        "its",
        "their",
        "our",
        "my",
        "but",
        "and",
        "so",
        "then",
        "however",
        "in",
        "on",
        "at",
        "after",
        "before",
        "when",
        "while",
        "if",
        "as",
        "for",
        "mr",
        "mrs",
        "ms",
        "dr",
        "what",
        "who",
        "how",
        "why",
        "where",
        "one",
        "some",
        "many",
        "most",
        "all",
        "no",
        "yes",
    ]
)

_CANDIDATE = re.compile(r"(?:\.{3,}|…|[.!?])+[\"'”’)\]]*(?=\s+\S)")
_WORD = re.compile(r"\w+(?:[’'.-]\w+)*", re.UNICODE)
_FIRST_WORD = re.compile(r"\s+[\"'“‘(\[]*(\S+)")


def _word_before(text: str, end: int) -> str:
    """The whitespace-delimited token ending at ``end`` (terminator excluded)."""
    start = text.rfind(" ", 0, end) + 1
    return text[start:end]


def _is_boundary(text: str, match: re.Match[str]) -> bool:
    terminator = match.group(0)
    after = _FIRST_WORD.match(text, match.end())
    if after is None:
        return False
    next_word = after.group(1)
    next_char = text[match.end() :].lstrip()[:1]
    if next_char.islower():
        return False
    if "." not in terminator.rstrip("\"'”’)]") or "..." in terminator or "…" in terminator:
        return True
    token = _word_before(text, match.start())
    bare = token.lstrip("\"'“‘([").lower()
    if bare in _TITLES:
        return False
    if len(bare) == 1 and bare.isalpha() and token[-1:].isupper():
        return False  # an initial, "Jonas E. Smith"
    if bare in _ABBREVIATIONS or re.fullmatch(r"(?:[a-z]\.)+[a-z]", bare):
        return next_word.strip("\"'“‘(").lower() in _SENTENCE_STARTERS
    return True


def sentence_spans(paragraph: str) -> list[tuple[int, int]]:
    """(start, end) offsets of each sentence of ``paragraph``."""
    spans: list[tuple[int, int]] = []
    start = 0
    length = len(paragraph)
    while start < length and paragraph[start].isspace():
        start += 1
    for match in _CANDIDATE.finditer(paragraph):
        if match.end() <= start or not _is_boundary(paragraph, match):
            continue
        spans.append((start, match.end()))
        start = match.end()
        while start < length and paragraph[start].isspace():
            start += 1
    end = len(paragraph.rstrip())
    if start < end:
        spans.append((start, end))
    return spans


def split_sentences(text: str) -> list[str]:
    """Split text into sentences; blank lines always end a sentence."""
    sentences: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        folded = " ".join(block.split())
        sentences.extend(folded[s:e] for s, e in sentence_spans(folded))
    return sentences


def split_words(sentence: str) -> list[str]:
    """Words of a sentence, keeping inner apostrophes, hyphens and dots (U.S., Blinken’s)."""
    return _WORD.findall(sentence)


class OfflineTokenizer:
    """A drop-in for ``sumy.nlp.tokenizers.Tokenizer`` that needs no NLTK data."""

    language = "english"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        """Sentences of a paragraph, as sumy's parsers expect."""
        return tuple(split_sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        """Words of a sentence, as sumy's summarizers expect."""
        return tuple(split_words(sentence))
