"""The briefing as paste-ready Markdown (notes apps, reports, tickets)."""

from __future__ import annotations

import re

from briefing.analysis.briefing import Briefing
from briefing.analysis.sanitize import sanitize_line

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|])")


def escape_markdown(text: str) -> str:
    """Escape characters Markdown would read as syntax, so article text stays text."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", sanitize_line(text))


def render_markdown(briefing: Briefing) -> str:
    """Render the briefing as Markdown, each item quoting its evidence sentence id."""
    doc = briefing.document
    out: list[str] = [f"# {escape_markdown(doc.title or 'Untitled article')}", ""]
    meta = [escape_markdown(x) for x in (doc.source or "", doc.dateline or "") if x]
    if meta:
        out += [" · ".join(meta), ""]
    out += [f"## Summary ({escape_markdown(briefing.summary.algorithm)})", ""]
    for item in briefing.summary.items:
        out.append(f"- {escape_markdown(doc.sentence(item.sentence).text)} *(s{item.sentence})*")
    out += ["", "## Key players", ""]
    for player in briefing.players:
        role = f", {escape_markdown(player.role)}" if player.role else ""
        out.append(
            f"- **{escape_markdown(player.name)}**{role} ({player.kind}, {player.mentions} mention{'' if player.mentions == 1 else 's'})"
        )
    if not briefing.players:
        out.append("- *(none found)*")
    out += ["", "## Open issues", ""]
    for issue in briefing.open_issues:
        out.append(
            f"- {escape_markdown(doc.sentence(issue.sentence).text)} *(s{issue.sentence};"
            f" {escape_markdown(issue.why)})*"
        )
    if briefing.more_open_issues:
        out.append(f"- *…and {briefing.more_open_issues} more*")
    if not briefing.open_issues:
        out.append("- *(none found)*")
    out += ["", "## Next steps", ""]
    for step in briefing.next_steps:
        extra = [escape_markdown(step.why)]
        if step.when:
            extra.append(f"when: {escape_markdown(step.when)}")
        if step.who:
            extra.append("who: " + ", ".join(escape_markdown(w) for w in step.who))
        out.append(
            f"- {escape_markdown(doc.sentence(step.sentence).text)} *(s{step.sentence};"
            f" {'; '.join(extra)})*"
        )
    if briefing.more_next_steps:
        out.append(f"- *…and {briefing.more_next_steps} more*")
    if not briefing.next_steps:
        out.append("- *(none found)*")
    return "\n".join(out) + "\n"
