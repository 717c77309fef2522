"""A unit of work: one transaction on the writer connection, rolled back unless committed."""

from __future__ import annotations

from types import TracebackType
from weakref import WeakKeyDictionary

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.domain.errors import StorageError
from desktop_app.storage import driver_sql
from desktop_app.storage.aftercare_repository import AftercareRepository
from desktop_app.storage.review_repository import ReviewRepository
from desktop_app.storage.audit_anchor import AnchorKeeper
from desktop_app.storage.audit_repository import AuditRepository
from desktop_app.storage.complaint_list_repository import ComplaintListRepository
from desktop_app.storage.outbox_repository import OutboxRepository
from desktop_app.storage.figures_repository import FiguresRepository
from desktop_app.storage.incident_repository import IncidentRepository
from desktop_app.storage.personal_data_repository import PersonalDataRepository
from desktop_app.storage.repositories import (ComplaintRepository, DraftRepository,
                                              SequenceRepository, StaffRepository,
                                              StoreRepository)


_FACTORIES: WeakKeyDictionary[Engine, sessionmaker] = WeakKeyDictionary()


def _factory_for(engine: Engine) -> sessionmaker:
    """One session factory per engine (making one per unit of work costs a third of a save)."""
    factory = _FACTORIES.get(engine)
    if factory is None:
        factory = _FACTORIES[engine] = sessionmaker(bind=engine, expire_on_commit=False)
    return factory


_MESSAGES = (
    ("disk is full", "The disk is full, so nothing was saved. Free some space (or tell your "
                     "manager) and try again."),
    ("disk i/o error", "The database could not be written to the disk (it may be full or "
                       "failing), so nothing was saved. Free some space or tell your manager, "
                       "then try again."),
    ("readonly", "The database folder cannot be written to, so nothing was saved. Tell your "
                 "manager: the program needs write access to its data folder."),
    ("read-only", "The database folder cannot be written to, so nothing was saved. Tell your "
                  "manager: the program needs write access to its data folder."),
    ("locked", "The database is busy (another program has it open), so nothing was saved. "
               "Try again in a moment."),
    ("malformed", "The database file is damaged, so nothing was saved. Tell your manager: "
                  "it can be restored from a backup."),
    ("not a database", "The database file is damaged, so nothing was saved. Tell your "
                       "manager: it can be restored from a backup."),
)


def storage_message(error: DBAPIError | Exception) -> str:
    """A sentence for the person at the till; the SQL and the data stay out of it."""
    text = str(getattr(error, "orig", error)).lower()
    for needle, message in _MESSAGES:
        if needle in text:
            return message
    return ("The database could not be written, so nothing was saved. Try again; if it "
            "happens again, tell your manager.")


class SqlUnitOfWork:
    def __init__(self, engine: Engine, anchor: AnchorKeeper | None = None) -> None:
        self._factory = _factory_for(engine)
        self._anchor = anchor
        self._session: Session | None = None
        self._committed = False

    def forget(self) -> None:
        """Let go of the records read so far (a long read a chunk at a time)."""
        self._session.expunge_all()

    def __enter__(self) -> SqlUnitOfWork:
        self._session = self._factory()
        self._committed = False
        session = self._session
        self.store = StoreRepository(session)
        self.staff = StaffRepository(session)
        self.sequences = SequenceRepository(session)
        self.complaints = ComplaintRepository(session)
        self.drafts = DraftRepository(session)
        self.incidents = IncidentRepository(session)
        self.audit = AuditRepository(session)
        self.aftercare = AftercareRepository(session)
        self.reviews = ReviewRepository(session)
        self.personal_data = PersonalDataRepository(session)
        self.figures = FiguresRepository(session)
        self.complaint_list = ComplaintListRepository(session)
        self.outbox = OutboxRepository(session)
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        assert self._session is not None
        try:
            if not self._committed:
                self._session.rollback()
        finally:
            self._session.close()
            self._session = None
        if isinstance(exc, DBAPIError) and not isinstance(exc, StorageError):
            raise StorageError(storage_message(exc)) from exc

    def commit(self) -> None:
        assert self._session is not None
        appended = self.audit.appended
        advance = (self._anchor is not None and appended is not None
                   and self._anchor.may_advance(driver_sql.cursor(self._session), appended[0]))
        self._session.commit()
        self._committed = True
        if advance:
            self._anchor.advance(*appended)

    def rollback(self) -> None:
        assert self._session is not None
        self._session.rollback()
