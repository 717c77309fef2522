"""The date editor as a till worker uses it: typed any usual way, picked from a calendar
that opens at the right month, cleared with one key, and left with Tab."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from desktop_app.ui.widgets.date_field import DateField

TODAY = date(2026, 12, 1)


@pytest.fixture
def form(qtbot):
    """A window with a date field between two lines, shown and active."""
    window = QWidget()
    layout = QVBoxLayout(window)
    window.before = QLineEdit(window)
    window.field = DateField(window, unknown_text="Not known", today=lambda: TODAY)
    window.after = QLineEdit(window)
    for widget in (window.before, window.field, window.after):
        layout.addWidget(widget)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def click_in(qtbot, field: DateField) -> None:
    qtbot.mouseClick(field.line, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: field.line.hasSelectedText() or not field.line.text())


@pytest.mark.parametrize("typed", ["21/11/2026", "21 11 26", "211126", "21-11-2026"])
def test_a_day_typed_any_usual_way_is_that_day_and_shown_the_programs_way(
        qtbot, form, typed):
    click_in(qtbot, form.field)
    qtbot.keyClicks(form.field.line, typed)
    assert form.field.day() == date(2026, 11, 21)
    qtbot.keyClick(form.field.line, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.after            # Tab moves on
    assert form.field.line.text() == "21/11/2026"


def test_shift_tab_moves_back_even_from_an_untouched_field(qtbot, form):
    form.field.line.setFocus()
    qtbot.keyClick(form.field.line, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is form.before


def test_clicking_in_selects_the_day_so_one_delete_makes_it_not_known(qtbot, form):
    form.field.set_day(date(2026, 11, 21))
    with qtbot.waitSignal(form.field.changed):
        click_in(qtbot, form.field)
        qtbot.keyClick(form.field.line, Qt.Key.Key_Delete)
    assert form.field.day() is None and form.field.raw() is None
    assert form.field.line.placeholderText() == "Not known"


def test_typing_over_a_day_replaces_it(qtbot, form):
    form.field.set_day(date(2026, 11, 21))
    click_in(qtbot, form.field)
    qtbot.keyClicks(form.field.line, "3/12/25")
    assert form.field.day() == date(2025, 12, 3)


def test_what_is_not_a_day_is_kept_as_typed_with_the_reason(qtbot, form):
    click_in(qtbot, form.field)
    qtbot.keyClicks(form.field.line, "31/02/2026")
    qtbot.keyClick(form.field.line, Qt.Key.Key_Tab)
    assert form.field.line.text() == "31/02/2026"
    assert form.field.raw() == "31/02/2026" and form.field.day() is None
    assert form.field.text_problem() == "There is no 31/02/2026: that month has fewer days."


def test_alt_down_opens_the_calendar_at_today_when_no_day_is_set(qtbot, form):
    form.field.line.setFocus()
    qtbot.keyClick(form.field.line, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = form.field.popup
    qtbot.waitUntil(popup.isVisible)
    assert popup.calendar.selectedDate().toPython() == TODAY
    assert popup.calendar.width() >= 7 * 44                       # days big enough to touch
    days = popup.calendar.focusProxy() or popup.calendar   # the grid the arrows move in
    qtbot.keyClick(days, Qt.Key.Key_Left)                         # the day before
    with qtbot.waitSignal(form.field.changed):
        qtbot.keyClick(days, Qt.Key.Key_Return)
    assert form.field.day() == date(2026, 11, 30)
    assert not popup.isVisible()


def test_the_calendar_button_opens_at_the_day_shown(qtbot, form):
    form.field.set_day(date(2024, 2, 29))
    qtbot.mouseClick(form.field.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(form.field.popup.isVisible)
    assert form.field.popup.calendar.selectedDate().toPython() == date(2024, 2, 29)
    assert form.field.button.width() >= 44 and form.field.button.height() >= 44
    qtbot.keyClick(form.field.popup.calendar, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not form.field.popup.isVisible())
    assert form.field.day() == date(2024, 2, 29)                   # nothing changed
