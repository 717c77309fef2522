"""Escalate: shown only when the rules or the staff member send the complaint upwards.

When the only reason is the staff member's authority, a supervisor or manager can approve
the option right here (approval_panel): then nothing needs escalating."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from desktop_app.ui.wizard.approval_panel import ApprovalPanel
from desktop_app.ui.wizard.pages.base import StepPage, styled_label
from desktop_app.ui.text import said


class EscalationPage(StepPage):
    def build(self) -> None:
        self.why = styled_label("", "error", self.body_widget)
        self.why.setObjectName("escalation_why")
        self.body.addRow(self.why)
        self.approval = ApprovalPanel(self.form, lambda: self.wizard().ctx,
                                      "escalation_approval", self.body_widget, says_why=False)
        self.approval.approved.connect(self._approved)
        self.body.addRow(self.approval)
        self.to = QComboBox(self.body_widget)
        self.to.setEditable(True)
        self.to.setObjectName("field_escalated_to")
        self.to.setAccessibleName(self.label_for("escalated_to"))
        for contact in self.form.policy.escalation_contacts:
            self.to.addItem(f"{contact.name} ({contact.role}) – {contact.how_to_reach}")
        self.to.setCurrentIndex(-1)
        self.to.lineEdit().setPlaceholderText(self.tr("Name and role, e.g. Store manager"))
        self.to.editTextChanged.connect(self.edited)
        self.escalation_rows: list[QWidget] = []
        self._row(self.label_for("escalated_to"), self.to, "escalated_to")
        self.reason = QPlainTextEdit(self.body_widget)
        self.reason.setObjectName("field_escalation_reason")
        self.reason.setAccessibleName(self.label_for("escalation_reason"))
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(120)
        self.reason.textChanged.connect(self.edited)
        self._row(self.label_for("escalation_reason"), self.reason, "escalation_reason")

    def _row(self, label: str, editor: QWidget, key: str) -> None:
        box = QWidget(self.body_widget)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(editor)
        column.addWidget(self.error_label(key))
        caption = QLabel(label + " *", self.body_widget)
        caption.setBuddy(editor)
        self.body.addRow(caption, box)
        self.escalation_rows += [caption, box]

    def initializePage(self) -> None:  # noqa: N802
        super().initializePage()
        self._show_reasons()
        self.approval.refresh()

    def _show_reasons(self) -> None:
        reasons = self.form.escalation_reasons()
        for widget in self.escalation_rows:          # to whom and why: only if it goes up
            widget.setVisible(bool(reasons))
        if not reasons:
            self.why.setText(self.tr("Nothing needs escalating now: the option is approved."))
            self._restyle("help")
            return
        self._restyle("error")
        self.why.setText(self.tr("This complaint will be escalated because:") + "\n" +
                         "\n".join(f"• {said(r.message)}" for r in reasons))
        if not self.reason.toPlainText().strip():
            self.reason.setPlainText(" ".join(said(r.message) for r in reasons))

    def _restyle(self, role: str) -> None:
        self.why.setProperty("role", role)
        self.why.style().unpolish(self.why)
        self.why.style().polish(self.why)

    def _approved(self) -> None:
        """Approved here: if nothing else sends it upwards, the escalation is not needed and
        what was filled in for it is not kept."""
        if not self.form.escalation_reasons():
            self.to.setEditText("")
            self.reason.clear()
        self._show_reasons()
        self.edited.emit()

    def first_empty(self):  # noqa: ANN201
        if self.to.isVisibleTo(self) and not self.to.currentText().strip():
            return self.to
        return None

    def store(self) -> None:
        self.form.answers["escalated_to"] = self.to.currentText()
        self.form.answers["escalation_reason"] = self.reason.toPlainText()

    def load(self) -> None:
        self.to.setEditText(self.form.answers.get("escalated_to") or "")
        self.reason.setPlainText(self.form.answers.get("escalation_reason") or "")
