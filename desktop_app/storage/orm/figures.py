"""The complaints' figures kept per day, for the dashboard and the period summary.

Written only by the triggers of migration 0004, never by the program: per day saved and
per category, channel, status and root cause, the sums `kpis.ComplaintCounts` is made of.
"""

from __future__ import annotations

from sqlalchemy import Float, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.storage.orm.base import Base

#: The open follow-ups, as the partial index over them and the query that uses it both say
#: it (SQLite uses a partial index only for a WHERE containing the index's own terms).
OPEN_FOLLOW_UPS = ("follow_up_needed = 1 AND status IN "
                   "('open', 'awaiting_follow_up', 'escalated')")
HAS_SUGGESTION = "improvement_suggestion != ''"


class ComplaintDayFiguresRow(Base):
    __tablename__ = "complaint_day_figures"
    __table_args__ = {"sqlite_with_rowid": False}

    day: Mapped[str] = mapped_column(String(10), primary_key=True)
    category: Mapped[str] = mapped_column(String(48), primary_key=True)
    channel: Mapped[str] = mapped_column(String(20), primary_key=True)
    status: Mapped[str] = mapped_column(String(24), primary_key=True)
    root_cause: Mapped[str] = mapped_column(Text, primary_key=True)
    logged: Mapped[int]
    first_contact: Mapped[int]
    closed_timed: Mapped[int]
    days_to_close: Mapped[float] = mapped_column(Float)
    handling_minutes: Mapped[float] = mapped_column(Float)
    scores: Mapped[int]
    score_total: Mapped[int]
    escalated: Mapped[int]
