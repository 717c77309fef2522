"""The dashboard: the period summary's figures on screen, and the records behind each.

The figures are `kpis.summarise_complaints`, the same code as the PDF summary for head
office, so the dashboard may be read by whoever may print that summary (a manager). The
complaints are read lean (`uow.figures`: the 17 columns the figures use, not the whole
record) on the reader engine, so a year of a busy store (100,000 complaints) is worked out
in well under a second on a worker thread while the till keeps saving.

Nothing is audited: the dashboard shows counts and rates, no one's details; opening a
record from it is audited where the record is opened.
"""

from __future__ import annotations

from datetime import date

from desktop_app.domain.dashboard_figures import (Bar, Chart, Dashboard, Figure, Tile,
                                                  build_dashboard)
from desktop_app.domain.kpis import summarise_complaints
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
    with ctx.read_uow() as uow:
        figures = uow.figures.complaints_between(low, high)
    summary = summarise_complaints(figures, start, end, today=today)
    labels = {c.id: c.label for c in ctx.catalogue.categories}
    return build_dashboard(summary, figures, today=today, category_labels=labels)
