"""What state a database file is in, found without writing a byte to it.

Five answers, because each needs a different response:

- NEW: no file (or an empty one) and no sign that a store was ever here: a store is set up;
- SOUND: readable, intact, a schema this program knows;
- DAMAGED: the bytes are wrong (not a database, pages broken, the schema version row gone),
  or the file is missing or empty where a store existed (its backups or audit anchor are
  still beside it): the newest good backup may be offered;
- UNAVAILABLE: the file may be perfectly healthy, but cannot be used now (another program
  holds a lock on it, the folder is read-only, the permissions refuse it): never replaced;
- TOO_NEW: written by a newer version: left exactly as it is.

Every connection here is read-only (`mode=ro`), so a backup in rollback-journal mode is not
switched to WAL by being looked at, and a newer program's file is not touched.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from desktop_app.storage.migrations import HEAD, KNOWN_REVISIONS, USER_VERSION

# SQLite's primary result codes (https://sqlite.org/rescode.html) that mean the bytes are bad.
_SQLITE_CORRUPT, _SQLITE_NOTADB = 11, 26
CHECK_TIMEOUT_S = 1.0

# Triggers that protect the audit trail (name -> the statement of migration 0001, which is
# history and never imports this) and that keep the search index in step.
AUDIT_TRIGGERS = {
    f"audit_log_no_{verb.lower()}": (
        f"CREATE TRIGGER audit_log_no_{verb.lower()} BEFORE {verb} ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END")
    for verb in ("UPDATE", "DELETE")}
INDEX_TRIGGERS = ("complaints_fts_insert", "complaints_fts_delete", "complaints_fts_update")
#: Keep complaint_day_figures equal to the complaints, from revision 0004 on.
FIGURE_TRIGGERS = ("complaint_figures_insert", "complaint_figures_delete",
                   "complaint_figures_update")
FIGURES_SINCE = "0004"
#: Number every change for head office (the outbox), from revision 0006 on: on each record
#: table and each table of its parts, for insert, update and delete.
OUTBOX_TRIGGERS = tuple(
    f"outbox_{table}_{verb}"
    for table in ("complaints", "incidents", "complaint_options", "complaint_answers",
                  "complaint_signatures", "complaint_amendments", "follow_ups",
                  "escalation_decisions", "incident_people", "incident_updates",
                  "incident_disclosures")
    for verb in ("insert", "update", "delete"))
OUTBOX_SINCE = "0006"
#: ... and on the reviews' table, made with it in revision 0008.
REVIEW_TRIGGERS = tuple(f"outbox_complaint_reviews_{verb}" for verb in ("insert", "update",
                                                                        "delete"))
REVIEWS_SINCE = "0008"


class Condition(StrEnum):
    NEW = "new"
    SOUND = "sound"
    DAMAGED = "damaged"
    UNAVAILABLE = "unavailable"
    TOO_NEW = "too_new"


@dataclass(frozen=True)
class FileReport:
    condition: Condition
    problems: tuple[str, ...] = ()
    revision: str | None = None

    @property
    def ok(self) -> bool:
        return self.condition is Condition.SOUND and not self.problems


def open_readonly(path: Path, timeout: float = CHECK_TIMEOUT_S) -> sqlite3.Connection:
    """A connection that cannot write; it still reads the file's WAL, if it has one."""
    return sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True,
                           timeout=timeout)


def is_damage(error: sqlite3.Error) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB)
    text = str(error).lower()
    return "malformed" in text or "not a database" in text


def unavailable_reason(error: BaseException) -> str:
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return "another program has it locked"
    if "readonly" in text or "read-only" in text or "permission" in text:
        return "this user may not write to it or to its folder"
    if isinstance(error, OSError) and error.strerror:
        return error.strerror.lower()
    return "it could not be opened"


def _unavailable(path: Path, reason: str) -> FileReport:
    return FileReport(Condition.UNAVAILABLE, (
        f"{path.name} cannot be opened right now ({reason}). The file itself may be "
        "perfectly healthy: it has not been changed or replaced.",))


def _access_problem(path: Path, *, for_writing: bool) -> str | None:
    wanted = os.R_OK | (os.W_OK if for_writing else 0)
    if not os.access(path, wanted):
        return "this user may not read and write it" if for_writing else "this user may not read it"
    if for_writing and not os.access(path.parent, os.W_OK | os.X_OK):
        return "its folder is read-only for this user"
    return None


def inspect(path: Path, *, pragma: str | None = "quick_check", for_writing: bool = False,
            store_existed: bool = False) -> FileReport:
    """The file's condition; `store_existed` turns a missing or empty file into damage.

    `pragma` is the page check to run: quick_check (structure, start-up), integrity_check
    (also indexes: backups and `check`) or None (versions only, before every open)."""
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        if not store_existed:
            return FileReport(Condition.NEW)
        what = "is missing" if not path.exists() else "is empty (0 bytes)"
        return FileReport(Condition.DAMAGED, (
            f"{path.name} {what}, although this store's backups or audit records are beside "
            "where it should be.",))
    reason = _access_problem(path, for_writing=for_writing)
    if reason:
        return _unavailable(path, reason)
    try:
        connection = open_readonly(path)
        try:
            rows = ([r[0] for r in connection.execute(f"PRAGMA {pragma}")] if pragma
                    else ["ok"])
            names = {name: kind for name, kind in connection.execute(
                "SELECT name, type FROM sqlite_master WHERE type IN ('table', 'trigger')")}
            user_version = connection.execute("PRAGMA user_version").fetchone()[0]
            revision_row = (connection.execute("SELECT version_num FROM alembic_version")
                            .fetchone() if "alembic_version" in names else None)
        finally:
            connection.close()
    except sqlite3.Error as error:
        if is_damage(error):
            return FileReport(Condition.DAMAGED,
                              (f"{path.name} is not a readable database ({error}).",))
        return _unavailable(path, unavailable_reason(error))
    except OSError as error:
        return _unavailable(path, unavailable_reason(error))
    if rows != ["ok"]:
        return FileReport(Condition.DAMAGED, tuple(f"Damage found: {r}" for r in rows[:5]))
    revision = revision_row[0] if revision_row else None
    tables = {n for n, kind in names.items() if kind == "table"} - {"alembic_version"}
    if user_version > USER_VERSION or (revision is not None and revision not in KNOWN_REVISIONS):
        return FileReport(Condition.TOO_NEW, (
            f"{path.name} was last used by a newer version of Till Complaint Logger (schema "
            f"{revision or user_version}; this version knows up to {HEAD}). It has not been "
            "changed. Install the newer version, or ask your IT contact for help.",), revision)
    if revision is None:
        if not tables:
            return FileReport(Condition.NEW)
        return FileReport(Condition.DAMAGED, (
            f"{path.name} has the program's tables but no schema version: it was altered "
            "by another program, so it is not used as it is.",))
    expected = (*AUDIT_TRIGGERS, *INDEX_TRIGGERS,
                *(FIGURE_TRIGGERS if revision >= FIGURES_SINCE else ()),
                *(OUTBOX_TRIGGERS if revision >= OUTBOX_SINCE else ()),
                *(REVIEW_TRIGGERS if revision >= REVIEWS_SINCE else ()))
    problems = tuple(f"The database trigger {t} is missing (it was dropped outside the "
                     "program)." for t in expected if t not in names)
    return FileReport(Condition.SOUND, problems, revision)


class DatabaseDamaged(RuntimeError):
    """The file is not usable as it is; the message says why (a backup may be restored)."""


class DatabaseUnavailable(RuntimeError):
    """The file cannot be opened now (locked, read-only, permissions); it is not damaged."""


def preflight(path: Path) -> FileReport:
    """Before anything opens the file for writing: read its versions without writing (a newer
    program's file, or a backup in rollback-journal mode, stays byte for byte as it was)."""
    from desktop_app.storage.migrations import SchemaMissing, SchemaTooNew

    report = inspect(path, pragma=None, for_writing=True)
    if report.condition is Condition.TOO_NEW:
        raise SchemaTooNew(report.problems[0])
    if report.condition is Condition.UNAVAILABLE:
        raise DatabaseUnavailable(report.problems[0])
    if report.condition is Condition.DAMAGED:
        if "no schema version" in report.problems[0]:
            raise SchemaMissing(report.problems[0])
        raise DatabaseDamaged(report.problems[0])
    return report
