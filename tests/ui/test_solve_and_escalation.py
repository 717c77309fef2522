"""The Solve step's authority rules through the real wizard: limits, PIN approval, always-escalate."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt

from desktop_app.domain.procedure import StepKind
from tests.conftest import STAFF_PIN, SUPERVISOR_PIN
from tests.ui.helpers import fill_step, open_window, sign_in, start
from tests.ui.test_complaint_wizard import row

TODAY = QDate(2026, 3, 10)


def _to_options(driver, **options) -> None:  # noqa: ANN001
    while driver.kind() is not StepKind.OPTIONS:
        fill_step(driver, TODAY, **options)
        driver.next()
    fill_step(driver, TODAY, **options)


def _finish(qtbot, window, driver, **options) -> list[StepKind]:  # noqa: ANN001
    kinds = [driver.kind()]
    while driver.wizard.nextId() != -1:
        driver.next()
        kinds.append(driver.kind())
        fill_step(driver, TODAY, **options)
    with qtbot.waitSignal(window.complaint_saved) as saved:
        driver.click("saveButton")
    return kinds, saved.args[0]


def _approve(qtbot, driver, code: str, pin: str) -> None:  # noqa: ANN001
    driver.type("approver_code", code)
    driver.type("approver_pin", pin)
    driver.click("approve_button")


def test_over_the_staff_limit_the_wizard_says_why_and_escalates(qtbot, ctx, db_path):
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "S01", STAFF_PIN)
    driver = start(qtbot, window)
    _to_options(driver, cost="45.00")
    panel = driver.find("authority_panel")
    assert panel.isVisible()
    assert "£45.00, above the £20.00 a staff member may agree" in driver.find("authority_text").text()
    kinds, complaint = _finish(qtbot, window, driver, cost="45.00")
    assert StepKind.ESCALATION in kinds
    record, _, _ = row(db_path, complaint.reference)
    assert record["status"] == "escalated"
    assert record["escalation_triggers"] == "over_authority"


def test_within_the_staff_limit_nothing_is_escalated(qtbot, ctx, db_path):
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "S01", STAFF_PIN)
    driver = start(qtbot, window)
    _to_options(driver, cost="20.00")                 # exactly the limit is allowed
    assert not driver.find("authority_panel").isVisible()
    kinds, complaint = _finish(qtbot, window, driver, cost="20.00")
    assert StepKind.ESCALATION not in kinds
    assert row(db_path, complaint.reference)[0]["status"] != "escalated"


def test_a_supervisor_approves_with_their_pin_at_the_till(qtbot, ctx, db_path, supervisor):
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "S01", STAFF_PIN)
    driver = start(qtbot, window)
    _to_options(driver, cost="45.00")
    _approve(qtbot, driver, "V01", "0000")
    assert "do not match" in driver.find("approval_status").text()
    assert driver.find("approver_pin").text() == ""
    _approve(qtbot, driver, "S01", STAFF_PIN)         # staff cannot approve
    assert "not a supervisor" in driver.find("approval_status").text()
    _approve(qtbot, driver, "V01", SUPERVISOR_PIN)
    assert driver.find("approval_status").text() == "Approved by Suzy Supervisor at 10:30."
    assert driver.find("authority_panel").isVisible()            # it says so, and stays
    assert not driver.find("approver_pin").isVisible()
    kinds, complaint = _finish(qtbot, window, driver, cost="45.00")
    assert StepKind.ESCALATION not in kinds
    record, _, _ = row(db_path, complaint.reference)
    assert record["approved_by"] == supervisor.id and record["status"] != "escalated"


def test_a_supervisor_cannot_approve_beyond_their_own_limit(qtbot, ctx):
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "S01", STAFF_PIN)
    driver = start(qtbot, window)
    _to_options(driver, cost="150.00")
    _approve(qtbot, driver, "V01", SUPERVISOR_PIN)
    assert "does not cover this amount either" in driver.find("approval_status").text()
    assert driver.find("authority_panel").isVisible()


def test_a_discrimination_complaint_is_always_escalated_and_says_why(qtbot, ctx, db_path):
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "S01", STAFF_PIN)
    driver = start(qtbot, window)
    options = {"overrides": {"category": "discrimination"}}
    _to_options(driver, **options)
    kinds = [driver.kind()]
    while driver.wizard.nextId() != -1:
        driver.next()
        kinds.append(driver.kind())
        if driver.kind() is StepKind.ESCALATION:
            assert "Equality Act" in driver.find("escalation_why").text()
        fill_step(driver, TODAY, **options)
    assert StepKind.ESCALATION in kinds
    with qtbot.waitSignal(window.complaint_saved) as saved:
        driver.click("saveButton")
    record, _, _ = row(db_path, saved.args[0].reference)
    assert record["status"] == "escalated"
    assert "always_escalated_category" in record["escalation_triggers"]


def test_the_solve_step_shows_the_rights_and_prefills_the_options(qtbot, ctx):
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "S01", STAFF_PIN)
    driver = start(qtbot, window)
    while driver.kind() is not StepKind.OPTIONS:
        fill_step(driver, TODAY)           # a kettle delivered 12 days ago, faulty, £24.99
        driver.next()
    hint = driver.find("legal_hint_text").text()
    assert driver.find("legal_hint").isVisible()
    assert "Full refund (short-term right to reject)" in hint
    assert "day 12 of the 30 days" in hint and "Consumer Rights Act 2015" in hint
    assert "not legal advice" in hint
    assert driver.find("option_1_description").text().startswith("Full refund")
    assert driver.find("option_1_cost").text() == "24.99"
    assert driver.find("option_2_description").text().startswith("Repair or replace")
    driver.type("option_2_description", "Replace it today and add a £5 voucher")  # more generous
    driver.type("option_2_cost", "29.99")
    assert driver.find("option_2_description").text().startswith("Replace it today")
    driver.back()
    driver.next()                           # coming back does not add the remedies twice
    filled = [driver.find(f"option_{n}_description").text() for n in (1, 2)]
    assert filled[1].startswith("Replace it today")
    assert driver.page.findChild(type(driver.find("option_1_cost")), "option_3_description") \
        is None


def test_enter_in_the_approvers_pin_approves_and_stays_on_the_page(qtbot, ctx, supervisor):
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "S01", STAFF_PIN)
    driver = start(qtbot, window)
    _to_options(driver, cost="45.00")
    page = driver.wizard.currentId()
    driver.type("approver_code", "V01")
    qtbot.keyClick(driver.find("approver_code"), Qt.Key.Key_Return)     # on to the PIN
    driver.type("approver_pin", SUPERVISOR_PIN)
    qtbot.keyClick(driver.find("approver_pin"), Qt.Key.Key_Return)
    assert driver.find("approval_status").text() == "Approved by Suzy Supervisor at 10:30."
    assert driver.wizard.currentId() == page


def test_the_escalate_page_takes_the_approval_that_makes_escalating_unneeded(
        qtbot, ctx, db_path, supervisor):
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "S01", STAFF_PIN)
    driver = start(qtbot, window)
    _to_options(driver, cost="45.00")
    while driver.kind() is not StepKind.ESCALATION:
        fill_step(driver, QDate(ctx.clock.now().date()), cost="45.00")
        driver.next()
    assert "above the £20.00" in driver.find("escalation_why").text()
    panel = driver.find("escalation_approval")
    assert panel.isVisible()
    _approve(qtbot, driver, "V01", SUPERVISOR_PIN)
    assert driver.find("approval_status").text() == "Approved by Suzy Supervisor at 10:30."
    assert "Nothing needs escalating" in driver.find("escalation_why").text()
    kinds, complaint = _finish(qtbot, window, driver, cost="45.00")
    record, _, _ = row(db_path, complaint.reference)
    assert record["approved_by"] == supervisor.id and record["status"] != "escalated"
