"""Exports of a period: JSON in the documented format, CSV safe from formula injection."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest

from desktop_app.domain.errors import PermissionDenied
from desktop_app.domain.exchange_format import SCHEMA_VERSION, csv_safe
from desktop_app.domain.incident_form import default_answers
from desktop_app.services import complaints, exchange, incidents
from tests.services.test_complaints_service import full_answers

MARCH = (date(2026, 3, 1), date(2026, 3, 31))


def _fill(ctx, staff) -> tuple[str, str]:
    form = complaints.start_complaint(ctx, staff)
    form.answers = full_answers() | {"customer_account": "=HYPERLINK(\"http://x\") Łódź ŵ",
                                     "customer_name": "+44 trick"}
    complaint = complaints.save_complaint(ctx, form).reference
    answers = default_answers(now=ctx.clock.now(), reporter_id=staff.id)
    answers.update(location="Till 2", account="Shouted", behaviours=["verbal_abuse"])
    incident = incidents.record_incident(ctx, staff, answers).reference
    return complaint, incident


def test_json_holds_the_period_with_staff_by_code(ctx, staff, manager):
    complaint, incident = _fill(ctx, staff)
    document = json.loads(exchange.export_period(ctx, manager, *MARCH, "json"))
    assert document["schema_version"] == SCHEMA_VERSION
    assert document["store"]["code"] == "GLA01"
    (record,) = document["complaints"]
    assert record["reference"] == complaint and record["staff_code"] == "S01"
    assert record["customer_account"].endswith("Łódź ŵ")
    assert record["amount_pence"] == 2499 and "staff_id" not in record
    (abuse,) = document["incidents"]
    assert abuse["reference"] == incident and abuse["reported_by"] == "S01"
    empty = json.loads(exchange.export_period(ctx, manager, date(2025, 1, 1),
                                              date(2025, 1, 31), "json"))
    assert empty["complaints"] == [] and empty["incidents"] == []


def test_csv_neutralises_formulas(ctx, staff, manager):
    complaint, _ = _fill(ctx, staff)
    data = exchange.export_period(ctx, manager, *MARCH, "csv").decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(data)))
    assert rows[0]["reference"] == complaint
    assert rows[0]["customer_account"].startswith("'=HYPERLINK")


@pytest.mark.parametrize("cell", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
def test_every_formula_start_is_neutralised(cell):
    assert csv_safe(cell) == "'" + cell
    assert csv_safe("plain text") == "plain text"


def test_only_managers_export(ctx, staff, supervisor):
    for user in (staff, supervisor):
        with pytest.raises(PermissionDenied):
            exchange.export_period(ctx, user, *MARCH, "json")
