"""An in-memory unit of work for service tests that need no database (cosmicpython style)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from desktop_app.domain.clock import FixedClock
from desktop_app.domain.complaint import Complaint
from desktop_app.domain.jurisdiction import Jurisdiction
from desktop_app.domain.store import Store
from desktop_app.services.integrity_gate import IntegrityGate
from desktop_app.services.procedures import default_catalogue


class FakeStore:
    def __init__(self) -> None:
        self.store: Store | None = Store("Test Store", "TST01", Jurisdiction.ENGLAND)
        self.settings: dict = {}

    def get(self) -> Store | None:
        return self.store

    def setting(self, key, default=None):  # noqa: ANN001, ANN201
        return self.settings.get(key, default)

    def set_setting(self, key, value) -> None:  # noqa: ANN001
        self.settings[key] = value


class FakeSequences:
    def __init__(self) -> None:
        self.last: dict[tuple, int] = {}

    def next(self, kind: str, store_code: str, year: int) -> int:
        key = (kind, store_code, year)
        self.last[key] = self.last.get(key, 0) + 1
        return self.last[key]


class FakeComplaints:
    def __init__(self) -> None:
        self.saved: list[Complaint] = []

    def add(self, complaint: Complaint) -> int:
        self.saved.append(complaint)
        complaint.id = len(self.saved)
        return complaint.id


class FakeDrafts:
    def __init__(self) -> None:
        self.deleted: list[int] = []

    def delete(self, draft_id: int) -> None:
        self.deleted.append(draft_id)


class FakeAudit:
    def __init__(self) -> None:
        self.entries: list[dict] = []

    def append(self, **entry) -> None:  # noqa: ANN003
        self.entries.append(entry)


@dataclass
class FakeUnitOfWork:
    store: FakeStore = field(default_factory=FakeStore)
    sequences: FakeSequences = field(default_factory=FakeSequences)
    complaints: FakeComplaints = field(default_factory=FakeComplaints)
    drafts: FakeDrafts = field(default_factory=FakeDrafts)
    audit: FakeAudit = field(default_factory=FakeAudit)
    committed: int = 0
    fail_on_commit: Exception | None = None

    def __enter__(self) -> FakeUnitOfWork:
        self._pending = len(self.complaints.saved)
        return self

    def __exit__(self, *exc) -> None:  # noqa: ANN002
        if self.committed_at != len(self.complaints.saved):
            del self.complaints.saved[self._pending:]      # rolled back

    committed_at: int = 0

    def commit(self) -> None:
        if self.fail_on_commit:
            raise self.fail_on_commit
        self.committed += 1
        self.committed_at = len(self.complaints.saved)


@dataclass
class FakeContext:
    """What services need of an AppContext, without a database."""

    unit: FakeUnitOfWork = field(default_factory=FakeUnitOfWork)
    clock: FixedClock = None
    pc_name: str = "till-1"
    uow: Callable[[], FakeUnitOfWork] = None
    integrity: IntegrityGate = field(default_factory=IntegrityGate)

    def __post_init__(self) -> None:
        self.uow = lambda: self.unit

    def saving(self) -> FakeUnitOfWork:
        self.integrity.require_sound()
        return self.unit

    @property
    def catalogue(self):  # noqa: ANN201
        return default_catalogue()
