"""Render sample reports (made-up people) to PNG, for looking at.

    python scripts/render_reports.py [--out out/reports]
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    import pypdfium2

    from desktop_app.domain.kpis import summarise_complaints, summarise_incidents
    from desktop_app.reports.complaint_report import complaint_pdf, customer_copy_pdf, receipt_pdf
    from desktop_app.reports.incident_report import incident_pdf
    from desktop_app.reports.summary_report import complaints_summary_pdf, incidents_summary_pdf
    from tests.reports.test_reports import HEADER, sample_complaint, sample_incident

    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(ROOT / "out" / "reports"))
    out = Path(parser.parse_args().out)
    out.mkdir(parents=True, exist_ok=True)
    complaint = sample_complaint()
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
