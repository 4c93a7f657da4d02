"""Glue the CLI and the reader share: open an article into the library, get its briefing.

The briefing comes from the cache when the article was analysed before with the
same options, without importing sumy or numpy, so reopening is instant.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefing.analysis.limits import DEFAULT_LIMITS, Limits
from briefing.store.library import Library
from briefing.store.models import ArticleRecord

if TYPE_CHECKING:
    from briefing.analysis.briefing import AnalysisOptions, Briefing
    from briefing.analysis.document import Document


@dataclass(frozen=True)
class ArticleText:
    """An article read and decoded but not yet parsed: what the reader parses in a worker.

    Parsing (formats, sentences) is the slow part of opening a new article, so
    the reader shows its panes first and parses this behind a progress indicator.
    """

    text: str
    source: str | None
    """Absolute path, or "-" for standard input."""
    fingerprint: str | None = None
    """Of the bytes read from ``source``, when it is a file (see Library.find_unchanged)."""
    limits: Limits = DEFAULT_LIMITS


def import_article(library: Library, article: ArticleText) -> tuple[ArticleRecord, Document]:
    """Parse the article and store it; InputError when it is no article or over a limit."""
    from briefing.analysis.loading import document_from_text

    document = document_from_text(article.text, source=article.source, limits=article.limits)
    return library.add_article(document, article.fingerprint), document


def open_article(
    library: Library, document: Document, fingerprint: str | None = None
) -> ArticleRecord:
    """Add the article to the library (or find it) and mark it opened now."""
    return library.add_article(document, fingerprint)


def briefing_for(library: Library, article_id: str, options: AnalysisOptions) -> Briefing:
    """The cached briefing for these options, else analyse the stored article and cache it."""
    key = options.key()
    cached = library.cached_briefing(article_id, key)
    if cached is not None:
        return cached
    from briefing.analysis.briefing import analyze_document

    result = analyze_document(library.load_document(article_id), options)
    library.cache_briefing(article_id, key, result)
    return result
