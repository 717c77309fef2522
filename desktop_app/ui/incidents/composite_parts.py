"""The incident form's two composite answers, which the field-editor engine does not build:
who was called and when, and witnesses who are not staff."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, QTime, Signal
from PySide6.QtWidgets import (QCheckBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QPushButton, QTimeEdit, QVBoxLayout, QWidget)

from desktop_app.domain.schema.field import Field
from desktop_app.ui.touch import TOUCH
from desktop_app.ui.text import INCIDENT_CONTEXT, tr_data


def _label(text: str) -> str:
    return tr_data(text, INCIDENT_CONTEXT)


class CalledTimes(QObject):
    """A check box per party that may be called, each with the time it was called."""

    changed = Signal()

    def __init__(self, spec: Field, parent: QWidget, layout: QVBoxLayout,
                 time_of_incident) -> None:  # noqa: ANN001 - returns a QTime
        super().__init__(parent)
        self._time_of_incident = time_of_incident
        self.loading = False
        grid = QGridLayout()
        self.boxes: dict[str, QCheckBox] = {}
        self.times: dict[str, QTimeEdit] = {}
        for row, (party, label) in enumerate(spec.choices):
            text = _label(label)
            check = QCheckBox(text, parent)
            check.setObjectName(f"called_{party}")
            check.setAccessibleName(text)
            when = QTimeEdit(parent)
            when.setDisplayFormat("HH:mm")
            when.setObjectName(f"called_{party}_time")
            when.setAccessibleName(self.tr("Time %1 was called").replace("%1", text))
            when.setEnabled(False)
            when.setMinimumSize(120, TOUCH)
            check.toggled.connect(when.setEnabled)
            check.toggled.connect(lambda on, edit=when: self._default_time(on, edit))
            check.toggled.connect(self.changed)
            when.timeChanged.connect(self.changed)
            grid.addWidget(check, row, 0)
            grid.addWidget(QLabel(self.tr("at"), parent), row, 1)
            grid.addWidget(when, row, 2)
            self.boxes[party] = check
            self.times[party] = when
        grid.setColumnStretch(3, 1)
        layout.addLayout(grid)

    def _default_time(self, on: bool, edit: QTimeEdit) -> None:
        """Ticking 'called' fills in the time it happened, to be corrected if need be."""
        if on and not self.loading and edit.time() == QTime(0, 0):
            edit.setTime(self._time_of_incident())

    def _time_text(self, party: str) -> str:
        """00:00 is the edit's empty state: the time was not noted."""
        time = self.times[party].time()
        return "" if time == QTime(0, 0) else time.toString("HH:mm")

    def value(self) -> dict[str, str]:
        return {party: self._time_text(party)
                for party, box in self.boxes.items() if box.isChecked()}

    def set_value(self, called: dict[str, str]) -> None:
        for party, box in self.boxes.items():
            box.setChecked(party in called)
            if called.get(party):
                self.times[party].setTime(QTime.fromString(called[party], "HH:mm"))

    def lock(self, called: dict[str, str]) -> None:
        for party, box in self.boxes.items():
            if box.isChecked():
                box.setEnabled(False)
                if called.get(party):
                    self.times[party].setEnabled(False)


class OtherWitnesses(QObject):
    """Witnesses who are not staff: a name or description, and a contact only if needed."""

    changed = Signal()

    def __init__(self, spec: Field, parent: QWidget, layout: QVBoxLayout) -> None:
        super().__init__(parent)
        part = spec.part
        self.people: list[dict[str, str]] = []
        self.locked = 0                  # witnesses already recorded cannot be removed
        row = QHBoxLayout()
        self.name = QLineEdit(parent)
        self.name.setObjectName("witness_name")
        self.contact = QLineEdit(parent)
        self.contact.setObjectName("witness_contact")
        for edit, f in ((self.name, part["name"]), (self.contact, part["contact"])):
            edit.setAccessibleName(_label(f.label))
            edit.setPlaceholderText(_label(f.label))
            edit.setMaxLength(f.max_length * 2)
        add = QPushButton(self.tr("Add witness"), parent)
        add.setObjectName("addWitnessButton")
        add.clicked.connect(self.add)
        row.addWidget(self.name, 2)
        row.addWidget(self.contact, 2)
        row.addWidget(add)
        layout.addLayout(row)
        self.list = QListWidget(parent)
        self.list.setObjectName("other_witnesses")
        self.list.setAccessibleName(_label(spec.label))
        self.list.setMaximumHeight(84)
        self.list.hide()
        layout.addWidget(self.list)
        self.remove_button = QPushButton(self.tr("Remove selected witness"), parent)
        self.remove_button.setObjectName("removeWitnessButton")
        self.remove_button.clicked.connect(self.remove)
        self.remove_button.hide()
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)

    def add(self) -> None:
        name, contact = self.name.text().strip(), self.contact.text().strip()
        if not name and not contact:
            return
        self.people.append({"name": name, "contact": contact})
        self.name.clear()
        self.contact.clear()
        self._show()
        self.changed.emit()

    def remove(self) -> None:
        row = self.list.currentRow()
        if self.locked <= row < len(self.people):
            del self.people[row]
            self._show()
            self.changed.emit()

    def _show(self) -> None:
        self.list.clear()
        for witness in self.people:
            self.list.addItem(witness["name"] + (f" · {witness['contact']}"
                                                 if witness.get("contact") else ""))
        self.list.setVisible(bool(self.people))
        self.remove_button.setVisible(bool(self.people))

    def value(self) -> list[dict[str, str]]:
        return [dict(w) for w in self.people]

    def set_value(self, people: Any) -> None:
        self.people = [dict(w) for w in people or ()]
        self._show()
