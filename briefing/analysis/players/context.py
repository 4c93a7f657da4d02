"""What the words around a mention say: is it acting, or only a venue?

A place is a player when it acts ("Washington said", "China's position"),
not when it is where something happened ("talks in Beijing"). Being the
subject of a verb also counts towards salience.
"""

from __future__ import annotations

from briefing.analysis.players.candidates import Mention
from briefing.analysis.players.lexicon import lexicon
from briefing.analysis.players.tokens import Token

_VERB_HINTS = frozenset(
    [
        "has",
        "have",
        "had",
        "is",
        "was",
        "were",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "must",
        "should",
        "shall",
        "did",
        "does",
        "do",
        "said",
        "says",
        "told",
        "also",
        "later",
        "then",
        "now",
        "still",
        "already",
        "has",
        "not",
        "never",
        "recently",
    ]
)
_PREPOSITIONS = frozenset(
    [
        "of",
        "in",
        "at",
        "on",
        "to",
        "from",
        "with",
        "by",
        "for",
        "about",
        "against",
        "between",
        "into",
        "over",
        "under",
        "after",
        "before",
        "during",
        "than",
        "as",
        "like",
        "via",
    ]
)


def start_of(mention: Mention) -> int:
    """Index of the mention's first token, its title included."""
    return mention.title_first if mention.title_first is not None else mention.first


def word_before(mention: Mention, tokens: list[Token]) -> str:
    """The folded word right before the mention, skipping "the"; empty at a boundary."""
    index = start_of(mention) - 1
    if index >= 0 and tokens[index].text.lower() == "the":
        index -= 1
    if index < 0 or not tokens[index].word:
        return ""
    return tokens[index].folded


def is_venue(mention: Mention, tokens: list[Token]) -> bool:
    """Whether the mention names where something happens ("in Beijing", "to Taiwan")."""
    return word_before(mention, tokens) in lexicon().locatives


def is_subject(mention: Mention, tokens: list[Token]) -> bool:
    """Whether the mention looks like the subject of the verb that follows it."""
    after = mention.last + 1
    if mention.possessive or after >= len(tokens) or not tokens[after].word:
        return False
    verb = tokens[after].text
    if verb != verb.lower() or word_before(mention, tokens) in _PREPOSITIONS:
        return False
    if verb in _VERB_HINTS:
        return True
    return (verb.endswith("s") and not verb.endswith("ss")) or verb.endswith("ed")


def is_acting(mention: Mention, tokens: list[Token]) -> bool:
    """A subject or a possessor: the entity does or owns something here."""
    return mention.possessive or is_subject(mention, tokens)
