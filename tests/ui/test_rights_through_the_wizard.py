"""The facts the customer's rights turn on, entered through the real wizard, and the hint
the Solve step shows for them; the hint is kept with the complaint and printed under Solve.

Today is 10 March 2026 (tests/conftest.py's clock).
"""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtCore import QDate

from desktop_app.domain.procedure import StepKind
from desktop_app.services import reporting
from tests.conftest import STAFF_PIN
from tests.ui.helpers import fill_step, open_window, sign_in, start
from tests.ui.test_complaint_wizard import row

TODAY = QDate(2026, 3, 10)


def _started(qtbot, ctx):  # noqa: ANN001, ANN202
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "S01", STAFF_PIN)
    return window, start(qtbot, window)


def _to_solve(qtbot, ctx, **overrides):  # noqa: ANN001, ANN202
    window, driver = _started(qtbot, ctx)
    while driver.kind() is not StepKind.OPTIONS:
        fill_step(driver, TODAY, overrides=overrides)
        driver.next()
    return window, driver


def _on_details(qtbot, ctx):  # noqa: ANN001, ANN202
    """At the details step, the Listen step filled in."""
    _, driver = _started(qtbot, ctx)
    fill_step(driver, TODAY)
    driver.next()
    assert driver.page.step.id == "details"
    return driver


def test_the_goods_questions_show_only_for_goods_and_the_repair_dates_once_tried(qtbot, ctx):
    driver = _on_details(qtbot, ctx)
    page = driver.page
    shown = lambda name: driver.find(name).isVisibleTo(page)  # noqa: E731
    assert shown("goods_facts_motor_vehicle") and shown("field_how_bought")
    assert not shown("field_repair_requested_on") and not shown("field_installed_on")
    assert driver.find("field_how_bought").currentData() == "in_shop"   # the usual sale
    driver.tick("field_repair_already_tried")
    assert shown("field_repair_requested_on") and shown("field_repair_returned_on")
    driver.tick("goods_facts_installed")
    assert shown("field_installed_on")
    driver.choose("field_supply_type", "service")
    assert not shown("goods_facts_motor_vehicle") and not shown("field_installed_on")
    assert not shown("field_fault_appeared_on") and shown("field_how_bought")


def test_a_motor_vehicle_after_a_failed_repair_allows_a_deduction(qtbot, ctx):
    _, driver = _to_solve(qtbot, ctx, goods_facts=("motor_vehicle",), repair_already_tried=True,
                          purchase_date=TODAY.addDays(-60), delivery_date=TODAY.addDays(-60))
    hint = driver.find("legal_hint_text").text()
    assert "Refund (final right to reject)" in hint
    assert "because it is a motor vehicle (s24(10)(a))" in hint
    assert "last checked on 1 December 2026" in hint


def test_a_repair_waited_for_keeps_the_short_term_right_to_reject(qtbot, ctx):
    # delivered 29 January: the 30 days end 28 February; asked 18 February, back 7 March:
    # 18 days waited, so the right lasts to 18 March (s22(6)-(7))
    _, driver = _to_solve(qtbot, ctx, purchase_date=QDate(2026, 1, 29),
                          delivery_date=QDate(2026, 1, 29), repair_already_tried=True,
                          repair_requested_on=QDate(2026, 2, 18),
                          repair_returned_on=QDate(2026, 3, 7))
    hint = driver.find("legal_hint_text").text()
    assert "Full refund (short-term right to reject)" in hint
    assert "stopped for the 18 days" in hint and "end on 18 March 2026" in hint
    assert driver.find("option_1_description").text().startswith("Full refund")


def test_the_repair_dates_are_checked_in_order_beside_the_field(qtbot, ctx):
    driver = _on_details(qtbot, ctx)
    fill_step(driver, TODAY, overrides={"repair_already_tried": True,
                                        "repair_requested_on": QDate(2026, 3, 5),
                                        "repair_returned_on": QDate(2026, 3, 1)})
    errors = driver.next_refused()
    assert errors == {"repair_returned_on": "The goods cannot have come back before the "
                                            "repair was asked for."}
    assert driver.find("field_repair_returned_on").line.text() == "01/03/2026"  # kept


def test_a_change_of_mind_online_offers_the_fourteen_days_to_cancel(qtbot, ctx):
    # delivered 5 March: 14 days after end 19 March (Consumer Contracts Regulations reg. 30)
    _, driver = _to_solve(qtbot, ctx, category="change_of_mind", how_bought="online",
                          purchase_date=QDate(2026, 3, 3), delivery_date=QDate(2026, 3, 5))
    hint = driver.find("legal_hint_text").text()
    assert "Cancel for a refund (14-day cancellation right)" in hint
    assert "ends on 19 March 2026" in hint and "not a statutory" not in hint
    assert driver.find("option_1_description").text().startswith("Cancel the order")
    assert driver.find("option_1_cost").text() == "24.99"


def test_a_change_of_mind_in_the_shop_is_the_stores_policy(qtbot, ctx):
    _, driver = _to_solve(qtbot, ctx, category="change_of_mind")
    hint = driver.find("legal_hint_text").text()
    assert "no right to return goods for a change of mind" in hint
    assert "Cancel" not in hint


def test_a_service_needs_no_date_for_its_remedies(qtbot, ctx):
    _, driver = _to_solve(qtbot, ctx, supply_type="service", category="poor_service",
                          purchase_date=None, delivery_date=None)
    hint = driver.find("legal_hint_text").text()
    assert "Put the service right (repeat performance)" in hint
    assert "Price reduction" in hint
    assert "Enter the date the service was provided" in hint


def test_the_hint_shown_is_saved_and_printed_under_solve(qtbot, ctx, db_path, staff):
    window, driver = _to_solve(qtbot, ctx, goods_facts=("motor_vehicle",),
                               repair_already_tried=True, purchase_date=TODAY.addDays(-60),
                               delivery_date=TODAY.addDays(-60))
    shown = driver.find("legal_hint_text").text()
    assert "s24(10)(a)" in shown
    fill_step(driver, TODAY)
    while driver.wizard.nextId() != -1:
        driver.next()
        fill_step(driver, TODAY)
    with qtbot.waitSignal(window.complaint_saved) as saved:
        driver.click("saveButton")
    reference = saved.args[0].reference
    record, _, _ = row(db_path, reference)
    assert "motor vehicle (s24(10)(a))" in record["legal_hint"]
    assert "not legal advice" in record["legal_hint"]
    assert "CRA s24(8)-(11)" in record["legal_rules"].split("; ")
    assert record["law_table_version"] == "2026-12-01"
    assert record["goods_facts"] == "motor_vehicle" and record["how_bought"] == "in_shop"
    report = reporting.complaint_report(ctx, staff, reference)
    text = " ".join("\n".join(p.extract_text() for p in PdfReader(io.BytesIO(report.pdf)).pages)
                    .split())
    solve = text[text.index("Solve"):]
    assert "The customer's rights, as shown at the till" in solve
    assert "because it is a motor vehicle (s24(10)(a))" in solve
    assert "Guidance from the Consumer Rights Act 2015, not legal advice" in solve
    assert "last checked on 1 December 2026" in solve
    assert "It is a motor vehicle" in text          # the fact, under Identify
