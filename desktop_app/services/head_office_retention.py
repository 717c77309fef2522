"""Head office's retention: its copies of records lose their personal details as the
tills' do (domain/schema/erasure.py says what goes), once past the shorter of the
store's own years (from its bundles) and head office's setting, a batch per
transaction. And head office's settings."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from desktop_app.domain import bundle_format as fmt
from desktop_app.domain.errors import ValidationFailed
from desktop_app.domain.personal_data import (DEFAULT_COMPLAINT_YEARS, DEFAULT_INCIDENT_YEARS,
                                              RetentionPolicy)
from desktop_app.domain.schema.erasure import COMPLAINT_ERASURE, INCIDENT_ERASURE
from desktop_app.services.head_office import HeadOffice
from desktop_app.storage.head_office import tables as t
from desktop_app.storage.head_office.repository import (audit, due_for_retention,
                                                        put_settings, replace_record, settings)

MIN_SILENT_DAYS, MAX_SILENT_DAYS = 1, 365


@dataclass(frozen=True)
class HeadOfficeSettings:
    complaint_years: int = DEFAULT_COMPLAINT_YEARS   # head office keeps no record longer
    incident_years: int = DEFAULT_INCIDENT_YEARS
    silent_days: int = 7                             # a store with no bundle for longer

    def errors(self) -> dict[str, str]:
        found = RetentionPolicy(self.complaint_years, self.incident_years).errors()
        if not (isinstance(self.silent_days, int)
                and MIN_SILENT_DAYS <= self.silent_days <= MAX_SILENT_DAYS):
            found["silent_days"] = (f"Choose between {MIN_SILENT_DAYS} and {MAX_SILENT_DAYS} "
                                    "days.")
        return found


def head_office_settings(ho: HeadOffice) -> HeadOfficeSettings:
    with ho.engine.connect() as connection:
        held = settings(connection)
    known = {k: v for k, v in held.items() if k in HeadOfficeSettings.__dataclass_fields__}
    return HeadOfficeSettings(**known)


def change_settings(ho: HeadOffice, **changes: int) -> HeadOfficeSettings:
    """Change some of head office's settings; nothing changes unless all are valid."""
    new = replace(head_office_settings(ho), **changes)
    if new.errors():
        raise ValidationFailed(new.errors())
    with ho.engine.begin() as connection:
        put_settings(connection, {k: getattr(new, k) for k in changes})
        audit(connection, "settings", ", ".join(f"{k} {v}" for k, v in sorted(changes.items())))
    return new


def _anonymised(row: dict, record_type: str, now: datetime) -> dict:
    """What the till's anonymising leaves (domain/schema/erasure.py), applied to a row."""
    erasure = COMPLAINT_ERASURE if record_type == fmt.COMPLAINT_TYPE else INCIDENT_ERASURE
    _, schema = t.RECORD_TABLES[record_type]
    values: dict[str, Any] = {"anonymised_at": now}
    for key, left in erasure.record.items():
        if key in ("reference", "store_code"):
            continue
        values[t.column_name(schema[key])] = list(left) if isinstance(left, tuple) else left

    def clear(item: Any, cleared: dict) -> Any:
        if not isinstance(item, dict):
            return item
        return {**item, **{k: (list(v) if isinstance(v, tuple) else v)
                           for k, v in cleared.items() if k in item}}

    for part, cleared in erasure.parts.items():
        held = row.get(schema[part].name)      # a list of items, or one (escalation)
        values[schema[part].name] = ([clear(item, cleared) for item in held]
                                     if isinstance(held, list) else clear(held, cleared))
    if erasure.amended and row.get("amendments"):
        values["amendments"] = [
            {**a, "old_value": "", "new_value": ""} if a.get("field") in erasure.amended else a
            for a in values.get("amendments", row["amendments"])]
    return values


def retention_sweep(ho: HeadOffice, *, complaint_years: int | None = None,
                    incident_years: int | None = None, batch: int = 500) -> dict[str, int]:
    """Anonymise head office's copies past retention: closed complaints from when they
    closed, incidents from when they happened, each after the shorter of its store's
    years and head office's (the setting, unless given here). A batch per transaction,
    so importing goes on meanwhile. Returns the records anonymised, by kind."""
    kept = head_office_settings(ho)
    policy = RetentionPolicy(complaint_years or kept.complaint_years,
                             incident_years or kept.incident_years).validate()
    now = ho.clock.now()
    done = {}
    for record_type, years in ((fmt.COMPLAINT_TYPE, policy.complaint_years),
                               (fmt.INCIDENT_TYPE, policy.incident_years)):
        done[record_type] = 0
        while True:
            with ho.engine.begin() as connection:
                rows = due_for_retention(connection, record_type, now, years, batch)
                for row in rows:
                    replace_record(connection, record_type, row["store_code"],
                                   row["reference"], _anonymised(row, record_type, now))
                if rows:
                    audit(connection, "anonymise",
                          f"retention: {len(rows)} {record_type}s past {years} years "
                          f"or their store's")
            done[record_type] += len(rows)
            if len(rows) < batch:
                break
    return done
