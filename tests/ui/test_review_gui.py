"""A manager reviews a record from the coaching screen and leaves feedback; the staff
member sees it on their home screen, opens the record and acknowledges it — typed,
clicked and read through the real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton

from desktop_app.domain.staff import Role
from desktop_app.services import audit, auth, complaints
from desktop_app.ui.aftercare_dialogs import ReviewDialog
from desktop_app.ui.complaint_view import ComplaintView
from tests.conftest import MANAGER_PIN, STAFF_PIN
from tests.services.test_data_protection import save_complaint
from tests.ui.helpers import home_loaded, open_window, sign_in

CLICK = Qt.MouseButton.LeftButton
GOOD = "You let the customer finish & said sorry first."
WORK_ON = "Offer two options with their cost before escalating."


def _view(window) -> ComplaintView:  # noqa: ANN001
    view = window.stack.currentWidget()
    assert isinstance(view, ComplaintView)
    return view


def _error(dialog, key: str) -> str:  # noqa: ANN001
    return dialog.findChild(QLabel, f"error_{key}").text()


def test_a_manager_reviews_and_the_staff_member_acknowledges(qtbot, ctx, staff, manager,
                                                             tmp_path):
    reference = save_complaint(ctx, staff)
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "M01", MANAGER_PIN)
    qtbot.mouseClick(window.home.coaching_button, CLICK)
    screen = window.coaching
    assert "review it" in screen.hint.text()
    screen.person.setCurrentIndex(screen.person.findData("S01") - 1)
    qtbot.keyClick(screen.person, Qt.Key.Key_Down)                   # the next one: S01
    assert screen.person.currentData() == "S01"
    assert screen.found.staff_code == "S01"                           # shown without "Show"
    screen.tabs.setCurrentWidget(screen.records)
    assert screen.records.item(0, 0).text() == reference
    assert screen.records.item(0, 3).text() == "0"                   # not reviewed yet
    screen.records.setCurrentCell(0, 0)
    qtbot.keyClick(screen.records, Qt.Key.Key_Return)
    view = _view(window)
    assert view.review_button.isVisible()
    qtbot.mouseClick(view.review_button, CLICK)
    dialog = view.dialog
    assert isinstance(dialog, ReviewDialog)
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.went_well)  # typing starts there
    qtbot.keyClicks(dialog.findChild(QPlainTextEdit, "went_well"), GOOD)
    qtbot.keyClicks(dialog.findChild(QPlainTextEdit, "work_on"), "ok")
    qtbot.mouseClick(dialog.save_button, CLICK)
    assert dialog.isVisible()                                         # refused, kept
    assert "say a little more" in _error(dialog, "work_on")
    assert _error(dialog, "went_well") == ""
    assert dialog.findChild(QPlainTextEdit, "went_well").toPlainText() == GOOD
    work_on = dialog.findChild(QPlainTextEdit, "work_on")
    work_on.selectAll()
    qtbot.keyClicks(work_on, WORK_ON)
    dialog.grab().save(str(tmp_path / "review-dialog.png"))
    with qtbot.waitSignal(view.changed):
        qtbot.mouseClick(dialog.save_button, CLICK)
    assert "Reviews and feedback" in view.record.text() and WORK_ON in view.record.text()
    assert "Not acknowledged yet" in view.record.text()
    qtbot.mouseClick(view.findChild(QPushButton, "complaintBackButton"), CLICK)
    assert window.stack.currentWidget() is screen                   # back where it began
    assert screen.records.item(0, 3).text() == "1"                   # the figures moved on
    screen.tabs.setCurrentWidget(screen.feedback)
    assert screen.feedback.item(0, 3).text() == WORK_ON
    assert screen.feedback.item(0, 4).text() == "Not yet"
    window.grab().save(str(tmp_path / "coaching-feedback.png"))
    assert screen.reference_at(screen.feedback, 0) == reference

    window.sign_out()
    sign_in(qtbot, window, "S01", STAFF_PIN)
    banner = window.home.feedback_banner
    assert banner.isVisible()
    assert reference in banner.heading.text() and "Morag Manager" in banner.heading.text()
    assert GOOD in banner.text.text() and WORK_ON in banner.text.text()
    window.grab().save(str(tmp_path / "home-feedback.png"))
    assert window.minimumSizeHint().width() <= 1024
    qtbot.mouseClick(banner.open_button, CLICK)
    own = _view(window)
    assert not own.review_button.isVisible()                          # nobody reviews their own
    assert WORK_ON in own.record.text()
    qtbot.mouseClick(own.findChild(QPushButton, "complaintBackButton"), CLICK)
    home_loaded(qtbot, window)
    assert banner.isVisible()                          # opening it is not acknowledging it
    qtbot.mouseClick(banner.acknowledge_button, CLICK)
    assert not banner.isVisible()
    qtbot.mouseClick(window.home.coaching_button, CLICK)
    assert window.coaching.hint.text() == "Open a row to read the record."
    assert window.coaching.feedback.item(0, 4).text() != "Not yet"   # acknowledged
    qtbot.mouseClick(window.coaching.findChild(QPushButton, "coachingBackButton"), CLICK)
    (review,) = complaints.get_complaint(ctx, staff, reference).reviews
    assert review.acknowledged_at == ctx.clock.now()
    assert [e.staff_code for e in audit.trail(ctx, manager, action="acknowledge")] == ["S01"]
    window.sign_out()
    sign_in(qtbot, window, "S01", STAFF_PIN)
    assert not banner.isVisible()


def test_a_colleague_sees_neither_the_feedback_nor_a_review_button(qtbot, ctx, staff, manager):
    from desktop_app.services import reviews
    auth.add_staff(ctx, manager, name="Cat Colleague", code="S02", role=Role.STAFF, pin="9753")
    reference = save_complaint(ctx, staff)
    reviews.review_complaint(ctx, manager, reference, {"went_well": GOOD, "work_on": WORK_ON})
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "S02", "9753")
    assert not window.home.feedback_banner.isVisible()
    view = window.open_complaint(reference)
    assert not view.review_button.isVisible()
    assert WORK_ON not in view.record.text() and "Reviews and feedback" not in view.record.text()
