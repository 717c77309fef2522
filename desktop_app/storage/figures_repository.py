"""The dashboard's and the period summary's figures, counted in SQL.

`counts` is the dashboard's: `kpis.ComplaintCounts` summed from `complaint_day_figures`
(kept per day by triggers, migration 0004: a year is a few hundred thousand summary rows
whatever the number of complaints), the period's overdue follow-ups through the partial
index of the open ones, the customers grouped as typed, and a stream of the improvement
suggestions, so a year of a million complaints is never a million Python objects.
`kpis.summary_of` turns the counts into the KPIs, exactly as it does for a pass over
complaints in Python (a test compares the two on generated data, changed and erased).
`RecordsInPeriod` finds the references a few figures must name, in SQL too.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy.orm import Session

from desktop_app.domain.complaint import Status
from desktop_app.domain.dashboard_figures import UNCATEGORISED, Behind
from desktop_app.domain.kpis import ComplaintCounts, CustomerDetails, customer_key
from desktop_app.storage import driver_sql
from desktop_app.storage.orm.figures import HAS_SUGGESTION, OPEN_FOLLOW_UPS

_STATUS = {status.value: status for status in Status}


_PERIOD = "saved_at >= :low AND saved_at < :high"
_DAYS_IN = "day >= :low_day AND day < :high_day"
_CLOSED = Status.CLOSED.value
#: One row per (category, channel, status, root cause) in the period, everything summed.
_GROUPED = f"""
SELECT category, channel, status, root_cause, sum(logged), sum(first_contact),
       sum(closed_timed), total(days_to_close), total(handling_minutes), sum(scores),
       sum(score_total), sum(escalated)
FROM complaint_day_figures WHERE {_DAYS_IN} GROUP BY 1, 2, 3, 4"""
_DAYS = f"SELECT day, sum(logged) FROM complaint_day_figures WHERE {_DAYS_IN} GROUP BY 1"
_OVERDUE = (f"SELECT count(*) FROM complaints WHERE {OPEN_FOLLOW_UPS} "
            f"AND follow_up_due < :today AND {_PERIOD}")
_PEOPLE = (f"SELECT contact_phone, contact_email, customer_name, count(*) FROM complaints "
           f"WHERE {_PERIOD} GROUP BY 1, 2, 3")
#: Through the partial index of the complaints with one, in the order they were saved.
_SUGGESTIONS = (f"SELECT improvement_suggestion, reference FROM complaints WHERE {_PERIOD} "
                f"AND {HAS_SUGGESTION} ORDER BY saved_at, id")


def _period(start: datetime, end: datetime) -> dict[str, str]:
    """The bounds as stored; the figures are kept per day, so periods are whole days."""
    if start.time() != time.min or end.time() != time.min:
        raise ValueError("figures are counted over whole days (midnight to midnight)")
    return {"low": driver_sql.stored(start), "high": driver_sql.stored(end),
            "low_day": start.date().isoformat(), "high_day": end.date().isoformat()}


class FiguresRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def counts(self, start: datetime, end: datetime, today: date) -> ComplaintCounts:
        """The complaints saved in [start, end) counted by raw value, in SQL."""
        n = self.grouped_counts(start, end, today)
        self.daily_counts(start, end, into=n)
        return n

    def grouped_counts(self, start: datetime, end: datetime, today: date) -> ComplaintCounts:
        """The totals, the counts by category, channel, status and root cause, and by day;
        the rest (`daily_counts`) may be read at the same time on another connection."""
        period = _period(start, end)
        run = self._session.connection().exec_driver_sql
        n = ComplaintCounts()
        for (category, channel, status, cause, logged, first_contact, closed_timed, days,
             minutes, scores, score_total, escalated) in run(_GROUPED, period):
            n.logged += logged
            n.first_contact += first_contact
            n.closed_timed += closed_timed
            n.days_to_close += days
            n.handling_minutes += minutes
            n.scores += scores
            n.score_total += score_total
            n.escalated += escalated
            if status == _CLOSED:
                n.closed += logged
            for counted, key in ((n.categories, category), (n.channels, channel),
                                 (n.causes, cause)):
                counted[key] = counted.get(key, 0) + logged
            n.statuses[_STATUS[status]] = n.statuses.get(_STATUS[status], 0) + logged
        n.days = {date.fromisoformat(day): count for day, count in
                  sorted(run(_DAYS, period).all())}
        n.overdue = run(_OVERDUE, period | {"today": today.isoformat()}).scalar()
        return n

    def daily_counts(self, start: datetime, end: datetime, *,
                     into: ComplaintCounts) -> ComplaintCounts:
        """Complaints by customer as typed, and the suggestions, put `into` counts."""
        period = _period(start, end)
        run = self._session.connection().exec_driver_sql
        n = into
        n.people = {(phone, email, name): count
                    for phone, email, name, count in run(_PEOPLE, period)}
        suggestions = n.suggestions
        for position, (text, reference) in enumerate(run(_SUGGESTIONS, period)):
            total, refs = suggestions.get(text, (0, ()))
            suggestions[text] = (total + 1, refs if len(refs) >= 3
                                 else (*refs, (position, reference)))
        return n

    def records_in(self, start: datetime, end: datetime) -> RecordsInPeriod:
        return RecordsInPeriod(self._session, start, end)


class RecordsInPeriod:
    """`dashboard_figures.RecordsBehind` in SQL: the references a figure must name."""

    def __init__(self, session: Session, start: datetime, end: datetime) -> None:
        self._run = session.connection().exec_driver_sql
        self._period = _period(start, end)

    def typed_root_causes(self) -> set[str]:
        return {row[0] for row in self._run(
            f"SELECT DISTINCT root_cause FROM complaint_day_figures WHERE {_DAYS_IN}",
            self._period)}

    def any_uncategorised(self) -> bool:
        return self._run(f"SELECT EXISTS (SELECT 1 FROM complaint_day_figures WHERE "
                         f"{_DAYS_IN} AND category = '')", self._period).scalar() == 1

    def references(self, behind: Behind, values: frozenset[str] = frozenset(),
                   ) -> tuple[str, ...]:
        order = " ORDER BY saved_at, id"
        if behind is Behind.REPEAT:
            return self._repeat_references()
        if behind is Behind.ROOT_CAUSES:
            if not values:
                return ()
            marks = ", ".join(f":v{i}" for i in range(len(values)))
            return tuple(row[0] for row in self._run(
                f"SELECT reference FROM complaints WHERE {_PERIOD} AND root_cause IN "
                f"({marks}){order}",
                self._period | {f"v{i}": v for i, v in enumerate(sorted(values))}))
        where = {Behind.NO_CATEGORY: f"category IN ('', '{UNCATEGORISED}')",
                 Behind.NO_CHANNEL: "channel = ''"}[behind]
        return tuple(row[0] for row in self._run(
            f"SELECT reference FROM complaints WHERE {_PERIOD} AND {where}{order}",
            self._period))

    def _repeat_references(self) -> tuple[str, ...]:
        """Customers (kpis.customer_key, worked out once per different set of details)
        with more than one complaint in the period, their complaints oldest first."""
        keys, counts = {}, {}
        for phone, email, name, count in self._run(_PEOPLE, self._period):
            key = keys[(phone, email, name)] = customer_key(CustomerDetails(phone, email, name))
            if key:
                counts[key] = counts.get(key, 0) + count
        return tuple(reference for reference, *who in self._run(
            "SELECT reference, contact_phone, contact_email, customer_name FROM complaints "
            f"WHERE {_PERIOD} ORDER BY saved_at, id", self._period)
            if counts.get(keys[tuple(who)], 0) > 1)

