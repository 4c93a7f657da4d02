"""Messages posted up from workers and screens to whoever owns the state.

Workers run in threads and never touch widgets: they post one of these and the
screen's handler, on the app's thread, updates what is shown.
"""

from __future__ import annotations

from textual.message import Message

from briefing.analysis.briefing import AnalysisOptions, Briefing
from briefing.analysis.document import Document


class BriefingReady(Message):
    """The analysis (or the cache) produced a briefing for an article."""

    def __init__(self, article_id: str, options: AnalysisOptions, briefing: Briefing) -> None:
        super().__init__()
        self.article_id = article_id
        self.options = options
        self.briefing = briefing


class AnalysisFailed(Message):
    """The analysis raised; ``error`` is one line for the user."""

    def __init__(self, article_id: str, error: str) -> None:
        super().__init__()
        self.article_id = article_id
        self.error = error


class OpenArticle(Message):
    """Open an article of the library in the reader."""

    def __init__(self, article_id: str) -> None:
        super().__init__()
        self.article_id = article_id


class ArticleRead(Message):
    """A new article was parsed and stored; the reader can show it."""

    def __init__(self, article_id: str, document: Document) -> None:
        super().__init__()
        self.article_id = article_id
        self.document = document


class ArticleRefused(Message):
    """The article turned out not to be one (no text, over a limit); ``error`` is one line."""

    def __init__(self, error: str) -> None:
        super().__init__()
        self.error = error
