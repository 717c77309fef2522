"""Opening the program's database and everything a use case needs, in one object.

This is the composition root below the UI: the UI and the command line call
`open_app(path)` and pass the returned context to the use cases.
"""

from __future__ import annotations

import platform
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.domain.clock import Clock, SystemClock
from desktop_app.services.integrity_gate import IntegrityGate
from desktop_app.services.procedures import Catalogue, default_catalogue
from desktop_app.storage.database import Database, DatabaseLocationError, open_database
from desktop_app.storage.file_check import DatabaseDamaged, DatabaseUnavailable, preflight
from desktop_app.storage.instance_lock import DatabaseInUse
from desktop_app.storage.migrations import SchemaMissing, SchemaTooNew, upgrade
from desktop_app.storage.unit_of_work import SqlUnitOfWork

#: Opening refused, each with a sentence for the person: nothing was written to the file.
OPEN_REFUSED = (SchemaTooNew, SchemaMissing, DatabaseLocationError, DatabaseDamaged,
                DatabaseUnavailable, DatabaseInUse)

__all__ = ["OPEN_REFUSED", "AppContext", "explain_failure", "DatabaseDamaged", "DatabaseInUse",
           "DatabaseLocationError", "DatabaseUnavailable", "SchemaMissing", "SchemaTooNew",
           "open_app"]


@dataclass
class AppContext:
    db: Database
    clock: Clock = field(default_factory=SystemClock)
    pc_name: str = field(default_factory=platform.node)
    #: The start-up page check: the window makes it pending and settles it from the pool.
    integrity: IntegrityGate = field(default_factory=IntegrityGate)

    @property
    def catalogue(self) -> Catalogue:
        """Models, categories and labels from resources/procedures (read once, on first use)."""
        return default_catalogue()

    def uow(self) -> SqlUnitOfWork:
        return SqlUnitOfWork(self.db.writer, self.db.anchor)

    def saving(self) -> SqlUnitOfWork:
        """The unit of work for writing a record: refused with a sentence while the start-up
        check has not passed (signing in and reading do not wait for it)."""
        self.integrity.require_sound()
        return self.uow()

    def read_uow(self) -> SqlUnitOfWork:
        """A read-only unit of work on the reader engine: lists, searches and dashboards,
        safe to run on a worker thread beside the writer (WAL)."""
        return SqlUnitOfWork(self.db.reader)

    @property
    def db_path(self) -> Path:
        return self.db.path

    def close(self) -> None:
        self.db.dispose()


def explain_failure(error: BaseException) -> str:
    """One sentence for any failure that reaches the top of a command or a screen: never a
    traceback, never SQL or the data it carried."""
    from desktop_app.storage.failures import database_failure

    if isinstance(error, OPEN_REFUSED):
        return str(error)
    sentence = database_failure(error)
    if sentence is not None:
        return sentence
    if isinstance(error, OSError):
        where = f" ({error.filename})" if error.filename else ""
        return f"A file could not be read or written{where}: {error.strerror or error}."
    return (f"An unexpected error stopped it ({type(error).__name__}). Nothing was half-saved: "
            "every change is kept whole or not at all. If it happens again, tell your IT "
            "contact.")


def _store_exists(ctx: AppContext) -> bool:
    with ctx.uow() as uow:
        return uow.store.get() is not None


def open_app(path: Path, *, clock: Clock | None = None,
             before_upgrade: Callable[[Database], None] | None = None,
             repair: bool = True) -> AppContext:
    """Open (creating if need be) and upgrade the database; one of OPEN_REFUSED, with the
    file untouched, when it cannot be used. The versions are read without writing first.
    `repair` puts back dropped audit triggers and anchors an unanchored trail (`check`
    looks without repairing)."""
    from desktop_app.services.audit import secure_trail

    preflight(Path(path))
    db = open_database(path)
    try:
        upgraded = upgrade(db.writer,
                           before=(lambda: before_upgrade(db)) if before_upgrade else None)
        ctx = AppContext(db=db, clock=clock or SystemClock())
        if upgraded and _store_exists(ctx):
            from desktop_app.services.head_office_link import store_keys
            store_keys(ctx)             # an existing store gets its signing key on upgrade
        if repair:
            secure_trail(ctx)
    except BaseException:
        db.dispose()
        raise
    return ctx
