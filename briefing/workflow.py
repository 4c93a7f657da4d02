"""Glue the CLI and the reader share: open an article into the library, get its briefing.

The briefing comes from the cache when the article was analysed before with the
same options, without importing sumy or numpy, so reopening is instant.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.store.library import Library
from briefing.store.models import ArticleRecord

if TYPE_CHECKING:
    from briefing.analysis.briefing import AnalysisOptions, Briefing
    from briefing.analysis.document import Document


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
