"""A supervisor's or manager's approval at the till, where it is needed.

Shown beside the option chosen when that option is beyond the staff member's authority, and
on the Escalate page when the authority is the reason for escalating: the approver types
their code and PIN there and then. Enter in the PIN field approves (and does not move the
wizard on). Once approved the panel says "Approved by NAME at HH:MM" and stays, so the
person sees it happened.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

from desktop_app.domain.errors import DomainError
from desktop_app.domain.escalation import Trigger
from desktop_app.domain.staff import Role
from desktop_app.services import auth
from desktop_app.services.context import AppContext
from desktop_app.ui.text import tr_error, said

OVER_AUTHORITY = Trigger.OVER_AUTHORITY


class ApprovalPanel(QFrame):
    #: The form's answers changed (an approval added).
    approved = Signal()

    def __init__(self, form, ctx: Callable[[], AppContext], name: str,  # noqa: ANN001
                 parent: QWidget | None = None, *, says_why: bool = True) -> None:
        """`form`: the ComplaintForm; `ctx`: how to reach the program's context;
        `says_why`: the panel repeats why approval is needed (not where the page says it)."""
        super().__init__(parent)
        self.form = form
        self._ctx = ctx
        self._says_why = says_why
        self.setProperty("role", "warning")
        self.setObjectName(name)
        layout = QVBoxLayout(self)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setObjectName("authority_text")
        layout.addWidget(self.text)
        self.entry = QFrame(self)
        row = QHBoxLayout(self.entry)
        row.setContentsMargins(0, 0, 0, 0)
        self.code = QLineEdit(self.entry)
        self.code.setObjectName("approver_code")
        self.code.setAccessibleName(self.tr("Supervisor or manager staff code"))
        self.code.setPlaceholderText(self.tr("Their staff code"))
        self.pin = QLineEdit(self.entry)
        self.pin.setObjectName("approver_pin")
        self.pin.setAccessibleName(self.tr("Their PIN"))
        self.pin.setPlaceholderText(self.tr("Their PIN"))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.button = QPushButton(self.tr("Approve"), self.entry)
        self.button.setObjectName("approve_button")
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.approve)
        for edit in (self.code, self.pin):
            edit.installEventFilter(self)
        for widget in (self.code, self.pin, self.button):
            row.addWidget(widget)
        layout.addWidget(self.entry)
        self.status = QLabel(self)
        self.status.setObjectName("approval_status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.hide()

    def needed(self) -> bool:
        return any(r.trigger == OVER_AUTHORITY for r in self.form.escalation_reasons())

    def refresh(self) -> None:
        """Shown while the approval is needed, and after it was given (saying by whom)."""
        reasons = [r for r in self.form.escalation_reasons() if r.trigger == OVER_AUTHORITY]
        approval = self.form.answers.get("approval")
        if reasons:
            self._style("warning")
            self.text.setText(said(reasons[0].message))
            self.text.setVisible(self._says_why)
            self.entry.show()
            self.show()
        elif approval:
            self._style("info")
            self.text.hide()
            self.status.setText(self.tr("Approved by %1 at %2.").replace(
                "%1", approval["name"]).replace("%2", approval["at"][11:16]))
            self.entry.hide()
            self.show()
        else:
            self.hide()

    def _style(self, role: str) -> None:
        if self.property("role") != role:
            self.setProperty("role", role)
            self.style().unpolish(self)
            self.style().polish(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Enter in the code moves to the PIN; in the PIN it approves. Never Next."""
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return,
                                                                     Qt.Key.Key_Enter):
            if watched is self.code:
                self.pin.setFocus()
            else:
                self.approve()
            return True
        return super().eventFilter(watched, event)

    def approve(self) -> None:
        ctx = self._ctx()
        try:
            approver = auth.verify_approver(ctx, self.code.text(), self.pin.text(),
                                            at_least=Role.SUPERVISOR)
        except DomainError as error:
            self.status.setText(tr_error(error))
            self.pin.clear()
            self.pin.setFocus()
            return
        self.pin.clear()
        self.form.answers["approval"] = {"id": approver.id, "name": approver.name,
                                         "role": approver.role.value,
                                         "at": ctx.clock.now().isoformat()}
        if self.needed():
            self.form.answers.pop("approval")
            self.status.setText(self.tr(
                "%1's limit does not cover this amount either: it will be escalated."
            ).replace("%1", approver.name))
            return
        self.refresh()
        self.approved.emit()
