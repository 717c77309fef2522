"""Solve: weigh options on cost, time and impact; choose one and say why.

Shows the store's returns policy and (when the service offers one) the consumer-law hint;
says when the chosen option is beyond the staff member's authority and, beside it, lets a
supervisor or manager approve it at the till with their own PIN (approval_panel).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFrame, QGridLayout, QLabel,
                               QLineEdit, QPushButton, QVBoxLayout, QWidget)

from desktop_app.ui.text import said, tr_data
from desktop_app.ui.wizard.approval_panel import ApprovalPanel
from desktop_app.ui.wizard.pages.base import StepPage, styled_label
from desktop_app.ui.wizard.pages.legal_hint import hint_html

COLUMNS = ("description", "cost", "time", "impact")


class OptionsPage(StepPage):
    def build(self) -> None:
        self.hint_frame = QFrame(self.body_widget)
        self.hint_frame.setProperty("role", "hint")
        self.hint_frame.setObjectName("legal_hint")
        hint_layout = QVBoxLayout(self.hint_frame)
        self.hint_label = QLabel(self.hint_frame)
        self.hint_label.setWordWrap(True)
        self.hint_label.setTextFormat(Qt.TextFormat.RichText)
        self.hint_label.setObjectName("legal_hint_text")
        hint_layout.addWidget(self.hint_label)
        self.body.addRow(self.hint_frame)
        self.hint_frame.hide()

        policy = styled_label(self.tr("Our returns policy: ") + self.form.policy.returns_policy,
                              "help", self.body_widget)
        policy.setObjectName("returns_policy")
        self.body.addRow(policy)

        self.grid_box = QWidget(self.body_widget)
        self.grid = QGridLayout(self.grid_box)
        self.grid.setContentsMargins(0, 0, 0, 0)
        headings = (self.tr("Option"), self.tr("Cost (£)"), self.tr("Time"),
                    self.tr("Impact on the customer"))
        for column, heading in enumerate(headings):
            label = QLabel(f"<b>{heading}</b>", self.grid_box)
            self.grid.addWidget(label, 0, column)
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 2)
        self.grid.setColumnStretch(3, 3)
        self.rows: list[dict[str, QLineEdit]] = []
        self.remedy_codes: list[str] = []
        self.body.addRow(self.grid_box)
        add = QPushButton(self.tr("Add another option"), self.body_widget)
        add.setObjectName("add_option")
        add.clicked.connect(lambda: self._add_row())
        self.body.addRow(add)
        self.body.addRow(self.error_label("options"))

        self.chosen = QComboBox(self.body_widget)
        self.chosen.setObjectName("field_chosen_option")
        self.chosen.setAccessibleName(self.label_for("chosen_option"))
        self.chosen.currentIndexChanged.connect(self._changed)
        column = QVBoxLayout()
        column.addWidget(self.chosen)
        column.addWidget(self.error_label("chosen_option"))
        caption = QLabel(self.label_for("chosen_option") + " *", self.body_widget)
        caption.setBuddy(self.chosen)
        self.body.addRow(caption, column)
        # beside the option chosen: a supervisor approves it here when it is over the limit
        self.authority = ApprovalPanel(self.form, lambda: self.wizard().ctx, "authority_panel",
                                       self.body_widget)
        self.authority.approved.connect(self.edited)
        self.body.addRow(self.authority)
        self.add_field("justification")
        for key in self.step.fields:
            self.add_field(key)

        self.escalate = QCheckBox(self.label_for("escalate_requested"), self.body_widget)
        self.escalate.setObjectName("field_escalate_requested")
        self.escalate.setAccessibleName(self.label_for("escalate_requested"))
        self.escalate.toggled.connect(self._changed)
        self.body.addRow(self.escalate)
        for _ in range(2):
            self._add_row()

    def _add_row(self, values: dict[str, str] | None = None, remedy_code: str = "") -> None:
        number = len(self.rows) + 1
        row: dict[str, QLineEdit] = {}
        for column, name in enumerate(COLUMNS):
            edit = QLineEdit(self.grid_box)
            edit.setObjectName(f"option_{number}_{name}")
            edit.setAccessibleName(self.tr("Option %1 %2").replace("%1", str(number))
                                   .replace("%2", name))
            edit.textChanged.connect(edit.setToolTip)   # all of a long suggestion, on hover
            edit.setText((values or {}).get(name, ""))
            edit.setCursorPosition(0)        # long suggestions read from their start
            edit.textChanged.connect(self._changed)
            self.grid.addWidget(edit, number, column)
            row[name] = edit
        self.rows.append(row)
        self.remedy_codes.append(remedy_code)
        self._refresh_choices()

    def _option_values(self) -> list[dict[str, str]]:
        return [{name: edit.text() for name, edit in row.items()} | {"remedy_code": code}
                for row, code in zip(self.rows, self.remedy_codes, strict=True)]

    def _refresh_choices(self) -> None:
        current = self.chosen.currentData()
        self.chosen.blockSignals(True)
        self.chosen.clear()
        self.chosen.addItem(self.tr("Choose the option you offer…"), None)
        for index, values in enumerate(self._option_values()):
            if values["description"].strip():
                self.chosen.addItem(f"{index + 1}. {values['description'].strip()}", index)
        restored = self.chosen.findData(current)
        self.chosen.setCurrentIndex(max(restored, 0))
        self.chosen.blockSignals(False)

    def _changed(self) -> None:
        if self.sender() is not self.chosen:
            self._refresh_choices()
        self.store()
        self._update_authority()
        self.edited.emit()

    def _update_authority(self) -> None:
        was = self.authority.isVisibleTo(self)
        self.authority.refresh()
        if self.authority.isVisibleTo(self) and not was and self.isVisible():
            self.scroll.ensureWidgetVisible(self.authority)   # the approver sees it at once

    def prefill(self, options: list[dict[str, str]]) -> None:
        """Put suggested options (e.g. the legal remedies found) into empty rows."""
        for suggested in options:
            option = {name: said(value) for name, value in suggested.items()}  # in the screen's words
            empty = next((i for i, row in enumerate(self.rows)
                          if not any(edit.text().strip() for edit in row.values())), None)
            if empty is None:
                self._add_row(option, option.get("remedy_code", ""))
            else:
                for name, edit in self.rows[empty].items():
                    edit.setText(option.get(name, ""))
                    edit.setCursorPosition(0)
                self.remedy_codes[empty] = option.get("remedy_code", "")
        self._refresh_choices()

    def store(self) -> None:
        super().store()
        self.form.answers["options"] = self._option_values()
        self.form.answers["chosen_option"] = self.chosen.currentData()
        self.form.answers["escalate_requested"] = self.escalate.isChecked()

    def load(self) -> None:
        super().load()
        saved = self.form.answers.get("options") or []
        for index, values in enumerate(saved):
            if index >= len(self.rows):
                self._add_row(values, values.get("remedy_code", ""))
            else:
                for name, edit in self.rows[index].items():
                    edit.setText(values.get(name, ""))
                    edit.setCursorPosition(0)
                self.remedy_codes[index] = values.get("remedy_code", "")
        self._refresh_choices()
        chosen = self.form.answers.get("chosen_option")
        if chosen is not None:
            self.chosen.setCurrentIndex(max(self.chosen.findData(chosen), 0))
        self.escalate.setChecked(bool(self.form.answers.get("escalate_requested")))

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        super().initializePage()
        self.show_hint()
        self._update_authority()

    def show_hint(self) -> None:
        """The consumer-law hint for what was entered, and its remedies as suggested options."""
        found = self.form.solve_hint()
        self.hint_frame.show()
        if found.hint is None:
            self.hint_label.setText(escape(tr_data(found.missing)))
            return
        self.hint_label.setText(hint_html(found.hint))
        suggested = [option for option in self.form.remedy_options()
                     if option["remedy_code"] not in self.remedy_codes]
        if suggested:
            self.prefill(suggested)
            self.store()

    def first_empty(self):  # noqa: ANN201
        """The option to offer, once the suggested ones are in; else the first option."""
        if self.chosen.count() > 1 and self.chosen.currentIndex() <= 0:
            return self.chosen
        if self.rows and not self.rows[0]["description"].text().strip():
            return self.rows[0]["description"]
        return super().first_empty()

    def show_errors(self, errors) -> None:  # noqa: ANN001
        super().show_errors(errors)
        if "options" in errors and self.rows:
            self.rows[0]["description"].setFocus()
        elif "chosen_option" in errors:
            self.chosen.setFocus()
