"""The base of errors a person can act on, outside the analysis layer."""

from __future__ import annotations


class UserError(Exception):
    """An error shown as one line; ``exit_code`` is what the command exits with."""

    exit_code = 2
