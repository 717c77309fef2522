"""Where the store's database file is: --db, then COMPLAINT_LOGGER_DB, then the user's data
folder. Nothing here opens the file, so the window can ask before the database layer is
imported (a store that already exists gets its sign-in screen at once)."""

from __future__ import annotations

import os
from pathlib import Path

ENV_DB = "COMPLAINT_LOGGER_DB"


def default_db_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("TillComplaintLogger", appauthor=False)) / "complaints.db"


def resolve_db_path(explicit: str | os.PathLike | None = None) -> Path:
    """--db beats the COMPLAINT_LOGGER_DB variable, which beats the user data folder."""
    if explicit:
        return Path(explicit).expanduser()
    if os.environ.get(ENV_DB):
        return Path(os.environ[ENV_DB]).expanduser()
    return default_db_path()


def store_exists(path: Path) -> bool:
    """A file with something in it: a store that has been set up here before (or a damaged
    one, which opening explains). An empty or missing file is a first start."""
    try:
        return path.stat().st_size > 0
    except OSError:
        return False
