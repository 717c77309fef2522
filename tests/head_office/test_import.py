"""Head office imports the tills' bundles into PostgreSQL: verified, all or nothing,
idempotent, in any order, with gaps shown and acknowledgements that cover only what
arrived without a gap."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from desktop_app.domain.errors import DomainError
from desktop_app.sealing.envelope import open_bundle, seal_bundle
from desktop_app.sealing.keys import HeadOfficePublicKey
from desktop_app.services import data_protection, head_office, head_office_link
from desktop_app.storage.head_office.repository import HeadOfficeRepository
from tests.services.test_head_office_link import _save

ROOT = Path(__file__).resolve().parents[2]


def _bundle(ctx, manager, folder: Path) -> Path:
    return head_office_link.make_bundle(ctx, manager, folder).path


def _complaints(ho) -> dict[str, dict]:
    with ho.engine.connect() as connection:
        return {r["reference"]: r for r in HeadOfficeRepository(connection)
                .records("complaint", "GLA01")}


def _log(ho) -> list[str]:
    with ho.engine.connect() as connection:
        return [row["result"] for row in HeadOfficeRepository(connection).imports()]


def test_a_bundle_is_imported_with_every_field_and_acknowledged(ho, linked_till, manager,
                                                                staff, tmp_path):
    saved = _save(linked_till, staff)
    result = head_office.import_bundle(ho, _bundle(linked_till, manager, tmp_path / "out"))
    assert result.result == "imported" and result.applied == 1
    row = _complaints(ho)[saved.reference]
    assert row["product"] == saved.product and row["staff_code"] == "S01"
    assert row["opened_at"] == saved.opened_at and row["options"][0]["description"]
    assert row["seq"] == result.last and not row["erased"]
    # the acknowledgement goes back to the till, which starts after it
    through = head_office_link.read_acknowledgement(linked_till, None, result.ack.read_bytes())
    assert through == result.last == result.acknowledged_through
    assert head_office_link.status(linked_till).waiting == 0


def test_the_same_bundle_twice_changes_nothing(ho, linked_till, manager, staff, tmp_path):
    _save(linked_till, staff)
    bundle = _bundle(linked_till, manager, tmp_path / "out")
    first = head_office.import_bundle(ho, bundle)
    before = _complaints(ho)
    again = head_office.import_bundle(ho, bundle)
    assert again.result == "already_held" and again.applied == 0
    assert _complaints(ho) == before
    assert again.acknowledged_through == first.acknowledged_through
    assert _log(ho) == ["imported", "already_held"]


def _acknowledged_here(ctx, result) -> None:
    """The till reads head office's acknowledgement, so its next bundle starts after."""
    head_office_link.read_acknowledgement(ctx, None, result.ack.read_bytes())


def test_bundles_out_of_order_and_gaps(ho, linked_till, manager, staff, tmp_path):
    """Three bundles made one after another (each acknowledged at the till by a first
    import elsewhere); head office receives the third, then the first, then the second."""
    other = tmp_path / "elsewhere"
    bundles = []
    saved = []
    for n in range(3):
        saved.append(_save(linked_till, staff).reference)
        bundle = _bundle(linked_till, manager, tmp_path / f"b{n}")
        bundles.append(bundle)
        # the till must see an acknowledgement to start the next bundle after this one
        ahead = open_bundle(bundle.read_bytes(), ho.keys, lambda m: head_office_link
                            .store_keys(linked_till).public)["manifest"]["sequence_to"]
        _fake_ack(ho, linked_till, ahead, other)
    third = head_office.import_bundle(ho, bundles[2])
    assert third.acknowledged_through == 0 and third.gaps        # nothing from the start
    first = head_office.import_bundle(ho, bundles[0])
    assert first.acknowledged_through < third.last and len(first.gaps) == 1
    second = head_office.import_bundle(ho, bundles[1])
    assert second.acknowledged_through == third.last and second.gaps == ()
    assert set(_complaints(ho)) == set(saved)


def _fake_ack(ho, ctx, through: int, folder: Path) -> None:
    from desktop_app.domain import bundle_format as fmt
    from desktop_app.sealing.envelope import sign_ack
    folder.mkdir(exist_ok=True)
    link = head_office_link.status(ctx)
    data = sign_ack(fmt.acknowledgement(store_code="GLA01", store_key=link.store_fingerprint,
                                        through=through, made_at="2026-03-10T12:00"), ho.keys)
    head_office_link.read_acknowledgement(ctx, None, data)


def test_an_older_change_never_overwrites_a_newer_one(ho, linked_till, manager, staff,
                                                      tmp_path):
    saved = _save(linked_till, staff)
    old = _bundle(linked_till, manager, tmp_path / "a")
    from desktop_app.services import complaints
    complaints.amend_complaint(linked_till, manager, saved.reference, "product", "Toaster",
                               "Typed the wrong product")
    new = _bundle(linked_till, manager, tmp_path / "b")          # not acknowledged: repeats
    head_office.import_bundle(ho, new)
    head_office.import_bundle(ho, old)
    assert _complaints(ho)[saved.reference]["product"] == "Toaster"


def test_a_tampered_bundle_or_an_unknown_or_revoked_key_is_refused(ho, linked_till, manager,
                                                                   staff, tmp_path):
    _save(linked_till, staff)
    bundle = _bundle(linked_till, manager, tmp_path / "out")
    tampered = tmp_path / "tampered.tclbundle"
    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 1
    tampered.write_bytes(bytes(data))
    assert head_office.import_bundle(ho, tampered).result == "refused"
    head_office.revoke_store_keys(ho, "GLA01")
    refused = head_office.import_bundle(ho, bundle)
    assert refused.result == "refused" and "not registered" in refused.message
    assert _complaints(ho) == {}
    assert _log(ho) == ["refused", "refused"]


def test_a_newer_schema_waits_in_quarantine_unread(ho, linked_till, manager, staff,
                                                   tmp_path):
    _save(linked_till, staff)
    bundle = _bundle(linked_till, manager, tmp_path / "out")
    till = head_office_link.store_keys(linked_till)
    document = open_bundle(bundle.read_bytes(), ho.keys, lambda m: till.public)
    document["manifest"]["schema_version"] += 1
    newer = tmp_path / "newer.tclbundle"
    public = HeadOfficePublicKey.from_file((ho.folder / head_office.PUBLIC_KEY_FILE)
                                           .read_bytes())
    newer.write_bytes(seal_bundle(document, till, public))
    result = head_office.import_bundle(ho, newer)
    assert result.result == "quarantined" and "newer" in result.message
    assert (ho.folder / head_office.QUARANTINE / newer.name).exists()
    assert _complaints(ho) == {}


def test_erasure_and_anonymisation_reach_head_office(ho, linked_till, manager, staff,
                                                     tmp_path):
    import sqlite3
    kept, erased = _save(linked_till, staff), _save(linked_till, staff)
    _acknowledged_here(linked_till, head_office.import_bundle(
        ho, _bundle(linked_till, manager, tmp_path / "a")))
    assert _complaints(ho)[kept.reference]["customer_name"] == kept.customer_name
    data_protection.erase_personal_data(linked_till, manager, complaints=[kept.reference],
                                        incidents=[], reason="Customer asked",
                                        received_on=date(2026, 3, 10))
    connection = sqlite3.connect(linked_till.db_path)
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("DELETE FROM complaints WHERE reference = ?", (erased.reference,))
    connection.commit()
    connection.close()
    head_office.import_bundle(ho, _bundle(linked_till, manager, tmp_path / "b"))
    rows = _complaints(ho)
    assert rows[kept.reference]["anonymised_at"] is not None
    assert rows[kept.reference]["customer_name"] != kept.customer_name
    assert rows[erased.reference]["erased"] and rows[erased.reference]["product"] is None


def test_register_store_refuses_a_key_for_another_store(ho, ctx):
    with pytest.raises(DomainError, match="is for store GLA01, not EDI02"):
        head_office.register_store(ho, "EDI02", head_office_link.export_store_key(ctx),
                                   name="Edinburgh", region="Scotland")
    with pytest.raises(DomainError, match="Nothing was registered"):
        head_office.register_store(ho, "GLA01", b"not a key", name="G", region="S")


def test_two_importers_at_once_end_the_same(ho, ho_url, linked_till, manager, staff,
                                            tmp_path):
    """Two processes import the same bundles in opposite orders at the same time."""
    bundles = []
    for n in range(4):
        for _ in range(3):
            _save(linked_till, staff)
        bundles.append(str(_bundle(linked_till, manager, tmp_path / f"b{n}")))
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from desktop_app.services import head_office\n"
        "ho = head_office.open_head_office(sys.argv[1], Path(sys.argv[2]))\n"
        "for name in sys.argv[3:]:\n"
        "    print(head_office.import_bundle(ho, Path(name), Path(sys.argv[2])).result)\n")
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    children = [subprocess.Popen([sys.executable, "-c", script, ho_url, str(ho.folder),
                                  *order], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True)
                for order in (bundles, bundles[::-1])]
    outputs = [child.communicate(timeout=120) for child in children]
    assert all(child.returncode == 0 for child in children), outputs
    results = [line for out, _ in outputs for line in out.split()]
    assert sorted(results).count("imported") == 4        # each bundle applied once
    assert results.count("already_held") == 4
    rows = _complaints(ho)
    assert len(rows) == 12
    # every record as the last bundle has it (bundles repeat until acknowledged)
    till = head_office_link.store_keys(linked_till)
    last = open_bundle(Path(bundles[-1]).read_bytes(), ho.keys, lambda m: till.public)
    for change in last["changes"]:
        assert rows[change["reference"]]["seq"] == change["seq"]
    assert json.dumps(sorted(rows)) == json.dumps(sorted(r["reference"] for r in
                                                         last["changes"]))


def test_a_drop_folder_is_imported_and_sorted(ho, linked_till, manager, staff, tmp_path):
    drop = tmp_path / "drop"
    _save(linked_till, staff)
    good = _bundle(linked_till, manager, drop)
    junk = drop / "junk.tclbundle"
    junk.write_bytes(b"not a bundle")
    copying = drop / "GLA01-000000099-000000100.tclbundle"
    copying.write_bytes(good.read_bytes()[:100])              # still being copied in
    for settled in (good, junk):                              # these landed a minute ago
        os.utime(settled, (time.time() - 60, time.time() - 60))
    results = head_office.watch_once(ho, drop)
    assert sorted(r.result for r in results) == ["imported", "refused"]
    assert (drop / "imported" / good.name).exists() and (drop / "refused" / junk.name).exists()
    (ack,) = (drop / "acknowledgements").iterdir()
    assert head_office_link.read_acknowledgement(linked_till, None, ack.read_bytes()) > 0
    assert copying.exists()                                   # left for the next look
    copying.unlink()
    assert head_office.watch_once(ho, drop) == []           # nothing twice


def test_a_review_and_its_acknowledgement_reach_head_office(ho, linked_till, manager, staff,
                                                            supervisor, tmp_path):
    from desktop_app.services import reviews
    from desktop_app.services.head_office_figures import complaint_record

    saved = _save(linked_till, staff)
    reviews.review_complaint(linked_till, supervisor, saved.reference, {
        "went_well": "Listened to the whole story first.",
        "work_on": "Say when the customer will hear back."})
    reviews.acknowledge_feedback(linked_till, staff, saved.reference)
    head_office.import_bundle(ho, _bundle(linked_till, manager, tmp_path / "out"))
    (sent,) = _complaints(ho)[saved.reference]["reviews"]
    assert (sent["staff_code"], sent["work_on"]) == ("V01", "Say when the customer will hear back.")
    (shown,) = complaint_record(ho, "GLA01", saved.reference).reviews
    assert shown.went_well == "Listened to the whole story first." and shown.acknowledged_at
