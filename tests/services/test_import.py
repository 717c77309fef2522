"""Importing an export: an exact round trip, a no-op the second time, and broken files
refused whole with messages naming the record and field."""

from __future__ import annotations

import copy
import hashlib
import json
import sqlite3
from datetime import datetime

import pytest

from desktop_app.domain.clock import FixedClock
from desktop_app.domain.errors import PermissionDenied
from desktop_app.services import auth, exchange, setup
from desktop_app.services.context import open_app
from tests.conftest import MANAGER_PIN
from tests.services.conftest import PERIOD
from tests.services.test_data_protection import save_complaint



@pytest.fixture
def replacement(tmp_path):  # noqa: ANN201
    """A new till PC: the same store set up afresh, with only its manager."""
    clock = FixedClock(datetime(2026, 4, 2, 9, 0))
    other = open_app(tmp_path / "replacement.db", clock=clock)
    setup.initialise(other, store_name="Glasgow Central", store_code="GLA01",
                     jurisdiction="scotland", manager_name="Morag Manager",
                     manager_code="M01", pin=MANAGER_PIN)
    yield other
    other.close()


def _body(document: dict) -> dict:
    return {k: v for k, v in document.items() if k not in ("produced_at",)}


def _digest(db_path) -> str:  # noqa: ANN001
    with sqlite3.connect(db_path) as raw:
        rows = [raw.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
                for t in ("complaints", "incidents", "staff", "complaint_amendments",
                          "incident_updates", "sequences", "audit_log")]
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def test_a_valid_file_round_trips_exactly_and_twice_changes_nothing(exported, replacement):
    boss = auth.sign_in(replacement, "M01", MANAGER_PIN)
    data = json.dumps(exported).encode()
    result = exchange.import_document(replacement, boss, data)
    assert len(result.complaints_added) == 2 and len(result.incidents_added) == 1
    assert set(result.staff_added) == {"S01", "V01"}
    again = json.loads(exchange.export_period(replacement, boss, *PERIOD, "json"))
    assert _body(again) == _body(exported)

    before = _digest(replacement.db.path)
    second = exchange.import_document(replacement, boss, data)
    assert (second.complaints_added, second.incidents_added, second.already_here) == \
        ((), (), 3)
    with sqlite3.connect(replacement.db.path) as raw:
        assert raw.execute("SELECT count(*) FROM complaints").fetchone() == (2,)
        assert raw.execute("SELECT active FROM staff WHERE code='S01'").fetchone() == (0,)
    assert _digest(replacement.db.path) != before      # only the audit entry of the import
    with sqlite3.connect(replacement.db.path) as raw:
        assert raw.execute("SELECT count(*) FROM complaints").fetchone() == (2,)


def test_new_references_continue_after_the_imported_ones(exported, replacement):
    boss = auth.sign_in(replacement, "M01", MANAGER_PIN)
    exchange.import_document(replacement, boss, json.dumps(exported).encode())
    assert save_complaint(replacement, boss) == "GLA01-2026-000003"


def test_imported_staff_cannot_sign_in(exported, replacement):
    boss = auth.sign_in(replacement, "M01", MANAGER_PIN)
    exchange.import_document(replacement, boss, json.dumps(exported).encode())
    with pytest.raises(auth.SignInFailed):
        auth.sign_in(replacement, "S01", "1357")


def _broken(exported: dict) -> dict[str, tuple[object, str]]:
    bad_date, bad_staff, bad_link, twice, bad_enum, bad_type = (copy.deepcopy(exported)
                                                               for _ in range(6))
    bad_date["complaints"][1]["saved_at"] = "2026-13-45T10:00:00"
    bad_staff["complaints"][0]["amendments"][0]["staff_code"] = None
    bad_link["incidents"][0]["complaint_reference"] = "GLA01-2026-009999"
    twice["complaints"].append(twice["complaints"][0])
    bad_enum["complaints"][0]["status"] = "lost"
    bad_type["incidents"][0]["days_off_work"] = "three"
    second = exported["complaints"][1]["reference"]
    first = exported["complaints"][0]["reference"]
    incident = exported["incidents"][0]["reference"]
    return {
        "not json": (b"{not json", "not readable JSON"),
        "not utf-8": (b"\xff\xfe\x00", "not readable JSON"),
        "a list": (b"[]", "not an export"),
        "old schema": (json.dumps({**exported, "schema_version": 99}).encode(),
                       "schema_version is 99"),
        "bad date": (bad_date, f"complaints[1] ({second}).saved_at: '2026-13-45T10:00:00' "
                               "is not a valid date"),
        "bad staff": (bad_staff, f"complaints[0] ({first}).amendments[0].staff_code: None "
                                 "is not a staff code"),
        "bad link": (bad_link, f"{incident}: its complaint GLA01-2026-009999 is neither"),
        "twice": (twice, f"{first} appears twice in the file"),
        "bad status": (bad_enum, f"complaints[0] ({first}).status: 'lost' is not one of"),
        "bad type": (bad_type, f"incidents[0] ({incident}).days_off_work: should be a whole "
                               "number"),
    }


def test_each_kind_of_broken_file_is_refused_and_nothing_changes(exported, replacement):
    boss = auth.sign_in(replacement, "M01", MANAGER_PIN)
    before = _digest(replacement.db.path)
    for name, (content, says) in _broken(exported).items():
        data = content if isinstance(content, bytes) else json.dumps(content).encode()
        with pytest.raises(exchange.ImportRefused) as refused:
            exchange.import_document(replacement, boss, data)
        assert says in str(refused.value), (name, str(refused.value))
        assert _digest(replacement.db.path) == before, name


def test_a_record_already_here_with_other_details_is_not_replaced(ctx, manager, exported):
    changed = copy.deepcopy(exported)
    changed["complaints"][0]["product"] = "Something else"
    with pytest.raises(exchange.ImportRefused) as refused:
        exchange.import_document(ctx, manager, json.dumps(changed).encode())
    assert "is already here with different details" in str(refused.value)
    same = exchange.import_document(ctx, manager, json.dumps(exported).encode())
    assert same.already_here == 3 and not same.complaints_added


def test_only_a_manager_imports(ctx, staff, supervisor, exported):
    for user in (staff, supervisor):
        with pytest.raises(PermissionDenied):
            exchange.import_document(ctx, user, json.dumps(exported).encode())
