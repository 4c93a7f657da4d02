"""The briefing as plain text for a terminal: sections, wrapped, nothing but printable text.

Everything printed passes through ``sanitize_line``; the loader already
removed escape sequences, and this keeps it so for anything else that reaches
the output (a title given on the command line, a source path).
"""

from __future__ import annotations

import shutil
import textwrap

from briefing.analysis.briefing import Briefing
from briefing.analysis.sanitize import sanitize_line


def _width() -> int:
    return max(40, min(100, shutil.get_terminal_size((100, 24)).columns))


def _wrap(text: str, width: int, first: str, rest: str) -> list[str]:
    return textwrap.wrap(
        sanitize_line(text), width, initial_indent=first, subsequent_indent=rest
    ) or [first.rstrip()]


def _heading(title: str, extra: str = "") -> list[str]:
    line = title.upper() + (f"  ({extra})" if extra else "")
    return ["", line, "─" * min(len(line), 60)]


def render_text(briefing: Briefing, width: int | None = None) -> str:
    """Render the whole briefing as wrapped plain text."""
    width = width or _width()
    doc = briefing.document
    lines: list[str] = []
    title = sanitize_line(doc.title or "(untitled article)")
    lines.extend(_wrap(title, width, "", ""))
    meta = " · ".join(sanitize_line(x) for x in (doc.source or "", doc.dateline or "") if x)
    if meta:
        lines.extend(_wrap(meta, width, "", ""))
    total = len(doc.sentences)
    chosen = len(briefing.summary.items)
    lines.extend(
        _heading("Summary", f"{briefing.summary.algorithm}, {chosen} of {total} sentences")
    )
    for item in briefing.summary.items:
        sentence = doc.sentence(item.sentence)
        lines.extend(_wrap(sentence.text, width, f"[{sentence.id}] ", "    "))
    lines.extend(_heading("Key players"))
    if not briefing.players:
        lines.append("(none found)")
    for player in briefing.players:
        role = f" — {player.role}" if player.role else ""
        head = f"• {player.name}{role} ({player.kind}, {player.mentions} mention{'' if player.mentions == 1 else 's'})"
        lines.extend(_wrap(head, width, "", "  "))
    lines.extend(_heading("Open issues", _more(briefing.more_open_issues)))
    if not briefing.open_issues:
        lines.append("(none found)")
    for issue in briefing.open_issues:
        sentence = doc.sentence(issue.sentence)
        lines.extend(_wrap(sentence.text, width, f"• [{sentence.id}] ", "  "))
        lines.extend(_wrap(f"why: {issue.why}", width, "    ", "    "))
    lines.extend(_heading("Next steps", _more(briefing.more_next_steps)))
    if not briefing.next_steps:
        lines.append("(none found)")
    for step in briefing.next_steps:
        sentence = doc.sentence(step.sentence)
        lines.extend(_wrap(sentence.text, width, f"• [{sentence.id}] ", "  "))
        details = [f"why: {step.why}"]
        if step.when:
            details.append(f"when: {step.when}")
        if step.who:
            details.append("who: " + ", ".join(step.who))
        lines.extend(_wrap(" · ".join(details), width, "    ", "    "))
    return "\n".join(lines) + "\n"


def _more(count: int) -> str:
    return f"{count} more not shown" if count else ""
