"""Escalate: shown only when the rules or the staff member send the complaint upwards."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QVBoxLayout

from desktop_app.ui.wizard.pages.base import StepPage, styled_label


class EscalationPage(StepPage):
    def build(self) -> None:
        self.why = styled_label("", "error", self.body_widget)
        self.why.setObjectName("escalation_why")
        self.body.addRow(self.why)
        self.to = QComboBox(self.body_widget)
        self.to.setEditable(True)
        self.to.setObjectName("field_escalated_to")
        self.to.setAccessibleName(self.label_for("escalated_to"))
        for contact in self.form.policy.escalation_contacts:
            self.to.addItem(f"{contact.name} ({contact.role}) – {contact.how_to_reach}")
        self.to.setCurrentIndex(-1)
        self.to.lineEdit().setPlaceholderText(self.tr("Name and role, e.g. Store manager"))
        self.to.editTextChanged.connect(self.edited)
        column = QVBoxLayout()
        column.addWidget(self.to)
        column.addWidget(self.error_label("escalated_to"))
        caption = QLabel(self.label_for("escalated_to") + " *", self.body_widget)
        caption.setBuddy(self.to)
        self.body.addRow(caption, column)
        self.reason = QPlainTextEdit(self.body_widget)
        self.reason.setObjectName("field_escalation_reason")
        self.reason.setAccessibleName(self.label_for("escalation_reason"))
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(120)
        self.reason.textChanged.connect(self.edited)
        column = QVBoxLayout()
        column.addWidget(self.reason)
        column.addWidget(self.error_label("escalation_reason"))
        caption = QLabel(self.label_for("escalation_reason") + " *", self.body_widget)
        caption.setBuddy(self.reason)
        self.body.addRow(caption, column)

    def initializePage(self) -> None:  # noqa: N802
        super().initializePage()
        reasons = self.form.escalation_reasons()
        self.why.setText(self.tr("This complaint will be escalated because:") + "\n" +
                         "\n".join(f"• {r.message}" for r in reasons))
        if not self.reason.toPlainText().strip():
            self.reason.setPlainText(" ".join(r.message for r in reasons))

    def store(self) -> None:
        self.form.answers["escalated_to"] = self.to.currentText()
        self.form.answers["escalation_reason"] = self.reason.toPlainText()

    def load(self) -> None:
        self.to.setEditText(self.form.answers.get("escalated_to") or "")
        self.reason.setPlainText(self.form.answers.get("escalation_reason") or "")
