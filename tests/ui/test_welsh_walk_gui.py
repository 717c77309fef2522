"""A manager in Wales who chose Cymraeg walks every screen the home screen opens, a
complaint from start to save, a saved complaint's dialogs and the incident form: nothing
the program words is left in English, and every screen fits 1024 × 768. What staff typed
(and names) is data and stays as typed, so record bodies and table cells are not read."""

from __future__ import annotations

import re
from html import unescape
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QAbstractButton, QCheckBox, QComboBox, QDialog, QGroupBox,
                               QLabel, QLineEdit, QSpinBox, QTableView, QTabWidget,
                               QWidget)

from desktop_app.domain.language import Language
from desktop_app.services import demo
from desktop_app.ui import language as spoken
from tests.conftest import MANAGER_PIN
from tests.ui.helpers import fill_step, home_loaded, open_window, sign_in, start

ROOT = Path(__file__).resolve().parents[2]
CLICK = Qt.MouseButton.LeftButton
TODAY = QDate(2026, 3, 10)
#: English words Welsh never uses: one of them in a sentence the program shows is English
ENGLISH = re.compile(r"\b(the|and|with|your|you|this|for|not|of|to|are|was|has|have|"
                     r"from|will|can|cannot|when|what|who|which|been|there|here)\b", re.I)
#: widgets that show what was typed or saved, not the program's words
DATA = {"complaintRecord", "incidentRecord", "recentComplaints",
        "returns_policy",                   # the policy as the store wrote it
        "field_chosen_option"}              # the options as the staff member wrote them
#: the other language, offered in its own name ("English" on a Welsh screen)
OWN_NAMES = {"languageButton", "language"}         # the switch; the store's language


def _translated() -> set[str]:
    """Every English string the catalogue has a different Welsh for."""
    tree = ET.parse(ROOT / "resources" / "translations" / "till_cy.ts")
    return {m.findtext("source") for m in tree.getroot().iter("message")
            if (m.findtext("translation") or "").strip()
            and m.findtext("translation") != m.findtext("source")}


TRANSLATED = _translated()


def _shown(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for each piece of the program's own wording visible in `root`."""
    found: list[tuple[str, str]] = []
    visible = [w for w in root.findChildren(QWidget) if w.isVisibleTo(root)]
    for w in visible:
        name = w.objectName() or type(w).__name__
        if name in OWN_NAMES or name in DATA:
            continue
        if isinstance(w, QLabel):
            found.append((name, w.text()))
        if isinstance(w, QAbstractButton):
            found.append((name, w.text()))
        if isinstance(w, QGroupBox):
            found.append((name, w.title()))
        if isinstance(w, QLineEdit):
            found.append((name, w.placeholderText()))
        if isinstance(w, QComboBox) and not w.isEditable():       # the choices it offers
            found += [(name, w.itemText(i)) for i in range(w.count())]
        if isinstance(w, QTabWidget):
            found += [(name, w.tabText(i)) for i in range(w.count())]
        if isinstance(w, QTableView) and w.model() is not None:
            found += [(name, str(w.model().headerData(c, Qt.Orientation.Horizontal) or ""))
                      for c in range(w.model().columnCount())]
        if w.toolTip() and not (isinstance(w, QLineEdit) and w.toolTip() == w.text()):
            found.append((name + " (tip)", w.toolTip()))   # (an editor's tip: what it holds)
    return [(where, text) for where, text in found if text and text.strip()]


def english_left(root: QWidget) -> list[str]:
    left = []
    for where, text in _shown(root):
        plain = unescape(re.sub(r"<[^>]+>", " ", text))
        plain = re.sub(r"\S*[/\\]\S*", " ", plain)        # a folder is data, whatever its name
        if text in TRANSLATED or plain.strip() in TRANSLATED or ENGLISH.search(plain):
            left.append(f"{where}: {' '.join(plain.split())[:200]}")
    return left


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
