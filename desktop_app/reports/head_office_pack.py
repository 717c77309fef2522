"""Head office's period pack: the chain's, a region's or a store's period on paper, in the
store reports' style (reports/base.py). Plain data in, PDF bytes out."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from reportlab.lib.units import mm

from desktop_app.domain.kpis import WEEKDAYS_SHORT, ComplaintSummary, number, percent
from desktop_app.domain.phrase import phrase
from desktop_app.domain.translation import Words
from desktop_app.reports.base import ReportHeader, build_pdf, grid, heading, para, styles
from desktop_app.reports.charts import bar_chart, column_chart
from desktop_app.reports.summary_report import key_figures

#: Months shown as columns of a trend table (a year from any day touches 13); a longer
#: period shows totals only.
MAX_MONTHS = 13
#: Rows of a trend table (the most frequent first).
MAX_TREND_ROWS = 12


@dataclass(frozen=True)
class StoreLine:
    code: str
    name: str
    region: str
    figures: ComplaintSummary


@dataclass(frozen=True)
class BundleLine:
    code: str
    name: str
    last_bundle: datetime | None
    acknowledged_through: int
    gaps: str
    silent: bool


@dataclass(frozen=True)
class RiddorLine:
    due: date | None
    store: str
    reference: str
    happened: date
    reported: bool
    overdue: bool
    text: str


@dataclass(frozen=True)
class PackData:
    scope: str                                   # "The whole chain", "Region North", ...
    figures: ComplaintSummary
    stores: list[StoreLine]
    categories: dict[str, dict[str, int]]        # {category: {"YYYY-MM": complaints}}
    root_causes: dict[str, dict[str, int]]
    category_labels: Mapping[str, str]
    bundles: list[BundleLine]
    silent_days: int
    repeat_customers: int                        # customers in two stores or more
    repeat_complaints: int
    incidents_shown: bool                        # the reader holds the incident right
    abuse_by_weekday: list[int] = field(default_factory=lambda: [0] * 7)
    abuse_by_hour: list[int] = field(default_factory=lambda: [0] * 24)
    riddor: list[RiddorLine] = field(default_factory=list)


def _day(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else "—"


def _stores(t: Words, stores: list[StoreLine]) -> list:
    if not stores:
        return [heading(t(phrase("Stores compared"))),
                para(t(phrase("No complaints in this period.")), styles()["body"])]
    rows = [[f"{s.code} {s.name}", s.region, str(s.figures.logged),
             percent(s.figures.first_contact_resolution), percent(s.figures.escalation_rate),
             number(s.figures.average_days_to_close), str(s.figures.follow_ups_overdue),
             number(s.figures.satisfaction)] for s in stores]
    columns = (phrase("Store"), phrase("Region"), phrase("Logged"), phrase("First contact"),
               phrase("Escalated"), phrase("Days to close"), phrase("Overdue"),
               phrase("Satisfied"))
    return [heading(t(phrase("Stores compared"))),
            para(t(phrase("First contact resolution is of the complaints closed; time to close "
                          "in days; satisfaction from 1 to 5. The definitions are the tills' "
                          "own.")), styles()["small"]),
            grid([t(c) for c in columns], rows,
                 [34 * mm, 19 * mm, 19 * mm, 21 * mm, 23 * mm, 21 * mm, 21 * mm, 22 * mm])]


def _trend(t: Words, title: str, trend: dict[str, dict[str, int]],
           labels: Mapping[str, str]) -> list:
    story: list = [heading(t(title))]
    if not trend:
        return story + [para(t(phrase("None in this period.")), styles()["body"])]
    ranked = sorted(trend.items(), key=lambda item: (-sum(item[1].values()), item[0]))
    shown = ranked[:MAX_TREND_ROWS]
    story.append(bar_chart(t(phrase("Complaints in the period")),
                           [t(labels.get(k, k)) for k, _ in shown],
                           [sum(months.values()) for _, months in shown]))
    months = sorted({m for _, counts in shown for m in counts})
    if len(months) > MAX_MONTHS:
        months = []
    header = ["", t(phrase("Total")), *[f"{m[5:]}/{m[2:4]}" for m in months]]
    rest = (180 * mm - 46 * mm - 14 * mm) / max(1, len(months))
    rows = [[t(labels.get(k, k)), f"{sum(counts.values()):,}",
             *[str(counts.get(m, "")) for m in months]] for k, counts in shown]
    story.append(grid(header, rows, [46 * mm, 14 * mm, *[rest] * len(months)], compact=True))
    if len(ranked) > len(shown):
        story.append(para(t(phrase("The {shown} most frequent of {all}.", shown=len(shown),
                                   all=len(ranked))), styles()["small"]))
    return story


def _incidents(t: Words, pack: PackData) -> list:
    story: list = [heading(t(phrase("Abuse towards staff")))]
    if not pack.incidents_shown:
        return story + [para(t(phrase(
            "Incident figures are not shown: the person who printed this pack does not hold "
            "the incident right.")), styles()["body"])]
    total = sum(pack.abuse_by_weekday)
    story.append(para(t(phrase("1 incident in the period, in the shops' UK local time.")
                        if total == 1 else
                        phrase("{count:,} incidents in the period, in the shops' UK local "
                               "time.", count=total)), styles()["body"]))
    story.append(column_chart(t(phrase("Incidents by day of the week")),
                              [t(d) for d in WEEKDAYS_SHORT], pack.abuse_by_weekday,
                              height=55 * mm))
    story.append(column_chart(t(phrase("Incidents by hour of the day")),
                              [f"{h:02d}" for h in range(24)], pack.abuse_by_hour,
                              height=55 * mm))
    story.append(heading(t(phrase("RIDDOR cases"))))
    if not pack.riddor:
        return story + [para(t(phrase("No reportable incident in this period.")),
                             styles()["body"])]
    overdue, yes, no = t(phrase("OVERDUE")), t(phrase("yes")), t(phrase("no"))
    rows = [[_day(c.due) + (f"  {overdue}" if c.overdue else ""), c.store, c.reference,
             _day(c.happened), yes if c.reported else no, t(c.text)] for c in pack.riddor]
    columns = (phrase("Due"), phrase("Store"), phrase("Incident"), phrase("Happened"),
               phrase("Reported"), phrase("What RIDDOR asks"))
    story.append(grid([t(c) for c in columns],
                      rows, [24 * mm, 16 * mm, 37 * mm, 23 * mm, 21 * mm, 59 * mm]))
    return story


def _bundles(t: Words, pack: PackData) -> list:
    never, none, silent = t(phrase("never")), t(phrase("none")), t(phrase("SILENT"))
    rows = [[f"{b.code} {b.name}", b.last_bundle.strftime("%d/%m/%Y %H:%M")
             if b.last_bundle else never, f"{b.acknowledged_through:,}", b.gaps or none,
             silent if b.silent else ""] for b in pack.bundles]
    columns = (phrase("Store"), phrase("Last bundle"), phrase("Held through"), phrase("Gaps"),
               phrase("Silent"))
    return [heading(t(phrase("Stores' bundles"))),
            para(t(phrase("Silent: no bundle for more than {days} days.",
                          days=pack.silent_days)), styles()["small"]),
            grid([t(c) for c in columns], rows,
                 [50 * mm, 32 * mm, 26 * mm, 52 * mm, 20 * mm])]


def period_pack_pdf(header: ReportHeader, pack: PackData) -> bytes:
    t = header.words
    story: list = key_figures(pack.figures, t)
    story.append(para(t(phrase("Customers who complained in two stores or more: {customers} "
                               "({complaints} complaints).", customers=pack.repeat_customers,
                               complaints=pack.repeat_complaints)), styles()["body"]))
    story += _stores(t, pack.stores)
    story += _trend(t, phrase("Complaints by category"), pack.categories, pack.category_labels)
    story += _trend(t, phrase("Complaints by root cause"), pack.root_causes, {})
    story += _incidents(t, pack)
    story += _bundles(t, pack)
    return build_pdf(header, story)
