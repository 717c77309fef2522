"""What head office looks at: the league table (each store's KPIs from SQL counts turned
into figures by the till's own `kpis.summary_of`), abuse by hour, RIDDOR cases, repeat
customers, the stores. Each takes head office itself or a person's `Viewer` (reading
through their own PostgreSQL role, so row-level security applies), and each view is
written to head office's audit trail."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from functools import cache

from desktop_app.domain.bundle_ranges import covered_through, gaps
from desktop_app.domain.incident import IncidentStatus, UpdateKind
from desktop_app.domain.incident_sections import incident_sections
from desktop_app.domain.incident_law import RiddorStatus, is_physical, riddor
from desktop_app.domain.incident_kinds import BehaviourKind
from desktop_app.domain.kpis import ComplaintSummary, root_cause_label, summary_of
from desktop_app.domain.schema.display import MONTHS, long_date
from desktop_app.domain.complaint import Complaint, Status
from desktop_app.domain.phrase import listed, phrase
from desktop_app.domain.complaint_sections import complaint_sections
from desktop_app.services.head_office import HeadOffice, record_from_row
from desktop_app.storage.head_office import figures
from desktop_app.storage.head_office.repository import (HeadOfficeRepository, audit,
                                                        store_overview)


class LeagueKpi(StrEnum):
    FIRST_CONTACT = "first_contact_resolution"
    ESCALATION = "escalation_rate"
    TIME_TO_CLOSE = "average_days_to_close"
    OVERDUE = "follow_ups_overdue"
    SATISFACTION = "satisfaction"

    @property
    def higher_is_better(self) -> bool:
        return self in (LeagueKpi.FIRST_CONTACT, LeagueKpi.SATISFACTION)


@dataclass(frozen=True)
class LeagueRow:
    store_code: str
    store_name: str
    region: str
    figures: ComplaintSummary

    def value(self, kpi: LeagueKpi) -> float | None:
        return getattr(self.figures, kpi.value)


def league_table(ho: HeadOffice, start: date, end: date, *, kpi: LeagueKpi,
                 region: str | None = None, today: date | None = None) -> list[LeagueRow]:
    """Best first; a store with no figure for the KPI (nothing closed, no scores) last;
    equal figures in store-code order."""
    today = today or ho.clock.now().date()
    with ho.engine.begin() as connection:
        audit(connection, "view", f"league table {kpi.value} {start}..{end} {region or 'chain'}")
        counted = figures.league_counts(connection, start, end, today, region=region)
    rows = [LeagueRow(s.store_code, s.store_name, s.region, summary_of(s.counts, start, end))
            for s in counted]
    sign = -1 if kpi.higher_is_better else 1

    def rank(row: LeagueRow) -> tuple:
        value = row.value(kpi)
        return (value is None, sign * value if value is not None else 0, row.store_code)
    return sorted(rows, key=rank)


def abuse_hot_spots(ho: HeadOffice, start: date, end: date, *,
                    region: str | None = None) -> dict[tuple[str, int, int], int]:
    """Incidents per (region, ISO weekday 1-7, hour of the day), in the shops' UK time."""
    with ho.engine.begin() as connection:
        audit(connection, "view", f"abuse by hour {start}..{end} {region or 'chain'}")
        return figures.abuse_grid(connection, start, end, region=region)


@dataclass(frozen=True)
class RiddorCase:
    store_code: str
    store_name: str
    region: str
    reference: str
    occurred_on: date
    text: str
    due: date | None
    reported: bool

    def overdue(self, today: date) -> bool:
        return not self.reported and self.due is not None and self.due < today


def riddor_cases(ho: HeadOffice, *, since: date) -> list[RiddorCase]:
    """Every incident RIDDOR makes reportable, in every store, soonest deadline first; the
    rules are the till's (domain/incident_law.py), nation by nation."""
    with ho.engine.begin() as connection:
        audit(connection, "view", f"RIDDOR cases since {since}")
        facts = figures.riddor_facts(connection, since=since)
    return cases_of(facts)


def cases_of(facts: list[dict]) -> list[RiddorCase]:
    """The reportable cases among incidents' facts (storage's riddor_facts)."""
    cases = []
    for f in facts:
        found = riddor(f["days_off_work"], physical=is_physical(f["behaviours"] or ()),
                       injuries=f["specified_injuries"] or (),
                       public_to_hospital=bool(f["public_to_hospital"]),
                       jurisdiction=f["jurisdiction"] or "england",
                       occurred=f["occurred_at"].date())
        if found.status is not RiddorStatus.REPORT:
            continue
        reported = any(u.get("kind") == UpdateKind.RIDDOR_REPORTED.value
                       for u in f["updates"] or ())
        cases.append(RiddorCase(f["store_code"], f["store_name"], f["region"],
                                f["reference"], f["occurred_at"].date(), found.text,
                                found.due, reported))
    return sorted(cases, key=lambda c: (c.reported, c.due or date.max, c.reference))


def repeat_customers(ho: HeadOffice, start: date, end: date, *, min_stores: int = 2):  # noqa: ANN201
    """Customers who complained in `min_stores` stores or more (matched as kpis.customer_key
    matches them): (key, stores, complaints, references)."""
    with ho.engine.begin() as connection:
        audit(connection, "view", f"repeat customers {start}..{end}")
        return figures.repeat_customers(connection, start, end, min_stores=min_stores)


@dataclass(frozen=True)
class StoreStatus:
    code: str
    name: str
    region: str
    last_bundle: datetime | None
    acknowledged_through: int
    gaps: tuple[tuple[int, int], ...]

    def silent(self, now: datetime, days: int) -> bool:
        """No bundle for more than `days` days (or never)."""
        return self.last_bundle is None or now - self.last_bundle > timedelta(days=days)


def stores(ho: HeadOffice) -> list[StoreStatus]:
    """Every store: its last bundle, how far head office holds its changes, its gaps."""
    with ho.engine.begin() as connection:
        audit(connection, "view", "stores")
        found = store_overview(connection)
    return [StoreStatus(s["code"], s["name"], s["region"], s["last"],
                        covered_through(s["ranges"]), tuple(gaps(s["ranges"])))
            for s in found]


@cache
def category_labels() -> dict[str, str]:
    """The categories' labels (resources/, as the tills have them), by id."""
    from desktop_app.services.procedures import load_catalogue

    return {c.id: c.label for c in load_catalogue().categories}


#: The trends row of complaints saved without a category.
UNCATEGORISED = "uncategorised"


def trends(ho: HeadOffice, start: date, end: date, *, by: str = "category",
           region: str | None = None) -> dict[str, dict[str, int]]:
    """Complaints per month for each category (`by="category"`) or root cause
    (`by="root_cause"`, grouped as the till's dashboard groups them), across the stores:
    {key: {"YYYY-MM": complaints}}."""
    if by not in ("category", "root_cause"):
        raise ValueError(by)
    with ho.engine.begin() as connection:
        audit(connection, "view", f"trends by {by} {start}..{end} {region or 'chain'}")
        counted = figures.monthly_counts(connection, start, end, by=by, region=region)
    return trend_rows(counted, by)


def trend_rows(counted: dict[tuple[str, str], int], by: str) -> dict[str, dict[str, int]]:
    """Storage's monthly counts keyed as trends shows them (root causes grouped)."""
    out: dict[str, dict[str, int]] = {}
    for (month, key), n in counted.items():
        label = root_cause_label(key) if by == "root_cause" else (key or UNCATEGORISED)
        if label:
            months = out.setdefault(label, {})
            months[month] = months.get(month, 0) + n
    return out


#: a weekday of the abuse grid, as the records behind a figure are described
ON_WEEKDAYS = (phrase("on Mondays"), phrase("on Tuesdays"), phrase("on Wednesdays"),
               phrase("on Thursdays"), phrase("on Fridays"), phrase("on Saturdays"),
               phrase("on Sundays"))


@dataclass(frozen=True)
class Figure:
    """Which figure a person drilled down from: the records it was counted from are those
    of `record_type` in the period that meet every condition given."""

    record_type: str                 # "complaint" or "incident"
    start: date
    end: date
    store_code: str | None = None
    region: str | None = None
    category: str | None = None      # "" for complaints without one
    root_cause: str | None = None    # as trends groups it (kpis.root_cause_label)
    month: str | None = None         # "YYYY-MM"
    customer_key: str | None = None  # kpis.customer_key, for repeat customers
    weekday: int | None = None       # ISO 1-7, for the abuse grid
    hour: int | None = None

    def describe(self) -> str:
        """What the figure counts, for titles and the audit trail, in words (no personal
        data: a customer is named only as a repeat customer)."""
        values = dict(start=long_date(self.start), end=long_date(self.end))
        parts = [phrase("Complaints from {start} to {end}", **values)
                 if self.record_type == "complaint" else
                 phrase("Incidents from {start} to {end}", **values)]
        if self.store_code is not None:
            parts.append(phrase("store {code}", code=self.store_code))
        if self.region is not None:
            parts.append(phrase("region {region}", region=self.region))
        if self.category is not None:
            parts.append(phrase("category {category}", category=category_labels().get(
                self.category, self.category)) if self.category else phrase("no category"))
        if self.root_cause is not None:
            parts.append(phrase("root cause {cause}", cause=self.root_cause))
        if self.month is not None:
            month = datetime.strptime(self.month, "%Y-%m")
            parts.append(phrase("saved in {month} {year}", month=MONTHS[month.month - 1],
                                year=month.year))
        if self.weekday is not None:
            parts.append(ON_WEEKDAYS[self.weekday - 1])
        if self.hour is not None:
            parts.append(phrase("{hour:02d}:00 to {hour:02d}:59", hour=self.hour))
        if self.customer_key is not None:
            parts.append(phrase("one repeat customer"))
        return listed(parts, ", ")


@dataclass(frozen=True)
class RecordLine:
    record_type: str
    store_code: str
    reference: str
    at: datetime
    what: str
    status: str
    escalated: bool = False


def _behaviour(value: str) -> str:
    try:
        return BehaviourKind(value).label
    except ValueError:
        return value


def records_behind(ho: HeadOffice, figure: Figure) -> list[RecordLine]:
    """The records a figure was counted from (the drill-down), newest first, read through
    the viewer's role."""
    with ho.engine.begin() as connection:
        audit(connection, "view", f"records behind: {figure.describe()}")
        if figure.record_type == "incident":
            found = figures.incident_lines(connection, figure.start, figure.end,
                                           region=figure.region, weekday=figure.weekday,
                                           hour=figure.hour)
            return [RecordLine("incident", r["store_code"], r["reference"], r["at"],
                               _behaviours(r["behaviours"]), _status("incident", r["status"]))
                    for r in found]
        found = figures.complaint_lines(connection, figure.start, figure.end,
                                        store_code=figure.store_code, region=figure.region,
                                        category=figure.category, month=figure.month,
                                        customer_key=figure.customer_key)
    if figure.root_cause is not None:
        found = [r for r in found if root_cause_label(r["root_cause"] or "") == figure.root_cause]
    labels = category_labels()
    return [RecordLine("complaint", r["store_code"], r["reference"], r["at"],
                       labels.get(r["category"] or "", r["category"] or ""),
                       _status("complaint", r["status"]), bool(r["escalated"]))
            for r in found]


def _behaviours(kinds: list[str] | None) -> str:
    """The kinds of behaviour by their labels, each translatable on its own."""
    return listed((_behaviour(b) for b in kinds or ()), ", ")


def _status(record_type: str, value: str | None) -> str:
    """A record's status by its label ("Awaiting follow-up"), as the till names it."""
    kinds = Status if record_type == "complaint" else IncidentStatus
    try:
        return kinds(value).label
    except ValueError:
        return value or ""


def search(ho: HeadOffice, words: str) -> list[RecordLine]:
    """Complaints and incidents (those the viewer may read) holding every word, newest
    first. The words may name someone: the audit trail says a search was made, not what."""
    words = " ".join(words.split())
    if not words:
        return []
    labels = category_labels()
    with ho.engine.begin() as connection:
        count = len(words.split())
        audit(connection, "search", f"{count} {'word' if count == 1 else 'words'}")
        complaints = figures.found_by_words(connection, "complaint", words)
        incidents = (figures.found_by_words(connection, "incident", words)
                     if ho.incidents else [])
    lines = [RecordLine("complaint", r["store_code"], r["reference"], r["at"],
                        labels.get(r["what"] or "", r["what"] or ""),
                        _status("complaint", r["status"]))
             for r in complaints]
    lines += [RecordLine("incident", r["store_code"], r["reference"], r["at"],
                         _behaviours(r["what"]), _status("incident", r["status"]))
              for r in incidents]
    return sorted(lines, key=lambda line: line.at, reverse=True)


#: A record as the till lays it out: (section title, ((label, value), ...)), ...
Sections = list[tuple[str, tuple[tuple[str, str], ...]]]


def record_sections(ho: HeadOffice, record_type: str, store_code: str,
                    reference: str) -> Sections | None:
    """A record read-only in the till's sections; None when it is not the viewer's to
    see (row-level security) or was erased."""
    if record_type == "complaint":
        complaint = complaint_record(ho, store_code, reference)
        if complaint is None:
            return None
        label = category_labels().get(complaint.category, "")
        return [(s.title, s.rows) for s in complaint_sections(complaint, category_label=label)]
    with ho.engine.begin() as connection:
        audit(connection, "view", f"incident {store_code} {reference}")
        row = HeadOfficeRepository(connection).record("incident", store_code, reference)
    if row is None or row["erased"]:
        return None
    return [(s.title, tuple((r.label, r.value) for r in s.rows))
            for s in incident_sections(record_from_row("incident", row))]


def complaint_record(ho: HeadOffice, store_code: str, reference: str) -> Complaint | None:
    """One complaint as the till shows it, read through the viewer's role; None when it
    is not theirs to see or was erased."""
    with ho.engine.begin() as connection:
        audit(connection, "view", f"complaint {store_code} {reference}")
        row = HeadOfficeRepository(connection).record("complaint", store_code, reference)
    if row is None or row["erased"]:
        return None
    complaint = record_from_row("complaint", row)
    complaint.staff_name = row.get("staff_name") or ""
    return complaint
