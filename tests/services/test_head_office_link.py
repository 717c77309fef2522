"""The till's bundles for head office: sealed, signed, complete, repeated until acknowledged.

Every bundle is opened here with the decrypt-and-verify code head office uses
(sealing.envelope.open_bundle), with a head-office key pair made for the test.
"""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from nacl.signing import SigningKey

from desktop_app.domain import bundle_format as fmt
from desktop_app.domain.errors import DomainError, PermissionDenied
from desktop_app.sealing.envelope import SealError, open_bundle, sign_ack
from desktop_app.sealing.keys import HeadOfficeKeys, StorePublicKey
from desktop_app.services import aftercare, complaints, data_protection, head_office_link
from desktop_app.services.policy import load_policy, save_policy
from tests.services.test_complaints_service import full_answers


@pytest.fixture
def head_office():
    return HeadOfficeKeys.generate()


@pytest.fixture
def linked(ctx, manager, head_office):
    head_office_link.install_head_office_key(ctx, manager, head_office.public.to_file())
    return ctx


def _save(ctx, user, **answers):
    form = complaints.start_complaint(ctx, user)
    form.answers = {**full_answers(), **answers}
    return complaints.save_complaint(ctx, form)


def _open(path: Path, head_office: HeadOfficeKeys, ctx) -> dict:
    registered = StorePublicKey.from_file(head_office_link.export_store_key(ctx))

    def key(manifest):
        ok = (manifest.get("store_code") == registered.store_code
              and manifest.get("store_key_fingerprint") == registered.fingerprint)
        return registered.verify_key if ok else None
    return open_bundle(path.read_bytes(), head_office, key)


def acknowledge(bundle: Path, head_office: HeadOfficeKeys, till: StorePublicKey,
                folder: Path) -> tuple[Path, int]:
    """What head office writes back for a bundle from `till`: the file and its sequence."""
    document = open_bundle(bundle.read_bytes(), head_office, lambda manifest: till.verify_key)
    last = document["manifest"]["sequence_to"]
    ack = folder / "ack"
    ack.write_bytes(sign_ack(fmt.acknowledgement(store_code=till.store_code,
                                                 store_key=till.fingerprint, through=last,
                                                 made_at="2026-03-11T09:00"), head_office))
    return ack, last


def _ack(head_office, ctx, through: int, **override) -> bytes:
    status = head_office_link.status(ctx)
    document = fmt.acknowledgement(store_code="GLA01", store_key=status.store_fingerprint,
                                   through=through, made_at="2026-03-11T09:00:00")
    return sign_ack({**document, **override}, head_office)


def test_a_bundle_round_trips_through_head_offices_opening_code(linked, manager, staff,
                                                                head_office, tmp_path):
    saved = _save(linked, staff)
    made = head_office_link.make_bundle(linked, manager, tmp_path)
    assert made.path.name == f"GLA01-{made.first:09d}-{made.last:09d}.tclbundle"
    assert os.stat(made.path).st_mode & 0o077 == 0
    document = _open(made.path, head_office, linked)
    manifest = document["manifest"]
    assert manifest["store_code"] == "GLA01" and manifest["sequence_to"] == made.last
    assert manifest["store_key_fingerprint"] == head_office_link.status(linked).store_fingerprint
    assert manifest["head_office_key_fingerprint"] == head_office.public.fingerprint
    assert manifest["schema_version"] in fmt.READABLE_SCHEMA_VERSIONS
    (change,) = [c for c in document["changes"] if c["reference"] == saved.reference]
    assert change["op"] == "upsert" and change["record"]["product"] == saved.product
    assert document["staff"]["S01"] == "Sam Staff"
    assert b"Kettle" not in made.path.read_bytes()            # sealed: nothing in clear


def test_a_changed_byte_anywhere_fails_and_another_key_cannot_open_it(linked, manager, staff,
                                                                     head_office, tmp_path):
    _save(linked, staff)
    made = head_office_link.make_bundle(linked, manager, tmp_path)
    data = made.path.read_bytes()
    for position in (0, 40, len(data) // 2, len(data) - 1):
        changed = bytearray(data)
        changed[position] ^= 0x01
        made.path.write_bytes(bytes(changed))
        with pytest.raises(SealError):
            _open(made.path, head_office, linked)
    made.path.write_bytes(data)
    with pytest.raises(SealError, match="cannot be opened with this head office's key"):
        _open(made.path, HeadOfficeKeys.generate(), linked)


def test_a_bundle_signed_by_another_till_is_refused(linked, manager, staff, head_office,
                                                    tmp_path):
    _save(linked, staff)
    made = head_office_link.make_bundle(linked, manager, tmp_path)
    impostor = SigningKey.generate().verify_key
    with pytest.raises(SealError, match="signature does not match"):
        open_bundle(made.path.read_bytes(), head_office, lambda manifest: impostor)
    with pytest.raises(SealError, match="not registered"):
        open_bundle(made.path.read_bytes(), head_office, lambda manifest: None)


def test_bundles_repeat_until_acknowledged_then_start_after_it(linked, manager, staff,
                                                               head_office, tmp_path):
    first = _save(linked, staff)
    one = head_office_link.make_bundle(linked, manager, tmp_path / "one")
    two = head_office_link.make_bundle(linked, manager, tmp_path / "two")
    assert (one.first, one.last) == (two.first, two.last)        # a lost stick costs nothing
    refs = lambda made: [c["reference"] for c in _open(made.path, head_office, linked)["changes"]]  # noqa: E731
    assert first.reference in refs(one) and refs(one) == refs(two)
    assert head_office_link.read_acknowledgement(linked, None, _ack(head_office, linked,
                                                                    one.last)) == one.last
    assert head_office_link.status(linked).waiting == 0
    with pytest.raises(DomainError, match="Nothing to send"):
        head_office_link.make_bundle(linked, manager, tmp_path / "three")
    second = _save(linked, staff)
    three = head_office_link.make_bundle(linked, manager, tmp_path / "three")
    assert three.first == one.last + 1
    assert refs(three) == [second.reference]


def test_corrections_closures_follow_ups_and_erasure_reach_the_bundle(linked, manager, staff,
                                                                      head_office, tmp_path):
    saved = _save(linked, staff, follow_up_needed=True, follow_up_due=date(2026, 3, 12),
                  follow_up_method="phone")
    made = head_office_link.make_bundle(linked, manager, tmp_path / "a")
    head_office_link.read_acknowledgement(linked, None, _ack(head_office, linked, made.last))

    def latest(folder):
        bundle = head_office_link.make_bundle(linked, manager, tmp_path / folder)
        document = _open(bundle.path, head_office, linked)
        head_office_link.read_acknowledgement(linked, None,
                                              _ack(head_office, linked, bundle.last))
        (change,) = [c for c in document["changes"] if c["reference"] == saved.reference]
        return change, bundle

    complaints.amend_complaint(linked, manager, saved.reference, "product", "Toaster",
                               "Typed the wrong product")
    change, after_amend = latest("b")
    assert change["record"]["product"] == "Toaster"
    assert change["record"]["amendments"][0]["reason"] == "Typed the wrong product"
    aftercare.record_follow_up(linked, staff, saved.reference, {
        "contacted_on": date(2026, 3, 10), "method": "phone", "outcome": "Rang, no answer",
        "next_due": date(2026, 3, 12)})
    change, after_follow_up = latest("c")
    assert change["seq"] > after_amend.last - 1
    assert change["record"]["follow_ups"][0]["outcome"] == "Rang, no answer"
    aftercare.close_complaint(linked, manager, saved.reference, "Customer unreachable")
    change, _ = latest("d")
    assert change["record"]["status"] == "closed"
    data_protection.erase_personal_data(linked, manager, complaints=[saved.reference],
                                        incidents=[], reason="Customer asked",
                                        received_on=date(2026, 3, 10))
    change, bundle = latest("e")
    assert change["op"] == "anonymise" and change["record"]["anonymised_at"]
    assert saved.customer_name not in str(change["record"])
    assert _open(bundle.path, head_office, linked)["manifest"]["counts"]["anonymised"] == 1


def test_a_store_can_hold_back_contact_details_and_signatures(linked, manager, staff,
                                                              head_office, tmp_path):
    with linked.uow() as uow:
        save_policy(uow, replace(load_policy(uow), hold_back_contact=True))
        uow.commit()
    saved = _save(linked, staff, contact_consent=True, contact_phone="07700 900123")
    made = head_office_link.make_bundle(linked, manager, tmp_path)
    document = _open(made.path, head_office, linked)
    (change,) = [c for c in document["changes"] if c["reference"] == saved.reference]
    assert change["record"]["contact_phone"] == "" and change["record"]["signature_png"] is None
    assert change["record"]["product"] == saved.product
    assert "contact_phone" in document["manifest"]["held_back"]


def test_every_bundle_made_is_in_the_audit_trail(linked, manager, staff, tmp_path):
    _save(linked, staff)
    made = head_office_link.make_bundle(linked, None, tmp_path)      # the scheduled task
    with linked.uow() as uow:
        entries = [e for e in uow.audit.find(_everything(), limit=50) if e.action == "bundle"]
    assert entries and entries[0].staff_code == "scheduled"
    assert entries[0].record_ref.startswith(f"{made.first}-{made.last}: 1 complaints")
    assert str(tmp_path) in entries[0].record_ref


def _everything():
    from desktop_app.storage.audit_repository import AuditFilter
    return AuditFilter()


# ---- bad input: a clear message, nothing changed ---------------------------------------------
def test_a_head_office_key_that_is_not_a_key_is_refused(ctx, manager, staff):
    for data in (b"", b"hello", b'{"kind": "till-complaint-logger/store-key"}',
                 b'{"kind": "till-complaint-logger/head-office-key", "encryption": "AAAA", '
                 b'"signing": "AAAA"}', os.urandom(100)):
        with pytest.raises(DomainError, match="Nothing was changed"):
            head_office_link.install_head_office_key(ctx, manager, data)
    assert not head_office_link.status(ctx).installed
    with pytest.raises(PermissionDenied):
        head_office_link.install_head_office_key(ctx, staff, HeadOfficeKeys.generate()
                                                 .public.to_file())


def test_acknowledgements_from_someone_else_or_ahead_are_refused(linked, manager, staff,
                                                                 head_office, tmp_path):
    _save(linked, staff)
    made = head_office_link.make_bundle(linked, manager, tmp_path)
    bad = {
        "not signed by head office": _ack(HeadOfficeKeys.generate(), linked, made.last),
        "for another store": _ack(head_office, linked, made.last, store_code="EDI02"),
        "for another till": _ack(head_office, linked, made.last,
                                 store_key_fingerprint="0000 0000"),
        "ahead of what was sent": _ack(head_office, linked, made.last + 5),
        "not an acknowledgement": b"anything at all",
    }
    for why, data in bad.items():
        with pytest.raises(DomainError, match="Nothing was changed"):
            head_office_link.read_acknowledgement(linked, None, data)
        assert head_office_link.status(linked).acknowledged_through == 0, why
    assert head_office_link.read_acknowledgement(linked, None,
                                                 _ack(head_office, linked, made.last)) \
        == made.last
    # an older acknowledgement afterwards changes nothing
    assert head_office_link.read_acknowledgement(linked, None, _ack(head_office, linked, 1)) \
        == made.last


def test_a_read_only_folder_leaves_nothing_and_changes_nothing(linked, manager, staff,
                                                               tmp_path):
    _save(linked, staff)
    folder = tmp_path / "stick"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):          # root ignores permissions: use a file as folder
            folder.chmod(0o700)
            folder.rmdir()
            folder.write_text("not a folder")
        with pytest.raises(DomainError, match="Nothing was sent or changed"):
            head_office_link.make_bundle(linked, manager, folder)
    finally:
        if folder.is_dir():
            folder.chmod(0o700)
    assert head_office_link.status(linked).sent_through == 0
    if folder.is_dir():
        assert list(folder.iterdir()) == []


def test_no_head_office_key_says_how_to_install_one(ctx, manager, tmp_path):
    with pytest.raises(DomainError, match="head-office-key install"):
        head_office_link.make_bundle(ctx, manager, tmp_path)


def test_the_tills_key_is_private_and_stays_the_same(ctx):
    first = head_office_link.status(ctx).store_fingerprint
    path = head_office_link.store_key_path(ctx)
    assert os.stat(path).st_mode & 0o077 == 0
    assert head_office_link.status(ctx).store_fingerprint == first
    public = StorePublicKey.from_file(head_office_link.export_store_key(ctx))
    assert public.store_code == "GLA01" and public.fingerprint == first


def test_an_existing_store_gets_its_key_and_its_records_numbered_on_upgrade(ctx, staff,
                                                                            db_path):
    """A store from before bundles (revision 0005): the upgrade enters every record in the
    outbox, oldest first, and the first start after it makes the till's key."""
    import sqlite3

    from desktop_app.services.context import open_app
    from desktop_app.storage.file_check import OUTBOX_TRIGGERS, REVIEW_TRIGGERS
    older, newer = _save(ctx, staff), _save(ctx, staff)
    ctx.close()
    key = head_office_link.store_key_path(ctx)
    key.unlink(missing_ok=True)
    connection = sqlite3.connect(db_path)
    for name in (*OUTBOX_TRIGGERS, *REVIEW_TRIGGERS):
        connection.execute(f"DROP TRIGGER {name}")
    connection.execute("DROP TABLE complaint_reviews")                      # 0008's
    connection.execute("DROP TABLE outbox")
    for table, column in (("complaints", "customer_challenging"), ("complaints", "de_escalation"),
                          ("complaints", "de_escalation_words"),
                          ("complaints", "further_assistance_offered"),
                          ("complaints", "reflection_went_well"),
                          ("complaints", "reflection_differently"), ("follow_ups", "kind"),
                          ("complaints", "customer_language"),                   # and 0009's
                          ("staff", "language")):                                # and 0010's
        connection.execute(f"ALTER TABLE {table} DROP COLUMN {column}")     # 0007's
    connection.execute("UPDATE alembic_version SET version_num = '0005'")
    connection.commit()
    connection.execute("PRAGMA user_version = 5")
    connection.close()
    again = open_app(db_path, clock=ctx.clock)
    try:
        assert key.exists()
        with again.uow() as uow:
            pending = uow.outbox.after(0)
        assert [p.reference for p in pending] == [older.reference, newer.reference]
    finally:
        again.close()


def test_setting_up_a_store_makes_its_key(db_path, clock):
    from desktop_app.services import setup
    from desktop_app.services.context import open_app
    fresh = open_app(db_path, clock=clock)
    try:
        setup.initialise(fresh, store_name="Leeds", store_code="LDS01", jurisdiction="england",
                         manager_name="Lee Manager", manager_code="L01", pin="246810")
        assert head_office_link.store_key_path(fresh).exists()
    finally:
        fresh.close()


def test_a_full_stick_leaves_no_partial_bundle_and_changes_nothing(linked, staff, tmp_path):
    """The write is cut off by a file-size limit (what a full stick does to a write): a
    child process, so the limit binds only it."""
    import subprocess
    import sys
    _save(linked, staff, customer_account="A long account. " * 250)
    linked.close()
    stick = tmp_path / "stick"
    stick.mkdir()
    script = (
        "import resource, signal, sys\n"
        "from pathlib import Path\n"
        "from desktop_app.services import head_office_link\n"
        "from desktop_app.services.context import open_app\n"
        "from desktop_app.domain.errors import DomainError\n"
        "ctx = open_app(Path(sys.argv[1]))\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (256, 256))\n"
        "try:\n"
        "    head_office_link.make_bundle(ctx, None, Path(sys.argv[2]))\n"
        "except DomainError as error:\n"
        "    print('REFUSED', error)\n")
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, "-c", script, str(linked.db_path), str(stick)],
                            cwd=root, env=dict(os.environ, PYTHONPATH=str(root)),
                            capture_output=True, text=True, timeout=120)
    assert result.stdout.startswith("REFUSED Could not write the bundle"), result.stderr
    assert "Nothing was sent or changed" in result.stdout
    assert list(stick.iterdir()) == []
    from desktop_app.services.context import open_app
    again = open_app(linked.db_path, clock=linked.clock)
    try:
        assert head_office_link.status(again).sent_through == 0
    finally:
        again.close()


def test_many_changes_go_in_several_files_whose_ranges_join_up(linked, manager, staff,
                                                               head_office, tmp_path,
                                                               monkeypatch):
    monkeypatch.setattr(head_office_link, "MAX_CHANGES", 2)
    saved = [_save(linked, staff).reference for _ in range(5)]
    made = head_office_link.make_bundle(linked, manager, tmp_path)
    assert len(made.paths) == 3
    documents = [_open(path, head_office, linked) for path in made.paths]
    ranges = [(d["manifest"]["sequence_from"], d["manifest"]["sequence_to"]) for d in documents]
    assert ranges[0][0] == made.first and ranges[-1][1] == made.last
    assert all(later[0] == earlier[1] + 1 for earlier, later in zip(ranges, ranges[1:]))
    sent = [c["reference"] for d in documents for c in d["changes"]]
    assert sent == saved and made.counts["complaints"] == 5


def test_a_record_deleted_leaves_a_tombstone_in_the_next_bundle(linked, manager, staff,
                                                                head_office, tmp_path):
    """The program never deletes a record (erasure anonymises); should one go by any other
    way, the outbox's trigger still tells head office."""
    import sqlite3
    saved = _save(linked, staff)
    made = head_office_link.make_bundle(linked, manager, tmp_path / "a")
    head_office_link.read_acknowledgement(linked, None, _ack(head_office, linked, made.last))
    connection = sqlite3.connect(linked.db_path)
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("DELETE FROM complaints WHERE reference = ?", (saved.reference,))
    connection.commit()
    connection.close()
    after = head_office_link.make_bundle(linked, manager, tmp_path / "b")
    (change,) = _open(after.path, head_office, linked)["changes"]
    assert change == {"seq": after.last, "type": "complaint", "reference": saved.reference,
                      "op": "erase"}
    assert after.counts["erased"] == 1
