"""One editor per kind of record field; each gives and takes the plain value the domain checks."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QObject, Signal
from PySide6.QtWidgets import (QAbstractButton, QButtonGroup, QCheckBox, QComboBox, QDateEdit,
                               QHBoxLayout, QLineEdit, QPlainTextEdit, QPushButton, QWidget)

from desktop_app.domain.record_fields import FieldKind, FieldSpec
from desktop_app.ui.text import tr_data
from desktop_app.ui.widgets.receipt_edit import ReceiptLineEdit

NO_DATE = QDate(1900, 1, 1)


class FieldEditor(QObject):
    """Wraps the widget for one field: `value()` and `set_value()` in domain terms."""

    changed = Signal()

    def __init__(self, spec: FieldSpec, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.widget = self._build(parent)
        self.widget.setObjectName(f"field_{spec.key}")
        self.widget.setAccessibleName(label)
        self.focus_widget: QWidget = self.widget

    def _build(self, parent: QWidget | None) -> QWidget:
        raise NotImplementedError

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def set_invalid(self, invalid: bool) -> None:
        self.widget.setProperty("invalid", invalid)
        self.widget.style().unpolish(self.widget)
        self.widget.style().polish(self.widget)


class LineEditor(FieldEditor):
    def _build(self, parent):
        edit = ReceiptLineEdit(parent) if self.spec.kind is FieldKind.RECEIPT else QLineEdit(parent)
        edit.setMaxLength(max(self.spec.max_length * 2, 64))   # room to see "too long"
        edit.textChanged.connect(self.changed)
        return edit

    def value(self) -> str:
        return self.widget.text()

    def set_value(self, value: Any) -> None:
        self.widget.setText("" if value is None else str(value))


class MoneyEditor(LineEditor):
    def _build(self, parent):
        edit = super()._build(parent)
        edit.setPlaceholderText("£0.00")
        return edit


class TextAreaEditor(FieldEditor):
    def _build(self, parent):
        edit = QPlainTextEdit(parent)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(72)
        edit.setMaximumHeight(110)
        edit.textChanged.connect(self.changed)
        return edit

    def value(self) -> str:
        return self.widget.toPlainText()

    def set_value(self, value: Any) -> None:
        self.widget.setPlainText("" if value is None else str(value))


class DateEditor(FieldEditor):
    """A date, or 'Not known' (the lowest date of the range shows as that text)."""

    def _build(self, parent):
        edit = QDateEdit(parent)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("Not known"))
        edit.setDate(NO_DATE)
        edit.dateChanged.connect(self.changed)
        return edit

    def value(self) -> date | None:
        qdate = self.widget.date()
        return None if qdate == NO_DATE else date(qdate.year(), qdate.month(), qdate.day())

    def set_value(self, value: Any) -> None:
        if isinstance(value, str) and value:
            value = date.fromisoformat(value)
        self.widget.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)


class ChoiceEditor(FieldEditor):
    def _build(self, parent):
        combo = QComboBox(parent)
        combo.addItem(self.tr("Choose…"), "")
        for value, label in self.spec.choices:
            combo.addItem(tr_data(label), value)
        combo.currentIndexChanged.connect(self.changed)
        return combo

    def value(self) -> str:
        return self.widget.currentData() or ""

    def set_value(self, value: Any) -> None:
        index = self.widget.findData(value or "")
        self.widget.setCurrentIndex(max(index, 0))


class CheckEditor(FieldEditor):
    def __init__(self, spec: FieldSpec, label: str, parent: QWidget | None = None) -> None:
        self._label = label
        super().__init__(spec, label, parent)

    def _build(self, parent):
        box = QCheckBox(self._label, parent)
        box.toggled.connect(self.changed)
        return box

    def value(self) -> bool:
        return self.widget.isChecked()

    def set_value(self, value: Any) -> None:
        self.widget.setChecked(bool(value))


class RatingEditor(FieldEditor):
    """Five large buttons and 'Not given'."""

    def _build(self, parent):
        box = QWidget(parent)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self._group = QButtonGroup(box)
        self._group.setExclusive(True)
        for score in (0, 1, 2, 3, 4, 5):
            button = QPushButton(self.tr("Not given") if score == 0 else str(score), box)
            button.setCheckable(True)
            button.setObjectName(f"field_satisfaction_{score}")
            button.setAccessibleName(self.tr("Not given") if score == 0 else
                                     self.tr("Score %1").replace("%1", str(score)))
            button.setMinimumWidth(56)
            self._group.addButton(button, score)
            row.addWidget(button)
        row.addStretch(1)
        self._group.button(0).setChecked(True)
        self._group.idToggled.connect(self._toggled)
        return box

    def _toggled(self, _score: int, _checked: bool) -> None:
        self.changed.emit()

    def value(self) -> int | None:
        score = self._group.checkedId()
        return score if score > 0 else None

    def set_value(self, value: Any) -> None:
        button: QAbstractButton | None = self._group.button(int(value or 0))
        if button is not None:
            button.setChecked(True)


EDITORS: dict[FieldKind, type[FieldEditor]] = {
    FieldKind.SHORT_TEXT: LineEditor,
    FieldKind.RECEIPT: LineEditor,
    FieldKind.PHONE: LineEditor,
    FieldKind.EMAIL: LineEditor,
    FieldKind.MONEY: MoneyEditor,
    FieldKind.LONG_TEXT: TextAreaEditor,
    FieldKind.PAST_DATE: DateEditor,
    FieldKind.FUTURE_DATE: DateEditor,
    FieldKind.CHOICE: ChoiceEditor,
    FieldKind.CHECK: CheckEditor,
    FieldKind.RATING: RatingEditor,
}


def editor_for(spec: FieldSpec, label: str, parent: QWidget | None = None) -> FieldEditor:
    return EDITORS[spec.kind](spec, label, parent)
