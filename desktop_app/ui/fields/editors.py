"""One editor per kind of record field; each gives and takes the plain value the domain checks.

The complaint wizard and the incident form both build their inputs here from the schema's
fields (domain/schema), so a kind of field looks and behaves the same wherever it is asked.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QObject, QTime, Signal
from PySide6.QtWidgets import (QAbstractButton, QButtonGroup, QCheckBox, QComboBox,
                               QGridLayout, QHBoxLayout, QLineEdit,
                               QPlainTextEdit, QPushButton, QSpinBox, QTimeEdit, QWidget)

from desktop_app.domain.schema.field import Field, Kind
from desktop_app.ui.text import DATA_CONTEXT, tr_data
from desktop_app.ui.touch import TOUCH
from desktop_app.ui.widgets.date_field import DateField
from desktop_app.ui.widgets.receipt_edit import ReceiptLineEdit

NOT_KNOWN = -1          # a count's "not known yet"


class FieldEditor(QObject):
    """Wraps the widget for one field: `value()` and `set_value()` in domain terms."""

    changed = Signal()

    def __init__(self, spec: Field, label: str, parent: QWidget | None = None, *,
                 name: str = "", **options: Any) -> None:
        super().__init__(parent)
        self.spec = spec
        self.label = label
        self.options = options
        self.widget = self._build(parent)
        self.widget.setObjectName(name or f"field_{spec.key}")
        self.widget.setAccessibleName(label)
        self.focus_widget: QWidget = self.widget
        placeholder = spec.placeholder and tr_data(spec.placeholder,
                                                   options.get("context", DATA_CONTEXT))
        if placeholder and isinstance(self.widget, QComboBox) and self.widget.isEditable():
            self.widget.lineEdit().setPlaceholderText(placeholder)
        elif placeholder and isinstance(self.widget, QLineEdit | QPlainTextEdit):
            self.widget.setPlaceholderText(placeholder)

    @property
    def shows_own_label(self) -> bool:
        """A check box carries its label itself; other editors need a caption beside them."""
        return False

    def _build(self, parent: QWidget | None) -> QWidget:
        raise NotImplementedError

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def lock(self, recorded: Any) -> None:
        """Completing a saved record: what is recorded is shown but cannot be changed."""
        if recorded not in (None, "", False, (), [], {}):
            self.widget.setEnabled(False)

    def set_invalid(self, invalid: bool) -> None:
        self.widget.setProperty("invalid", invalid)
        self.widget.style().unpolish(self.widget)
        self.widget.style().polish(self.widget)


class LineEditor(FieldEditor):
    def _build(self, parent):
        edit = ReceiptLineEdit(parent) if self.spec.kind is Kind.RECEIPT else QLineEdit(parent)
        edit.setMaxLength(max(self.spec.max_length * 2, 64))   # room to see "too long"
        edit.textChanged.connect(self.changed)
        return edit

    def value(self) -> str:
        return self.widget.text()

    def set_value(self, value: Any) -> None:
        self.widget.setText("" if value is None else str(value))


class SuggestEditor(FieldEditor):
    """Short text with a list of usual answers to pick from (a place in the store)."""

    def _build(self, parent):
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.addItems([""] + [tr_data(x) for x in self.options.get("suggestions", ())])
        combo.lineEdit().setMaxLength(self.spec.max_length * 2)
        combo.editTextChanged.connect(self.changed)
        return combo

    def value(self) -> str:
        return self.widget.currentText()

    def set_value(self, value: Any) -> None:
        self.widget.setCurrentText("" if value is None else str(value))


class MoneyEditor(LineEditor):
    def _build(self, parent):
        edit = super()._build(parent)
        edit.setPlaceholderText("£0.00")
        return edit


class TextAreaEditor(FieldEditor):
    def _build(self, parent):
        edit = QPlainTextEdit(parent)
        edit.setTabChangesFocus(True)
        lines = self.options.get("height")
        if lines:
            edit.setFixedHeight(lines)
        else:
            edit.setMinimumHeight(72)
            edit.setMaximumHeight(110)
        edit.textChanged.connect(self.changed)
        return edit

    def value(self) -> str:
        return self.widget.toPlainText()

    def set_value(self, value: Any) -> None:
        self.widget.setPlainText("" if value is None else str(value))


class DateEditor(FieldEditor):
    """A day typed or picked (ui.widgets.date_field), or left empty: "Not known"."""

    def _build(self, parent):
        edit = DateField(parent, unknown_text=self.tr("Not known: type or pick a date"))
        edit.changed.connect(self.changed)
        return edit

    def value(self) -> date | str | None:
        """The day, or the text as typed when it is not one: the form's checks say why."""
        return self.widget.raw()

    def set_value(self, value: Any) -> None:
        self.widget.set_raw(value or None)

    def set_invalid(self, invalid: bool) -> None:
        for widget in (self.widget, self.widget.line):
            widget.setProperty("invalid", invalid)
            widget.style().unpolish(widget)
            widget.style().polish(widget)


class DateTimeEditor(FieldEditor):
    """When something happened, to the minute: the program's date editor (typed or
    picked) and the time beside it. The form keeps it as ISO text."""

    def _build(self, parent):
        box = QWidget(parent)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.day = DateField(box)
        self.clock = QTimeEdit(box)
        self.clock.setDisplayFormat("HH:mm")
        self.clock.setMinimumHeight(TOUCH)
        self.clock.setAccessibleName(self.tr("Time"))
        row.addWidget(self.day, 2)
        row.addWidget(self.clock, 1)
        box.setFocusProxy(self.day)
        self.day.changed.connect(self.changed)
        self.clock.timeChanged.connect(self.changed)
        return box

    def _named(self, name: str) -> None:
        self.day.setObjectName(f"{name}_date")
        self.clock.setObjectName(f"{name}_time")
        self.day.setAccessibleName(self.label)
        self.focus_widget = self.day

    def value(self) -> str:
        """ISO date and time; the date as typed when it is not a day (the form says why)."""
        day = self.day.day()
        if day is None:
            return self.day.line.text()
        return f"{day.isoformat()}T{self.clock.time().toString('HH:mm')}"

    def set_value(self, value: Any) -> None:
        if isinstance(value, str) and value:
            try:
                value = datetime.fromisoformat(value[:16])
            except ValueError:
                self.day.set_raw(value)
                return
        if isinstance(value, datetime):
            self.day.set_day(value.date())
            self.clock.setTime(QTime(value.hour, value.minute))

    def time(self):  # noqa: ANN201 - a QTime
        return self.clock.time()

    def lock(self, recorded: Any) -> None:
        self.widget.setEnabled(False)      # when it happened stays as first recorded


class ChoiceEditor(FieldEditor):
    def _build(self, parent):
        combo = QComboBox(parent)
        if not self.options.get("no_blank"):
            combo.addItem(self.tr("Choose…"), "")
        for value, label in self.options.get("choices") or self.spec.choices:
            combo.addItem(tr_data(label, self.options.get("context", DATA_CONTEXT)), value)
        # as narrow as the form allows: its longest choice (longer in Welsh) shows in the
        # list, and never widens the page beyond the screen
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(16)
        combo.currentIndexChanged.connect(self.changed)
        return combo

    def value(self) -> str:
        return self.widget.currentData() or ""

    def set_value(self, value: Any) -> None:
        index = self.widget.findData(value or "")
        self.widget.setCurrentIndex(max(index, 0))


class CheckEditor(FieldEditor):
    def _build(self, parent):
        box = QCheckBox(self.label, parent)
        box.toggled.connect(self.changed)
        return box

    @property
    def shows_own_label(self) -> bool:
        return True

    def value(self) -> bool:
        return self.widget.isChecked()

    def set_value(self, value: Any) -> None:
        self.widget.setChecked(bool(value))


class YesNoEditor(FieldEditor):
    """Yes and No as two large buttons, neither pressed until one is chosen (a question not
    yet answered is not a "no"); a second press on the chosen one clears it."""

    def _build(self, parent):
        box = QWidget(parent)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self._buttons: dict[str, QPushButton] = {}
        for value, text in (("yes", self.tr("Yes")), ("no", self.tr("No"))):
            button = QPushButton(text, box)
            button.setCheckable(True)
            button.setObjectName(f"field_{self.spec.key}_{value}")
            button.setAccessibleName(f"{self.label}: {text}")
            button.setMinimumWidth(96)
            button.toggled.connect(lambda on, chosen=value: self._toggled(chosen, on))
            self._buttons[value] = button
            row.addWidget(button)
        row.addStretch(1)
        box.setFocusProxy(self._buttons["yes"])          # Tab lands on Yes; Right on No
        return box

    def _toggled(self, chosen: str, on: bool) -> None:
        if on:
            other = self._buttons["no" if chosen == "yes" else "yes"]
            other.blockSignals(True)
            other.setChecked(False)
            other.blockSignals(False)
        self.changed.emit()

    def value(self) -> str:
        return next((v for v, b in self._buttons.items() if b.isChecked()), "")

    def set_value(self, value: Any) -> None:
        chosen = {True: "yes", False: "no"}.get(value, value or "")
        for v, button in self._buttons.items():
            button.blockSignals(True)
            button.setChecked(v == chosen)
            button.blockSignals(False)


class ChoicesEditor(FieldEditor):
    """Tick all that apply: one check box per answer, named `<prefix>_<value>`."""

    def _build(self, parent):
        box = QWidget(parent)
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(24)
        columns = self.options.get("columns", 2)
        prefix = self.options.get("prefix") or self.spec.key
        self.boxes: dict[str, QCheckBox] = {}
        for index, (value, label) in enumerate(self.options.get("choices") or self.spec.choices):
            text = tr_data(label, self.options.get("context", DATA_CONTEXT))
            check = QCheckBox(text, box)
            check.setObjectName(f"{prefix}_{value}")
            check.setAccessibleName(text)
            check.toggled.connect(self.changed)
            grid.addWidget(check, index // columns, index % columns)
            self.boxes[str(value)] = check
        return box

    def value(self) -> list[str]:
        return [value for value, box in self.boxes.items() if box.isChecked()]

    def set_value(self, value: Any) -> None:
        chosen = {str(x) for x in value or ()}
        for key, box in self.boxes.items():
            box.setChecked(key in chosen)

    def lock(self, recorded: Any) -> None:
        for box in self.boxes.values():   # answers given stay; more may be added
            if box.isChecked():
                box.setEnabled(False)


class StaffListEditor(ChoicesEditor):
    """Tick people from the staff list; the value is their ids."""

    def value(self) -> list[int]:
        return [int(value) for value in super().value()]


class CountEditor(FieldEditor):
    """A whole number within the field's range, or 'Not known yet'."""

    def _build(self, parent):
        spin = QSpinBox(parent)
        spin.setRange(NOT_KNOWN, self.spec.maximum if self.spec.maximum is not None else 9_999)
        spin.setSpecialValueText(self.tr("Not known yet"))
        spin.setValue(NOT_KNOWN)
        spin.setMinimumHeight(TOUCH)
        spin.valueChanged.connect(self.changed)
        return spin

    def value(self) -> int | None:
        value = self.widget.value()
        return None if value == NOT_KNOWN else value

    def set_value(self, value: Any) -> None:
        self.widget.setValue(NOT_KNOWN if value in (None, "") else int(value))


class OptionalDateEditor(FieldEditor):
    """A date that may not be set yet: a check box ("Debrief booked for") and the date."""

    def _build(self, parent):
        box = QWidget(parent)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.known = QCheckBox(self.label, box)
        self.known.setAccessibleName(self.label)
        self.date = DateField(box, day=self.options.get("default"))
        self.date.setEnabled(False)
        self.known.toggled.connect(self.date.setEnabled)
        self.known.toggled.connect(self.changed)
        self.date.changed.connect(self.changed)
        row.addWidget(self.known)
        row.addWidget(self.date)
        row.addStretch(1)
        return box

    def _named(self, name: str) -> None:
        self.widget.setObjectName(f"{name}Box")
        self.known.setObjectName(f"{name}_set")
        self.date.line.setObjectName(name)
        self.date.line.setAccessibleName(self.label)

    @property
    def shows_own_label(self) -> bool:
        return True

    def value(self) -> date | str | None:
        return self.date.raw() if self.known.isChecked() else None

    def set_value(self, value: Any) -> None:
        self.known.setChecked(bool(value))
        if value:
            self.date.set_raw(value)
        elif "default" in self.options:
            self.date.set_day(self.options["default"])

    def lock(self, recorded: Any) -> None:
        if recorded:
            self.known.setEnabled(False)
            self.date.setEnabled(False)


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
            button.setObjectName(f"field_{self.spec.key}_{score}")
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


EDITORS: dict[Kind, type[FieldEditor]] = {
    Kind.SHORT_TEXT: LineEditor,
    Kind.RECEIPT: LineEditor,
    Kind.PHONE: LineEditor,
    Kind.EMAIL: LineEditor,
    Kind.MONEY: MoneyEditor,
    Kind.LONG_TEXT: TextAreaEditor,
    Kind.PAST_DATE: DateEditor,
    Kind.FUTURE_DATE: DateEditor,
    Kind.DATE: OptionalDateEditor,
    Kind.DATETIME: DateTimeEditor,
    Kind.CHOICE: ChoiceEditor,
    Kind.CHOICES: ChoicesEditor,
    Kind.STAFF_LIST: StaffListEditor,
    Kind.CHECK: CheckEditor,
    Kind.YES_NO: YesNoEditor,
    Kind.RATING: RatingEditor,
    Kind.COUNT: CountEditor,
}


def editor_for(spec: Field, label: str, parent: QWidget | None = None, *, name: str = "",
               editor: type[FieldEditor] | None = None, **options: Any) -> FieldEditor:
    """The editor for `spec`'s kind (or the one asked for), its widget named `name`."""
    made = (editor or EDITORS[spec.kind])(spec, label, parent, name=name, **options)
    if isinstance(made, OptionalDateEditor | DateTimeEditor):
        made._named(name or f"field_{spec.key}")
    return made
