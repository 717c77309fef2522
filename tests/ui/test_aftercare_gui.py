"""Follow-ups, escalation decisions and closing, done through the screens as staff would."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit, QPushButton, QRadioButton

from desktop_app.domain.complaint import Status
from desktop_app.services import aftercare, complaints
from desktop_app.ui.aftercare_dialogs import CloseDialog, DecisionDialog, FollowUpDialog
from desktop_app.ui.complaint_view import ComplaintView
from tests.conftest import MANAGER_PIN, STAFF_PIN, SUPERVISOR_PIN
from tests.services.test_aftercare import awaiting, contact, escalated
from tests.ui.helpers import home_loaded, open_window, sign_in

CLICK = Qt.MouseButton.LeftButton


def _open_workspace(qtbot, window):  # noqa: ANN001, ANN202
    qtbot.mouseClick(window.home.workspace_button, CLICK)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace)
    queues_loaded(qtbot, window.workspace)
    return window.workspace


def queues_loaded(qtbot, workspace) -> None:  # noqa: ANN001
    """The queues are read on the pool once per visit."""
    qtbot.waitUntil(lambda: not workspace.queues.busy)


def _activate_row(qtbot, table, reference: str) -> None:  # noqa: ANN001
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == reference)
    table.setCurrentCell(row, 0)
    qtbot.keyClick(table, Qt.Key.Key_Return)


def _type(qtbot, dialog, name: str, text: str) -> None:  # noqa: ANN001
    qtbot.keyClicks(dialog.findChild(QPlainTextEdit, name), text)


def _view(window) -> ComplaintView:  # noqa: ANN001
    view = window.stack.currentWidget()
    assert isinstance(view, ComplaintView)
    return view


def test_the_queue_shows_overdue_first_and_a_contact_clears_it(qtbot, ctx, staff, clock):
    overdue = awaiting(ctx, staff, due=date(2026, 3, 11))
    due_today = awaiting(ctx, staff, due=date(2026, 3, 12))
    later = awaiting(ctx, staff, due=date(2026, 3, 20))
    clock.advance(days=2)                       # 12 March
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "S01", STAFF_PIN)
    assert "1 overdue, 1 due today" in window.home.workspace_button.text()
    workspace = _open_workspace(qtbot, window)
    workspace.show_tab(workspace.follow_ups)
    table = workspace.follow_ups.table
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == [overdue, due_today]
    assert later not in [table.item(r, 0).text() for r in range(table.rowCount())]
    assert table.item(0, 0).font().bold() and "overdue" in table.item(0, 0).toolTip()
    assert workspace.tabs.tabText(workspace.tabs.indexOf(workspace.follow_ups)) == \
        "Follow-ups due (2)"

    _activate_row(qtbot, table, overdue)
    view = _view(window)
    assert not view.aftercare_buttons["decide"].isVisible()
    qtbot.mouseClick(view.aftercare_buttons["follow_up"], CLICK)
    dialog = view.dialog
    assert isinstance(dialog, FollowUpDialog)
    _type(qtbot, dialog, "outcome", "Rang the customer; the replacement arrived.")
    _type(qtbot, dialog, "customer_words", "It works, thanks for sorting it.")
    qtbot.mouseClick(dialog.confirmed, CLICK)
    assert not dialog.next_due.isEnabled()
    with qtbot.waitSignal(view.changed):
        qtbot.mouseClick(dialog.save_button, CLICK)
    saved = complaints.get_complaint(ctx, staff, overdue)
    assert saved.status is Status.RESOLVED
    assert saved.follow_ups[0].customer_words == "It works, thanks for sorting it."
    assert "It works, thanks for sorting it." in view.record.text()
    assert "Follow-up contacts" in view.record.text()
    queues_loaded(qtbot, workspace)
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == [due_today]


def test_a_contact_with_problems_shows_them_beside_the_fields_and_keeps_the_words(
        qtbot, ctx, staff, dialogs):
    reference = awaiting(ctx, staff)
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "S01", STAFF_PIN)
    view = window.open_complaint(reference)
    qtbot.mouseClick(view.aftercare_buttons["follow_up"], CLICK)
    dialog = view.dialog
    _type(qtbot, dialog, "customer_words", "Not happy yet")
    dialog.next_due.set_day(date(2026, 3, 1))           # in the past
    qtbot.mouseClick(dialog.save_button, CLICK)
    assert dialog.isVisible()
    assert dialog.rows.errors["outcome"].isVisible()
    assert "past" in dialog.rows.errors["next_due"].text()
    assert dialog.customer_words.toPlainText() == "Not happy yet"
    assert complaints.get_complaint(ctx, staff, reference).follow_ups == []
    dialogs.expect(QMessageBox.StandardButton.Cancel)        # keep what was typed
    dialog.reject()
    assert dialog.isVisible()
    dialogs.expect(QMessageBox.StandardButton.Discard)
    dialog.reject()
    assert not dialog.isVisible()


def test_closing_without_confirmation_needs_a_reason(qtbot, ctx, staff, manager):
    reference = awaiting(ctx, staff)
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "M01", MANAGER_PIN)
    view = window.open_complaint(reference)
    qtbot.mouseClick(view.aftercare_buttons["close"], CLICK)
    dialog = view.dialog
    assert isinstance(dialog, CloseDialog)
    assert "has not confirmed" in dialog.findChild(type(dialog.problem), "intro").text()
    qtbot.mouseClick(dialog.save_button, CLICK)
    assert dialog.rows.errors["reason"].isVisible()
    assert complaints.get_complaint(ctx, manager, reference).status is Status.AWAITING_FOLLOW_UP
    _type(qtbot, dialog, "reason", "Three calls and a letter, no reply in four weeks.")
    with qtbot.waitSignal(view.changed):
        qtbot.mouseClick(dialog.save_button, CLICK)
    closed = complaints.get_complaint(ctx, manager, reference)
    assert closed.status is Status.CLOSED
    assert closed.closure_note.endswith("no reply in four weeks.")
    assert not view.aftercare_buttons["close"].isVisible()
    assert not view.aftercare_buttons["follow_up"].isVisible()


def test_a_confirmed_complaint_closes_with_the_confirmation(qtbot, ctx, staff):
    reference = awaiting(ctx, staff)
    aftercare.record_follow_up(ctx, staff, reference, contact())
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "S01", STAFF_PIN)
    view = window.open_complaint(reference)
    qtbot.mouseClick(view.aftercare_buttons["close"], CLICK)
    assert "confirmed it is resolved" in view.dialog.findChild(
        type(view.dialog.problem), "intro").text()
    with qtbot.waitSignal(view.changed):
        qtbot.mouseClick(view.dialog.save_button, CLICK)
    assert complaints.get_complaint(ctx, staff, reference).status is Status.CLOSED


def test_a_supervisor_decides_and_the_staff_member_sees_the_outcome(qtbot, ctx, staff):
    mine = escalated(ctx, staff)
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "V01", SUPERVISOR_PIN)
    assert "1 escalated" in window.home.workspace_button.text()
    workspace = _open_workspace(qtbot, window)
    workspace.show_tab(workspace.escalations)
    table = workspace.escalations.table
    assert table.item(0, 0).text() == mine and table.item(0, 0).font().bold()   # to her
    _activate_row(qtbot, table, mine)
    view = _view(window)
    assert window.minimumSizeHint().width() <= 1024          # every button fits
    qtbot.mouseClick(view.aftercare_buttons["decide"], CLICK)
    dialog = view.dialog
    assert isinstance(dialog, DecisionDialog)
    _type(qtbot, dialog, "decision", "Refund in full and a £10 voucher")
    _type(qtbot, dialog, "reason", "Second fault from the same batch this month.")
    qtbot.mouseClick(dialog.findChild(QRadioButton, "outcome_tell_customer"), CLICK)
    assert dialog.follow_up_due.isEnabled()
    with qtbot.waitSignal(view.changed):
        qtbot.mouseClick(dialog.save_button, CLICK)
    decided = complaints.get_complaint(ctx, staff, mine)
    assert decided.status is Status.AWAITING_FOLLOW_UP
    assert decided.decisions[0].staff_name == "Suzy Supervisor"
    assert "Refund in full and a £10 voucher" in view.record.text()
    queues_loaded(qtbot, workspace)
    assert table.rowCount() == 0

    window.sign_out()
    sign_in(qtbot, window, "S01", STAFF_PIN)
    banner = window.home.decisions_banner
    assert banner.isVisible()
    assert "Refund in full and a £10 voucher" in window.home.decisions_text.text()
    assert "Suzy Supervisor" in window.home.decisions_text.text()
    qtbot.mouseClick(window.home.open_decision_button, CLICK)
    assert _view(window).complaint.reference == mine
    qtbot.mouseClick(_view(window).findChild(QPushButton, "complaintBackButton"), CLICK)
    assert window.stack.currentWidget() is window.home
    home_loaded(qtbot, window)
    assert not banner.isVisible()                      # seen once opened


def test_staff_cannot_decide_and_do_not_see_the_escalations_tab(qtbot, ctx, staff):
    mine = escalated(ctx, staff)
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "S01", STAFF_PIN)
    workspace = _open_workspace(qtbot, window)
    assert workspace.tabs.indexOf(workspace.escalations) == -1
    view = window.open_complaint(mine)
    assert not view.aftercare_buttons["decide"].isVisible()
