"""One member of staff's period, for coaching and a performance review: their KPIs (the
definitions of kpis.py, over the complaints they handled) beside the store's, the quality
check's trend month by month, and the marking points they miss most, with the records
behind each; the feedback they were given in the period."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime

from desktop_app.domain.complaint import Complaint
from desktop_app.domain.kpis import ComplaintSummary, summarise_complaints
from desktop_app.domain.quality import TITLES, Check, tally
from desktop_app.domain.review import ReviewNotice

#: The records named under each point most often missed.
REFERENCES_SHOWN = 5


@dataclass(frozen=True)
class MonthQuality:
    month: str                   # "YYYY-MM"
    complaints: int
    evidenced: int               # points evidenced, over every complaint of the month
    applying: int                # points that applied (not "not needed")

    @property
    def share(self) -> float | None:
        return self.evidenced / self.applying if self.applying else None


@dataclass(frozen=True)
class PointMissed:
    rule: str
    title: str
    times: int
    references: tuple[str, ...]  # the most recent first


@dataclass(frozen=True)
class RecordQuality:
    """One of the person's complaints, for choosing which to open and review."""

    reference: str
    saved_at: datetime
    evidenced: int
    applying: int
    reviews: int                 # reviews it has had


@dataclass(frozen=True)
class CoachingFigures:
    staff_name: str
    staff_code: str
    start: date
    end: date
    mine: ComplaintSummary       # the person's complaints
    store: ComplaintSummary      # every complaint of the store, for comparison
    months: tuple[MonthQuality, ...]
    most_missed: tuple[PointMissed, ...]
    records: tuple[RecordQuality, ...] = ()       # the most recent first
    feedback: tuple[ReviewNotice, ...] = ()       # reviews given in the period, oldest first


def coaching_figures(*, staff_id: int, staff_name: str, staff_code: str,
                     complaints: Iterable[Complaint], start: date, end: date, today: date,
                     checks: Callable[[Complaint], tuple[Check, ...]],
                     feedback: Iterable[ReviewNotice] = ()) -> CoachingFigures:
    """`complaints` are the store's for the period, oldest first; `checks` gives a
    complaint's quality check (services know the catalogue it needs); `feedback` the
    reviews given to the person in the period, whenever their complaints were saved."""
    everyone = [c for c in complaints if start <= c.saved_at.date() <= end]
    theirs = [c for c in everyone if c.staff_id == staff_id]
    months: dict[str, list[int]] = {}
    missed: Counter[str] = Counter()
    where: dict[str, list[str]] = {}
    records: list[RecordQuality] = []
    for complaint in theirs:
        month = months.setdefault(f"{complaint.saved_at:%Y-%m}", [0, 0, 0])
        found = checks(complaint)
        met, applying = tally(found)
        records.append(RecordQuality(complaint.reference, complaint.saved_at, met, applying,
                                     len(complaint.reviews)))
        month[0] += 1
        month[1] += met
        month[2] += applying
        for check in found:
            if not check.evidenced:
                missed[check.rule] += 1
                where.setdefault(check.rule, []).append(complaint.reference)
    most = tuple(PointMissed(rule, TITLES[rule], times,
                             tuple(reversed(where[rule]))[:REFERENCES_SHOWN])
                 for rule, times in sorted(missed.items(), key=lambda kv: (-kv[1], kv[0])))
    return CoachingFigures(
        staff_name=staff_name, staff_code=staff_code, start=start, end=end,
        mine=summarise_complaints(theirs, start, end, today=today),
        store=summarise_complaints(everyone, start, end, today=today),
        months=tuple(MonthQuality(m, *counts) for m, counts in sorted(months.items())),
        most_missed=most, records=tuple(reversed(records)), feedback=tuple(feedback))
