"""Reading the outbox (migration 0006): what changed after a sequence number."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.storage.orm.outbox import OutboxRow


@dataclass(frozen=True)
class Pending:
    seq: int
    record_type: str
    reference: str
    erased: bool


class OutboxRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def last_seq(self) -> int:
        return self._session.scalar(select(func.max(OutboxRow.seq))) or 0

    def count_after(self, seq: int) -> int:
        return self._session.scalar(select(func.count()).select_from(OutboxRow)
                                    .where(OutboxRow.seq > seq)) or 0

    def after(self, seq: int) -> list[Pending]:
        """Each record changed after `seq`, once, under its latest change, oldest first."""
        rows = self._session.execute(
            select(OutboxRow.seq, OutboxRow.record_type, OutboxRow.reference, OutboxRow.op)
            .where(OutboxRow.seq > seq).order_by(OutboxRow.seq))
        return [Pending(s, kind, reference, op == "erase") for s, kind, reference, op in rows]
