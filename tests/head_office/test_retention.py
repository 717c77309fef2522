"""Head office's own retention: its copies anonymised as the tills' sweep would (closed
complaints from closing, incidents from when they happened), after the shorter of the
store's years and head office's setting, in batches, the statistics kept."""

from __future__ import annotations

from datetime import datetime

import pytest

from desktop_app.domain.errors import ValidationFailed
from desktop_app.domain.personal_data import RetentionPolicy, years_before
from desktop_app.domain.schema.erasure import COMPLAINT_ERASURE
from desktop_app.services import data_protection, demo, head_office, head_office_link
from desktop_app.services.head_office_retention import (change_settings, head_office_settings,
                                                        retention_sweep)
from desktop_app.storage.head_office.repository import HeadOfficeRepository, audit_trail


def _records(ho, kind="complaint"):  # noqa: ANN001, ANN202
    with ho.engine.connect() as connection:
        return {r["reference"]: r for r in HeadOfficeRepository(connection).records(kind)}


def _past(rows: dict, years: int, when: str, now: datetime) -> set[str]:
    cutoff = years_before(now, years)
    return {ref for ref, r in rows.items()
            if r[when] is not None and r[when] < cutoff and r["anonymised_at"] is None}


def test_old_records_lose_their_personal_details_in_batches(ho, linked_till, manager, clock,
                                                            tmp_path):
    demo.fill(linked_till, complaints=300, incidents=20, seed=4, years=10)
    for path in head_office_link.make_bundle(linked_till, manager, tmp_path / "out").paths:
        head_office.import_bundle(ho, path)
    from sqlalchemy import text
    reopened = sorted(_records(ho))[0]                    # saved ten years ago, still open
    with ho.engine.begin() as connection:
        connection.execute(text("UPDATE ho_complaints SET closed_at = NULL, status = 'open' "
                                "WHERE reference = :r"), {"r": reopened})
    before = _records(ho)
    old = _past(before, 6, "closed_at", clock.now())
    still_open = {reopened}
    assert len(old) > 50 and before[reopened]["saved_at"] < years_before(clock.now(), 6)
    done = retention_sweep(ho, batch=40)                  # head office's setting: 6 years
    assert done["complaint"] == len(old) and done["incident"] > 0
    after = _records(ho)
    with ho.engine.connect() as connection:
        trail = audit_trail(connection)
    for reference in old:
        row, was = after[reference], before[reference]
        assert row["anonymised_at"] is not None
        assert row["customer_account"] == "(personal details removed)"
        assert row["customer_name"] in ("", None) and row["contact_phone"] in ("", None)
        left = COMPLAINT_ERASURE.parts["options"]["description"]
        assert [o["description"] for o in row["options"]] == [left] * len(was["options"])
        assert (row["category"], row["status"], row["saved_at"]) == \
            (was["category"], was["status"], was["saved_at"])        # the statistics stay
    assert all(after[r]["customer_account"] == before[r]["customer_account"]
               for r in set(after) - old)
    assert all(after[r]["anonymised_at"] is None for r in still_open)
    assert sum(1 for e in trail if e["action"] == "anonymise") >= len(old) // 40
    assert retention_sweep(ho) == {"complaint": 0, "incident": 0}


def test_a_stores_shorter_years_win_and_head_offices_setting_is_kept(ho, linked_till, manager,
                                                                    clock, tmp_path):
    data_protection.set_retention(linked_till, manager, RetentionPolicy(3, 2))
    demo.fill(linked_till, complaints=200, incidents=40, seed=9, years=8)
    for path in head_office_link.make_bundle(linked_till, manager, tmp_path / "out").paths:
        head_office.import_bundle(ho, path)
    complaints, incidents = _records(ho), _records(ho, "incident")
    change_settings(ho, complaint_years=5, incident_years=4, silent_days=10)
    assert head_office_settings(ho).silent_days == 10
    done = retention_sweep(ho)                # the store keeps complaints 3 years: 3 wins
    assert done == {"complaint": len(_past(complaints, 3, "closed_at", clock.now())),
                    "incident": len(_past(incidents, 2, "occurred_at", clock.now()))}
    assert done["complaint"] > len(_past(complaints, 5, "closed_at", clock.now())) > 0
    with pytest.raises(ValidationFailed) as failed:
        change_settings(ho, complaint_years=0, silent_days=1000)
    assert set(failed.value.errors) == {"complaint_years", "silent_days"}
    assert head_office_settings(ho).complaint_years == 5          # nothing changed
    with ho.engine.connect() as connection:
        assert [e["what"] for e in audit_trail(connection) if e["action"] == "settings"] == [
            "complaint_years 5, incident_years 4, silent_days 10"]
