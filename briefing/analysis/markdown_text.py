"""Markdown to prose blocks with markdown-it-py.

Emphasis, links and inline code keep their words; fenced code, tables, images and
raw HTML are not prose and are left out of the analysis. The front-matter title
or the first top heading becomes the document title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from markdown_it import MarkdownIt
from markdown_it.token import Token

from briefing.analysis.document import Block, fold_whitespace
from briefing.analysis.html_text import html_fragment_text

_FRONT_MATTER = re.compile(
    r"\A(?:---|\+\+\+)[ \t]*\n(.*?)\n(?:---|\+\+\+|\.\.\.)[ \t]*(?:\n|\Z)", re.S
)
_HIDDEN_TAGS = r"(?:script|style|noscript|template|iframe|object|embed|svg|canvas|title|textarea)"
_HIDDEN_OPEN = re.compile(rf"<\s*{_HIDDEN_TAGS}\b", re.I)
_HIDDEN_CLOSE = re.compile(rf"<\s*/\s*{_HIDDEN_TAGS}\b", re.I)
_FRONT_TITLE = re.compile(r"^title\s*[:=]\s*(.+?)\s*$", re.M | re.I)


@dataclass(frozen=True)
class MarkdownArticle:
    """What the Markdown loader hands to the document builder."""

    title: str | None
    blocks: list[Block]


def _front_matter(text: str) -> tuple[str | None, str]:
    match = _FRONT_MATTER.match(text)
    if match is None:
        return None, text
    title_match = _FRONT_TITLE.search(match.group(1))
    title = title_match.group(1).strip("\"'") if title_match else None
    return (title or None), text[match.end() :]


def _inline_text(token: Token) -> str:
    """The words of an inline run; inline HTML tags go, and so does what a
    ``<script>``/``<style>``-like element holds (it is code, not prose)."""
    parts: list[str] = []
    hidden = 0
    for child in token.children or []:
        if child.type == "html_inline":
            opening = _HIDDEN_OPEN.match(child.content)
            if opening and not child.content.rstrip().endswith("/>"):
                hidden += 1
            elif _HIDDEN_CLOSE.match(child.content):
                hidden = max(0, hidden - 1)
        elif hidden:
            continue
        elif child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return fold_whitespace("".join(parts))


def markdown_to_blocks(text: str) -> MarkdownArticle:
    """Turn Markdown source into a title and prose blocks."""
    title, body = _front_matter(text)
    parser = MarkdownIt("commonmark").enable("table")
    tokens = parser.parse(body)
    blocks: list[Block] = []
    in_heading = False
    heading_level = 0
    skip_depth = 0
    for token in tokens:
        if token.type in ("table_open", "thead_open"):
            skip_depth += 1 if token.type == "table_open" else 0
            continue
        if token.type == "table_close":
            skip_depth -= 1
            continue
        if skip_depth:
            continue
        if token.type == "heading_open":
            in_heading = True
            heading_level = int(token.tag[1:])
        elif token.type == "heading_close":
            in_heading = False
        elif token.type == "inline":
            content = _inline_text(token)
            if not content:
                continue
            if in_heading:
                if title is None and heading_level <= 2 and not any(not b.heading for b in blocks):
                    title = content
                else:
                    blocks.append(Block(content, heading=True))
            else:
                blocks.append(Block(content))
        elif token.type == "html_block":
            content = html_fragment_text(token.content)
            if content:
                blocks.append(Block(content))
    return MarkdownArticle(title, blocks)
