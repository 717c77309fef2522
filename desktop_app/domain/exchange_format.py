"""The export format (docs/export-format.md): complaints and incidents as plain JSON values.

Dates are ISO 8601 text, money is whole pence, the signature is base64 PNG; staff appear by
their staff code and name (ids differ between databases). CSV cells that a spreadsheet would
run as a formula (starting with = + - @, tab or carriage return) are neutralised with a
leading apostrophe.
"""

from __future__ import annotations

import base64
from dataclasses import fields
from datetime import date, datetime
from enum import Enum
from typing import Any

from desktop_app.domain.complaint import Complaint
from desktop_app.domain.incident import Incident
from desktop_app.domain.schema.complaint import COMPLAINT, ESCALATION_ANSWERS, HISTORY_PARTS
from desktop_app.domain.schema.field import Kind

SCHEMA_VERSION = 1
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")



def _csv_columns() -> tuple[str, ...]:
    """The complaint fields the schema marks exported, in its order, as CSV headings."""
    columns: list[str] = []
    for f in COMPLAINT.where(exported=True):
        if f.key == "escalation":
            columns += list(ESCALATION_ANSWERS)
        elif f.kind is Kind.STAFF:
            columns.append("staff_code")
        else:
            columns.append(f.name)
    return tuple(columns)


CSV_COMPLAINT_COLUMNS = _csv_columns()


def plain(value: Any) -> Any:
    """A domain value as JSON: dataclasses to dicts, dates to ISO text, bytes to base64."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes | bytearray):
        return base64.b64encode(bytes(value)).decode("ascii")
    if hasattr(value, "__dataclass_fields__"):
        return {f.name: plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | frozenset | set):
        return [plain(v) for v in value]
    return value


def complaint_record(complaint: Complaint, staff_codes: dict[int, str]) -> dict[str, Any]:
    record = plain(complaint)
    for internal in ("id", "staff_id"):
        record.pop(internal, None)
    record["staff_code"] = staff_codes.get(complaint.staff_id, "")
    for key in HISTORY_PARTS:
        for item in record[key]:
            item["staff_code"] = staff_codes.get(item.pop("staff_id"), "")
    if complaint.approval is not None:
        record["approval"]["approver_code"] = staff_codes.get(complaint.approval.approver_id, "")
        record["approval"].pop("approver_id", None)
    return record


def incident_record(incident: Incident, staff_codes: dict[int, str]) -> dict[str, Any]:
    record = plain(incident)
    record.pop("id", None)
    record["reported_by"] = staff_codes.get(incident.reported_by, "")
    for person in record["people"]:
        person["staff_code"] = staff_codes.get(person.pop("staff_id"), "") \
            if person.get("staff_id") is not None else ""
        person.pop("staff_id", None)
    for update in record["updates"]:
        update["staff_code"] = staff_codes.get(update.pop("staff_id"), "")
    for disclosure in record["disclosures"]:
        disclosure["recorded_by"] = staff_codes.get(disclosure.get("recorded_by"), "")
    return record


def document(*, store: dict[str, str], start: date, end: date, produced_at: datetime,
             version: str, complaints: list[dict], incidents: list[dict]) -> dict[str, Any]:
    return {"schema_version": SCHEMA_VERSION, "program": f"Till Complaint Logger {version}",
            "produced_at": produced_at.isoformat(), "store": store,
            "period": {"from": start.isoformat(), "to": end.isoformat()},
            "complaints": complaints, "incidents": incidents}


def csv_safe(value: Any) -> str:
    """A cell a spreadsheet shows as text, never runs as a formula."""
    text = "" if value is None else str(plain(value))
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def complaint_csv_row(record: dict[str, Any]) -> list[str]:
    row = dict(record)
    for column, part_key in ESCALATION_ANSWERS.items():
        row[column] = (record.get("escalation") or {}).get(part_key, "")
    return [csv_safe(row.get(column)) for column in CSV_COMPLAINT_COLUMNS]
