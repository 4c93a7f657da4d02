"""The library: articles, cached briefings, reading state and notes, in SQLite.

Nothing here imports Textual or Rich; the reader and the CLI both go through
:class:`briefing.store.library.Library`, so a note written in one shows up in
the other.
"""
