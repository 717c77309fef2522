"""Small helpers for building plain forms with a message beside each field."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QDateEdit, QFormLayout, QLabel, QMessageBox, QVBoxLayout,
                               QWidget)


class FieldRows:
    """Adds labelled rows with an error label under each input, and shows messages by key."""

    def __init__(self, layout: QFormLayout, parent: QWidget) -> None:
        self.layout = layout
        self.parent = parent
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}

    def add(self, key: str, label: str, widget: QWidget, help_text: str = "") -> QWidget:
        widget.setObjectName(key)
        widget.setAccessibleName(label)
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(widget)
        if help_text:
            hint = QLabel(help_text, self.parent)
            hint.setProperty("role", "help")
            hint.setWordWrap(True)
            column.addWidget(hint)
        error = QLabel("", self.parent)
        error.setProperty("role", "error")
        error.setObjectName(f"error_{key}")
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        caption = QLabel(label, self.parent)
        caption.setBuddy(widget)
        self.layout.addRow(caption, column)
        self.inputs[key] = widget
        self.errors[key] = error
        return widget

    def show(self, errors: dict[str, str]) -> None:
        for key, label in self.errors.items():
            message = errors.get(key, "")
            label.setText(message)
            label.setVisible(bool(message))
        first = next((k for k in errors if k in self.inputs), None)
        if first:
            self.inputs[first].setFocus()


def confirm_discard(parent: QWidget, title: str, text: str) -> bool:
    """Ask before typed work is thrown away; Cancel (keep it) is the default answer."""
    answer = QMessageBox.question(
        parent, title, text,
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Discard


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_edit(parent: QWidget, *, name: str = "", accessible: str = "",
              day: date | None = None) -> QDateEdit:
    """A day picker as the whole program shows dates: dd/mm/yyyy, with a calendar."""
    edit = QDateEdit(parent)
    if name:
        edit.setObjectName(name)
    if accessible:
        edit.setAccessibleName(accessible)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    if day is not None:
        edit.setDate(qdate(day))
    return edit


def show_message(label: QLabel, text: str, *, error: bool = False, role: str = "") -> None:
    """A line of feedback under a form: styled as an error or as `role`, hidden when empty."""
    label.setProperty("role", "error" if error else role)
    label.style().unpolish(label)
    label.style().polish(label)
    label.setText(text)
    label.setVisible(bool(text))
