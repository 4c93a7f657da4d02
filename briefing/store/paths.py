"""Where the library lives: ``--data-dir`` > ``$BRIEFING_DATA_DIR`` > the per-user data dir.

Notes are private, so the directory is created readable by its owner only
(0700) and every file in it is created 0600.
"""

from __future__ import annotations

import os
import pathlib

from briefing.store.errors import StoreError

ENV_VAR = "BRIEFING_DATA_DIR"
DB_NAME = "library.sqlite3"


def default_data_dir() -> pathlib.Path:
    """The platform's per-user data directory for briefing (not created)."""
    import platformdirs

    return pathlib.Path(platformdirs.user_data_path("briefing", appauthor=False))


def resolve_data_dir(cli_value: str | os.PathLike[str] | None = None) -> pathlib.Path:
    """--data-dir > $BRIEFING_DATA_DIR > platformdirs.user_data_path("briefing"); created 0700.

    An existing directory keeps its mode: the user may have chosen to share it.
    """
    if cli_value is not None and str(cli_value) != "":
        chosen = pathlib.Path(cli_value)
    elif os.environ.get(ENV_VAR):
        chosen = pathlib.Path(os.environ[ENV_VAR])
    else:
        chosen = default_data_dir()
    chosen = chosen.expanduser().absolute()
    if chosen.exists() and not chosen.is_dir():
        raise StoreError(f"the data directory {chosen} is a file, not a directory")
    try:
        chosen.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(
            f"cannot create the data directory {chosen}: {error.strerror or error}"
        ) from None
    return chosen


def database_path(data_dir: pathlib.Path) -> pathlib.Path:
    """The SQLite file of the library inside a data directory."""
    return data_dir / DB_NAME
