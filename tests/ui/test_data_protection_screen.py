"""A manager answers a subject access request, erases a customer's details and sets the
retention periods, through the screen."""

from __future__ import annotations

import json
from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.domain.personal_data import REMOVED, RetentionPolicy
from desktop_app.services import complaints, data_protection
from tests.conftest import MANAGER_PIN, STAFF_PIN
from tests.services.test_data_protection import canary_complaint, canary_incident, save_complaint
from tests.ui.helpers import open_window, sign_in

CLICK = Qt.MouseButton.LeftButton


def open_screen(qtbot, ctx):  # noqa: ANN001, ANN201
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "M01", MANAGER_PIN)
    qtbot.mouseClick(window.home.data_protection_button, CLICK)
    screen = window.data_protection
    assert window.stack.currentWidget() is screen
    return window, screen


def test_staff_do_not_see_the_data_protection_tools(qtbot, ctx):
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "S01", STAFF_PIN)
    assert not window.home.data_protection_button.isVisible()


def test_a_subject_access_pack_is_saved_with_every_record(qtbot, ctx, staff, tmp_path,
                                                         monkeypatch):
    mine = canary_complaint(ctx, staff)
    linked = canary_incident(ctx, staff, complaint_reference=mine)
    other = save_complaint(ctx, staff, customer_name="Someone Else")
    _window, screen = open_screen(qtbot, ctx)

    qtbot.mouseClick(screen.find_button, CLICK)              # nothing typed yet
    assert screen.fields.errors["name"].isVisible()
    qtbot.keyClicks(screen.name, "quokkafield")
    qtbot.keyClicks(screen.email, "not an email")
    qtbot.mouseClick(screen.find_button, CLICK)
    assert "email address" in screen.fields.errors["email"].text()
    assert screen.name.text() == "quokkafield"                # what was typed stays
    screen.email.clear()
    qtbot.keyClicks(screen.email, "canary@example.org")
    qtbot.mouseClick(screen.find_button, CLICK)
    assert not screen.fields.errors["email"].isVisible()
    shown = {screen.results.item(row, 2).text() for row in range(screen.results.rowCount())}
    assert shown == {mine, linked}
    assert other not in shown

    screen.received.set_day(date(2026, 3, 2))
    monkeypatch.setattr(screen, "choose_folder", lambda: str(tmp_path))
    qtbot.mouseClick(screen.access_button, CLICK)
    assert "Answer by 02/04/2026" in screen.request_message.text()
    (pdf,) = tmp_path.glob("subject-access-*.pdf")
    (data,) = tmp_path.glob("subject-access-*.json")
    document = json.loads(data.read_text(encoding="utf-8"))
    assert [c["reference"] for c in document["complaints"]] == [mine]
    assert [i["reference"] for i in document["incidents"]] == [linked]
    assert pdf.read_bytes().startswith(b"%PDF")
    assert oct(pdf.stat().st_mode & 0o777) == "0o600"


def test_erasure_needs_ticked_records_a_reason_and_a_yes(qtbot, ctx, manager, staff, dialogs):
    mine = canary_complaint(ctx, staff)
    _window, screen = open_screen(qtbot, ctx)
    qtbot.keyClicks(screen.name, "Quokkafield")
    qtbot.mouseClick(screen.find_button, CLICK)
    assert screen.results.rowCount() == 1

    qtbot.mouseClick(screen.erase_button, CLICK)              # nothing ticked, no reason
    assert screen.erase_fields.errors["reason"].isVisible()
    assert screen.request_message.text().startswith("Choose at least one record")
    screen.results.item(0, 0).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(screen.reason, "Customer's email of 9 March")
    dialogs.expect(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(screen.erase_button, CLICK)
    assert complaints.get_complaint(ctx, manager, mine).customer_name == "Quokkafield Smith"

    dialogs.expect(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(screen.erase_button, CLICK)
    assert screen.request_message.text() == f"Personal details erased from {mine}."
    assert complaints.get_complaint(ctx, manager, mine).customer_account == REMOVED
    assert screen.results.rowCount() == 0                     # no longer found by name


def test_the_manager_sets_retention_and_removes_expired_data_now(qtbot, ctx, manager, staff,
                                                                  clock):
    old = save_complaint(ctx, staff)
    _window, screen = open_screen(qtbot, ctx)
    screen.tabs.setCurrentIndex(1)
    assert screen.complaint_years.value() == 6
    screen.complaint_years.setValue(2)
    qtbot.mouseClick(screen.save_retention_button, CLICK)
    assert data_protection.retention_policy(ctx) == RetentionPolicy(2, 6)
    clock.set(datetime(2028, 6, 1, 9, 0))
    with qtbot.waitSignal(screen.sweeping.done, timeout=10_000):
        qtbot.mouseClick(screen.sweep_button, CLICK)
        assert not screen.sweep_button.isEnabled()          # once at a time
    assert screen.retention_message.text() == \
        "Expired personal details removed. Complaints: 1. Incidents: 0."
    assert screen.sweep_button.isEnabled()
    assert complaints.get_complaint(ctx, manager, old).anonymised_at is not None


def test_start_up_makes_the_backup_then_sweeps_off_the_ui_thread(qtbot, ctx, manager, staff,
                                                                  clock):
    from PySide6.QtCore import QThreadPool

    from desktop_app.services import maintenance
    from desktop_app.storage import backup as store
    from desktop_app.ui.app import StartupChores

    old = save_complaint(ctx, staff)
    clock.set(datetime(2033, 1, 1, 9, 0))
    StartupChores(ctx)
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0)
    assert complaints.get_complaint(ctx, manager, old).anonymised_at == clock.now()
    assert store.backups_in(maintenance.backup_folder(ctx.db.path))
