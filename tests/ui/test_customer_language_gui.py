"""A store in Wales asks the customer's language (English first, one choice away from
Welsh); a store elsewhere never shows the question."""

from __future__ import annotations

from PySide6.QtCore import QDate

from tests.conftest import MANAGER_PIN, STAFF_PIN
from tests.ui.helpers import fill_step, open_window, sign_in, start

TODAY = QDate(2026, 3, 10)


def _walk(qtbot, window, overrides: dict) -> tuple[object, dict[str, bool]]:  # noqa: ANN001
    driver = start(qtbot, window)
    seen: dict[str, bool] = {}
    while True:
        if "customer_language" in driver.page.step.fields:
            seen["shown"] = driver.find("field_customer_language").isVisible()
        fill_step(driver, TODAY, overrides=overrides)
        if driver.wizard.nextId() == -1:
            break
        driver.next()
    with qtbot.waitSignal(window.complaint_saved) as saved:
        driver.click("saveButton")
    return saved.args[0], seen


def test_a_store_in_wales_records_a_welsh_speaking_customer(qtbot, cardiff):
    ctx, _ = cardiff
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "M01", MANAGER_PIN)
    complaint, seen = _walk(qtbot, window, {"customer_language": "cy"})
    assert seen == {"shown": True}
    assert complaint.customer_language == "cy"


def test_a_store_elsewhere_is_not_asked(qtbot, ctx, staff):
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "S01", STAFF_PIN)
    complaint, seen = _walk(qtbot, window, {})
    assert seen == {"shown": False}
    assert complaint.customer_language == ""
