"""The audit trail, as filtered on screen, printed for an inspector or head office."""

from __future__ import annotations

from reportlab.lib.units import mm

from desktop_app.domain.audit import AuditAction, AuditEntry
from desktop_app.domain.phrase import phrase
from desktop_app.reports.base import ReportHeader, build_pdf, grid, para, styles


def _action_label(action: str) -> str:
    try:
        return AuditAction(action).label
    except ValueError:
        return action


def audit_pdf(header: ReportHeader, entries: list[AuditEntry], filter_text: str) -> bytes:
    """Entries oldest first, each with the start of its hash so a page can be matched to
    the chain that `complaint-logger check` verifies."""
    rows = [[entry.at.strftime("%d/%m/%Y %H:%M:%S"), entry.staff_code,
             _action_label(entry.action),
             " ".join(part for part in (entry.record_type, entry.record_ref) if part),
             entry.pc, entry.hash[:12]]
            for entry in sorted(entries, key=lambda e: e.id)]
    t = header.words
    rows = [[when, who, t(action), *rest] for when, who, action, *rest in rows] or [
        ["", "", t(phrase("No entries")), "", "", ""]]
    columns = (phrase("When"), phrase("Who"), phrase("Action"), phrase("Record"),
               phrase("PC"), phrase("Hash"))
    story = [para(t(filter_text), styles()["small"]),
             grid([t(c) for c in columns], rows,
                  [30 * mm, 18 * mm, 28 * mm, 46 * mm, 26 * mm, 32 * mm])]
    return build_pdf(header, story)
