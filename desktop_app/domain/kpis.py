"""The figures head office compares: DOMAIN.md's KPI definitions, implemented once.

Every report and every on-screen figure takes them from here. A rate or an average whose
denominator is empty is `None` (shown as "—"), never 0: "no complaints closed" is not "no
complaint resolved at first contact".

- first contact resolution rate: complaints resolved at the first interaction (customer
  agreed, no escalation, no follow-up needed) ÷ complaints closed in the period;
- average handling time: mean of saved − opened;
- customer satisfaction: mean of the 1-5 scores given;
- escalation rate: complaints escalated ÷ complaints logged;
- time to close: mean of closed − opened, for complaints closed;
- follow-ups overdue: follow-up needed, due date passed, not closed (a recorded contact
  closes or re-dates it);
- repeat complainants: the same customer (phone, else email, else name) more than once.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from desktop_app.domain.complaint import FOLLOW_UP_OPEN, Complaint, Status
from desktop_app.domain.incident import Incident
from desktop_app.domain.incident_law import RiddorStatus, riddor_status

TIME_BANDS = ((0, 9, "Before 9:00"), (9, 12, "9:00-11:59"), (12, 14, "12:00-13:59"),
              (14, 17, "14:00-16:59"), (17, 20, "17:00-19:59"), (20, 24, "20:00 and later"))
MAX_SUGGESTIONS = 50       # a summary for head office, not a list of every complaint
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def customer_key(complaint: Complaint) -> str:
    """Who the customer is, for repeat complaints: phone digits, else email, else name."""
    digits = re.sub(r"\D", "", complaint.contact_phone or "")
    if digits:
        return "phone:" + digits[-10:]
    if complaint.contact_email:
        return "email:" + complaint.contact_email.strip().lower()
    name = " ".join((complaint.customer_name or "").lower().split())
    return "name:" + name if name else ""


def time_band(moment: datetime) -> str:
    return next(label for start, end, label in TIME_BANDS if start <= moment.hour < end)


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def weeks_between(start: date, end: date) -> list[date]:
    first, weeks = week_start(start), []
    while first <= end:
        weeks.append(first)
        first += timedelta(days=7)
    return weeks


def is_overdue(complaint: Complaint, today: date) -> bool:
    return (complaint.follow_up_needed and complaint.follow_up_due is not None
            and complaint.follow_up_due < today and complaint.status in FOLLOW_UP_OPEN)


@dataclass(frozen=True)
class ComplaintSummary:
    period_start: date
    period_end: date
    logged: int
    closed: int
    first_contact_resolution: float | None
    average_handling_minutes: float | None
    satisfaction: float | None
    satisfaction_responses: int
    escalation_rate: float | None
    average_days_to_close: float | None
    follow_ups_overdue: int
    by_category: dict[str, int] = field(default_factory=dict)
    by_root_cause: dict[str, int] = field(default_factory=dict)
    by_channel: dict[str, int] = field(default_factory=dict)
    by_status: dict[str, int] = field(default_factory=dict)
    weekly: tuple[tuple[date, int], ...] = ()
    repeat_complainants: int = 0
    repeat_complaints: int = 0
    improvement_suggestions: tuple[Suggestion, ...] = ()    # the most often made first
    different_suggestions: int = 0


def summarise_complaints(complaints: Iterable[Complaint], start: date, end: date, *,
                         today: date) -> ComplaintSummary:
    """Complaints saved from `start` to `end` inclusive."""
    logged = [c for c in complaints if start <= c.saved_at.date() <= end]
    closed = [c for c in logged if c.status is Status.CLOSED]
    scores = [c.satisfaction for c in logged if c.satisfaction]
    customers = Counter(k for k in (customer_key(c) for c in logged) if k)
    repeats = {k: n for k, n in customers.items() if n > 1}
    weekly_counts = Counter(week_start(c.saved_at.date()) for c in logged)
    suggestions = group_suggestions(logged)
    root_causes = Counter(" ".join(c.root_cause.split()).capitalize() for c in logged
                          if c.root_cause.strip())
    return ComplaintSummary(
        period_start=start, period_end=end, logged=len(logged), closed=len(closed),
        first_contact_resolution=ratio(sum(c.resolved_at_first_contact for c in closed),
                                       len(closed)),
        average_handling_minutes=mean([c.handling_seconds / 60 for c in logged]),
        satisfaction=mean(scores), satisfaction_responses=len(scores),
        escalation_rate=ratio(sum(c.escalated for c in logged), len(logged)),
        average_days_to_close=mean([(c.closed_at - c.opened_at).total_seconds() / 86400
                                    for c in closed if c.closed_at]),
        follow_ups_overdue=sum(is_overdue(c, today) for c in logged),
        by_category=dict(Counter(c.category or "uncategorised" for c in logged).most_common()),
        by_root_cause=dict(root_causes.most_common(15)),
        by_channel=dict(Counter(c.channel for c in logged).most_common()),
        by_status=dict(Counter(c.status.value for c in logged).most_common()),
        weekly=tuple((week, weekly_counts.get(week, 0)) for week in weeks_between(start, end)),
        repeat_complainants=len(repeats), repeat_complaints=sum(repeats.values()),
        improvement_suggestions=suggestions[:MAX_SUGGESTIONS],
        different_suggestions=len(suggestions),
    )


@dataclass(frozen=True)
class Suggestion:
    """One improvement suggestion, how many complaints made it, and the first of them."""

    text: str
    count: int
    references: tuple[str, ...]


def group_suggestions(complaints: Iterable[Complaint]) -> tuple[Suggestion, ...]:
    """The same suggestion typed again (any spacing or case) counts once more; most often
    made first, ties in the order first made."""
    groups: dict[str, tuple[str, list[str]]] = {}
    for c in complaints:
        text = " ".join(c.improvement_suggestion.split())
        if text:
            groups.setdefault(text.casefold(), (text, []))[1].append(c.reference)
    ordered = sorted(groups.values(), key=lambda group: -len(group[1]))
    return tuple(Suggestion(text, len(refs), tuple(refs[:3])) for text, refs in ordered)


@dataclass(frozen=True)
class IncidentSummary:
    period_start: date
    period_end: date
    recorded: int
    by_kind: dict[str, int] = field(default_factory=dict)
    by_trigger: dict[str, int] = field(default_factory=dict)
    by_time_band: dict[str, int] = field(default_factory=dict)
    by_weekday: dict[str, int] = field(default_factory=dict)
    by_injury: dict[str, int] = field(default_factory=dict)
    police_involvement_rate: float | None = None
    riddor_reportable: int = 0
    riddor_recordable: int = 0
    welfare_outstanding: int = 0


def summarise_incidents(incidents: Iterable[Incident], start: date, end: date,
                        ) -> IncidentSummary:
    """Incidents that happened from `start` to `end` inclusive."""
    chosen = [i for i in incidents if start <= i.occurred_at.date() <= end]
    police = [i for i in chosen if i.police_attended or "police" in i.called
              or i.crime_reference]
    riddor = Counter(riddor_status(i.days_off_work) for i in chosen)
    weekdays = Counter(WEEKDAYS[i.occurred_at.weekday()] for i in chosen)
    bands = Counter(time_band(i.occurred_at) for i in chosen)
    return IncidentSummary(
        period_start=start, period_end=end, recorded=len(chosen),
        by_kind=dict(Counter(k for i in chosen for k in i.behaviours).most_common()),
        by_trigger=dict(Counter(i.trigger or "not_recorded" for i in chosen).most_common()),
        by_time_band={label: bands.get(label, 0) for _, _, label in TIME_BANDS},
        by_weekday={day: weekdays.get(day, 0) for day in WEEKDAYS},
        by_injury=dict(Counter(i.injury for i in chosen).most_common()),
        police_involvement_rate=ratio(len(police), len(chosen)),
        riddor_reportable=riddor.get(RiddorStatus.REPORT, 0),
        riddor_recordable=riddor.get(RiddorStatus.RECORD, 0),
        welfare_outstanding=sum(1 for i in chosen if not i.welfare_done),
    )


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.0f}%"


def number(value: float | None, unit: str = "", digits: int = 1) -> str:
    return "—" if value is None else f"{value:.{digits}f}{unit}"
