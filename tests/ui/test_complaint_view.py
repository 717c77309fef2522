"""A saved complaint opened from the home list, and the complaint-incident link both ways."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel, QPushButton

from desktop_app.domain.incident_form import default_answers
from desktop_app.domain.schema.complaint import COMPLAINT
from desktop_app.services import audit, incidents
from desktop_app.ui.complaint_view import ComplaintView
from desktop_app.ui.incidents.incident_view import IncidentView
from tests.conftest import STAFF_PIN
from tests.ui.helpers import home_loaded, fill_step, open_window, sign_in, start

CLICK = Qt.MouseButton.LeftButton
TODAY = QDate(2026, 3, 10)


def _save_through_the_wizard(qtbot, window) -> str:  # noqa: ANN001
    driver = start(qtbot, window)
    while True:
        fill_step(driver, TODAY)
        if driver.wizard.nextId() == -1:
            break
        driver.next()
    with qtbot.waitSignal(window.complaint_saved) as saved:
        driver.click("saveButton")
    qtbot.mouseClick(window.saved_screen.done, CLICK)
    return saved.args[0].reference


def _open_from_home(qtbot, window, reference: str) -> ComplaintView:  # noqa: ANN001
    home_loaded(qtbot, window)
    table = window.home.recent
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == reference)
    table.setCurrentCell(row, 0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    view = window.stack.currentWidget()
    assert isinstance(view, ComplaintView)
    return view


def test_the_record_reads_as_the_complaint_cycle(qtbot, ctx, manager):
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "S01", STAFF_PIN)
    reference = _save_through_the_wizard(qtbot, window)
    view = _open_from_home(qtbot, window, reference)
    text = view.findChild(QLabel, "complaintRecord").text()
    for expected in ("Identify: what the customer told us", "The kettle stopped working",
                     "Diagnose: the root cause", "A faulty batch of thermostats",
                     "Apologise", "Solve", "Agreement", "Jane Customer",
                     "Thank you and follow-up", "Faulty or damaged goods", "£24.99",
                     COMPLAINT["contact_consent"].label, "07700 900123"):
        assert expected in text, expected
    assert "Full refund" in view.findChild(QLabel, "optionsTable").text()
    assert view.findChild(QLabel, "signatureImage") is not None
    qtbot.mouseClick(view.findChild(QPushButton, "complaintBackButton"), CLICK)
    assert window.stack.currentWidget() is window.home
    viewed = audit.trail(ctx, manager, action="view", record_ref=reference)
    assert [e.staff_code for e in viewed] == ["S01"]


def test_complaint_and_incident_link_both_ways_in_the_gui(qtbot, ctx, staff):
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "S01", STAFF_PIN)
    reference = _save_through_the_wizard(qtbot, window)
    answers = default_answers(now=ctx.clock.now(), reporter_id=staff.id)
    answers.update(location="Till 1", account="Shouted when refused", behaviours=["threats"],
                   complaint_reference=reference)
    incident = incidents.record_incident(ctx, staff, answers).reference
    window.home.refresh()

    view = _open_from_home(qtbot, window, reference)                   # complaint -> incident
    qtbot.mouseClick(view.findChild(QPushButton, f"incident_{incident}"), CLICK)
    incident_view = window.stack.currentWidget()
    assert isinstance(incident_view, IncidentView) and incident_view.reference == incident
    qtbot.mouseClick(incident_view.complaint_button, CLICK)            # incident -> complaint
    again = window.stack.currentWidget()
    assert isinstance(again, ComplaintView) and again.complaint.reference == reference


def test_someone_elses_incident_shows_only_its_date(qtbot, ctx, staff, manager):
    from desktop_app.services import complaints as complaint_service
    from tests.services.test_complaints_service import full_answers
    form = complaint_service.start_complaint(ctx, staff)
    form.answers = full_answers()
    reference = complaint_service.save_complaint(ctx, form).reference
    answers = default_answers(now=ctx.clock.now(), reporter_id=manager.id)
    answers.update(location="Office", account="Threatened the manager", behaviours=["threats"],
                   affected=[manager.id], complaint_reference=reference)
    incidents.record_incident(ctx, manager, answers)
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "S01", STAFF_PIN)
    view = _open_from_home(qtbot, window, reference)
    restricted = view.findChild(QLabel, "restrictedIncident")
    assert restricted is not None and restricted.text().startswith("An incident on")
    assert not [b for b in view.findChildren(QPushButton) if b.objectName().startswith("incident_")]


def test_a_detail_is_corrected_from_the_record_and_its_history_shown(qtbot, ctx, manager,
                                                                     dialogs):
    from PySide6.QtWidgets import QMessageBox

    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "S01", STAFF_PIN)
    reference = _save_through_the_wizard(qtbot, window)
    view = _open_from_home(qtbot, window, reference)
    dialog = view.amend()
    dialog.field.setCurrentIndex(dialog.field.findData("customer_name"))
    assert dialog.current.text() == "Jane Customer"
    dialog.editor.widget.clear()
    qtbot.keyClicks(dialog.editor.widget, "Jane Customers")
    qtbot.mouseClick(dialog.save_button, CLICK)                # no reason yet
    assert dialog.rows.errors["reason"].isVisible() and dialog.isVisible()
    assert dialog.editor.value() == "Jane Customers"           # nothing typed is lost
    dialogs.expect(QMessageBox.StandardButton.Cancel)          # cancel asks, and stays
    qtbot.mouseClick(dialog.findChild(QPushButton, "cancelAmendmentButton"), CLICK)
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.reason, "Name typed wrongly")
    qtbot.mouseClick(dialog.save_button, CLICK)
    assert not dialog.isVisible()
    text = view.record.text()
    assert "Amendments" in text and "Name typed wrongly" in text
    assert "Jane Customers" in text
    dialog = view.amend()
    dialog.field.setCurrentIndex(dialog.field.findData("amount"))
    assert dialog.editor.value() == "£24.99"
    qtbot.mouseClick(dialog.findChild(QPushButton, "cancelAmendmentButton"), CLICK)
    assert not dialog.isVisible()                              # nothing typed: no question
