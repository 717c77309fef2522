"""Head office in Welsh: a chain manager chooses Cymraeg on the sign-in page, and every
view, the records behind a figure, a record, the RIDDOR cases and the period pack speak
Welsh (names and what was typed stay as they are)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QGroupBox, QLabel, QPushButton

from desktop_app.domain.language import Language
from desktop_app.services import head_office
from desktop_app.ui import language as spoken
from desktop_app.ui.head_office.window import HeadOfficeWindow
from tests.head_office.test_window import _imported, _open
from tests.ui.welsh_words import ENGLISH, TRANSLATED, english_left

CLICK = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def english_after():
    yield
    spoken.apply(Language.ENGLISH)


def _cells(table, column: int) -> list[str]:  # noqa: ANN001
    return [table.item(r, column).text() for r in range(table.rowCount())
            if table.item(r, column) is not None]


def _left(view) -> list[str]:  # noqa: ANN001
    """English left in a view, but for the region as head office named it ("Scotland")."""
    return [line for line in english_left(view) if not line.endswith(": Scotland")]


def _english(texts: list[str]) -> list[str]:
    return [t for t in texts if t in TRANSLATED or ENGLISH.search(t)]


def test_head_office_is_walked_in_welsh(qtbot, ho, ho_url, clock, linked_till, manager, staff,
                                        tmp_path):
    _imported(ho, linked_till, manager, staff, tmp_path)
    head_office.add_person(ho, "HO1", "Harriet Chain", incidents=True)
    window = HeadOfficeWindow(ho_url, clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClicks(window.sign_in_page.code, "HO1")
    qtbot.mouseClick(window.sign_in_page.language_button, CLICK)          # Cymraeg
    page = window.sign_in_page
    assert spoken.current() is Language.WELSH and page.code.text() == "HO1"  # kept
    assert page.language_button.text() == "English"
    assert english_left(page) == [] and window.windowTitle().endswith(": prif swyddfa")
    qtbot.mouseClick(page.button, CLICK)
    assert window.viewer is not None
    assert english_left(window.stack.currentWidget()) == []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        view = window.tabs.widget(index)
        assert _left(view) == [], window.tabs.tabText(index)
    # the program's words inside the tables: what a trend measures, a RIDDOR case's status
    window.tabs.setCurrentWidget(window.trends)
    assert _english(_cells(window.trends.table, 0)) == []
    window.tabs.setCurrentWidget(window.riddor)
    assert _english(_cells(window.riddor.table, 0)) == []
    window.tabs.setCurrentWidget(window.league)
    records = _open(qtbot, window.league, window.league.table, 0, 1)
    assert english_left(records) == []
    assert _english(_cells(records.table, 3) + _cells(records.table, 4)) == []   # category, status
    records.grab().save(str(tmp_path / "records-cy.png"))
    record = _open(qtbot, records, records.table, 0, 1, "recordView")
    assert english_left(record) == []
    assert record.findChildren(QGroupBox)[0].title() == "Y gŵyn"     # its sections, labels
    values = [label.text() for label in record.findChildren(QLabel, "recordValue")]
    assert values[1] in {"Ar agor", "Yn aros i ni gysylltu eto", "Wedi'i huwchgyfeirio",
                         "Wedi'i datrys", "Wedi'i chau"}, values          # its status
    assert " Mawrth 2026, " in values[2], values                          # when it opened
    record.close()
    records.close()
    qtbot.mouseClick(window.findChild(QPushButton, "headOfficePack"), CLICK)
    pack = window.findChild(QDialog, "packDialog")
    assert english_left(pack) == []
    pack.close()
    window.grab().save(str(tmp_path / "head-office-cy.png"))
