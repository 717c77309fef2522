"""Drives the complaint wizard as a person would: types, clicks Next and Back, draws."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QLineEdit, QPlainTextEdit,
                               QPushButton, QRadioButton, QWidget)

from desktop_app.domain.procedure import StepKind
from desktop_app.ui.widgets.date_field import DateField


class WizardDriver:
    def __init__(self, qtbot, wizard) -> None:  # noqa: ANN001
        self.qtbot = qtbot
        self.wizard = wizard

    @property
    def page(self):  # noqa: ANN201
        return self.wizard.currentPage()

    def find(self, name: str, kind: type[QWidget] = QWidget) -> QWidget:
        widget = self.page.findChild(kind, name)
        assert widget is not None, f"{name} is not on page {self.page.objectName()}"
        return widget

    def type(self, name: str, text: str) -> None:
        widget = self.find(name)
        widget.setFocus()
        if isinstance(widget, QPlainTextEdit | QLineEdit) and text.isascii():
            if isinstance(widget, QLineEdit):
                widget.clear()
            else:
                widget.clear()
            self.qtbot.keyClicks(widget, text)
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(text)
        else:
            widget.setText(text)

    def tick(self, name: str, on: bool = True) -> None:
        box = self.find(name, QCheckBox)
        if box.isChecked() != on:
            self.qtbot.mouseClick(box, Qt.MouseButton.LeftButton,
                                  pos=QPoint(12, box.height() // 2))
        assert box.isChecked() == on

    def choose(self, name: str, data: str) -> None:
        combo = self.find(name, QComboBox)
        index = combo.findData(data)
        assert index >= 0, f"{data} not offered in {name}"
        combo.setFocus()
        combo.setCurrentIndex(index)

    def choose_index(self, name: str, index: int) -> None:
        combo = self.find(name, QComboBox)
        combo.setCurrentIndex(index)

    def set_date(self, name: str, qdate) -> None:  # noqa: ANN001
        """Click into the field (which selects what it holds) and type the day."""
        line = self.find(name, DateField).line
        self.qtbot.mouseClick(line, Qt.MouseButton.LeftButton)
        line.selectAll()
        self.qtbot.keyClicks(line, qdate.toString("dd/MM/yyyy"))

    def click(self, name: str) -> None:
        button = self.page.findChild(QPushButton, name) or self.wizard.findChild(QPushButton, name)
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def radio(self, name: str) -> None:
        button = self.find(name, QRadioButton)
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton,
                              pos=QPoint(12, button.height() // 2))
        assert button.isChecked()

    def next(self) -> None:
        before = self.wizard.currentId()
        self.click("nextButton")
        assert self.wizard.currentId() != before, self.visible_errors()

    def next_refused(self) -> dict[str, str]:
        before = self.wizard.currentId()
        self.click("nextButton")
        assert self.wizard.currentId() == before
        return self.visible_errors()

    def back(self) -> None:
        self.click("backButton")

    def visible_errors(self) -> dict[str, str]:
        from PySide6.QtWidgets import QLabel
        return {label.objectName().removeprefix("error_"): label.text()
                for label in self.page.findChildren(QLabel)
                if label.objectName().startswith("error_") and label.text()}

    def draw_signature(self) -> None:
        pad = self.find("field_signature")
        self.page.scroll.ensureWidgetVisible(pad)
        self.qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(30, 80))
        for x in range(40, 300, 20):
            self.qtbot.mouseMove(pad, QPoint(x, 60 + (x // 20 % 3) * 15))
        self.qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(300, 70))
        assert not pad.is_empty()

    def kind(self) -> StepKind:
        return self.page.step.kind
