"""`report` from the command line, for managers and scheduled tasks."""

from __future__ import annotations

import io

from pypdf import PdfReader

from desktop_app.services import complaints
from tests.cli.test_init_command import run
from tests.conftest import MANAGER_PIN, STAFF_PIN
from tests.services.test_complaints_service import full_answers


def test_reports_are_written_for_a_signed_in_user(ctx, db_path, staff, tmp_path):
    form = complaints.start_complaint(ctx, staff)
    form.answers = full_answers()
    reference = complaints.save_complaint(ctx, form).reference
    ctx.close()
    out = tmp_path / "c.pdf"
    made = run("--db", str(db_path), "report", "complaint", reference, "--out", str(out),
               "--user", "M01", "--pin-stdin", stdin=f"{MANAGER_PIN}\n")
    assert made.returncode == 0, made.stderr
    assert reference in PdfReader(io.BytesIO(out.read_bytes())).pages[0].extract_text()
    summary = tmp_path / "s.pdf"
    made = run("--db", str(db_path), "report", "summary", "--from", "2026-03-01", "--to",
               "2026-03-31", "--out", str(summary), "--user", "M01", "--pin-stdin",
               stdin=f"{MANAGER_PIN}\n")
    assert made.returncode == 0 and summary.exists()
    refused = run("--db", str(db_path), "report", "abuse-summary", "--from", "2026-03-01",
                  "--to", "2026-03-31", "--out", str(tmp_path / "x.pdf"), "--user", "S01",
                  "--pin-stdin", stdin=f"{STAFF_PIN}\n")
    assert refused.returncode == 2 and "cannot" in refused.stderr
    wrong = run("--db", str(db_path), "report", "summary", "--from", "31/03/2026", "--to",
                "2026-03-31", "--user", "M01", "--pin-stdin", stdin=f"{MANAGER_PIN}\n")
    assert wrong.returncode == 2 and "YYYY-MM-DD" in wrong.stderr
