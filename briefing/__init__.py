"""briefing: the briefing an analyst would write, for any news article, in a terminal.

The package root stays light: it exposes the analysis API lazily so that
``import briefing`` costs nothing and never pulls in the terminal UI.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["Briefing", "__version__", "analyze", "split_sentences"]

if TYPE_CHECKING:
    from briefing.analysis.briefing import Briefing, analyze
    from briefing.analysis.sentences import split_sentences


def __getattr__(name: str) -> Any:
    """Import the analysis API on first use, keeping ``import briefing`` instant."""
    if name in ("analyze", "Briefing"):
        from briefing.analysis import briefing as _briefing

        return getattr(_briefing, name)
    if name == "split_sentences":
        from briefing.analysis.sentences import split_sentences as _split

        return _split
    raise AttributeError(f"module 'briefing' has no attribute {name!r}")
