"""Exports of a period for head office: JSON (the documented format) and CSV."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

from desktop_app import __version__
from desktop_app.domain import exchange_format as fmt
from desktop_app.domain.audit import AuditAction, RecordType
from desktop_app.domain.errors import DomainError
from desktop_app.domain.permissions import Action, Subject, require
from desktop_app.domain.staff import StaffMember
from desktop_app.services import audit
from desktop_app.services.context import AppContext
from desktop_app.services.reporting import period_bounds

FORMATS = ("json", "csv")


def export_period(ctx: AppContext, user: StaffMember, start: date, end: date,
                  export_format: str) -> bytes:
    """Complaints saved and incidents that happened in the period, as JSON or CSV bytes.
    (CSV holds the complaints, one row each; JSON holds everything.)"""
    if export_format not in FORMATS:
        raise DomainError(f"Choose a format: {', '.join(FORMATS)}.")
    require(user, Subject.COMPLAINT, Action.EXPORT)
    low, high = period_bounds(start, end)
    with ctx.uow() as uow:
        store = uow.store.get()
        codes = {member.id: member.code for member in uow.staff.everyone()}
        complaints = [fmt.complaint_record(c, codes)
                      for c in uow.complaints.saved_between(low, high)]
        incidents = [fmt.incident_record(i, codes)
                     for i in uow.incidents.occurred_between(low, high)]
        audit.record(ctx, uow, user, AuditAction.EXPORT, RecordType.REPORT,
                     f"{export_format} {start:%Y%m%d}-{end:%Y%m%d}")
        uow.commit()
    if export_format == "csv":
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(fmt.CSV_COMPLAINT_COLUMNS)
        writer.writerows(fmt.complaint_csv_row(record) for record in complaints)
        return out.getvalue().encode("utf-8-sig")       # Excel reads UTF-8 with the mark
    document = fmt.document(store={"name": store.name, "code": store.code,
                                   "jurisdiction": store.jurisdiction.value},
                            start=start, end=end, produced_at=ctx.clock.now(),
                            version=__version__, complaints=complaints, incidents=incidents)
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
