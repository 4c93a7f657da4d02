"""The analysis layer: article loading, sentences, summary, players, open issues, next steps.

Pure Python. Nothing here may import Textual or Rich (a test enforces it), so that
scripts and the CLI can use the analysis without a terminal UI.
"""
