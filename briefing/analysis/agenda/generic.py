"""Generic statements: how things are in general, not what is unresolved in this story.

"Iodine deficiency can lead to brain damage" states a rule; "the two sides
remain at odds" states a matter of the story. A sentence counts as generic
when a generic person makes it a rule of thumb, or when it is in the simple
present with no particular actor, place or time.
"""

from __future__ import annotations

import re

from briefing.analysis.agenda.framing import tail
from briefing.analysis.agenda.vocabulary import SAY

GENERIC_FACTOR = 0.4
"""Evidence in a generic statement counts for less: "iodine deficiency can lead to brain
damage" states how things are in general, not what is unresolved in this story."""
_GENERIC_PERSON = re.compile(
    r"\b(?:if|when|as|once|unless)\s+(?:you|we|one)\b|"
    r"(?:^|[,;:]\s*|\b(?:and|but|so|then|that)\s+)[\"“]?you(?:'ll|’ll)?\s+(?!know\b|see\b)[a-z]+",
    re.I,
)
_PREDICAMENT = re.compile(
    r"(?<!\bthe )(?<!\ba )\b(?:face|faces|lack|lacks|suffer|suffers|struggle|struggles)\b", re.I
)
_EPISODIC = re.compile(
    r"\b(?:was|were|wasn't|weren't|wasn’t|weren’t|had|hadn't|hadn’t|did|didn't|didn’t|"
    r"will|won't|won’t|shall|could|might)\b|(?:'ll|’ll)\b|\bgoing\s+to\b|"
    r"\b(?:has|have|hasn't|haven't|hasn’t|haven’t)\s+(?:\w+ly\s+|not\s+|never\s+)?"
    r"[a-z]+(?:ed|en|wn|t)\b|"
    r"\b(?:is|are|am|be|been)\s+(?:\w+ly\s+|still\s+|now\s+|not\s+)?"
    r"(?!(?:no|some|any|every)thing\b)[a-z]{2,}ing\b|"
    r"\b[a-z]{3,}ed\s+(?:the|a|an|his|her|their|its|these|those|this|that|them|him|it|our|"
    r"my|your)\b",
    re.I,
)
_ANCHOR = re.compile(
    r"\d|\bI\b|\b(?:me|my|we|us|our|he|she|him|his|her)\b|"
    r"\b(?:today|yesterday|tonight|now|currently|recently|ago|last\s+(?:week|month|year))\b",
)
_ANCHOR_I = re.compile(r"\b(?:We|Our|He|She|His|Her|Today|Yesterday|Now|Currently|Recently)\b")
_DEFINITE_SUBJECT = re.compile(
    rf"(?:^\W*|\bthat\s+|\b{SAY}\s+)(?:the|this|that|these|those|both|its|their|his|her)\s+"
    r"(?!(?:[\w-]+\s+){0,3}?of\b)",
    re.I,
)
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*")


def _anchored(text: str) -> bool:
    """The sentence points at a particular actor, place or time: a name, a number, the
    speaker, a person ("she says"), a definite subject ("the two sides", not "the effects
    of"), or a time relative to the telling."""
    if _ANCHOR.search(text) or _ANCHOR_I.search(text) or _DEFINITE_SUBJECT.search(text):
        return True
    for match in _CAPITALISED.finditer(text):
        before = tail(text, match.start(), 40).rstrip() or text[: match.start()].rstrip()
        if before and before[-1] not in "\"“‘'(:.!?;—-":
            return True
    return False


def is_generic(text: str, kinds: frozenset[str]) -> bool:
    """A statement of how things are in general, not of this story's unresolved matters.

    Generic persons ("if we go to the pregnant woman", "you lose 15 points") make a rule
    of thumb; so does a sentence in the simple present (or with generic "can") with no
    particular actor, place or time; "could" and "might" weigh a particular prospect.
    A subject that faces, lacks or suffers something is in that trouble now ("hospitals
    lack supplies"). Persistence and unsettlement ("remains unclear") are about now, and
    accusing, criticising or refusing is an act of someone in the story ("critics accuse
    the board", "unions reject the offer"), so these stay; a ban or sanction can be a
    standing rule.
    """
    if _GENERIC_PERSON.search(text):
        return True
    if kinds & {"still", "unsettled", "pending", "accusation", "criticism", "refusal"}:
        return False
    return not (_anchored(text) or _EPISODIC.search(text) or _PREDICAMENT.search(text))
