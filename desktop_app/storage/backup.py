"""Backups with SQLite's online backup API, checks, rotation and a careful restore.

A live database file is never copied byte for byte (a copy taken mid-write is damaged); the
backup API gives a consistent snapshot even while the till is saving. Every file written here
is readable by the current user only. A restore checks the backup first and keeps the file
it replaces; a damaged file is moved aside, never overwritten.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import stat
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from desktop_app.storage.migrations import KNOWN_REVISIONS

BACKUP_NAME = re.compile(r"^complaints-(\d{4}-\d{2}-\d{2})-(\d{6})(?:-[a-z-]+)?\.db$")
DEFAULT_KEEP_DAYS = 30
_SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    problems: tuple[str, ...]
    revision: str | None = None


def _private(path: Path) -> None:
    try:
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
    except OSError:        # a FAT-formatted USB stick has no permissions to set
        pass


def _readonly(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def backup_file(source: Path, target: Path) -> Path:
    """A consistent snapshot of `source` at `target` (written beside it, then renamed)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    src = _readonly(source)
    dst = sqlite3.connect(partial)
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")    # a single self-contained file
    finally:
        dst.close()
        src.close()
    _private(partial)
    os.replace(partial, target)
    return target


def check_file(path: Path, *, quick: bool = False) -> CheckResult:
    """Is this a readable database of ours, intact, with a schema this program knows?"""
    if not path.exists():
        return CheckResult(False, (f"{path.name} does not exist.",))
    try:
        connection = _readonly(path)
        try:
            pragma = "quick_check" if quick else "integrity_check"
            rows = [r[0] for r in connection.execute(f"PRAGMA {pragma}")]
            revision_row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        return CheckResult(False, (f"{path.name} is not a readable database ({error}).",))
    problems = [] if rows == ["ok"] else [f"Damage found: {r}" for r in rows[:5]]
    revision = revision_row[0] if revision_row else None
    if revision not in KNOWN_REVISIONS:
        problems.append(f"{path.name} has schema {revision!r}, which this version does not know.")
    return CheckResult(not problems, tuple(problems), revision)


def backup_name(now: datetime, tag: str = "") -> str:
    return f"complaints-{now:%Y-%m-%d-%H%M%S}{'-' + tag if tag else ''}.db"


def backups_in(folder: Path) -> list[Path]:
    """Backups in a folder, newest first."""
    if not folder.is_dir():
        return []
    found = [p for p in folder.iterdir() if BACKUP_NAME.match(p.name)]
    return sorted(found, key=lambda p: p.name[len("complaints-"):len("complaints-") + 17],
                  reverse=True)


def made_on(path: Path) -> date:
    return date.fromisoformat(BACKUP_NAME.match(path.name).group(1))


def rotate(folder: Path, *, today: date, keep_days: int = DEFAULT_KEEP_DAYS) -> list[Path]:
    """Remove automatic backups older than `keep_days`; the newest one always stays."""
    removed = []
    for path in backups_in(folder)[1:]:
        if made_on(path) < today - timedelta(days=keep_days):
            path.unlink()
            removed.append(path)
    return removed


def newest_good(folder: Path) -> Path | None:
    return next((p for p in backups_in(folder) if check_file(p).ok), None)


def set_aside(path: Path, now: datetime, why: str) -> Path:
    """Move a database (and its WAL) out of the way, keeping it: `name.<why>-<time>.db`."""
    kept = path.with_name(f"{path.stem}.{why}-{now:%Y%m%d-%H%M%S}{path.suffix}")
    os.replace(path, kept)
    for suffix in _SIDE_FILES:
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.replace(side, kept.with_name(kept.name + suffix))
    return kept


def restore_file(backup: Path, target: Path, *, now: datetime) -> Path | None:
    """Replace `target` with a checked copy of `backup`; returns where the old file went.

    Raises ValueError (with the reasons) when the backup is not sound: nothing is touched.
    """
    result = check_file(backup)
    if not result.ok:
        raise ValueError(" ".join(result.problems))
    staged = target.with_name(target.name + ".restoring")
    staged.unlink(missing_ok=True)
    shutil.copyfile(backup, staged)           # a closed backup file, not a live database
    _private(staged)
    kept = set_aside(target, now, "replaced") if target.exists() else None
    os.replace(staged, target)
    return kept


def setting_in_file(path: Path, key: str, default: object) -> object:
    """One store setting, read with a connection of its own (for work off the UI thread)."""
    import json

    try:
        connection = _readonly(path)
        try:
            row = connection.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return default
    return json.loads(row[0]) if row else default
