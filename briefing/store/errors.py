"""The one exception the store raises for a problem the user can act on."""

from __future__ import annotations

from briefing.errors import UserError


class StoreError(UserError):
    """A store problem shown as one line; exit code 1.

    For a damaged or foreign file the message names the file and points to
    ``briefing doctor --repair``; the file itself is never overwritten.
    """

    exit_code = 1
