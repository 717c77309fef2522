"""The outbox: each changed record under the sequence number of its latest change.

Written only by the triggers of migration 0006 (db/versions/0006_head_office_outbox.py);
the program reads it to make head-office bundles.
"""

from __future__ import annotations

from sqlalchemy import String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.storage.orm.base import Base


class OutboxRow(Base):
    __tablename__ = "outbox"
    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    record_type: Mapped[str] = mapped_column(String(16))
    reference: Mapped[str] = mapped_column(String(40))
    op: Mapped[str] = mapped_column(String(8))

    __table_args__ = (UniqueConstraint("record_type", "reference", name="uq_outbox_record"),
                      {"sqlite_autoincrement": True})
