"""The dateline that opens a wire story: "WASHINGTON (Reuters) — The Senate voted ...".

News agencies put the place (and often the date and the agency) before the first
sentence, joined to it by a dash. It is not part of what anyone said, so it is
taken out of the text the analysis sees and kept as the document's dateline.
Only the first body paragraph is looked at, and only a short prefix that ends in
a dash followed by a capital: a dash inside a sentence ("Mr Lee — the minister —
said") is left alone because it is not preceded by a place in one of these forms.
"""

from __future__ import annotations

import re

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE = rf"(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})(?:,?\s+\d{{4}})?"
_CAPS_PLACE = r"[A-Z][A-Z.'’-]{2,}(?:\s+[A-Z][A-Z.'’-]+){0,3}"
_TITLE_PLACE = r"[A-Z][a-z.'’-]+(?:\s+(?:[A-Z][a-z.'’-]+|de|la|el|da|do|of)){0,3}"
_REGION = r"(?:,\s+[A-Z][A-Za-z.'’-]+(?:\s+[A-Z][A-Za-z.'’-]+){0,2})?"
_AGENCY = r"(?:\s*\((?:[A-Z][\w.&'’ -]{1,30})\))"
_DASH = r"\s*(?:—|–|--|-(?=\s))\s*(?=[\"“‘']?[A-Z0-9])"

_INLINE_DATELINE = re.compile(
    rf"""^(?:
        {_CAPS_PLACE}{_REGION}(?:,\s+{_DATE})?{_AGENCY}?      # WASHINGTON, D.C. (AP)
      | {_TITLE_PLACE}{_REGION},\s+{_DATE}{_AGENCY}?         # Brussels, 14 March (Reuters)
      | {_TITLE_PLACE}{_REGION}{_AGENCY}                     # London (Reuters)
    ){_DASH}""",
    re.X,
)
_MAX_PREFIX = 80


def split_inline_dateline(paragraph: str) -> tuple[str | None, str]:
    """Return ``(dateline, rest)`` when ``paragraph`` opens with a wire dateline.

    Without one, the dateline is None and the paragraph comes back unchanged.
    """
    match = _INLINE_DATELINE.match(paragraph)
    if match is None or match.end() > _MAX_PREFIX or match.end() >= len(paragraph):
        return None, paragraph
    dateline = re.sub(r"\s*(?:—|–|--|-)\s*$", "", match.group(0)).strip()
    return dateline, paragraph[match.end() :]
