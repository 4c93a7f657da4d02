"""The reader: a Textual app over the analysis and the store.

Import :func:`briefing.ui.app.make_app` to build it; nothing here runs at import.
"""
