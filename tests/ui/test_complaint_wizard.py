"""The guided complaint, end to end through the real widgets, checked in the SQLite file."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.domain.procedure import StepKind
from desktop_app.domain.store import StorePolicy
from desktop_app.services import policy as policy_service
from tests.conftest import MANAGER_PIN, STAFF_PIN
from tests.ui.helpers import fill_step, open_window, sign_in, start

TODAY = QDate(2026, 3, 10)   # the ctx fixture's clock


def use_model(ctx, model_id: str) -> None:
    with ctx.uow() as uow:
        policy_service.save_policy(uow, StorePolicy(model_id=model_id))
        uow.commit()


def walk(driver, **options) -> list[StepKind]:  # noqa: ANN001
    kinds = []
    while True:
        kinds.append(driver.kind())
        fill_step(driver, TODAY, **options)
        if driver.wizard.nextId() == -1:
            return kinds
        driver.next()


def row(db_path, reference: str) -> sqlite3.Row:
    connection = sqlite3.connect(db_path)
    connection.row_factory = sqlite3.Row
    found = connection.execute("SELECT * FROM complaints WHERE reference = ?", (reference,)).fetchone()
    options = connection.execute("SELECT * FROM complaint_options WHERE complaint_id = ? ORDER BY position",
                                 (found["id"],)).fetchall()
    signature = connection.execute("SELECT png FROM complaint_signatures WHERE complaint_id = ?",
                                   (found["id"],)).fetchone()
    connection.close()
    return found, options, signature


def test_lass_complaint_is_saved_with_a_reference_and_the_whole_record(qtbot, ctx, db_path, clock):
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "S01", STAFF_PIN)
    driver = start(qtbot, window)
    assert [s.stage for s in driver.wizard.form.model.steps][0] == "Listen"
    window.idle.stop()       # the clock jumps to give a handling time; see test_idle_lock.py
    clock.advance(minutes=3)
    kinds = walk(driver)
    assert StepKind.ESCALATION not in kinds          # within authority, customer agrees
    with qtbot.waitSignal(window.complaint_saved) as saved:
        driver.click("saveButton")
    complaint = saved.args[0]
    assert complaint.reference == "GLA01-2026-000001"
    assert window.stack.currentWidget() is window.saved_screen
    assert window.saved_screen.reference.text() == "GLA01-2026-000001"

    record, options, signature = row(db_path, "GLA01-2026-000001")
    assert record["customer_account"].startswith("The kettle stopped working")
    assert record["paraphrase"].startswith("So the kettle")
    assert record["product"] == "Kettle 1.7 l stainless steel"
    assert record["amount_pence"] == 2499
    assert record["receipt_number"] == "R12345"
    assert record["category"] == "faulty_goods"
    assert record["root_cause"].startswith("A faulty batch")
    assert record["apology_given"] == 1 and record["thanked"] == 1
    assert record["customer_agrees"] == 1 and record["customer_name"] == "Jane Customer"
    assert record["satisfaction"] == 4
    assert record["contact_consent"] == 1 and record["contact_phone"] == "07700 900123"
    assert record["status"] == "closed" and record["first_contact_resolution"] == 1
    assert record["opened_at"] == "2026-03-10 10:30:00.000000"
    assert record["saved_at"] == "2026-03-10 10:33:00.000000"
    assert [o["description"] for o in options] == ["Full refund", "Replacement kettle"]
    assert options[0]["cost_pence"] == 1500 and record["chosen_option"] == 0
    assert signature is not None and signature[0].startswith(b"\x89PNG")


def test_heat_customer_who_disagrees_goes_to_the_escalation_step(qtbot, ctx, db_path):
    use_model(ctx, "heat")
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "M01", MANAGER_PIN)
    driver = start(qtbot, window)
    assert driver.wizard.form.model.stages == ("Hear", "Empathise", "Apologise", "Take ownership")
    kinds = walk(driver, agrees=False)
    assert StepKind.ESCALATION in kinds
    with qtbot.waitSignal(window.complaint_saved) as saved:
        driver.click("saveButton")
    record, _, _ = row(db_path, saved.args[0].reference)
    assert record["status"] == "escalated"
    assert record["escalated_to"] == "Store manager"
    assert "does not agree" in record["escalation_reason"]
    assert record["escalation_triggers"] == "customer_disagrees"
    assert record["customer_agrees"] == 0


def test_four_as_complaint_with_follow_up_awaits_it(qtbot, ctx, db_path):
    use_model(ctx, "four_as")
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "S01", STAFF_PIN)
    driver = start(qtbot, window)
    assert driver.wizard.form.model.stages == ("Acknowledge", "Apologise", "Act", "Assure")
    walk(driver, overrides={"follow_up_needed": True})
    with qtbot.waitSignal(window.complaint_saved) as saved:
        driver.click("saveButton")
    record, _, _ = row(db_path, saved.args[0].reference)
    assert record["status"] == "awaiting_follow_up"
    assert record["follow_up_due"] == "2026-03-13" and record["follow_up_method"] == "phone"
    assert record["model_id"] == "four_as"


def test_required_fields_are_named_beside_the_field_and_back_keeps_text(qtbot, ctx):
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "S01", STAFF_PIN)
    driver = start(qtbot, window)
    errors = driver.next_refused()
    assert "customer_account" in errors and "needed" in errors["customer_account"]
    assert window.focusWidget() is driver.find("field_customer_account")
    fill_step(driver, TODAY)
    driver.next()
    driver.type("field_amount", "twelve pounds")
    errors = driver.next_refused()
    assert errors["amount"] == "Amount paid should be in pounds and pence, e.g. £12.50."
    driver.back()
    assert driver.find("field_customer_account").toPlainText().startswith("The kettle")
    driver.next()
    assert driver.find("field_amount").text() == "twelve pounds"


def test_a_scanned_receipt_number_does_not_submit_or_move_the_form(qtbot, ctx):
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "S01", STAFF_PIN)
    driver = start(qtbot, window)
    fill_step(driver, TODAY)
    driver.next()
    page_before = driver.wizard.currentId()
    receipt = driver.find("field_receipt_number")
    receipt.setFocus()
    qtbot.keyClicks(receipt, "5012345678900")
    qtbot.keyClick(receipt, Qt.Key.Key_Return)
    assert driver.wizard.currentId() == page_before
    assert receipt.text() == "5012345678900"
    assert window.wizard is not None


def test_cancel_asks_before_throwing_typed_text_away(qtbot, ctx, dialogs):
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "S01", STAFF_PIN)
    driver = start(qtbot, window)
    driver.type("field_customer_account", "Half a story")
    dialogs.expect(QMessageBox.StandardButton.Cancel)
    driver.click("cancelButton")
    assert window.wizard is not None
    assert driver.find("field_customer_account").toPlainText() == "Half a story"
    dialogs.expect(QMessageBox.StandardButton.Discard)
    driver.click("cancelButton")
    assert window.wizard is None
    assert window.stack.currentWidget() is window.home
    assert any("Discard" in seen for seen in dialogs.seen)


def test_cancel_of_an_empty_form_does_not_ask(qtbot, ctx):
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "S01", STAFF_PIN)
    driver = start(qtbot, window)
    driver.click("cancelButton")
    assert window.wizard is None


@pytest.mark.parametrize("text", ["Café crème – naïve ŵ ŷ Łódź 😀 مرحبا", "<b>bold & <img src=x>"])
def test_any_unicode_and_markup_is_kept_exactly(qtbot, ctx, db_path, text):
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "M01", MANAGER_PIN)
    driver = start(qtbot, window)
    fill_step(driver, TODAY)
    driver.find("field_customer_account").setPlainText(text + "\x07")
    while driver.wizard.nextId() != -1:
        driver.next()
        fill_step(driver, TODAY)
    with qtbot.waitSignal(window.complaint_saved) as saved:
        driver.click("saveButton")
    record, _, _ = row(db_path, saved.args[0].reference)
    assert record["customer_account"] == text      # control character stripped
