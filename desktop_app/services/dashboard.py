"""The dashboard: the period summary's figures on screen, and the records behind each.

The figures are the period summary's KPIs (`kpis.summary_of`, the same code as the PDF
summary for head office), so the dashboard may be read by whoever may print that summary
(a manager). They are counted in SQL (`uow.figures`: sums over the period's daily figures,
kept by triggers, and GROUP BY over its complaints for the customers; never a Python object
per complaint) on the reader engine, on a worker thread while the till keeps saving.

Nothing is audited: the dashboard shows counts and rates, no one's details; opening a
record from it is audited where the record is opened.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime

from desktop_app.domain.dashboard_figures import (Bar, Chart, Dashboard, Figure, Tile,
                                                  build_dashboard)
from desktop_app.domain.kpis import ComplaintCounts, summary_of
from desktop_app.domain.permissions import Action, Subject, allowed, require
from desktop_app.domain.staff import StaffMember
from desktop_app.services.context import AppContext
from desktop_app.services.reporting import period_bounds

__all__ = ["Bar", "Chart", "Dashboard", "Figure", "Tile", "dashboard", "may_see_dashboard"]


def may_see_dashboard(user: StaffMember) -> bool:
    """As the period summary report: the UI asks only to hide what would be refused."""
    return allowed(user, Subject.COMPLAINT, Action.EXPORT)


def dashboard(ctx: AppContext, user: StaffMember, start: date, end: date) -> Dashboard:
    """The figures of the complaints saved from `start` to `end` inclusive.

    Raises PermissionDenied as the summary report does, and DomainError for a period that
    ends before it starts. Safe on a worker thread (a read-only unit of work)."""
    require(user, Subject.COMPLAINT, Action.EXPORT)
    low, high = period_bounds(start, end)
    today = ctx.clock.now().date()
    labels = {c.id: c.label for c in ctx.catalogue.categories}
    with ThreadPoolExecutor(max_workers=1) as helper:
        daily = helper.submit(_daily_counts, ctx, low, high)
        with ctx.read_uow() as uow:
            counts = uow.figures.grouped_counts(low, high, today)
            _copy_daily(daily.result(), into=counts)
            return build_dashboard(summary_of(counts, start, end),
                                   uow.figures.records_in(low, high), today=today,
                                   category_labels=labels)


def _daily_counts(ctx: AppContext, low: datetime, high: datetime) -> ComplaintCounts:
    """The other half of the counting (the customers as typed and the suggestions, read
    from the complaints themselves), on a second reader connection while the first sums
    the daily figures: SQLite lets go of the GIL while it works, so the halves use both
    cores. The two read transactions start together; a complaint saved between them could
    show in one half's figures and not the other's."""
    with ctx.read_uow() as uow:
        return uow.figures.daily_counts(low, high, into=ComplaintCounts())


def _copy_daily(daily: ComplaintCounts, *, into: ComplaintCounts) -> None:
    into.people, into.suggestions = daily.people, daily.suggestions
