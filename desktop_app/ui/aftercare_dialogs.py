"""After the complaint: record a follow-up contact, record an escalation decision, close it,
review it (feedback for the person who took it).

Each dialog checks through its service, shows every message beside its field and keeps
what was typed; Cancel asks before typed words are thrown away. `done_with(complaint)`
carries the complaint as it now reads.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDialog,
                               QFormLayout, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
                               QRadioButton, QVBoxLayout, QWidget)

from desktop_app.domain.aftercare import ContactKind, NextStep, confirmation
from desktop_app.domain.complaint import Complaint, Status
from desktop_app.domain.errors import DomainError, ValidationFailed
from desktop_app.domain.schema.choices import FOLLOW_UP_METHODS
from desktop_app.domain.schema.complaint import COMPLAINT, DECISION, FOLLOW_UP, REVIEW
from desktop_app.domain.schema.field import RecordSchema
from desktop_app.domain.staff import StaffMember
from desktop_app.services import aftercare, reviews
from desktop_app.services.context import AppContext
from desktop_app.ui.text import said, tr_data, tr_error
from desktop_app.ui.forms import FieldRows, confirm_discard, date_edit


def _text(parent: QWidget, height: int = 70) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setMaximumHeight(height)
    return edit



def _label(part: RecordSchema, key: str) -> str:
    """A part's field label, as the record and its PDF say it."""
    return tr_data(part[key].label)

class _AftercareDialog(QDialog):
    done_with = Signal(object)          # the complaint as it now reads

    def __init__(self, ctx: AppContext, user: StaffMember, complaint: Complaint, *,
                 title: str, intro: str, save_text: str, name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.user, self.complaint = ctx, user, complaint
        self.setObjectName(name)
        self.setWindowTitle(title.replace("%1", complaint.reference))
        self.resize(680, 480)
        self.outer = QVBoxLayout(self)
        heading = QLabel(intro, self)
        heading.setObjectName("intro")
        heading.setWordWrap(True)
        self.outer.addWidget(heading)
        self.form = QFormLayout()
        self.rows = FieldRows(self.form, self)
        self.outer.addLayout(self.form)
        self.problem = QLabel("", self)
        self.problem.setObjectName("problem")
        self.problem.setProperty("role", "error")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.outer.addWidget(self.problem)
        self.outer.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.setObjectName("cancelButton")
        cancel.clicked.connect(self.reject)
        buttons.addWidget(cancel)
        self.save_button = QPushButton(save_text, self)
        self.save_button.setObjectName("saveButton")
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.save_button)
        self.outer.addLayout(buttons)

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's override
        """Typing starts in the first field (not on a button, where a space would press
        it: found by typing under Xvfb)."""
        super().showEvent(event)
        first = next(iter(self.rows.inputs.values()), None)
        if first is not None and first.isEnabled() and not first.hasFocus():
            first.setFocus()

    # subclasses: what to call, and whether anything was typed
    def submit(self) -> Complaint:
        raise NotImplementedError

    def typed(self) -> bool:
        raise NotImplementedError

    def save(self) -> None:
        try:
            complaint = self.submit()
        except ValidationFailed as failed:
            self.rows.show(failed.errors)
            self.problem.hide()
            return
        except DomainError as error:
            self.rows.show({})
            self.problem.setText(tr_error(error))
            self.problem.show()
            return
        self.done_with.emit(complaint)
        self.accept()

    def reject(self) -> None:
        if self.typed() and not confirm_discard(
                self, self.tr("Discard what you typed?"),
                self.tr("What you typed here will be lost. Discard it?")):
            return
        super().reject()


class FollowUpDialog(_AftercareDialog):
    def __init__(self, ctx: AppContext, user: StaffMember, complaint: Complaint,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, user, complaint, name="followUpDialog",
                         title=self.tr("Follow-up contact for %1"),
                         intro=self.tr("Record the contact with the customer. If they confirm "
                                       "it is resolved, say so; otherwise give the date of "
                                       "the next contact."),
                         save_text=self.tr("Save the contact"), parent=parent)
        today = ctx.clock.now().date()
        self.kind = self.rows.add("kind", _label(FOLLOW_UP, "kind"), QComboBox(self))
        for kind in ContactKind:
            self.kind.addItem(said(kind.label), kind.value)
        waiting = complaint.status is Status.ESCALATED      # waiting for a decision: an update
        self.kind.setCurrentIndex(self.kind.findData(
            (ContactKind.UPDATE if waiting else ContactKind.CONTACT).value))
        self.contacted_on = self.rows.add("contacted_on", _label(FOLLOW_UP, "contacted_on"),
                                          date_edit(self, day=today))
        self.method = self.rows.add("method", _label(FOLLOW_UP, "method"), QComboBox(self))
        for value, label in FOLLOW_UP_METHODS:
            self.method.addItem(tr_data(label), value)
        index = self.method.findData(complaint.follow_up_method)
        self.method.setCurrentIndex(max(index, 0))
        self.outcome = self.rows.add("outcome", _label(FOLLOW_UP, "outcome"), _text(self))
        self.customer_words = self.rows.add("customer_words", _label(FOLLOW_UP, "customer_words"),
                                            _text(self))
        self.confirmed = self.rows.add("confirmed_resolved", self.tr("Resolved"), QCheckBox(
            _label(FOLLOW_UP, "confirmed_resolved"), self))
        self.next_due = self.rows.add("next_due", _label(FOLLOW_UP, "next_due"),
                                      date_edit(self, day=today + timedelta(days=3)))
        # asked again here: what went well, what the staff member would do differently
        self.went_well = self.rows.add("reflection_went_well",
                                       tr_data(COMPLAINT["reflection_went_well"].label),
                                       _text(self))
        self.went_well.setPlainText(complaint.reflection_went_well)
        self.differently = self.rows.add("reflection_differently",
                                         tr_data(COMPLAINT["reflection_differently"].label),
                                         _text(self))
        self.differently.setPlainText(complaint.reflection_differently)
        self.confirmed.toggled.connect(self._enable)
        self.kind.currentIndexChanged.connect(self._enable)
        self._enable()

    def _update(self) -> bool:
        return self.kind.currentData() == ContactKind.UPDATE.value

    def _enable(self) -> None:
        """An update cannot confirm it is resolved; a confirmed contact needs no next date."""
        if self._update():
            self.confirmed.setChecked(False)
        self.confirmed.setEnabled(not self._update())
        self.next_due.setEnabled(not self.confirmed.isChecked() and not self._update())

    def values(self) -> dict:
        return {"kind": self.kind.currentData(),
                "contacted_on": self.contacted_on.raw(),
                "method": self.method.currentData(),
                "outcome": self.outcome.toPlainText(),
                "customer_words": self.customer_words.toPlainText(),
                "confirmed_resolved": self.confirmed.isChecked(),
                "next_due": None if self.confirmed.isChecked() or self._update() else
                self.next_due.raw(),
                "reflection_went_well": self.went_well.toPlainText(),
                "reflection_differently": self.differently.toPlainText()}

    def submit(self) -> Complaint:
        return aftercare.record_follow_up(self.ctx, self.user, self.complaint.reference,
                                          self.values())

    def typed(self) -> bool:
        return bool(self.outcome.toPlainText().strip()
                    or self.customer_words.toPlainText().strip()
                    or self.went_well.toPlainText() != self.complaint.reflection_went_well
                    or self.differently.toPlainText() != self.complaint.reflection_differently)


class DecisionDialog(_AftercareDialog):
    def __init__(self, ctx: AppContext, user: StaffMember, complaint: Complaint,
                 parent: QWidget | None = None) -> None:
        escalation = complaint.escalation
        why = escalation.reason if escalation else ""
        to = escalation.to if escalation else ""
        super().__init__(ctx, user, complaint, name="decisionDialog",
                         title=self.tr("Decision on %1"),
                         intro=self.tr("Escalated to %1. Why: %2").replace("%1", to)
                         .replace("%2", why),
                         save_text=self.tr("Save the decision"), parent=parent)
        self.decision = self.rows.add("decision", _label(DECISION, "decision"), _text(self))
        self.reason = self.rows.add("reason", _label(DECISION, "reason"), _text(self))
        choice = QWidget(self)
        column = QVBoxLayout(choice)
        column.setContentsMargins(0, 0, 0, 0)
        self.next_steps = QButtonGroup(self)
        for step in NextStep:
            button = QRadioButton(said(step.label), choice)
            button.setObjectName(f"outcome_{step.value}")
            button.setProperty("step", step.value)
            self.next_steps.addButton(button)
            column.addWidget(button)
        self.rows.add("outcome", _label(DECISION, "outcome"), choice)
        self.follow_up_due = self.rows.add(
            "follow_up_due", _label(DECISION, "follow_up_due"),
            date_edit(self, day=ctx.clock.now().date() + timedelta(days=2)))
        self.next_steps.buttonToggled.connect(self._step_chosen)
        self.follow_up_due.setEnabled(False)

    def _step_chosen(self) -> None:
        self.follow_up_due.setEnabled(self._step() == NextStep.TELL_CUSTOMER.value)

    def _step(self) -> str:
        button = self.next_steps.checkedButton()
        return button.property("step") if button is not None else ""

    def values(self) -> dict:
        return {"decision": self.decision.toPlainText(), "reason": self.reason.toPlainText(),
                "outcome": self._step(),
                "follow_up_due": self.follow_up_due.raw()}

    def submit(self) -> Complaint:
        return aftercare.decide_escalation(self.ctx, self.user, self.complaint.reference,
                                           self.values())

    def typed(self) -> bool:
        return bool(self.decision.toPlainText().strip() or self.reason.toPlainText().strip())


class CloseDialog(_AftercareDialog):
    def __init__(self, ctx: AppContext, user: StaffMember, complaint: Complaint,
                 parent: QWidget | None = None) -> None:
        confirmed = confirmation(complaint, complaint.follow_ups)
        intro = (self.tr("On record: %1").replace("%1", confirmed) if confirmed else
                 self.tr("The customer has not confirmed that this complaint is resolved. "
                         "It can only be closed with the reason their confirmation could "
                         "not be obtained."))
        super().__init__(ctx, user, complaint, name="closeDialog",
                         title=self.tr("Close %1"), intro=intro,
                         save_text=self.tr("Close the complaint"), parent=parent)
        label = (self.tr("Anything to add (optional)") if confirmed else
                 self.tr("Why there is no confirmation"))
        self.reason = self.rows.add("reason", label, _text(self, 100))

    def submit(self) -> Complaint:
        return aftercare.close_complaint(self.ctx, self.user, self.complaint.reference,
                                         self.reason.toPlainText())

    def typed(self) -> bool:
        return bool(self.reason.toPlainText().strip())



class ReviewDialog(_AftercareDialog):
    """Feedback on the complaint for the person who took it: they see it on their home
    screen and acknowledge it."""

    def __init__(self, ctx: AppContext, user: StaffMember, complaint: Complaint,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, user, complaint, name="reviewDialog",
                         title=self.tr("Review %1"),
                         intro=self.tr("Feedback for %1, who took this complaint. They will "
                                       "see it when they next sign in.").replace(
                             "%1", complaint.staff_name),
                         save_text=self.tr("Save the feedback"), parent=parent)
        self.went_well = self.rows.add("went_well", _label(REVIEW, "went_well"),
                                       _text(self, 100))
        self.went_well.setPlaceholderText(tr_data(REVIEW["went_well"].help))
        self.work_on = self.rows.add("work_on", _label(REVIEW, "work_on"), _text(self, 100))
        self.work_on.setPlaceholderText(tr_data(REVIEW["work_on"].help))

    def submit(self) -> Complaint:
        return reviews.review_complaint(self.ctx, self.user, self.complaint.reference, {
            "went_well": self.went_well.toPlainText(), "work_on": self.work_on.toPlainText()})

    def typed(self) -> bool:
        return bool(self.went_well.toPlainText().strip() or self.work_on.toPlainText().strip())
