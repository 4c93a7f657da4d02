"""The slow work of the reader, as plain functions its thread workers call.

Each opens its own store connection (SQLite connections stay in their thread)
and returns the message to post back; nothing here touches a widget.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from briefing.ui.messages import AnalysisFailed, ArticleRead, ArticleRefused, BriefingReady
from briefing.ui.model import one_line

if TYPE_CHECKING:
    from briefing.analysis.briefing import AnalysisOptions
    from briefing.workflow import ArticleText


def parse_article(data_dir: Path, pending: ArticleText) -> ArticleRead | ArticleRefused:
    """Parse a new article and store it; a refusal carries the one line to exit with."""
    from briefing.analysis.errors import InputError
    from briefing.store.library import Library
    from briefing.workflow import import_article

    try:
        with Library.open(data_dir) as library:
            record, document = import_article(library, pending)
    except InputError as error:
        return ArticleRefused(str(error))
    except Exception as error:  # shown to the user as the exit's one line
        return ArticleRefused(one_line(str(error), repr(error)))
    return ArticleRead(record.id, document)


def brief_article(
    data_dir: Path, article_id: str, options: AnalysisOptions
) -> BriefingReady | AnalysisFailed:
    """The article's briefing for these options (cached, else analysed and cached)."""
    from briefing.store.library import Library
    from briefing.workflow import briefing_for

    try:
        with Library.open(data_dir) as library:
            result = briefing_for(library, article_id, options)
    except Exception as error:  # shown to the user; the reader keeps running
        return AnalysisFailed(article_id, one_line(str(error), repr(error)))
    return BriefingReady(article_id, options, result)
