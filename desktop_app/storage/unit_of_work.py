"""A unit of work: one transaction on the writer connection, rolled back unless committed."""

from __future__ import annotations

from types import TracebackType

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.storage.incident_repository import IncidentRepository
from desktop_app.storage.repositories import (ComplaintRepository, DraftRepository,
                                              SequenceRepository, StaffRepository,
                                              StoreRepository)


class SqlUnitOfWork:
    def __init__(self, engine: Engine) -> None:
        self._factory = sessionmaker(bind=engine, expire_on_commit=False)
        self._session: Session | None = None

    def __enter__(self) -> SqlUnitOfWork:
        self._session = self._factory()
        session = self._session
        self.store = StoreRepository(session)
        self.staff = StaffRepository(session)
        self.sequences = SequenceRepository(session)
        self.complaints = ComplaintRepository(session)
        self.drafts = DraftRepository(session)
        self.incidents = IncidentRepository(session)
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        assert self._session is not None
        try:
            self._session.rollback()   # a no-op after commit
        finally:
            self._session.close()
            self._session = None

    def commit(self) -> None:
        assert self._session is not None
        self._session.commit()

    def rollback(self) -> None:
        assert self._session is not None
        self._session.rollback()
