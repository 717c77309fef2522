"""Head office's own retention: its copies anonymised as the tills' sweep would, in
batches, the statistics kept."""

from __future__ import annotations

from datetime import datetime

from desktop_app.domain.schema.erasure import COMPLAINT_ERASURE
from desktop_app.services import demo, head_office, head_office_link
from desktop_app.storage.head_office.repository import HeadOfficeRepository, audit_trail


def test_old_records_lose_their_personal_details_in_batches(ho, linked_till, manager,
                                                            tmp_path):
    demo.fill(linked_till, complaints=300, incidents=20, seed=4, years=10)
    for path in head_office_link.make_bundle(linked_till, manager, tmp_path / "out").paths:
        head_office.import_bundle(ho, path)
    with ho.engine.connect() as connection:
        before = {r["reference"]: r for r in HeadOfficeRepository(connection)
                  .records("complaint")}
    old = {ref for ref, r in before.items() if r["saved_at"] < datetime(2020, 3, 10, 10, 30)
           and r["anonymised_at"] is None}
    assert len(old) > 50
    done = head_office.retention_sweep(ho, complaint_years=6, incident_years=6, batch=40)
    assert done["complaint"] == len(old) and done["incident"] > 0
    with ho.engine.connect() as connection:
        after = {r["reference"]: r for r in HeadOfficeRepository(connection)
                 .records("complaint")}
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
    recent = set(after) - old
    assert all(after[r]["customer_account"] == before[r]["customer_account"] for r in recent)
    assert sum(1 for e in trail if e["action"] == "anonymise") >= len(old) // 40
    assert head_office.retention_sweep(ho) == {"complaint": 0, "incident": 0}
