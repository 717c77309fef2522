"""Small helpers for building plain forms with a message beside each field."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (QApplication, QFormLayout, QLabel, QLineEdit, QMessageBox,
                               QVBoxLayout, QWidget)

from desktop_app.ui.widgets.date_field import DateField
from desktop_app.ui.text import said


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
        changed = (getattr(widget, "textEdited", None) or getattr(widget, "textChanged", None)
                   or getattr(widget, "changed", None))
        if changed is not None:     # the message goes once the person changes the field
            changed.connect(lambda *_args, key=key: self._clear(key))
        return widget

    def _clear(self, key: str) -> None:
        self.errors[key].clear()
        self.errors[key].hide()

    def submit_on_enter(self, action: Callable[[], object]) -> None:
        """Enter in any line of this one-button form does what its button does."""
        for widget in self.inputs.values():
            if isinstance(widget, QLineEdit):
                widget.returnPressed.connect(action)

    def show(self, errors: dict[str, str]) -> None:
        for key, label in self.errors.items():
            message = said(errors.get(key, ""))
            label.setText(message)
            label.setVisible(bool(message))
        first = next((k for k in errors if k in self.inputs), None)
        if first:
            self.inputs[first].setFocus()


def confirm_discard(parent: QWidget, title: str, text: str, *, discard: str = "",
                    keep: str = "") -> bool:
    """Ask before typed work is thrown away. The buttons say what they do ("Discard the
    complaint" / "Keep editing", never a bare Cancel that could mean either), and keeping
    the work is the default answer."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                      parent)
    box.setObjectName("confirmDiscardBox")
    box.button(QMessageBox.StandardButton.Discard).setText(
        discard or QApplication.translate("Forms", "Discard it"))
    box.button(QMessageBox.StandardButton.Cancel).setText(
        keep or QApplication.translate("Forms", "Keep editing"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Discard


def date_edit(parent: QWidget, *, name: str = "", accessible: str = "",
              day: date | None = None) -> DateField:
    """The program's date editor (ui.widgets.date_field): typed or picked, dd/mm/yyyy."""
    edit = DateField(parent, day=day)
    if name:
        edit.setObjectName(name)
    if accessible:
        edit.setAccessibleName(accessible)
    return edit


def show_message(label: QLabel, text: str, *, error: bool = False, role: str = "") -> None:
    """A line of feedback under a form: styled as an error or as `role`, hidden when empty."""
    label.setProperty("role", "error" if error else role)
    label.style().unpolish(label)
    label.style().polish(label)
    label.setText(said(text))
    label.setVisible(bool(text))
