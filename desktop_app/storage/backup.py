"""Backups with SQLite's online backup API, checks, rotation and a careful restore.

A live database file is never copied byte for byte (a copy taken mid-write is damaged); the
backup API gives a consistent snapshot even while the till is saving. Every file written here
is readable by the current user only. A restore checks the backup first and keeps the file
it replaces; a damaged file is moved aside, never overwritten.
"""

from __future__ import annotations

import errno
import os
import re
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

from desktop_app.private_files import DIR_MODE, partial_file, private_dir, tighten
from desktop_app.storage import audit_anchor
from desktop_app.storage.file_check import Condition, FileReport, inspect, open_readonly
from desktop_app.storage.instance_lock import hold_exclusive

BACKUP_NAME = re.compile(r"^complaints-(\d{4}-\d{2}-\d{2})-(\d{6})(?:-[a-z-]+)?\.db$")
DEFAULT_KEEP_DAYS = 30
_SIDE_FILES = ("-wal", "-shm", "-journal", audit_anchor.ANCHOR_SUFFIX)



def _copy_database(source: sqlite3.Connection, partial: Path) -> None:
    """The backup API from an open source into a private file, left in rollback-journal mode
    (one self-contained file)."""
    target = sqlite3.connect(partial)
    try:
        source.backup(target)
        target.execute("PRAGMA journal_mode=DELETE")
    finally:
        target.close()


def backup_file(source: Path, target: Path) -> Path:
    """A consistent snapshot of `source` at `target`: written as a private `.partial` beside
    it and renamed when complete; a failure (a full stick) leaves nothing behind."""
    try:
        with partial_file(Path(target)) as partial:
            src = open_readonly(source, timeout=5)
            try:
                _copy_database(src, partial)
            finally:
                src.close()
    except sqlite3.Error as error:          # "database or disk is full" on a full stick
        text = str(error).lower()
        if "full" in text:
            raise OSError(errno.ENOSPC, "the disk is full") from error
        if "i/o" in text:                    # a file size limit, a failing or pulled stick
            raise OSError(errno.EIO, "the disk is full or failing (disk I/O error)") from error
        raise OSError(errno.EIO, str(error)) from error
    return Path(target)


def check_file(path: Path, *, quick: bool = False) -> FileReport:
    """Is this a readable database of ours, intact, with a schema this program knows?"""
    if not Path(path).exists():
        return FileReport(Condition.DAMAGED, (f"{Path(path).name} does not exist.",))
    report = inspect(Path(path), pragma="quick_check" if quick else "integrity_check")
    if report.condition is Condition.NEW:
        return FileReport(Condition.DAMAGED, (f"{Path(path).name} holds no store's records.",))
    return report


def own_folder(folder: Path) -> Path:
    """The program's own backups folder: made, or tightened, to 0700."""
    private_dir(folder)
    tighten(folder, DIR_MODE)
    return folder


def backup_name(now: datetime, tag: str = "") -> str:
    return f"complaints-{now:%Y-%m-%d-%H%M%S}{'-' + tag if tag else ''}.db"


def backups_in(folder: Path) -> list[Path]:
    """Backups in a folder, newest first."""
    if not folder.is_dir():
        return []
    found = [p for p in folder.iterdir() if BACKUP_NAME.match(p.name)]
    return sorted(found, key=lambda p: p.name[len("complaints-"):len("complaints-") + 17],
                  reverse=True)


def made_at(path: Path) -> datetime:
    match = BACKUP_NAME.match(path.name)
    return datetime.strptime(f"{match.group(1)} {match.group(2)}", "%Y-%m-%d %H%M%S")


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
    """Move a database (its WAL and audit anchor with it) out of the way, keeping it:
    `name.<why>-<time>.db`. The lock file stays: it belongs to the path, not the file."""
    kept = path.with_name(f"{path.stem}.{why}-{now:%Y%m%d-%H%M%S}{path.suffix}")
    if path.exists():
        os.replace(path, kept)
    for suffix in _SIDE_FILES:
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.replace(side, kept.with_name(kept.name + suffix))
    return kept


def restore_file(backup: Path, target: Path, *, now: datetime,
                 keep_replaced: bool = True) -> Path | None:
    """Replace `target` with a checked copy of `backup`; returns where the old file went.

    Refused (DatabaseInUse) while any other process has `target` open. The backup is read
    through SQLite (its WAL included, if it has one) and written with the backup API, never
    copied byte for byte. Raises ValueError (with the reasons) when the backup is not
    sound: nothing is touched. The audit anchor is restarted from the backup's trail.
    """
    backup, target = Path(backup), Path(target)
    result = check_file(backup)
    if not result.ok:
        raise ValueError(" ".join(result.problems))
    private_dir(target.parent)
    lock = hold_exclusive(target)
    try:
        staged = target.with_name(target.name + ".restoring")
        with partial_file(staged) as partial:
            source = open_readonly(backup, timeout=5)
            try:
                _copy_database(source, partial)
            finally:
                source.close()
        kept = set_aside(target, now, "replaced") if keep_replaced and target.exists() else None
        for suffix in ("-wal", "-shm", "-journal"):        # the new file starts without them
            target.with_name(target.name + suffix).unlink(missing_ok=True)
        os.replace(staged, target)
        restored = open_readonly(target)
        try:
            audit_anchor.start(target, restored.cursor(), now=datetime.now())
        finally:
            restored.close()
    finally:
        lock.release()
    return kept


def setting_in_file(path: Path, key: str, default: object) -> object:
    """One store setting, read with a connection of its own (for work off the UI thread)."""
    import json

    try:
        connection = open_readonly(path)
        try:
            row = connection.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return default
    return json.loads(row[0]) if row else default


def audit_trail_problems(db_path: Path, *, anchored: bool, backups_folder: Path) -> list[str]:
    """The anchor and backup comparison of `audit_anchor.problems`, on a read-only look."""
    connection = open_readonly(db_path, timeout=5)
    try:
        return audit_anchor.problems(
            Path(db_path), connection.cursor(), anchored=anchored,
            backups=[(p, made_at(p)) for p in backups_in(backups_folder)])
    finally:
        connection.close()


def staff_in_file(path: Path, code: str):  # noqa: ANN201 - (StaffMember, pin hash) | None
    """A staff account and its PIN hash from a database file, read without writing."""
    from desktop_app.domain.staff import Role, StaffMember

    connection = open_readonly(path, timeout=5)
    try:
        row = connection.execute("SELECT id, name, code, role, active, pin_hash FROM staff "
                                 "WHERE code = ?", (code,)).fetchone()
    finally:
        connection.close()
    if row is None:
        return None
    return StaffMember(id=row[0], name=row[1], code=row[2], role=Role(row[3]),
                       active=bool(row[4])), row[5]
