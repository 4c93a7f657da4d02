"""The one exception the analysis raises for input a person can fix."""

from __future__ import annotations


class InputError(Exception):
    """Input that cannot be turned into an article.

    The message is shown to the user as it is, on one line, so it says what is
    wrong and, where it helps, what to do about it.
    """
