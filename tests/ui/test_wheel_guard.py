"""Scrolling a page past a choice never changes it: the wheel moves a combo box or spin
box only when the person clicked into it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (QApplication, QComboBox, QDateTimeEdit, QLineEdit, QScrollArea,
                               QSpinBox, QVBoxLayout, QWidget)

from desktop_app.ui.app import make_application

DOWN = -120


def wheel(widget: QWidget, delta: int = DOWN) -> None:
    """One notch of the wheel over the middle of `widget`, as the pointer would send it."""
    middle = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(middle, QPointF(widget.mapToGlobal(middle.toPoint())), QPoint(0, 0),
                        QPoint(0, delta), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


@pytest.fixture
def page(qtbot):
    make_application()                               # the program's application: the guard
    scroll = QScrollArea()
    inner = QWidget()
    layout = QVBoxLayout(inner)
    inner.first = QLineEdit(inner)
    inner.combo = QComboBox(inner)
    inner.combo.addItems(["Refund", "Repair", "Replacement"])
    inner.spin = QSpinBox(inner)
    inner.spin.setRange(0, 10)
    inner.when = QDateTimeEdit(inner)
    for widget in (inner.first, inner.combo, inner.spin, inner.when):
        layout.addWidget(widget)
    layout.addSpacing(2000)
    scroll.setWidget(inner)
    inner.scroll = scroll                            # kept alive as long as the page
    scroll.resize(400, 300)
    qtbot.addWidget(scroll)
    scroll.show()
    scroll.activateWindow()
    qtbot.waitUntil(scroll.isActiveWindow)
    return inner


def test_the_wheel_over_an_unfocused_choice_changes_nothing(qtbot, page):
    before = page.when.dateTime()
    for _ in range(3):
        wheel(page.combo)
        wheel(page.spin, -DOWN)
        wheel(page.when, -DOWN)
        wheel(page.spin.lineEdit(), -DOWN)           # over the number itself
    assert page.combo.currentIndex() == 0
    assert page.spin.value() == 0
    assert page.when.dateTime() == before
    assert not page.combo.hasFocus()                 # the wheel did not take the focus


def test_a_choice_reached_with_tab_ignores_the_wheel_too(qtbot, page):
    page.first.setFocus()
    qtbot.keyClick(page.first, Qt.Key.Key_Tab)
    assert page.combo.hasFocus()
    wheel(page.combo)
    assert page.combo.currentIndex() == 0


def test_a_choice_the_person_clicked_into_takes_the_wheel(qtbot, page):
    qtbot.mouseClick(page.spin.lineEdit(), Qt.MouseButton.LeftButton)
    assert page.spin.hasFocus()
    wheel(page.spin, -DOWN)
    assert page.spin.value() == 1
    page.first.setFocus()                             # and once it is left, no longer
    wheel(page.spin, -DOWN)
    assert page.spin.value() == 1
