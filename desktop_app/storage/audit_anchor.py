"""The audit trail's anchor: its newest entry's number and hash, kept outside the database.

The hash chain shows an entry changed or removed in the middle of the trail, but not a cut
tail: delete the newest entries (or all of them, or rewrite every hash from an edited
entry on) and what is left is a perfect chain. So the chain's head is also written to a
file beside the database, `NAME.audit-anchor`, after every commit that adds an entry, and
`check` requires the database to still hold that entry with that hash. The anchor moves
forward only when the database extends it: after tampering the file keeps the evidence
instead of taking the new head. Every backup carries its own head (its newest entry) too,
and `check` requires the live trail to contain the head of every automatic backup made
since the chain was anchored here.

What this cannot see: someone who rewrites the database, the anchor file and every backup
together. The README says so.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop_app.domain.audit import GENESIS
from desktop_app.private_files import write_private

ANCHOR_SUFFIX = ".audit-anchor"
SINCE_SETTING = "audit_anchor_since"
_HEAD = "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"
_HASH_AT = "SELECT hash FROM audit_log WHERE id = ?"

log = logging.getLogger(__name__)


class AnchorUnreadable(ValueError):
    """The anchor file is there but is not an anchor (it was altered or cut short)."""


@dataclass(frozen=True)
class Anchor:
    last_id: int
    head: str
    since: datetime         # when the chain was anchored here (set up, upgraded or restored)


def anchor_path(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + ANCHOR_SUFFIX)


def read(db_path: Path) -> Anchor | None:
    path = anchor_path(db_path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    try:
        data = json.loads(text)
        return Anchor(int(data["last_id"]), str(data["head"]),
                      datetime.fromisoformat(data["since"]))
    except (ValueError, KeyError, TypeError) as error:
        raise AnchorUnreadable(f"{path.name} is not an audit anchor.") from error


def _encode(anchor: Anchor) -> bytes:
    return json.dumps({"last_id": anchor.last_id, "head": anchor.head,
                       "since": anchor.since.isoformat(timespec="seconds")}).encode("utf-8")


def write(db_path: Path, anchor: Anchor) -> None:
    write_private(anchor_path(db_path), _encode(anchor))


def head_of(cursor: sqlite3.Cursor) -> tuple[int, str]:
    row = cursor.execute(_HEAD).fetchone()
    return (row[0], row[1]) if row else (0, GENESIS)


def hash_at(cursor: sqlite3.Cursor, entry_id: int) -> str | None:
    if entry_id == 0:
        return GENESIS
    row = cursor.execute(_HASH_AT, (entry_id,)).fetchone()
    return row[0] if row else None


def start(db_path: Path, cursor: sqlite3.Cursor, *, now: datetime) -> Anchor:
    """Anchor the chain as it is now (a new store, a file from before anchors, a restore)."""
    last_id, head = head_of(cursor)
    anchor = Anchor(last_id, head, now.replace(microsecond=0))
    write(db_path, anchor)
    return anchor


def head_of_file(path: Path) -> tuple[int, str]:
    """The newest entry of a database or backup file, read without writing to it."""
    from desktop_app.storage.file_check import open_readonly

    connection = open_readonly(path)
    try:
        return head_of(connection.cursor())
    finally:
        connection.close()


class AnchorKeeper:
    """Moves one database's anchor forward after each commit that added audit entries.

    Off the save path: the commit hands the new head to a writer thread and returns (the
    anchor may lag the trail by the last few commits, which `check` accepts; a burst of saves
    costs one write). The anchor last written is kept in memory; the file is read again
    only when its stat says another process wrote it since. `flush()` waits for what is due."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = Path(db_path)
        self.path = anchor_path(self.db_path)
        self._lock = threading.Condition()
        self._known: tuple[tuple[int, int, int], Anchor] | None = None
        self._due: tuple[int, str] | None = None
        self._writing = False
        self._thread: threading.Thread | None = None

    def _current(self) -> Anchor | None:
        try:
            info = os.stat(self.path)
        except FileNotFoundError:
            return None
        signature = (info.st_ino, info.st_mtime_ns, info.st_size)
        if self._known is not None and self._known[0] == signature:
            return self._known[1]
        anchor = read(self.db_path)
        self._known = (signature, anchor) if anchor is not None else None
        return anchor

    def may_advance(self, cursor: sqlite3.Cursor, new_id: int) -> bool:
        """Asked inside the transaction: does the trail still hold the anchored entry?"""
        with self._lock:
            try:
                anchor = self._current()
            except AnchorUnreadable:
                return False                # keep the evidence; `check` reports it
        if anchor is None or new_id <= anchor.last_id:
            return False
        return hash_at(cursor, anchor.last_id) == anchor.head

    def advance(self, new_id: int, new_head: str) -> None:
        """After the commit: the head is due to be written (the newest due wins)."""
        with self._lock:
            if self._due is None or new_id > self._due[0]:
                self._due = (new_id, new_head)
            if self._thread is None:
                self._thread = threading.Thread(target=self._write_due, daemon=True,
                                                name="audit-anchor")
                self._thread.start()
            self._lock.notify_all()

    def _write_due(self) -> None:
        while True:
            with self._lock:
                while self._due is None:
                    self._lock.wait()
                due, self._due, self._writing = self._due, None, True
            try:
                self._write(*due)
            finally:
                with self._lock:
                    self._writing = False
                    self._lock.notify_all()

    def _write(self, new_id: int, new_head: str) -> None:
        """A failure never undoes a saved record: the anchor just stays behind."""
        try:
            with self._lock:
                anchor = self._current()
            if anchor is None or new_id <= anchor.last_id:
                return
            moved = Anchor(new_id, new_head, anchor.since)
            write(self.db_path, moved)
            info = os.stat(self.path)
            with self._lock:
                self._known = ((info.st_ino, info.st_mtime_ns, info.st_size), moved)
        except (OSError, AnchorUnreadable):
            log.warning("The audit anchor could not be moved forward")

    def flush(self) -> None:
        """Wait until every head handed over has been written."""
        with self._lock:
            while self._due is not None or self._writing:
                self._lock.wait()


def problems(db_path: Path, cursor: sqlite3.Cursor, *, anchored: bool,
             backups: list[tuple[Path, datetime]]) -> list[str]:
    """What the anchor file and the backups say was cut from the trail (sentences).

    `anchored` says the store has been anchored (a setting in the database), so a missing
    anchor file is itself evidence. `backups` are the automatic backups with their times."""
    found: list[str] = []
    try:
        anchor = read(db_path)
    except AnchorUnreadable as error:
        return [f"{error} It was altered outside the program."]
    if anchor is None:
        if anchored:
            found.append(f"{anchor_path(db_path).name}, the audit trail's anchor beside the "
                         "database, is missing: it was removed outside the program.")
        return found
    row = cursor.execute("SELECT COUNT(*), COALESCE(MAX(id), 0) FROM audit_log").fetchone()
    count, last = int(row[0]), int(row[1])
    held = hash_at(cursor, anchor.last_id)
    if held is None:
        found.append(f"The audit trail ends at entry {last}, but it had reached entry "
                     f"{anchor.last_id}: entries were removed from its end.")
    elif held != anchor.head:
        found.append(f"Audit entry {anchor.last_id} is not the entry that was written: the "
                     "trail was rewritten.")
    if count != last:
        found.append(f"The audit trail has {count} entries but its numbers run to {last}: "
                     "entries were removed.")
    for backup, made in backups:
        if made < anchor.since:
            continue                      # from before a restore: another branch of history
        try:
            backup_id, backup_head = head_of_file(backup)
        except sqlite3.Error:
            continue                      # not readable: `newest_good` already skips it
        if hash_at(cursor, backup_id) != backup_head:
            found.append(f"The backup {backup.name} holds audit entries up to {backup_id} that "
                         "the database no longer has: the trail was cut or rewritten.")
    return found
