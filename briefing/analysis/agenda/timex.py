"""The time expression of a next step: "later on Monday", "in March", "over the next several months".

Expressions that point forward are preferred over bare dates, since a sentence
announcing a step often also mentions when it was announced ("said on Sunday
that ... next week").
"""

from __future__ import annotations

import re

_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
)
_UNIT = r"(?:day|days|week|weeks|weekend|month|months|year|years|decade|decades|hours|minutes)"
_SEASON = r"(?:spring|summer|autumn|fall|winter)"

_NO_DATE = re.compile(
    r"\bno\s+(?:date|timetable|timeline|time\s*frame)\s+(?:was|has\s+been|had\s+been|is|were)\s+"
    r"(?:announced|set|given|fixed|agreed)",
    re.I,
)

_FORWARD: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.I)
    for p in (
        rf"\blater\s+(?:on\s+)?(?:today|tonight|this\s+\w+|on\s+{_DAY}(?:\s+(?:morning|afternoon|evening|night))?|in\s+the\s+\w+|next\s+\w+)",
        rf"\b(?:over|in|within|during)\s+the\s+(?:next|coming|following)\s+(?:[\w-]+\s+){{0,2}}?{_UNIT}\b",
        rf"\bwithin\s+(?:\d+|a|an|one|two|three|four|five|six|ten|twelve|24|48|72)\s+{_UNIT}\b",
        rf"\b(?:by|before|until)\s+(?:the\s+end\s+of\s+)?(?:the|this|next)\s+(?:{_UNIT}|{_SEASON})\b",
        rf"\bby\s+(?:the\s+end\s+of\s+)?(?:{_MONTH}(?:\s+\d{{4}})?|\d{{4}})\b",
        rf"\bnext\s+(?:{_UNIT}|{_SEASON}|{_DAY}|{_MONTH}|session|season|round)\b",
        rf"\b(?:this|the\s+coming)\s+(?:{_UNIT}|{_SEASON}|{_DAY}|morning|afternoon|evening)\b",
        r"\b(?:tomorrow(?:\s+(?:morning|afternoon|evening|night))?|tonight)\b",
        rf"\bin\s+(?:early\s+|late\s+|mid-?)?{_MONTH}(?:\s+\d{{4}})?\b",
        r"\bin\s+(?:early\s+|late\s+)?(?:20[2-9]\d)\b",
        r"\b(?:every|each)\s+(?:day|week|month|year)\b",
        r"\b(?:soon|shortly|in\s+the\s+future|in\s+due\s+course)\b",
        rf"\bon\s+{_DAY}(?:\s+(?:morning|afternoon|evening|night))?\b",
        rf"\bon\s+{_MONTH}\s+\d{{1,2}}\b",
    )
)


def find_when(text: str) -> str | None:
    """The most forward-looking time expression in ``text``, as written, or None."""
    if _NO_DATE.search(text):
        return "no date announced"
    for pattern in _FORWARD:
        match = pattern.search(text)
        if match is not None:
            return " ".join(match.group(0).split())
    return None
