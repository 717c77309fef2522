"""The chain's figures in SQL: domain/kpis.py's definitions, counted per store by
PostgreSQL over every store's complaints (the league table's raw counts).

The definitions are kpis.py's, word for word:
- first contact: closed, the customer agreed, not escalated, no follow-up needed;
- handling time: saved − opened, never below 0;
- satisfaction: the 1-5 scores given;
- escalated: the complaint has an escalation;
- time to close: closed − opened, for complaints closed with a closing time;
- follow-ups overdue: follow-up needed, due before today, still open to follow up.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, func, select
from sqlalchemy.engine import Connection

from desktop_app.domain.complaint import FOLLOW_UP_OPEN, Status
from desktop_app.domain.kpis import ComplaintCounts
from desktop_app.storage.head_office import tables as t


@dataclass(frozen=True)
class StoreCounts:
    store_code: str
    store_name: str
    region: str
    counts: ComplaintCounts          # the raw counts kpis.summary_of turns into figures


def league_counts(connection: Connection, start: date, end: date, today: date, *,
                  region: str | None = None) -> list[StoreCounts]:
    """Complaints saved from `start` to `end` inclusive, per store, erased ones left out."""
    c, s = t.complaints, t.stores
    closed = c.c.status == Status.CLOSED.value
    escalated = c.c.escalation.is_not(None)
    seconds = func.extract("epoch", c.c.saved_at - c.c.opened_at)
    to_close = func.extract("epoch", c.c.closed_at - c.c.opened_at) / 86400
    count_if = lambda condition: func.count().filter(condition)  # noqa: E731
    query = (
        select(
            s.c.code, s.c.name, s.c.region,
            func.count().label("logged"),
            count_if(closed).label("closed"),
            count_if(and_(closed, c.c.customer_agrees.is_(True), ~escalated,
                          c.c.follow_up_needed.is_not(True))).label("first_contact"),
            func.coalesce(func.sum(func.greatest(seconds, 0) / 60), 0).label("handling"),
            count_if(c.c.satisfaction > 0).label("scores"),
            func.coalesce(func.sum(c.c.satisfaction).filter(c.c.satisfaction > 0), 0)
            .label("score_total"),
            count_if(escalated).label("escalated"),
            count_if(and_(closed, c.c.closed_at.is_not(None))).label("closed_timed"),
            func.coalesce(func.sum(to_close).filter(and_(closed, c.c.closed_at.is_not(None))),
                          0).label("days_to_close"),
            count_if(and_(c.c.follow_up_needed.is_(True), c.c.follow_up_due < today,
                          c.c.status.in_([s_.value for s_ in FOLLOW_UP_OPEN])))
            .label("overdue"),
        )
        .select_from(c.join(s, s.c.code == c.c.store_code))
        .where(c.c.erased.is_(False),
               c.c.saved_at >= datetime.combine(start, time.min),
               c.c.saved_at < datetime.combine(end + timedelta(days=1), time.min))
        .group_by(s.c.code, s.c.name, s.c.region)
        .order_by(s.c.code))
    if region is not None:
        query = query.where(s.c.region == region)
    return [StoreCounts(row.code, row.name, row.region, ComplaintCounts(
                logged=row.logged, closed=row.closed, first_contact=row.first_contact,
                escalated=row.escalated, overdue=row.overdue,
                handling_minutes=float(row.handling), scores=row.scores,
                score_total=int(row.score_total), closed_timed=row.closed_timed,
                days_to_close=float(row.days_to_close)))
            for row in connection.execute(query)]


