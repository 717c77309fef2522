"""At the till: the small things that decide whether a complaint takes 25 key presses or
45 — the cursor where typing starts, the usual answer already chosen, a draft that opens
where it was left, questions whose buttons say what they do."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from desktop_app.domain.procedure import StepKind
from desktop_app.services import complaint_drafts
from tests.conftest import STAFF_PIN
from tests.ui.helpers import fill_step, home_loaded, open_window, sign_in, start

CLICK = Qt.MouseButton.LeftButton


def test_each_page_opens_with_the_cursor_in_its_first_empty_field(qtbot, ctx, clock):
    window = open_window(qtbot, ctx)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    sign_in(qtbot, window, "S01", STAFF_PIN)
    driver = start(qtbot, window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is driver.find("field_customer_account"))
    fill_step(driver, QDate(clock.now().date()))
    driver.next()
    first = driver.page.editors[driver.page.step.fields[0]].focus_widget
    qtbot.waitUntil(lambda: first.isAncestorOf(QApplication.focusWidget())
                    or QApplication.focusWidget() is first)


def test_how_the_complaint_reached_us_starts_at_the_stores_usual_channel(qtbot, ctx, staff):
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "S01", STAFF_PIN)
    driver = start(qtbot, window)
    while "channel" not in driver.page.editors:
        fill_step(driver, QDate(ctx.clock.now().date()))
        driver.next()
    assert driver.page.editors["channel"].value() == "in_store"


def test_a_resumed_draft_opens_at_the_step_it_was_left_on(qtbot, ctx, staff):
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "S01", STAFF_PIN)
    driver = start(qtbot, window)
    for _ in range(3):
        fill_step(driver, QDate(ctx.clock.now().date()))
        driver.next()
    left_on = driver.page.step.id
    window.keep_draft()
    window.sign_out()
    sign_in(qtbot, window, "S01", STAFF_PIN)
    draft = complaint_drafts.pending_drafts(ctx, staff)[0]
    assert draft.step_id == left_on
    wizard = window.resume_draft(draft.id)
    assert wizard.currentPage().step.id == left_on
    assert wizard.currentId() == 3                     # and Back goes to the steps before it
    wizard.back()
    assert wizard.currentId() == 2


def test_signing_out_mid_complaint_says_the_draft_is_kept(qtbot, ctx):
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "S01", STAFF_PIN)
    driver = start(qtbot, window)
    driver.type("field_customer_account", "The kettle leaks.")
    window.sign_out_action.trigger()                     # Ctrl+L
    assert window.stack.currentWidget() is window.sign_in
    assert "kept as a draft" in window.sign_in.message.text()
    assert window.sign_in.message.isVisible()


def test_cancel_asks_with_buttons_that_say_what_they_do(qtbot, ctx, monkeypatch, dialogs):
    asked = []

    def answer(box):  # noqa: ANN001, ANN202
        asked.append({b.text() for b in box.buttons()})
        asked.append(box.defaultButton().text())
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "exec", answer)
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "S01", STAFF_PIN)
    driver = start(qtbot, window)
    driver.type("field_customer_account", "The kettle leaks.")
    qtbot.mouseClick(driver.wizard.button(driver.wizard.WizardButton.CancelButton), CLICK)
    assert asked == [{"Discard the complaint", "Keep editing"}, "Keep editing"]
    assert window.wizard is not None                     # kept: still editing
    assert driver.find("field_customer_account").toPlainText() == "The kettle leaks."


def test_a_message_goes_as_soon_as_its_field_is_changed(qtbot, ctx):
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "S01", STAFF_PIN)
    driver = start(qtbot, window)
    errors = driver.next_refused()
    assert "customer_account" in errors
    label = driver.page.errors["customer_account"]
    assert label.isVisible()
    driver.type("field_customer_account", "The kettle leaks.")
    assert not label.isVisible()


def test_the_step_list_shows_where_you_are_and_a_click_on_it_does_nothing(qtbot, ctx):
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "S01", STAFF_PIN)
    driver = start(qtbot, window)
    steps = driver.wizard.step_list
    assert steps.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    later = steps.item(steps.count() - 1)
    qtbot.mouseClick(steps.viewport(), CLICK, pos=steps.visualItemRect(later).center())
    assert driver.wizard.currentId() == 0
    assert driver.page.step.kind is StepKind.FORM
    home_loaded(qtbot, window)


def test_enter_sets_up_the_till_and_adds_staff(qtbot, db_path, clock):
    from desktop_app.services import auth
    from desktop_app.services.context import open_app

    ctx = open_app(db_path, clock=clock)
    try:
        window = open_window(qtbot, ctx)
        screen = window.first_run
        qtbot.keyClick(screen.store_name, Qt.Key.Key_Return)             # nothing typed yet
        assert screen.rows.errors["store_name"].isVisible()
        qtbot.keyClicks(screen.store_name, "Swansea Oxford Street")
        assert not screen.rows.errors["store_name"].isVisible()          # gone once typed in
        qtbot.keyClicks(screen.store_code, "swa01")
        qtbot.keyClicks(screen.manager_name, "Gwen Manager")
        qtbot.keyClicks(screen.manager_code, "g1")
        qtbot.keyClick(screen.pin, Qt.Key.Key_Return)
        assert screen.rows.errors["pin"].text() == "Type a PIN of 6 to 8 digits."
        qtbot.keyClicks(screen.pin, "123456")
        qtbot.keyClicks(screen.pin_again, "123456")
        qtbot.keyClick(screen.pin_again, Qt.Key.Key_Return)
        assert window.stack.currentWidget() is window.sign_in
        sign_in(qtbot, window, "G1", "123456")
        qtbot.mouseClick(window.home.staff_button, CLICK)
        staff = window.staff
        qtbot.keyClicks(staff.name, "Tomos Newstarter")
        qtbot.keyClicks(staff.code, "T07")
        qtbot.keyClicks(staff.pin, "4321")
        qtbot.keyClick(staff.pin, Qt.Key.Key_Return)
        assert staff.message.text() == "Added Tomos Newstarter."
        assert auth.sign_in(ctx, "T07", "4321").name == "Tomos Newstarter"
    finally:
        from tests.conftest import _wait_for_background_work
        _wait_for_background_work()
        ctx.close()


def test_the_root_cause_message_sits_under_its_field_and_goes_once_it_is_right(qtbot, ctx):
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "S01", STAFF_PIN)
    driver = start(qtbot, window)
    while driver.kind() is not StepKind.DIAGNOSIS:
        fill_step(driver, QDate(ctx.clock.now().date()))
        driver.next()
    driver.type("field_why_1", "The thermostat failed")
    assert "root_cause" in driver.next_refused()
    field, message = driver.find("field_root_cause"), driver.page.errors["root_cause"]
    gap = message.mapTo(driver.page, message.rect().topLeft()).y() - \
        field.mapTo(driver.page, field.rect().bottomLeft()).y()
    assert 0 <= gap <= 12                                    # right under the box
    driver.type("field_root_cause", "A")
    assert message.isVisible() is (
        "root_cause" in driver.wizard.form.step_errors(driver.page.step.id))
    driver.type("field_root_cause", " faulty batch of thermostats from the supplier")
    assert not message.isVisible()


def test_a_clarifying_answer_is_marked_as_needed(qtbot, ctx):
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "S01", STAFF_PIN)
    driver = start(qtbot, window)
    while driver.kind() is not StepKind.QUESTIONS:
        fill_step(driver, QDate(ctx.clock.now().date()))
        driver.next()
    driver.choose("field_category", "faulty_goods")
    notes = [label.text() for label in driver.page.findChildren(QLabel)]
    assert any(text.endswith("(at least one is needed) *") for text in notes)
