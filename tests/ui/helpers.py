"""Shared GUI steps: open the main window, sign in by typing, fill a step with sample data."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QPushButton

from desktop_app.domain.complaint import Complaint
from desktop_app.domain.procedure import StepKind
from desktop_app.ui.app import make_application
from desktop_app.ui.main_window import MainWindow
from tests.ui.wizard_driver import WizardDriver

SAMPLE_TEXT = {
    "customer_account": "The kettle stopped working after two weeks and tripped the fuse.",
    "paraphrase": "So the kettle you bought here stopped working and tripped your fuse.",
    "customer_feelings": "Frustrated and worried it is unsafe",
    "desired_outcome": "A refund",
    "implicit_needs": "To be taken seriously",
    "product": "Kettle 1.7 l stainless steel",
    "empathy_statement": "I can see how worrying that is.",
    "improvement_suggestion": "Check the batch for the same fault.",
    "justification": "Within 30 days of delivery: short-term right to reject.",
    "reasonable_adjustments": "",
    "contact_phone": "07700 900123",
    "contact_email": "",
}


def open_window(qtbot, ctx) -> MainWindow:  # noqa: ANN001
    make_application()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def sign_in(qtbot, window: MainWindow, code: str, pin: str) -> None:  # noqa: ANN001
    screen = window.sign_in
    assert window.stack.currentWidget() is screen
    qtbot.keyClicks(screen.code, code)
    qtbot.keyClicks(screen.pin, pin)
    qtbot.mouseClick(screen.button, Qt.MouseButton.LeftButton)
    signed_in(qtbot, window)
    assert window.stack.currentWidget() is window.home, screen.message.text()
    home_loaded(qtbot, window)


def signed_in(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    """The PIN is checked on the pool: wait for the answer."""
    qtbot.waitUntil(lambda: not window.sign_in.signing.busy)


def home_loaded(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    """The home screen reads its banners and counts on the pool: wait for them."""
    qtbot.waitUntil(lambda: not window.home.loading.busy)


def start(qtbot, window: MainWindow) -> WizardDriver:  # noqa: ANN001
    qtbot.mouseClick(window.home.new_button, Qt.MouseButton.LeftButton)
    assert window.wizard is not None
    return WizardDriver(qtbot, window.wizard)


def fill_form_step(driver: WizardDriver, today: QDate, overrides: dict | None = None) -> None:
    overrides = overrides or {}
    for key in driver.page.step.fields:
        value = overrides.get(key, SAMPLE_TEXT.get(key))
        name = f"field_{key}"
        if key in ("apology_given", "thanked"):
            driver.tick(name, overrides.get(key, True))
        elif key in ("follow_up_needed", "repair_already_tried"):
            driver.tick(name, bool(overrides.get(key, False)))
        elif key == "contact_consent":
            driver.tick(name, overrides.get(key, True))
        elif key == "customer_challenging":             # starts at "no"
            if overrides.get(key) == "yes":
                driver.click("field_customer_challenging_yes")
        elif key == "de_escalation":
            for technique in overrides.get(key, ()):
                driver.tick(f"de_escalation_{technique}")
        elif key == "further_assistance_offered":
            driver.tick(name, bool(overrides.get(key, False)))
        elif key == "customer_language":                # asked in a store in Wales
            if key in overrides:
                driver.choose(name, overrides[key])
        elif key == "supply_type":
            driver.choose(name, overrides.get(key, "goods"))
        elif key == "channel":
            driver.choose(name, overrides.get(key, "in_store"))
        elif key == "follow_up_method":
            if overrides.get("follow_up_needed"):
                driver.choose(name, overrides.get(key, "phone"))
        elif key in ("purchase_date", "delivery_date"):
            if overrides.get(key, today) is not None:     # None: leave it empty
                driver.set_date(name, overrides.get(key, today.addDays(-12)))
        elif key == "how_bought":
            driver.choose(name, overrides.get(key, "in_shop"))
        elif key == "goods_facts":
            for fact in overrides.get(key, ()):
                driver.tick(f"goods_facts_{fact}")
        elif key in ("installed_on", "fault_appeared_on", "reported_on", "repair_requested_on",
                     "repair_returned_on"):
            if key in overrides:
                driver.set_date(name, overrides[key])
        elif key == "follow_up_due":
            if overrides.get("follow_up_needed"):
                driver.set_date(name, today.addDays(3))
        elif key == "amount":
            driver.type(name, overrides.get(key, "24.99"))
        elif key == "receipt_number":
            driver.type(name, overrides.get(key, "R12345"))
        elif key == "satisfaction":
            driver.qtbot.mouseClick(driver.find("field_satisfaction_4", QPushButton),
                                    Qt.MouseButton.LeftButton)
        elif value is not None:
            driver.type(name, value)


def fill_step(driver: WizardDriver, today: QDate, *, cost: str = "15.00", agrees: bool = True,
              overrides: dict | None = None) -> None:
    kind = driver.kind()
    if kind is StepKind.FORM:
        fill_form_step(driver, today, overrides)
    elif kind is StepKind.QUESTIONS:
        driver.choose("field_category", (overrides or {}).get("category", "faulty_goods"))
        driver.type("field_question_1", "Two weeks after purchase")
    elif kind is StepKind.DIAGNOSIS:
        driver.type("field_why_1", "The thermostat failed")
        driver.type("field_root_cause", "A faulty batch of thermostats from the supplier")
    elif kind is StepKind.OPTIONS:
        for key in driver.page.step.fields:
            if SAMPLE_TEXT.get(key):
                driver.type(f"field_{key}", SAMPLE_TEXT[key])
        driver.type("option_1_description", "Full refund")
        driver.type("option_1_cost", cost)
        driver.type("option_1_time", "Today")
        driver.type("option_1_impact", "Money back straight away")
        driver.type("option_2_description", "Replacement kettle")
        driver.type("option_2_cost", "24.99")
        driver.type("option_2_time", "Today")
        driver.type("option_2_impact", "A working kettle")
        driver.choose_index("field_chosen_option", 1)
        driver.type("field_justification", SAMPLE_TEXT["justification"])
    elif kind is StepKind.AGREEMENT:
        driver.radio("field_customer_agrees_yes" if agrees else "field_customer_agrees_no")
        driver.type("field_customer_name", "Jane Customer")
        driver.draw_signature()
    elif kind is StepKind.ESCALATION:
        driver.find("field_escalated_to").setEditText("Store manager")


def stored_complaint(ctx, staff, reference: str = "GLA01-2026-000003") -> str:  # noqa: ANN001
    """A saved complaint put straight into storage, for screens that start from one."""
    with ctx.uow() as uow:
        uow.complaints.add(Complaint(
            store_code="GLA01", model_id="lass", staff_id=staff.id, opened_at=ctx.clock.now(),
            saved_at=ctx.clock.now(), customer_account="Refund refused", paraphrase="p",
            customer_feelings="angry", desired_outcome="refund", product="Kettle",
            channel="in_store", reference=reference))
        uow.commit()
    return reference
