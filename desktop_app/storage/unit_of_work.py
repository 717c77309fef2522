"""A unit of work: one transaction on the writer connection, rolled back unless committed."""

from __future__ import annotations

from types import TracebackType
from weakref import WeakKeyDictionary

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.storage.incident_repository import IncidentRepository
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


class SqlUnitOfWork:
    def __init__(self, engine: Engine) -> None:
        self._factory = _factory_for(engine)
        self._session: Session | None = None
        self._committed = False

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

    def commit(self) -> None:
        assert self._session is not None
        self._session.commit()
        self._committed = True

    def rollback(self) -> None:
        assert self._session is not None
        self._session.rollback()
