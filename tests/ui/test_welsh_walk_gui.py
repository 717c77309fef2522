"""A manager in Wales who chose Cymraeg walks every screen the home screen opens, a
complaint from start to save, a saved complaint's dialogs and the incident form: nothing
the program words is left in English, and every screen fits 1024 × 768. What staff typed
(and names) is data and stays as typed, so record bodies and table cells are not read."""

from __future__ import annotations

from html import unescape

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QSpinBox, QWidget

from desktop_app.domain.language import Language
from desktop_app.services import demo
from desktop_app.ui import language as spoken
from tests.conftest import MANAGER_PIN
from tests.ui.helpers import fill_step, home_loaded, open_window, sign_in, start
from tests.ui.welsh_words import english_left

CLICK = Qt.MouseButton.LeftButton
TODAY = QDate(2026, 3, 10)


def _fits(window) -> None:  # noqa: ANN001
    hint = window.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 768, (hint.width(), hint.height())


@pytest.fixture
def welsh_window(qtbot, cardiff):
    ctx, _ = cardiff
    demo.fill(ctx, complaints=40, incidents=6, seed=5)
    window = open_window(qtbot, ctx)
    window.resize(1024, 768)
    qtbot.mouseClick(window.sign_in.language_button, CLICK)       # Cymraeg
    assert english_left(window.sign_in) == []
    sign_in(qtbot, window, "M01", MANAGER_PIN)
    assert spoken.current() is Language.WELSH
    return window


SCREENS = ("workspace_button", "coaching_button", "incidents_button", "settings_button",
           "staff_button", "audit_button", "reports_button", "backups_button",
           "data_protection_button")


def test_every_screen_of_the_home_screen_is_in_welsh_and_fits(qtbot, welsh_window):
    window = welsh_window
    assert english_left(window.home) == []
    _fits(window)
    for button in SCREENS:
        home_loaded(qtbot, window)
        qtbot.mouseClick(getattr(window.home, button), CLICK)
        qtbot.waitUntil(lambda: window.stack.currentWidget() is not window.home)
        screen = window.stack.currentWidget()
        qtbot.waitUntil(lambda screen=screen: screen.isVisible())
        assert english_left(screen) == [], button
        _fits(window)
        window.back_home()


def test_a_complaint_from_start_to_save_is_in_welsh(qtbot, welsh_window):
    window = welsh_window
    driver = start(qtbot, window)
    seen = []
    while True:
        seen.append(driver.page.step.id)
        assert english_left(driver.wizard) == [], driver.page.step.id
        _fits(window)
        if driver.page.step.id == "options":
            _the_law_in_welsh(driver)
        fill_step(driver, TODAY)
        if driver.wizard.nextId() == -1:
            break
        driver.next()
    assert len(seen) >= 6
    with qtbot.waitSignal(window.complaint_saved) as saved:
        driver.click("saveButton")
    reference = saved.args[0].reference
    assert english_left(window.stack.currentWidget()) == []          # the saved screen
    view = window.open_complaint(reference)
    assert view is not None
    assert english_left(view) == []
    _fits(window)
    record = unescape(view.record.text())          # the record: the program's words in Welsh
    for welsh in ("Y gŵyn", "Cyfeirnod", "Amser ymdrin", "10 Mawrth 2026, ", "Categori"):
        assert welsh in record, welsh
    for english in ("The complaint", "Reference", "Handling time", "Category"):
        assert english not in record, record[max(0, record.find(english) - 150):][:300]


def _the_law_in_welsh(driver) -> None:  # noqa: ANN001
    """The consumer-law hint, and the remedies it put in as options, are in Welsh."""
    hint = unescape(driver.find("legal_hint_text").text())
    assert "o Ddeddf Hawliau Defnyddwyr 2015" in hint and "Ad-daliad llawn" in hint, hint
    assert "Gwiriwyd y gyfraith yn y canllawiau hyn ddiwethaf ar 1 Rhagfyr 2026." in hint
    suggested = driver.find("option_1_description").text()
    assert suggested.startswith("Ad-daliad llawn i'r dull talu gwreiddiol"), suggested
    assert driver.find("option_1_time").text() == "O fewn 14 diwrnod"


def test_a_saved_complaints_dialogs_are_in_welsh(qtbot, welsh_window):
    """Follow-up, decision, closing, correcting a detail and a review, each as the manager
    opens it from a record of the store's (one escalated, one still open)."""
    from desktop_app.domain.staff import Role
    from desktop_app.services import auth
    from tests.conftest import STAFF_PIN
    from tests.services.test_aftercare import awaiting
    from tests.services.test_data_protection import save_complaint

    window = welsh_window
    sam = auth.add_staff(window.ctx, window.user, name="Sam Staff", code="S01",
                         role=Role.STAFF, pin=STAFF_PIN)
    escalated = save_complaint(window.ctx, sam, customer_agrees="no",
                               escalated_to="Megan Rheolwr",            # typed in Welsh
                               escalation_reason="Mae'r cwsmer eisiau mwy nag ad-daliad.")
    chosen = [escalated, awaiting(window.ctx, sam)]
    opened = set()
    for reference in chosen:
        view = window.open_complaint(reference)
        assert view is not None and english_left(view) == []
        _fits(window)
        buttons = {**view.aftercare_buttons, "review": view.review_button,
                   "amend": getattr(view, "amend_button", None)}
        for key, button in buttons.items():
            if button is None or button.isHidden() or not button.isEnabled():
                continue
            qtbot.mouseClick(button, CLICK)
            dialog = view.amend_dialog if key == "amend" else view.dialog
            assert isinstance(dialog, QDialog), key
            qtbot.waitUntil(dialog.isVisible)
            assert english_left(dialog) == [], key
            assert dialog.minimumSizeHint().width() <= 1024, key
            dialog.reject()
            opened.add(key)
    assert {"follow_up", "decide", "close", "review", "amend"} <= opened, opened


def test_the_incident_form_is_in_welsh(qtbot, welsh_window):
    window = welsh_window
    qtbot.mouseClick(window.home.report_button, CLICK)
    form = window.stack.currentWidget()
    assert english_left(form) == []
    _fits(window)
    form.findChild(QCheckBox, "behaviours_physical_assault").click()
    form.findChild(QSpinBox, "days_off_work").setValue(8)         # over seven days: RIDDOR
    riddor = form.findChild(QLabel, "riddorMessage")
    assert riddor.isVisibleTo(form) and "Rhaid rhoi gwybod i'r HSE" in riddor.text()
    law = form.findChild(QLabel, "legalNotes").text()
    assert "Deddf Dedfrydu 2020" in law and "nid cyngor cyfreithiol" in law, law
    assert english_left(form) == []


def test_the_walk_finds_english(qtbot):
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    spoken.apply(Language.WELSH)
    box = QWidget()
    qtbot.addWidget(box)
    column = QVBoxLayout(box)
    for text in ("Cwyn newydd", "New complaint", "Keep the receipt with you"):
        column.addWidget(QPushButton(text, box))
    column.addWidget(QLabel("Backups are kept in /tmp/the_folder_of_backups", box))
    box.show()
    assert english_left(box) == ["QPushButton: New complaint",
                                 "QPushButton: Keep the receipt with you",
                                 "QLabel: Backups are kept in"]
