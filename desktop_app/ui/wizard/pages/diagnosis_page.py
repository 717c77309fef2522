"""Root cause, with an optional 5 Whys chain."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout

from desktop_app.domain.complaint_form import MAX_WHYS
from desktop_app.ui.wizard.pages.base import StepPage, styled_label


class DiagnosisPage(StepPage):
    def build(self) -> None:
        self.whys: list[QLineEdit] = []
        whys_column = QVBoxLayout()
        whys_column.addWidget(styled_label(
            self.tr("Start from the problem and ask “why?” – each answer becomes the next "
                    "question. Stop when you reach something we can change."), "help",
            self.body_widget))
        for number in range(1, MAX_WHYS + 1):
            edit = QLineEdit(self.body_widget)
            edit.setObjectName(f"field_why_{number}")
            edit.setAccessibleName(self.tr("Why %1").replace("%1", str(number)))
            edit.setPlaceholderText(self.tr("Why %1?").replace("%1", str(number)))
            edit.textChanged.connect(self.edited)
            whys_column.addWidget(edit)
            self.whys.append(edit)
        self.body.addRow(QLabel(self.label_for("five_whys"), self.body_widget), whys_column)
        self.root_cause = QPlainTextEdit(self.body_widget)
        self.root_cause.setObjectName("field_root_cause")
        self.root_cause.setAccessibleName(self.label_for("root_cause"))
        self.root_cause.setTabChangesFocus(True)
        self.root_cause.setMaximumHeight(110)
        self.root_cause.textChanged.connect(self.edited)
        column = QVBoxLayout()
        column.addWidget(self.root_cause)
        column.addWidget(self.error_label("root_cause"))          # right under the field
        column.addWidget(styled_label(self.help_for("root_cause"), "help", self.body_widget))
        caption = QLabel(self.label_for("root_cause") + " *", self.body_widget)
        caption.setBuddy(self.root_cause)
        self.body.addRow(caption, column)

    def first_empty(self):  # noqa: ANN201
        """The first why to ask, or the root cause once the whys are asked."""
        if not self.root_cause.toPlainText().strip():
            return next((edit for edit in self.whys if not edit.text().strip()), self.root_cause)
        return None

    def store(self) -> None:
        self.form.answers["root_cause"] = self.root_cause.toPlainText()
        self.form.answers["five_whys"] = [edit.text() for edit in self.whys]

    def load(self) -> None:
        self.root_cause.setPlainText(self.form.answers.get("root_cause") or "")
        for edit, text in zip(self.whys, self.form.answers.get("five_whys") or [], strict=False):
            edit.setText(text)

    def show_errors(self, errors) -> None:  # noqa: ANN001
        super().show_errors(errors)
        if "root_cause" in errors:
            self.root_cause.setFocus()
