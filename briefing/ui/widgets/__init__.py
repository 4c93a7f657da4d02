"""Widgets of the reader screen: briefing item panes, the article view, the header."""
