"""The incident screens driven like a person would: typing, ticking, clicking."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractSpinBox, QCheckBox, QComboBox, QDateTimeEdit, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QSpinBox, QTimeEdit, QWidget)

from desktop_app.domain.errors import PermissionDenied
from desktop_app.domain.incident import UpdateKind
from desktop_app.domain.incident_form import default_answers
from desktop_app.domain.incident_kinds import (BehaviourKind, CalledParty,
                                               DeescalationTechnique, InjuryLevel,
                                               ProtectedCharacteristic, Trigger)
from desktop_app.services import incidents
from desktop_app.ui.incidents.incident_form import IncidentForm
from desktop_app.ui.incidents.incident_view import IncidentView
from desktop_app.ui.incidents.outstanding_list import IncidentList, OutstandingList
from tests.ui.helpers import stored_complaint

CLICK = Qt.MouseButton.LeftButton
INPUT_TYPES = (QLineEdit, QPlainTextEdit, QComboBox, QCheckBox, QSpinBox, QDateTimeEdit,
               QTimeEdit)


def _show(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(1024, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _form(qtbot, ctx, user, **kwargs) -> IncidentForm:
    return _show(qtbot, IncidentForm(ctx, user, **kwargs))


def _w(form: QWidget, name: str, kind: type = QWidget):
    found = form.findChild(kind, name)
    assert found is not None, name
    return found


def _tick(form, name: str) -> None:
    box = _w(form, name, QCheckBox)
    form.scroll.ensureWidgetVisible(box) if hasattr(form, "scroll") else None
    box.click()


def _type(qtbot, form, name: str, text: str) -> None:
    widget = _w(form, name)
    if isinstance(widget, QComboBox):
        widget = widget.lineEdit()
    qtbot.keyClicks(widget, text)


def _choose(form, name: str, value: str) -> None:
    combo = _w(form, name, QComboBox)
    combo.setCurrentIndex(combo.findData(value))


def _save(qtbot, form, button: str = "saveEssentialsButton") -> str:
    with qtbot.waitSignal(form.saved, timeout=5000) as blocker:
        qtbot.mouseClick(_w(form, button, QPushButton), CLICK)
    return blocker.args[0]


def _essentials(qtbot, form, account: str = "He shouted and swore at me") -> None:
    _type(qtbot, form, "location", "Till 2")
    _type(qtbot, form, "account", account)


# ---- recording ---------------------------------------------------------------------------
def test_verbal_abuse_saved_with_the_essentials(qtbot, ctx, staff):
    form = _form(qtbot, ctx, staff)
    assert _w(form, f"affected_{staff.id}", QCheckBox).isChecked()   # the reporter, by default
    _essentials(qtbot, form)
    _tick(form, f"behaviours_{BehaviourKind.VERBAL_ABUSE.value}")
    reference = _save(qtbot, form)
    saved = incidents.get_incident(ctx, staff, reference)
    assert saved.account == "He shouted and swore at me"
    assert saved.location == "Till 2"
    assert saved.behaviours == (BehaviourKind.VERBAL_ABUSE.value,)
    assert [p.name for p in saved.affected] == ["Sam Staff"]
    assert incidents.pending_drafts(ctx, staff) == []


def test_assault_with_injury_police_and_cctv_saved_complete(qtbot, ctx, staff, supervisor):
    form = _form(qtbot, ctx, staff)
    _essentials(qtbot, form, "He pushed me into the shelf")
    _tick(form, f"behaviours_{BehaviourKind.PHYSICAL_ASSAULT.value}")
    _tick(form, f"behaviours_{BehaviourKind.THREATS.value}")
    _tick(form, f"witness_{supervisor.id}")
    _type(qtbot, form, "witness_name", "Customer in queue")
    _type(qtbot, form, "witness_contact", "07700 900123")
    qtbot.mouseClick(_w(form, "addWitnessButton", QPushButton), CLICK)
    _choose(form, "trigger", next(iter(Trigger)).value)
    _tick(form, f"technique_{next(iter(DeescalationTechnique)).value}")
    _tick(form, f"called_{CalledParty.POLICE.value}")
    _tick(form, "police_attended")
    _type(qtbot, form, "crime_reference", "SC-2026-0042")
    _choose(form, "injury", InjuryLevel.MINOR.value)
    _type(qtbot, form, "injury_details", "Bruised arm, ice pack")
    _w(form, "days_off_work", QSpinBox).setValue(0)
    _tick(form, "cctv_captured")
    _type(qtbot, form, "cctv_reference", "Cam 3 10:14")
    _type(qtbot, form, "person_description", "Tall, grey hoodie, left towards the station")
    _tick(form, "welfare_support_offered")
    reference = _save(qtbot, form, "saveCompleteButton")
    saved = incidents.get_incident(ctx, staff, reference)
    assert set(saved.behaviours) == {BehaviourKind.PHYSICAL_ASSAULT.value,
                                     BehaviourKind.THREATS.value}
    assert CalledParty.POLICE.value in saved.called and saved.police_attended
    assert saved.crime_reference == "SC-2026-0042" and saved.cctv_reference == "Cam 3 10:14"
    assert saved.injury == InjuryLevel.MINOR.value and saved.days_off_work == 0
    assert {p.name for p in saved.witnesses} == {"Suzy Supervisor", "Customer in queue"}
    assert incidents.missing_items(saved) == {}


def test_hate_motivated_abuse_asks_what_it_targeted(qtbot, ctx, staff):
    form = _form(qtbot, ctx, staff)
    assert not _w(form, "characteristicsBox").isVisible()
    _essentials(qtbot, form, "Racist abuse while I served him")
    _tick(form, f"behaviours_{BehaviourKind.HATE_MOTIVATED.value}")
    assert _w(form, "characteristicsBox").isVisible()
    qtbot.mouseClick(_w(form, "saveEssentialsButton", QPushButton), CLICK)
    error = _w(form, "error_protected_characteristics", QLabel)
    assert error.isVisible() and "perceived" in error.text()
    first = next(iter(ProtectedCharacteristic)).value
    _tick(form, f"characteristic_{first}")
    reference = _save(qtbot, form)
    saved = incidents.get_incident(ctx, staff, reference)
    assert saved.protected_characteristics == (first,)


def test_missing_essentials_are_shown_beside_the_fields(qtbot, ctx, staff):
    form = _form(qtbot, ctx, staff)
    qtbot.mouseClick(_w(form, "saveEssentialsButton", QPushButton), CLICK)
    for key in ("location", "account", "behaviours"):
        assert _w(form, f"error_{key}", QLabel).isVisible(), key
    assert "3" in _w(form, "errorSummary", QLabel).text()
    assert incidents.list_incidents_for(ctx, staff) == []


def test_riddor_message_follows_days_off_and_law_notes_show_for_scotland(qtbot, ctx, staff):
    form = _form(qtbot, ctx, staff)
    riddor = _w(form, "riddorMessage", QLabel)
    days = _w(form, "days_off_work", QSpinBox)
    days.setValue(2)
    assert not riddor.isVisible() or riddor.text() == ""
    days.setValue(5)
    recorded = riddor.text()
    assert recorded and riddor.isVisible()
    days.setValue(8)
    assert riddor.text() and riddor.text() != recorded
    assert "RIDDOR" in riddor.text() or "HSE" in riddor.text()
    law = _w(form, "legalNotes", QLabel).text()
    assert "Scotland" in law and "not legal advice" in law.lower()


def test_a_broken_arm_with_no_time_off_is_reportable_at_once(qtbot, ctx, staff):
    """RIDDOR 2013 reg. 4(1)(a): a fracture other than fingers, thumbs or toes."""
    form = _form(qtbot, ctx, staff)
    riddor = _w(form, "riddorMessage", QLabel)
    _essentials(qtbot, form)
    _tick(form, f"behaviours_{BehaviourKind.PHYSICAL_ASSAULT.value}")
    _w(form, "days_off_work", QSpinBox).setValue(0)
    assert riddor.text() == ""
    _tick(form, "specified_injuries_fracture")
    assert riddor.isVisibleTo(form)
    assert "without delay" in riddor.text() and "10 days" in riddor.text()
    assert "last checked on 1 December 2026" in _w(form, "legalNotes", QLabel).text()
    reference = _save(qtbot, form)
    saved = incidents.get_incident(ctx, staff, reference)
    assert saved.specified_injuries == ("fracture",)


def test_star_prompts_are_there_when_wanted(qtbot, ctx, staff):
    form = _form(qtbot, ctx, staff)
    assert not _w(form, "situation").isVisible()
    qtbot.mouseClick(_w(form, "starButton", QPushButton), CLICK)
    for key in ("situation", "task", "action", "result"):
        assert _w(form, key).isVisible()
    _essentials(qtbot, form)
    _tick(form, f"behaviours_{BehaviourKind.VERBAL_ABUSE.value}")
    _type(qtbot, form, "situation", "Busy Saturday, long queue")
    reference = _save(qtbot, form)
    assert incidents.get_incident(ctx, staff, reference).situation == "Busy Saturday, long queue"


def test_every_input_is_named_for_its_visible_label(qtbot, ctx, staff):
    form = _form(qtbot, ctx, staff)
    inputs = [w for w in form.findChildren(QWidget) if isinstance(w, INPUT_TYPES)
              and not isinstance(w.parent(), (QComboBox, QAbstractSpinBox))]
    assert len(inputs) > 40
    for widget in inputs:
        assert widget.objectName(), widget
        assert QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)
        name = widget.accessibleName()
        caption = form.findChild(QLabel, f"label_{widget.objectName()}")
        visible = caption.text() if caption else getattr(widget, "text", lambda: "")()
        if caption or isinstance(widget, QCheckBox):
            assert name == visible, widget.objectName()


def test_fits_1024_by_768_without_sideways_scrolling(qtbot, ctx, staff):
    form = _form(qtbot, ctx, staff)
    assert form.scroll.horizontalScrollBar().maximum() == 0
    assert form.sizeHint().width() <= 1024


# ---- nothing typed is lost ---------------------------------------------------------------
def test_an_interrupted_report_is_kept_and_can_be_resumed(qtbot, ctx, staff):
    form = _form(qtbot, ctx, staff)
    _type(qtbot, form, "account", "He threw the basket at")
    qtbot.waitUntil(lambda: form.draft_id is not None, timeout=5000)
    form.close()
    again = _form(qtbot, ctx, staff)
    assert _w(again, "draftsBanner").isVisible()
    qtbot.mouseClick(_w(again, "resumeDraftButton", QPushButton), CLICK)
    assert _w(again, "account", QPlainTextEdit).toPlainText() == "He threw the basket at"
    _type(qtbot, again, "location", "Till 1")
    _tick(again, f"behaviours_{BehaviourKind.VERBAL_ABUSE.value}")
    _save(qtbot, again)
    assert incidents.pending_drafts(ctx, staff) == []


def test_close_keeps_what_was_typed(qtbot, ctx, staff):
    form = _form(qtbot, ctx, staff)
    _type(qtbot, form, "location", "Kiosk")
    with qtbot.waitSignal(form.closed, timeout=2000):
        qtbot.mouseClick(_w(form, "closeButton", QPushButton), CLICK)
    assert [d.answers["location"] for d in incidents.pending_drafts(ctx, staff)] == ["Kiosk"]


# ---- from a complaint, linked both ways ------------------------------------------------------
def test_started_from_a_complaint_and_linked_both_ways(qtbot, ctx, staff):
    complaint = stored_complaint(ctx, staff)
    form = _form(qtbot, ctx, staff, start=incidents.start_from_complaint(ctx, staff, complaint))
    assert complaint in _w(form, "complaintLink", QLabel).text()
    _essentials(qtbot, form, "It turned nasty when I said no refund")
    _tick(form, f"behaviours_{BehaviourKind.THREATS.value}")
    reference = _save(qtbot, form)
    linked = incidents.incidents_for_complaint(ctx, staff, complaint)   # complaint -> incident
    assert [s.reference for s in linked] == [reference]
    view = _show(qtbot, IncidentView(ctx, staff, reference))             # incident -> complaint
    button = _w(view, "openComplaintButton", QPushButton)
    assert button.isVisible()
    with qtbot.waitSignal(view.complaint_requested) as blocker:
        qtbot.mouseClick(button, CLICK)
    assert blocker.args == [complaint]


# ---- follow-up without rewriting history ----------------------------------------------------
def _recorded(ctx, user, **extra) -> str:
    answers = default_answers(now=ctx.clock.now(), reporter_id=user.id)
    answers.update(location="Till 2", account="Original words, exactly as typed.",
                   behaviours=[BehaviourKind.VERBAL_ABUSE.value], **extra)
    return incidents.record_incident(ctx, user, answers).reference


def test_manager_appends_updates_and_the_original_stays(qtbot, ctx, staff, manager):
    reference = _recorded(ctx, staff, called={CalledParty.POLICE.value: "10:20"},
                          cctv_captured=True)
    view = _show(qtbot, IncidentView(ctx, manager, reference))
    assert "crime reference" in _w(view, "outstandingActions", QLabel).text().lower()
    _choose(view, "update_kind", UpdateKind.POLICE_FOLLOW_UP.value)
    qtbot.keyClicks(_w(view, "update_text", QPlainTextEdit), "PC Brown took a statement")
    qtbot.keyClicks(_w(view, "update_crime_reference", QLineEdit), "SC-77")
    with qtbot.waitSignal(view.changed, timeout=2000):
        qtbot.mouseClick(_w(view, "addUpdateButton", QPushButton), CLICK)
    ctx.clock.advance(hours=3)
    qtbot.keyClicks(_w(view, "recipient", QLineEdit), "PC Brown")
    _w(view, "organisation", QComboBox).setCurrentText("Police Scotland")
    qtbot.keyClicks(_w(view, "reason", QLineEdit), "Evidence for the assault case")
    with qtbot.waitSignal(view.changed):
        qtbot.mouseClick(_w(view, "addDisclosureButton", QPushButton), CLICK)
    assert _w(view, "originalAccount", QLabel).text() == "Original words, exactly as typed."
    update = _w(view, "update_0", QLabel).text()
    assert "Morag Manager" in update and "PC Brown took a statement" in update
    assert "10 March 2026, 10:30" in update
    assert "Police Scotland" in _w(view, "disclosure_0", QLabel).text()
    saved = incidents.get_incident(ctx, manager, reference)
    assert saved.account == "Original words, exactly as typed."
    assert saved.crime_reference == "SC-77"


def test_staff_see_no_update_panels_and_named_staff_can_complete(qtbot, ctx, staff):
    reference = _recorded(ctx, staff)
    view = _show(qtbot, IncidentView(ctx, staff, reference))
    assert view.findChild(QWidget, "updatePanel") is None
    assert view.findChild(QWidget, "disclosurePanel") is None
    with qtbot.waitSignal(view.complete_requested):
        qtbot.mouseClick(_w(view, "completeButton", QPushButton), CLICK)
    form = _form(qtbot, ctx, staff, incident=incidents.get_incident(ctx, staff, reference))
    assert not _w(form, "account").isEnabled() and not _w(form, "location").isEnabled()
    assert not _w(form, f"behaviours_{BehaviourKind.VERBAL_ABUSE.value}").isEnabled()
    _choose(form, "trigger", next(iter(Trigger)).value)
    _tick(form, f"technique_{next(iter(DeescalationTechnique)).value}")
    _tick(form, "welfare_support_offered")
    _save(qtbot, form, "saveAddedButton")
    saved = incidents.get_incident(ctx, staff, reference)
    assert saved.account == "Original words, exactly as typed." and saved.trigger
    assert saved.updates[-1].kind == UpdateKind.DETAILS_ADDED


# ---- the restriction, through the GUI ----------------------------------------------------------
def test_a_staff_account_cannot_open_another_persons_incident(qtbot, ctx, manager, staff):
    reference = _recorded(ctx, manager, affected=[manager.id])
    view = _show(qtbot, IncidentView(ctx, staff, reference))
    assert "restricted" in _w(view, "restrictedNotice", QLabel).text().lower()
    assert view.findChild(QLabel, "originalAccount") is None
    texts = " ".join(label.text() for label in view.findChildren(QLabel))
    assert "Original words" not in texts and "Till 2" not in texts
    with pytest.raises(PermissionDenied):
        incidents.get_incident(ctx, staff, reference)
    listing = _show(qtbot, IncidentList(ctx, staff))
    table = _w(listing, "incidentTable")
    assert table.rowCount() == 1
    assert table.item(0, 0).text() == "An incident on 10/03/2026"
    table.selectRow(0)
    assert not _w(listing, "openIncidentButton", QPushButton).isEnabled()


def test_outstanding_list_for_the_manager(qtbot, ctx, staff, manager):
    reference = _recorded(ctx, staff, called={CalledParty.POLICE.value: "10:20"},
                          cctv_captured=True)
    listing = _show(qtbot, OutstandingList(ctx, manager))
    table = _w(listing, "outstandingTable")
    assert table.rowCount() == 1
    todo = table.item(0, 3).text()
    assert "crime reference" in todo.lower() and "welfare" in todo.lower()
    table.selectRow(0)
    with qtbot.waitSignal(listing.open_requested) as blocker:
        qtbot.mouseClick(_w(listing, "openIncidentButton", QPushButton), CLICK)
    assert blocker.args == [reference]
    with pytest.raises(PermissionDenied):
        OutstandingList(ctx, staff)


# ---- moving between the screens inside a window ----------------------------------------------
def test_flow_reports_then_shows_the_saved_record_and_returns_home(qtbot, ctx, staff):
    from PySide6.QtWidgets import QStackedWidget

    from desktop_app.ui.incidents.flow import IncidentFlow

    stack = _show(qtbot, QStackedWidget())
    home = QWidget()
    stack.addWidget(home)
    went_home = []
    flow = IncidentFlow(ctx, stack, lambda: went_home.append(True))
    form = flow.report(staff)
    assert stack.currentWidget() is form
    _essentials(qtbot, form)
    _tick(form, f"behaviours_{BehaviourKind.VERBAL_ABUSE.value}")
    with qtbot.waitSignal(flow.saved) as blocker:
        qtbot.mouseClick(_w(form, "saveEssentialsButton", QPushButton), CLICK)
    view = stack.currentWidget()
    assert isinstance(view, IncidentView) and view.reference == blocker.args[0]
    assert blocker.args[0] in view.message.text()
    qtbot.mouseClick(_w(view, "closeViewButton", QPushButton), CLICK)
    assert went_home == [True] and flow.screens == []
