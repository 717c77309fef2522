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

from sqlalchemy import and_, case, func, select
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




# ---- abuse towards staff: when it peaks --------------------------------------------------
def abuse_grid(connection: Connection, start: date, end: date, *,
               region: str | None = None,
               store_code: str | None = None) -> dict[tuple[str, int, int], int]:
    """Incidents that happened from `start` to `end`, by (region, ISO weekday 1-7, hour).
    The tills record UK local time, so the hours are the shop's hours across the clock
    changes."""
    i, s = t.incidents, t.stores
    weekday = func.extract("isodow", i.c.occurred_at)
    hour = func.extract("hour", i.c.occurred_at)
    query = (select(s.c.region, weekday.label("weekday"), hour.label("hour"),
                    func.count().label("n"))
             .select_from(i.join(s, s.c.code == i.c.store_code))
             .where(i.c.erased.is_(False),
                    i.c.occurred_at >= datetime.combine(start, time.min),
                    i.c.occurred_at < datetime.combine(end + timedelta(days=1), time.min))
             .group_by(s.c.region, weekday, hour))
    if region is not None:
        query = query.where(s.c.region == region)
    if store_code is not None:
        query = query.where(i.c.store_code == store_code)
    return {(row.region, int(row.weekday), int(row.hour)): row.n
            for row in connection.execute(query)}


def riddor_facts(connection: Connection, *, since: date) -> list[dict]:
    """What RIDDOR turns on, for every incident from `since` (the rules are the domain's)."""
    i, s = t.incidents, t.stores
    query = (select(i.c.store_code, s.c.name.label("store_name"), s.c.region, i.c.reference,
                    i.c.occurred_at, i.c.days_off_work, i.c.behaviours,
                    i.c.specified_injuries, i.c.public_to_hospital, i.c.jurisdiction,
                    i.c.updates)
             .select_from(i.join(s, s.c.code == i.c.store_code))
             .where(i.c.erased.is_(False),
                    i.c.occurred_at >= datetime.combine(since, time.min))
             .order_by(i.c.occurred_at))
    return [dict(row) for row in connection.execute(query).mappings()]


# ---- the same customer in several stores -------------------------------------------------
def customer_key_sql(c):  # noqa: ANN001, ANN201 - the complaints table; a SQL expression
    """kpis.customer_key in SQL: the phone's last ten digits, else the email, else the
    name, lower case with its spaces collapsed ("" when none)."""
    digits = func.regexp_replace(func.coalesce(c.contact_phone, ""), r"\D", "", "g")
    email = func.lower(func.btrim(func.coalesce(c.contact_email, "")))
    name = func.lower(func.btrim(func.regexp_replace(func.coalesce(c.customer_name, ""),
                                                     r"\s+", " ", "g")))
    return case((digits != "", "phone:" + func.right(digits, 10)),
                (func.coalesce(c.contact_email, "") != "", "email:" + email),
                (name != "", "name:" + name), else_="")


def repeat_customers(connection: Connection, start: date, end: date, *,
                     min_stores: int = 2, min_complaints: int = 1,
                     ) -> list[tuple[str, int, int, list[str]]]:
    """Customers (by key) who complained in at least `min_stores` stores, and at least
    `min_complaints` times, in the period: (key, stores, complaints, the references)."""
    c = t.complaints
    key = customer_key_sql(c.c).label("key")
    query = (select(key, func.count(func.distinct(c.c.store_code)).label("stores"),
                    func.count().label("complaints"),
                    func.array_agg(c.c.reference).label("refs"))
             .where(c.c.erased.is_(False), c.c.anonymised_at.is_(None),
                    c.c.saved_at >= datetime.combine(start, time.min),
                    c.c.saved_at < datetime.combine(end + timedelta(days=1), time.min))
             .group_by(key)
             .having(and_(key != "", func.count(func.distinct(c.c.store_code)) >= min_stores,
                          func.count() >= min_complaints))
             .order_by(func.count().desc(), key))
    return [(row.key, row.stores, row.complaints, sorted(row.refs))
            for row in connection.execute(query)]


# ---- what is rising across the chain -------------------------------------------------------
def monthly_counts(connection: Connection, start: date, end: date, *, by: str,
                   region: str | None = None,
                   store_code: str | None = None) -> dict[tuple[str, str], int]:
    """Complaints per (month "YYYY-MM", category or root cause) across the chain."""
    c, s = t.complaints, t.stores
    column = {"category": c.c.category, "root_cause": c.c.root_cause}[by]
    month = func.to_char(c.c.saved_at, "YYYY-MM")
    query = (select(month.label("month"), column.label("key"), func.count().label("n"))
             .select_from(c.join(s, s.c.code == c.c.store_code))
             .where(c.c.erased.is_(False),
                    c.c.saved_at >= datetime.combine(start, time.min),
                    c.c.saved_at < datetime.combine(end + timedelta(days=1), time.min))
             .group_by(month, column))
    if region is not None:
        query = query.where(s.c.region == region)
    if store_code is not None:
        query = query.where(c.c.store_code == store_code)
    return {(row.month, row.key or ""): row.n for row in connection.execute(query)}


# ---- the records behind a figure -----------------------------------------------------------
def _period(column, start: date, end: date):  # noqa: ANN001, ANN202 - SQL conditions
    return (column >= datetime.combine(start, time.min),
            column < datetime.combine(end + timedelta(days=1), time.min))


def complaint_lines(connection: Connection, start: date, end: date, *,
                    store_code: str | None = None, region: str | None = None,
                    category: str | None = None, month: str | None = None,
                    customer_key: str | None = None, limit: int = 2000) -> list[dict]:
    """The complaints a figure was counted from (the same conditions as the figure),
    newest first. `category` "" means none; `month` is "YYYY-MM"."""
    c, s = t.complaints, t.stores
    query = (select(c.c.store_code, c.c.reference, c.c.saved_at.label("at"), c.c.category,
                    c.c.root_cause, c.c.status, c.c.escalation.is_not(None).label("escalated"))
             .select_from(c.join(s, s.c.code == c.c.store_code))
             .where(c.c.erased.is_(False), *_period(c.c.saved_at, start, end))
             .order_by(c.c.saved_at.desc(), c.c.reference).limit(limit))
    if store_code is not None:
        query = query.where(c.c.store_code == store_code)
    if region is not None:
        query = query.where(s.c.region == region)
    if category is not None:
        query = query.where(c.c.category == category if category else c.c.category.is_(None))
    if month is not None:
        query = query.where(func.to_char(c.c.saved_at, "YYYY-MM") == month)
    if customer_key is not None:
        query = query.where(c.c.anonymised_at.is_(None), customer_key_sql(c.c) == customer_key)
    return [dict(row) for row in connection.execute(query).mappings()]


def incident_lines(connection: Connection, start: date, end: date, *,
                   region: str | None = None, weekday: int | None = None,
                   hour: int | None = None, limit: int = 2000) -> list[dict]:
    """The incidents behind a cell of the abuse grid (ISO weekday, hour), newest first."""
    i, s = t.incidents, t.stores
    query = (select(i.c.store_code, i.c.reference, i.c.occurred_at.label("at"),
                    i.c.behaviours, i.c.status)
             .select_from(i.join(s, s.c.code == i.c.store_code))
             .where(i.c.erased.is_(False), *_period(i.c.occurred_at, start, end))
             .order_by(i.c.occurred_at.desc(), i.c.reference).limit(limit))
    if region is not None:
        query = query.where(s.c.region == region)
    if weekday is not None:
        query = query.where(func.extract("isodow", i.c.occurred_at) == weekday)
    if hour is not None:
        query = query.where(func.extract("hour", i.c.occurred_at) == hour)
    return [dict(row) for row in connection.execute(query).mappings()]


def found_by_words(connection: Connection, record_type: str, words: str,
                   limit: int = 500) -> list[dict]:
    """Records whose searchable fields (the record schema marks them; tables.py keeps
    them as a tsvector with a GIN index) hold every one of the words, newest first."""
    table, _ = t.RECORD_TABLES[record_type]
    when = table.c.saved_at if record_type == "complaint" else table.c.occurred_at
    what = table.c.category if record_type == "complaint" else table.c.behaviours
    query = (select(table.c.store_code, table.c.reference, when.label("at"),
                    what.label("what"), table.c.status)
             .where(table.c.erased.is_(False),
                    table.c.search.op("@@")(func.plainto_tsquery("simple", words)))
             .order_by(when.desc(), table.c.reference).limit(limit))
    return [dict(row) for row in connection.execute(query).mappings()]
