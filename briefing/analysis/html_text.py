"""HTML to the article's main text.

The main-content extraction is trafilatura's (the best-scoring open extractor on
article benchmarks); a small stdlib fallback covers fragments too short for it.
Scripts, styles, navigation, forms and footers never become text.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser

from briefing.analysis.document import Block, fold_whitespace

_SKIPPED = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "nav",
        "footer",
        "header",
        "aside",
        "form",
        "button",
        "select",
        "option",
        "iframe",
        "object",
        "embed",
        "svg",
        "canvas",
        "head",
        "title",
    ]
)
_BLOCKS = frozenset(
    [
        "p",
        "div",
        "section",
        "article",
        "main",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "pre",
        "br",
        "tr",
        "td",
        "th",
        "dd",
        "dt",
        "figcaption",
        "table",
        "ul",
        "ol",
        "body",
    ]
)
_VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)


@dataclass(frozen=True)
class HtmlArticle:
    """What the HTML loader hands to the document builder."""

    title: str | None
    blocks: list[Block]


class _TextCollector(HTMLParser):
    """Collects visible text, one block per block-level element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.title: str | None = None
        self.h1: str | None = None
        self._current: list[str] = []
        self._skip_stack: list[str] = []
        self._in_title = False
        self._in_h1 = False
        self._title_parts: list[str] = []
        self._h1_parts: list[str] = []

    def _flush(self) -> None:
        text = fold_whitespace("".join(self._current))
        if text:
            self.blocks.append(text)
        self._current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        if tag in _VOID:
            if tag == "br":
                self._current.append(" ")
            return
        if tag in _SKIPPED:
            self._skip_stack.append(tag)
            return
        if tag == "h1" and self.h1 is None:
            self._in_h1 = True
        if tag in _BLOCKS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
            self.title = fold_whitespace("".join(self._title_parts)) or None
        if self._skip_stack and tag == self._skip_stack[-1]:
            self._skip_stack.pop()
            return
        if tag == "h1" and self._in_h1:
            self._in_h1 = False
            self.h1 = fold_whitespace("".join(self._h1_parts)) or None
        if tag in _BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self._title_parts.append(data)
            return
        if self._skip_stack:
            return
        if self._in_h1:
            self._h1_parts.append(data)
        self._current.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


def html_fragment_text(fragment: str) -> str:
    """Visible text of a small HTML fragment, on one line."""
    collector = _TextCollector()
    collector.feed(fragment)
    collector.close()
    return fold_whitespace(" ".join(collector.blocks))


def _fallback(source: str) -> HtmlArticle:
    collector = _TextCollector()
    collector.feed(source)
    collector.close()
    title = collector.h1 or collector.title
    blocks = [Block(b) for b in collector.blocks if b != title]
    return HtmlArticle(title, blocks)


def html_to_blocks(source: str) -> HtmlArticle:
    """Extract the title and main-text paragraphs of an HTML page."""
    import trafilatura

    try:
        result = trafilatura.bare_extraction(
            source,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
            favor_precision=True,
        )
    except Exception:  # trafilatura/lxml raise many kinds on odd markup
        result = None
    text = getattr(result, "text", None) if result is not None else None
    if not text:
        return _fallback(source)
    fallback = _fallback(source)
    title = getattr(result, "title", None) or fallback.title
    title = fold_whitespace(html.unescape(title)) if title else None
    blocks = [Block(line) for line in re.split(r"\n+", text) if line.strip()]
    if blocks and title and fold_whitespace(blocks[0].text) == title:
        blocks = blocks[1:]
    return HtmlArticle(title, blocks)
