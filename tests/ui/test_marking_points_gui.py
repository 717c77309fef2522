"""The marking points a record was missing, recorded through the screens as staff would:
a challenging customer calmed, further help offered and a reflection at the till; an
escalated complaint's customer kept informed, and the reflection asked again."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit

from desktop_app.domain.aftercare import ContactKind
from desktop_app.domain.complaint import Status
from desktop_app.domain.quality import Evidence
from desktop_app.services import complaints
from desktop_app.ui.aftercare_dialogs import FollowUpDialog
from desktop_app.ui.complaint_view import ComplaintView
from tests.conftest import STAFF_PIN
from tests.services.test_aftercare import escalated
from tests.ui.helpers import fill_step, open_window, sign_in, start

CLICK = Qt.MouseButton.LeftButton
TODAY = QDate(2026, 3, 10)
CALMING = "I can see this has really upset you, and I want to put it right."


def _view(qtbot, ctx, user, reference: str) -> ComplaintView:  # noqa: ANN001
    view = ComplaintView(ctx, user, complaints.get_complaint(ctx, user, reference))
    qtbot.addWidget(view)
    view.resize(1024, 768)
    view.show()
    return view


def _verdicts(view: ComplaintView) -> dict[str, Evidence]:
    return {check.rule: check.evidence for check in view.checks}


def test_a_challenging_customer_calmed_is_recorded_and_evidenced(qtbot, ctx, staff):
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "S01", STAFF_PIN)
    driver = start(qtbot, window)
    answers = {"customer_challenging": "yes", "de_escalation": ("calm_tone", "listened"),
               "de_escalation_words": CALMING, "further_assistance_offered": True}
    while True:
        if driver.page.step.id == "apologise":
            words = driver.find("field_de_escalation_words")
            assert not words.isVisible()                     # asked only when it is yes
            fill_step(driver, TODAY, overrides=answers)
            assert words.isVisible()
        elif driver.page.step.id == "reflect":
            assert driver.wizard.currentPage().isFinalPage()
            driver.type("field_reflection_went_well", "I let them finish before answering.")
        else:
            fill_step(driver, TODAY, overrides=answers)
        if driver.page.step.id == "thank":                 # saving is possible already
            assert driver.wizard.currentPage().isFinalPage()
        if driver.wizard.nextId() == -1:
            break
        driver.next()
    with qtbot.waitSignal(window.complaint_saved) as saved:
        driver.click("saveButton")
    complaint = saved.args[0]
    assert complaint.customer_challenging is True
    assert complaint.de_escalation == ("calm_tone", "listened")
    assert complaint.de_escalation_words == CALMING
    assert complaint.further_assistance_offered
    assert complaint.reflection_went_well == "I let them finish before answering."
    view = _view(qtbot, ctx, staff, complaint.reference)
    verdicts = _verdicts(view)
    assert verdicts["de_escalated"] is Evidence.EVIDENCED
    assert verdicts["further_assistance"] is Evidence.EVIDENCED
    assert verdicts["reflected"] is Evidence.EVIDENCED
    record = view.findChild(QLabel, "complaintRecord").text()
    assert "Kept a calm, steady tone" in record and "If the customer was angry" in record
    checklist = view.findChild(QLabel, "qualityChecklist").text()
    assert "Calm and de-escalation with a challenging customer" in checklist


def test_an_escalated_complaint_gets_an_update_while_it_waits(qtbot, ctx, staff):
    reference = escalated(ctx, staff)
    view = _view(qtbot, ctx, staff, reference)
    assert _verdicts(view)["kept_informed"] is Evidence.MISSING
    assert _verdicts(view)["escalation_per_policy"] is Evidence.EVIDENCED   # they disagreed
    qtbot.mouseClick(view.aftercare_buttons["follow_up"], CLICK)
    dialog = view.dialog
    assert isinstance(dialog, FollowUpDialog)
    assert dialog.kind.currentData() == ContactKind.UPDATE.value        # it waits: an update
    assert not dialog.confirmed.isEnabled() and not dialog.next_due.isEnabled()
    qtbot.keyClicks(dialog.findChild(QPlainTextEdit, "outcome"),
                    "Rang to say the manager will call by Friday.")
    qtbot.keyClicks(dialog.findChild(QPlainTextEdit, "reflection_differently"),
                    "Offer the manager's call at the till.")
    with qtbot.waitSignal(view.changed):
        qtbot.mouseClick(dialog.save_button, CLICK)
    saved = complaints.get_complaint(ctx, staff, reference)
    assert saved.status is Status.ESCALATED                          # still waiting
    assert [f.kind for f in saved.follow_ups] == [ContactKind.UPDATE]
    assert saved.reflection_differently == "Offer the manager's call at the till."
    assert _verdicts(view)["kept_informed"] is Evidence.EVIDENCED
    assert "an update while it waited" in view.record.text()      # the record read again


def test_coaching_shows_a_person_their_own_figures_and_a_manager_anyones(qtbot, ctx, staff,
                                                                         manager, tmp_path):
    from tests.conftest import MANAGER_PIN
    from tests.services.test_data_protection import save_complaint
    save_complaint(ctx, staff)
    save_complaint(ctx, manager)
    window = open_window(qtbot, ctx)
    window.resize(1024, 768)
    sign_in(qtbot, window, "S01", STAFF_PIN)
    assert window.home.coaching_button.isVisible()
    qtbot.mouseClick(window.home.coaching_button, CLICK)
    screen = window.coaching
    assert window.stack.currentWidget() is screen
    people = [screen.person.itemText(i) for i in range(screen.person.count())]
    assert people == ["Sam Staff (S01)"]                       # staff: only themselves
    assert screen.figures.item(0, 1).text() == "1" and screen.figures.item(0, 2).text() == "2"
    missed = [screen.missed.item(r, 0).text() for r in range(screen.missed.rowCount())]
    assert "Further help offered" in missed
    window.grab().save(str(tmp_path / "coaching.png"))     # looked at, at 1024x768
    qtbot.mouseClick(screen.findChild(type(screen.print_button), "coachingBackButton"), CLICK)
    window.sign_out()
    sign_in(qtbot, window, "M01", MANAGER_PIN)
    qtbot.mouseClick(window.home.coaching_button, CLICK)
    assert screen.person.count() >= 2
    screen.person.setCurrentIndex(screen.person.findData("S01"))
    qtbot.mouseClick(screen.show_button, CLICK)
    assert screen.figures.item(0, 1).text() == "1"
    qtbot.mouseClick(screen.print_button, CLICK)
    assert screen.preview is not None and screen.preview.report.title == \
        "Coaching: Sam Staff (S01)"
    screen.preview.close()
