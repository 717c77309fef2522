"""Labelled rows of editors: caption, input, help and the message beside it, by field key.

`EditorRows` is what a form holds: it builds each field's editor from the schema, places
it with its caption (objectName `label_<name>`) and error line (`error_<key>`), moves the
form's answers in and out, and shows the domain's messages next to the right fields.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFormLayout, QGridLayout, QLabel, QLayout, QVBoxLayout, QWidget

from desktop_app.domain.schema.field import Field
from desktop_app.ui.fields.editors import FieldEditor, editor_for
from desktop_app.ui.text import DATA_CONTEXT, tr_data, said


def styled_label(text: str, role: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setProperty("role", role)
    label.setWordWrap(True)
    return label


class EditorRows(QObject):
    """The editors of one form, keyed by field key."""

    changed = Signal()

    def __init__(self, parent: QWidget, *, name: Callable[[str], str] = lambda key: key,
                 context: str = DATA_CONTEXT, clear_on_change: bool = True) -> None:
        """`clear_on_change`: a field's message goes when the field is changed (a form
        that checks again as the person types, as the wizard does, says False)."""
        super().__init__(parent)
        self.clear_on_change = clear_on_change
        self.parent_widget = parent
        self.name = name
        self.context = context
        self.editors: dict[str, FieldEditor] = {}
        self.errors: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        self._columns: dict[str, tuple[QLayout, QVBoxLayout]] = {}

    def text(self, value: str) -> str:
        return tr_data(value, self.context) if value else ""

    def add(self, layout: QLayout, spec: Field, *, at: tuple[int, int] | None = None,
            required_mark: bool = False, show_help: bool = True, **options: Any,
            ) -> FieldEditor:
        """The editor for `spec`, captioned and with its message line, added to `layout`."""
        label = self.text(spec.label)
        name = self.name(spec.key)
        editor = editor_for(spec, label, self.parent_widget, name=name,
                            context=self.context, **options)
        column = QVBoxLayout()
        column.setSpacing(2)
        caption = None
        if not editor.shows_own_label:
            caption = QLabel(label + (" *" if required_mark else ""), self.parent_widget)
            caption.setObjectName(f"label_{name}")
            caption.setBuddy(editor.focus_widget)
            caption.setWordWrap(True)
            self.captions[spec.key] = caption
        if caption is not None and not isinstance(layout, QFormLayout):
            column.addWidget(caption)
        column.addWidget(editor.widget)
        if show_help and spec.help:
            column.addWidget(styled_label(self.text(spec.help), "help", self.parent_widget))
        column.addWidget(self.error_label(spec.key))
        if isinstance(layout, QFormLayout):
            if caption is None:
                layout.addRow(column)
            else:
                caption.setMinimumWidth(200)
                caption.setMaximumWidth(260)
                layout.addRow(caption, column)
        elif isinstance(layout, QGridLayout) and at is not None:
            layout.addLayout(column, *at)
        else:
            layout.addLayout(column)
        editor.changed.connect(self.changed)
        if self.clear_on_change:
            editor.changed.connect(lambda key=spec.key: self._edited(key))
        self.editors[spec.key] = editor
        self._columns[spec.key] = (layout, column)
        return editor

    def _edited(self, key: str) -> None:
        """A message goes as soon as the person changes the field it is about (the form's
        checks say again, when it is checked, if it is still not right)."""
        label = self.errors.get(key)
        if label is not None and label.isVisibleTo(self.parent_widget):
            label.clear()
            label.hide()
            self.editors[key].set_invalid(False)

    def error_label(self, key: str) -> QLabel:
        label = styled_label("", "error", self.parent_widget)
        label.setObjectName(f"error_{key}")
        label.hide()
        self.errors[key] = label
        return label

    def values(self) -> dict[str, Any]:
        return {key: editor.value() for key, editor in self.editors.items()}

    def load(self, answers: Mapping[str, Any]) -> None:
        for key, editor in self.editors.items():
            if key in answers:
                editor.set_value(answers[key])

    def set_visible(self, key: str, visible: bool) -> None:
        """Show or hide a field's whole row: caption, editor, help and message."""
        layout, column = self._columns[key]
        if isinstance(layout, QFormLayout):
            layout.setRowVisible(column, visible)
            return
        error = self.errors.get(key)
        for index in range(column.count()):
            widget = column.itemAt(index).widget()
            if widget is not None and not (visible and widget is error and not error.text()):
                widget.setVisible(visible)
        if key in self.captions:
            self.captions[key].setVisible(visible)

    def show_errors(self, errors: Mapping[str, str]) -> str | None:
        """Each message beside its field; the first field with one, if any is here."""
        for key, label in self.errors.items():
            message = said(errors.get(key, ""))
            label.setText(message)
            label.setVisible(bool(message))
            if key in self.editors:
                self.editors[key].set_invalid(bool(message))
        return next((k for k in errors if k in self.errors), None)
