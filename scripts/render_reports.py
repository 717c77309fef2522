"""Render sample reports (made-up people) to PNG, for looking at.

    python scripts/render_reports.py [--out out/reports]
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    import pypdfium2

    from desktop_app.domain.kpis import summarise_complaints, summarise_incidents
    from desktop_app.reports.complaint_report import complaint_pdf, customer_copy_pdf, receipt_pdf
    from desktop_app.domain.amendment import Amendment
    from desktop_app.domain.audit import AuditEntry
    from desktop_app.reports.audit_report import audit_pdf
    from desktop_app.reports.incident_report import incident_pdf
    from desktop_app.reports.subject_access_report import AccessRequest, subject_access_pdf
    from desktop_app.reports.summary_report import complaints_summary_pdf, incidents_summary_pdf
    from tests.reports.test_reports import HEADER, sample_complaint, sample_incident

    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(ROOT / "out" / "reports"))
    out = Path(parser.parse_args().out)
    out.mkdir(parents=True, exist_ok=True)
    complaint = sample_complaint()
    complaint.amendments = [Amendment(at=datetime(2026, 3, 11, 9, 5), staff_id=2,
                                      field="customer_name", old_value="Gwen Jnoes",
                                      new_value="Gwen Jones", reason="Name misspelt <b>",
                                      staff_name="Rhys Supervisor")]
    month = (date(2026, 3, 1), date(2026, 3, 31))
    pdfs = {
        "complaint": complaint_pdf(HEADER, complaint, category_label="Faulty or damaged goods"),
        "customer-copy": customer_copy_pdf(HEADER, complaint, contact="Call 029 2018 0000"),
        "receipt": receipt_pdf(HEADER, complaint, contact="Call 029 2018 0000"),
        "incident": incident_pdf(replace(HEADER, confidential=True), sample_incident()),
        "complaints-summary": complaints_summary_pdf(
            replace(HEADER, subject="1 March 2026 to 31 March 2026"),
            summarise_complaints([complaint] * 3, *month, today=month[1]),
            {"faulty_goods": "Faulty or damaged goods"}),
        "subject-access": subject_access_pdf(
            replace(HEADER, subject="SAR-1", title="Subject access request", confidential=True),
            AccessRequest(date(2026, 3, 2), date(2026, 4, 2), "name, email"),
            [(complaint, "Faulty or damaged goods")], [sample_incident()]),
        "audit-trail": audit_pdf(replace(HEADER, subject="Audit trail"), [
            AuditEntry(n, datetime(2026, 3, 10, 9, n), 1, "M01", action, "complaint",
                       "CDF01-2026-000123", "TILL-1", "0" * 64, f"{n:064x}")
            for n, action in enumerate(("create", "view", "print", "amend"), start=1)],
            "Entries from 1 March 2026: 4 shown."),
        "abuse-summary": incidents_summary_pdf(
            replace(HEADER, subject="1 March 2026 to 31 March 2026", confidential=True),
            summarise_incidents([sample_incident()] * 2, *month)),
    }
    for name, pdf in pdfs.items():
        (out / f"{name}.pdf").write_bytes(pdf)
        document = pypdfium2.PdfDocument(pdf)
        for number, page in enumerate(document, start=1):
            page.render(scale=1.4).to_pil().save(out / f"{name}-{number}.png")
    print(f"Wrote {len(pdfs)} reports to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
