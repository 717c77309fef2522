"""The complaint list and search: count the records a filter describes, read them a page
at a time, newest first.

Read-only, on the reader engine: safe to call from a worker thread while the till saves.
Staff see only the complaints they logged (the filter is narrowed to them, whatever it
asked for); supervisors and managers see the store's. Listing is not viewing a record, so
nothing is audited here: opening one is.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.domain.errors import ValidationFailed
from desktop_app.domain.record_filter import ComplaintFilter, ListedComplaint
from desktop_app.domain.permissions import Subject, sees_everyones
from desktop_app.domain.staff import StaffMember
from desktop_app.services.context import AppContext

PAGE_SIZE = 200


@dataclass(frozen=True)
class FirstPage:
    """What the list shows first: how many there are, and the newest of them."""

    total: int
    rows: list[ListedComplaint]


def filter_errors(flt: ComplaintFilter) -> dict[str, str]:
    """Messages by field for a filter that cannot match anything as set."""
    if flt.date_from and flt.date_to and flt.date_to < flt.date_from:
        return {"date_to": "The 'to' date is before the 'from' date: choose a 'to' date on "
                           "or after it."}
    return {}


def visible_filter(user: StaffMember, flt: ComplaintFilter) -> ComplaintFilter:
    """The filter narrowed to what this person may list."""
    if not sees_everyones(user, Subject.COMPLAINT):
        return flt.but(staff_id=user.id)
    return flt


def _checked(user: StaffMember, flt: ComplaintFilter) -> ComplaintFilter:
    errors = filter_errors(flt)
    if errors:
        raise ValidationFailed(errors)
    return visible_filter(user, flt)


def count_complaints(ctx: AppContext, user: StaffMember, flt: ComplaintFilter) -> int:
    flt = _checked(user, flt)
    with ctx.read_uow() as uow:
        return uow.complaint_list.count(flt)


def complaint_page(ctx: AppContext, user: StaffMember, flt: ComplaintFilter, *,
                   after: ListedComplaint | None = None, before: ListedComplaint | None = None,
                   offset: int = 0, from_oldest: bool = False,
                   limit: int = PAGE_SIZE) -> list[ListedComplaint]:
    """Up to `limit` lines, newest first: the ones after `after` (the last line of the page
    above), before `before` (the first line of the page below), from `offset`, or
    (`from_oldest`) the `limit` lines that come `offset` lines after the oldest one."""
    flt = _checked(user, flt)
    limit = max(1, min(limit, 1_000))
    with ctx.read_uow() as uow:
        return uow.complaint_list.page(flt, after=after, before=before, offset=max(0, offset),
                                       from_oldest=from_oldest, limit=limit)


def first_page(ctx: AppContext, user: StaffMember, flt: ComplaintFilter, *,
               limit: int = PAGE_SIZE) -> FirstPage:
    """The count and the first page in one read transaction (one trip to a worker)."""
    flt = _checked(user, flt)
    with ctx.read_uow() as uow:
        matches = uow.complaint_list.search_matches(flt)     # counted once per request
        total = uow.complaint_list.count(flt, matches=matches)
        rows = uow.complaint_list.page(flt, limit=limit, matches=matches) if total else []
    return FirstPage(total, rows)


def staff_choices(ctx: AppContext, user: StaffMember) -> list[tuple[int, str]]:
    """(id, name) for the staff filter: everyone who may have logged a complaint, leavers
    included; staff get only themselves."""
    if not sees_everyones(user, Subject.COMPLAINT):
        return [(user.id, user.name)]
    with ctx.read_uow() as uow:
        return uow.complaint_list.staff_who_logged()
