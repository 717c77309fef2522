"""The dashboard's and the period summary's figures, counted in SQL.

`counts` is the dashboard's: `kpis.ComplaintCounts` from three GROUP BY queries over the
period (through the saved_at index) and a stream of its improvement suggestions, so a year
of a million complaints is never a million Python objects. `kpis.summary_of` turns the
counts into the KPIs, exactly as it does for a pass over complaints in Python (a test
compares the two on generated data).
`RecordsInPeriod` finds the references a few figures must name, in SQL too.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import Session

from desktop_app.domain.complaint import FOLLOW_UP_OPEN, Status
from desktop_app.domain.dashboard_figures import UNCATEGORISED, Behind
from desktop_app.domain.kpis import ComplaintCounts, CustomerDetails, customer_key
from desktop_app.storage import driver_sql

_STATUS = {status.value: status for status in Status}


_PERIOD = "saved_at >= :low AND saved_at < :high"


def _seconds(later: str, earlier: str) -> str:
    """`later - earlier` in seconds. julianday() is the cheapest of SQLite's date functions
    (a quarter faster than strftime over a million rows); its double carries today's dates
    to within about ten microseconds, which an average in minutes or days never shows."""
    return f"((julianday({later}) - julianday({earlier})) * 86400.0)"


_OPEN = ", ".join(f"'{s.value}'" for s in FOLLOW_UP_OPEN)
_CLOSED = Status.CLOSED.value
#: One row per (category, channel, status, root cause) with everything summed, and the
#: group's first complaint in counting order, for first-sight order: min(saved_at) and,
#: as SQLite documents for a lone min(), the id of the row it came from (building a
#: "saved_at || id" key instead cost 1.6 s on a million rows).
_GROUPED = f"""
SELECT category, channel, status, root_cause, count(*),
       sum(status = '{_CLOSED}' AND customer_agrees = 1 AND escalated_at IS NULL
           AND follow_up_needed = 0),
       sum(status = '{_CLOSED}' AND closed_at IS NOT NULL),
       total(CASE WHEN status = '{_CLOSED}' AND closed_at IS NOT NULL
                  THEN {_seconds('closed_at', 'opened_at')} END) / 86400.0,
       total(max(0.0, {_seconds('saved_at', 'opened_at')})) / 60.0,
       sum(coalesce(satisfaction, 0) != 0), total(coalesce(satisfaction, 0)),
       sum(escalated_at IS NOT NULL),
       sum(follow_up_needed = 1 AND follow_up_due < :today AND status IN ({_OPEN})),
       min(saved_at), id
FROM complaints WHERE {_PERIOD} GROUP BY 1, 2, 3, 4"""
_DAYS = f"SELECT substr(saved_at, 1, 10), count(*) FROM complaints WHERE {_PERIOD} GROUP BY 1"
_PEOPLE = (f"SELECT contact_phone, contact_email, customer_name, count(*) FROM complaints "
           f"WHERE {_PERIOD} GROUP BY 1, 2, 3")
#: In the saved_at index's order, so SQLite streams them without sorting.
_SUGGESTIONS = (f"SELECT improvement_suggestion, reference FROM complaints WHERE {_PERIOD} "
                "AND improvement_suggestion != '' ORDER BY saved_at, id")


def _in_first_sight_order(counts: dict[str, int], first: dict[str, tuple]) -> dict[str, int]:
    return {key: counts[key] for key in sorted(counts, key=first.__getitem__)}


class FiguresRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def counts(self, start: datetime, end: datetime, today: date) -> ComplaintCounts:
        """The complaints saved in [start, end) counted by raw value, in SQL."""
        n = self.grouped_counts(start, end, today)
        self.daily_counts(start, end, into=n)
        return n

    def grouped_counts(self, start: datetime, end: datetime, today: date) -> ComplaintCounts:
        """The totals and the counts by category, channel, status and root cause; the rest
        (`daily_counts`) may be read at the same time on another connection."""
        period = {"low": driver_sql.stored(start), "high": driver_sql.stored(end),
                  "today": today.isoformat()}
        run = self._session.connection().exec_driver_sql
        n = ComplaintCounts()
        firsts: dict[str, dict] = {"categories": {}, "channels": {}, "causes": {}, "statuses": {}}
        raw: dict[str, dict] = {name: {} for name in firsts}
        for (category, channel, status, cause, logged, first_contact, closed_timed, days,
             minutes, scores, score_total, escalated, overdue, first_saved, first_id,
             ) in run(_GROUPED, period):
            first = (first_saved, first_id)
            n.logged += logged
            n.first_contact += first_contact
            n.closed_timed += closed_timed
            n.days_to_close += days
            n.handling_minutes += minutes
            n.scores += scores
            n.score_total += int(score_total)
            n.escalated += escalated
            n.overdue += overdue
            if status == Status.CLOSED.value:
                n.closed += logged
            for name, key in (("categories", category), ("channels", channel),
                              ("causes", cause), ("statuses", status)):
                raw[name][key] = raw[name].get(key, 0) + logged
                if key not in firsts[name] or first < firsts[name][key]:
                    firsts[name][key] = first
        n.categories = _in_first_sight_order(raw["categories"], firsts["categories"])
        n.channels = _in_first_sight_order(raw["channels"], firsts["channels"])
        n.causes = _in_first_sight_order(raw["causes"], firsts["causes"])
        n.statuses = {_STATUS[k]: v for k, v in
                      _in_first_sight_order(raw["statuses"], firsts["statuses"]).items()}
        return n

    def daily_counts(self, start: datetime, end: datetime, *,
                     into: ComplaintCounts) -> ComplaintCounts:
        """Complaints by day, by customer as typed, and the suggestions, put `into` counts."""
        period = {"low": driver_sql.stored(start), "high": driver_sql.stored(end)}
        run = self._session.connection().exec_driver_sql
        n = into
        n.days = {date.fromisoformat(day): count for day, count in
                  sorted(run(_DAYS, period).all())}
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
        self._period = {"low": driver_sql.stored(start), "high": driver_sql.stored(end)}

    def typed_root_causes(self) -> set[str]:
        return {row[0] for row in self._run(
            f"SELECT DISTINCT root_cause FROM complaints WHERE {_PERIOD}", self._period)}

    def any_uncategorised(self) -> bool:
        return self._run(f"SELECT EXISTS (SELECT 1 FROM complaints WHERE {_PERIOD} AND "
                         "category = '')", self._period).scalar() == 1

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

