"""Reaching the incident screens from the main window, as staff and as a manager."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QLabel, QPlainTextEdit, QPushButton,
                               QWidget)

from desktop_app.domain.incident_kinds import BehaviourKind
from desktop_app.services import incidents
from desktop_app.ui.incidents.incident_form import IncidentForm
from desktop_app.ui.incidents.incident_view import IncidentView
from desktop_app.ui.incidents.outstanding_list import IncidentList, OutstandingList
from tests.ui.helpers import open_window, sign_in, stored_complaint

CLICK = Qt.MouseButton.LeftButton


def _report_verbal_abuse(qtbot, form: IncidentForm) -> str:
    location = form.findChild(QWidget, "location")
    qtbot.keyClicks(location.lineEdit() if isinstance(location, QComboBox) else location, "Till 1")
    qtbot.keyClicks(form.findChild(QPlainTextEdit, "account"), "He swore at me over a refund")
    box = form.findChild(QCheckBox, f"behaviours_{BehaviourKind.VERBAL_ABUSE.value}")
    form.scroll.ensureWidgetVisible(box)
    box.click()
    with qtbot.waitSignal(form.saved, timeout=5000) as blocker:
        qtbot.mouseClick(form.findChild(QPushButton, "saveEssentialsButton"), CLICK)
    return blocker.args[0]


def test_staff_report_from_home_and_find_it_under_incidents(qtbot, ctx):
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "S01", "1357")
    qtbot.mouseClick(window.home.report_button, CLICK)
    form = window.stack.currentWidget()
    assert isinstance(form, IncidentForm)
    reference = _report_verbal_abuse(qtbot, form)
    view = window.stack.currentWidget()
    assert isinstance(view, IncidentView) and view.reference == reference
    qtbot.mouseClick(view.close_button, CLICK)
    assert window.stack.currentWidget() is window.home

    qtbot.mouseClick(window.home.incidents_button, CLICK)
    listing = window.stack.currentWidget()
    assert isinstance(listing, IncidentList)
    assert listing.table.rowCount() == 1


def test_manager_starts_from_outstanding_actions_and_can_see_all(qtbot, ctx, staff):
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "M01", "246810")
    qtbot.mouseClick(window.home.incidents_button, CLICK)
    outstanding = window.stack.currentWidget()
    assert isinstance(outstanding, OutstandingList)
    qtbot.mouseClick(outstanding.all_button, CLICK)
    assert isinstance(window.stack.currentWidget(), IncidentList)
    qtbot.mouseClick(window.stack.currentWidget().findChild(QPushButton, "backButton"), CLICK)
    assert window.stack.currentWidget() is outstanding


def test_a_complaint_that_turned_abusive_is_reported_and_linked(qtbot, ctx, staff):
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "S01", "1357")
    reference = stored_complaint(ctx, staff)
    window.saved_screen.reference.setText(reference)   # as shown after a save
    window.stack.setCurrentWidget(window.saved_screen)
    qtbot.mouseClick(window.saved_screen.report_button, CLICK)
    form = window.stack.currentWidget()
    assert isinstance(form, IncidentForm)
    assert reference in form.findChild(QLabel, "complaintLink").text()


def test_signing_out_closes_incident_screens_and_keeps_a_draft(qtbot, ctx, staff):
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "S01", "1357")
    qtbot.mouseClick(window.home.report_button, CLICK)
    form = window.stack.currentWidget()
    qtbot.keyClicks(form.findChild(QPlainTextEdit, "account"), "Half-written account")
    window.sign_out()
    assert window.stack.currentWidget() is window.sign_in
    assert window.incident_flow.screens == []
    drafts = incidents.pending_drafts(ctx, staff)
    assert len(drafts) == 1
