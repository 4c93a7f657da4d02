"""Strip what must never reach analysis or a terminal: controls, escapes, bidi overrides.

Article text comes from anywhere. Escape sequences in it could retitle, recolour
or hijack the user's terminal, and bidi overrides can make text read differently
from what it is, so they are removed before anything else sees the text.
"""

from __future__ import annotations

import re

# ESC-introduced sequences: CSI, OSC, DCS/SOS/PM/APC strings, then any other
# two-character escape. The 8-bit C1 forms (0x9b CSI, 0x9d OSC, ...) follow.
_ESCAPES = re.compile(
    r"""
      \x1b\[[0-?]*[ -/]*[@-~]?                      # CSI ... final
    | \x1b\][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?   # OSC ... BEL or ST
    | \x1b[PX^_][^\x1b\x9c]*(?:\x1b\\|\x9c)?        # DCS, SOS, PM, APC ... ST
    | \x1b[ -/]*[0-~]?                              # other escapes
    | \x9b[0-?]*[ -/]*[@-~]?                        # 8-bit CSI
    | [\x9d\x90\x98\x9e\x9f][^\x07\x9c\x1b]*(?:\x07|\x9c)?  # 8-bit strings
    """,
    re.VERBOSE,
)

# C0 controls except tab and newline, DEL, C1 controls, bidi embeddings,
# overrides and isolates, zero-width no-break space (stray BOMs).
_CONTROLS = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\ufeff\ufff9-\ufffb]"
)
_LINE_BREAKS = re.compile("\r\n?|[\u2028\u0085]")
_PARAGRAPH_BREAKS = re.compile("\u2029")
# Every character one of the substitutions in sanitize_text would touch (the
# escapes all start with ESC or a C1 control). Most text holds none of them,
# and one search costs far less than four substitutions.
_UNSAFE = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069"
    "\u200e\u200f\ufeff\ufff9-\ufffb]"
)


def sanitize_text(text: str) -> str:
    """Return ``text`` with escape sequences and control characters removed.

    Line breaks are unified to ``\\n`` and tabs become spaces; everything a
    person would read is kept.
    """
    if _UNSAFE.search(text) is None:
        return text
    text = _LINE_BREAKS.sub("\n", text)
    text = _PARAGRAPH_BREAKS.sub("\n\n", text)
    text = _ESCAPES.sub("", text)
    text = _CONTROLS.sub("", text)
    return text.replace("\t", " ")


def sanitize_line(text: str) -> str:
    """Sanitize a one-line value (a title, a file name): no line breaks either."""
    return " ".join(sanitize_text(text).split())
