"""The guided complaint form, built from the store's complaint-handling model."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget, QWizard

from desktop_app.domain.complaint import Complaint
from desktop_app.domain.errors import DomainError, ValidationFailed
from desktop_app.domain.procedure import StepKind
from desktop_app.services import complaints
from desktop_app.services.complaints import ComplaintForm
from desktop_app.services.context import AppContext
from desktop_app.ui.check_wait import when_checked
from desktop_app.ui.forms import confirm_discard
from desktop_app.ui.text import tr_data, tr_error
from desktop_app.ui.wizard.pages.agreement_page import AgreementPage
from desktop_app.ui.wizard.pages.base import StepPage
from desktop_app.ui.wizard.pages.diagnosis_page import DiagnosisPage
from desktop_app.ui.wizard.pages.escalation_page import EscalationPage
from desktop_app.ui.wizard.pages.form_page import FormPage
from desktop_app.ui.wizard.pages.options_page import OptionsPage
from desktop_app.ui.wizard.pages.questions_page import QuestionsPage

PAGE_CLASSES: dict[StepKind, type[StepPage]] = {
    StepKind.FORM: FormPage,
    StepKind.QUESTIONS: QuestionsPage,
    StepKind.DIAGNOSIS: DiagnosisPage,
    StepKind.OPTIONS: OptionsPage,
    StepKind.AGREEMENT: AgreementPage,
    StepKind.ESCALATION: EscalationPage,
}

DRAFT_DELAY_MS = 3_000


#: The stage headings in the step list (LISTEN, SOLVE…), on its dark background (till.qss).
STAGE_HEADING_COLOUR = "#9fb3c8"

class ComplaintWizard(QWizard):
    """Emits `saved(complaint)` once the record is committed, `cancelled()` if abandoned."""

    saved = Signal(object)
    cancelled = Signal()
    draft_due = Signal()          # the answers changed or the step moved: keep a draft

    def __init__(self, ctx: AppContext, form: ComplaintForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = form
        self.dirty = bool(form.answers)
        self.setObjectName("complaintWizard")
        self.setWindowTitle(self.tr("New complaint – %1").replace("%1", form.model.name))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("&Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Save complaint"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        for which, name in ((QWizard.WizardButton.NextButton, "nextButton"),
                            (QWizard.WizardButton.BackButton, "backButton"),
                            (QWizard.WizardButton.FinishButton, "saveButton"),
                            (QWizard.WizardButton.CancelButton, "cancelButton")):
            self.button(which).setObjectName(name)
        self.button(QWizard.WizardButton.FinishButton).setProperty("primary", True)

        self.step_list = QListWidget(self)
        self.step_list.setObjectName("stepList")
        self.step_list.setFocusPolicy(self.step_list.focusPolicy().NoFocus)
        # It shows where the person is; moving is Next and Back (a click does nothing).
        self.step_list.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.step_list.setAccessibleDescription(self.tr("The steps of the complaint; the "
                                                        "one highlighted is this page"))
        self.step_list.setFixedWidth(215)
        self.step_list.setWordWrap(True)
        self.step_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSideWidget(self.step_list)

        self.step_pages: list[StepPage] = []
        self._row_for_page: dict[int, int] = {}
        stage = None
        for index, step in enumerate(form.model.steps):
            page = PAGE_CLASSES[step.kind](step, form, self)
            page.edited.connect(self._on_edited)
            self.setPage(index, page)
            self.step_pages.append(page)
            if step.stage != stage:
                stage = step.stage
                self._add_stage_heading(tr_data(stage))
            self._row_for_page[index] = self.step_list.count()
            self.step_list.addItem("  " + tr_data(step.title))
        # the complaint can be saved on the last page that is not optional (reflection after)
        for index, page in enumerate(self.step_pages):
            page.setFinalPage(all(later.step.optional for later in self.step_pages[index + 1:]))
        self.currentIdChanged.connect(self._on_page_changed)
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.draft_due)
        self.save_error = ""

    def _add_stage_heading(self, stage: str) -> None:
        item = QListWidgetItem(stage.upper())
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        item.setForeground(QColor(STAGE_HEADING_COLOUR))
        self.step_list.addItem(item)

    # -- navigation -----------------------------------------------------------------------
    def page_for(self, kind: StepKind) -> StepPage:
        return next(p for p in self.step_pages if p.step.kind is kind)

    def nextId(self) -> int:  # noqa: N802 - Qt's name
        following = self.currentId() + 1
        while following < len(self.step_pages):
            page = self.step_pages[following]
            if page.step.kind is StepKind.ESCALATION and not self.form.escalation_reasons():
                following += 1
                continue
            return following
        return -1

    def go_to_step(self, step_id: str) -> None:
        """Forward through the steps to `step_id` (a resumed draft), each checked as Next
        checks it: a step whose answers no longer pass stops the way there, its messages
        shown."""
        ids = [page.step.id for page in self.step_pages]
        if step_id not in ids:
            return
        while self.currentId() < ids.index(step_id):
            here = self.currentId()
            self.next()
            if self.currentId() == here:
                break

    def _on_page_changed(self, page_id: int) -> None:
        if 0 <= page_id < len(self.step_pages):
            self.form.step_id = self.step_pages[page_id].step.id
            self.step_list.setCurrentRow(self._row_for_page[page_id])
            self.dirty = self.dirty or bool(self.form.answers)
            if self.dirty:
                self.draft_due.emit()

    def _on_edited(self) -> None:
        self.dirty = True
        self._draft_timer.start()

    def collect(self) -> None:
        """Copy every page's widgets into the form's answers."""
        for page in self.step_pages:
            page.store()

    # -- saving and cancelling -------------------------------------------------------------
    def accept(self) -> None:
        self.collect()
        if not when_checked(self, self.ctx, self.accept):
            return
        try:
            complaint: Complaint = complaints.save_complaint(self.ctx, self.form)
        except ValidationFailed as failed:
            self._show_failure(failed.errors)
            return
        except DomainError as error:
            self._report_save_error(tr_error(error))
            return
        self._draft_timer.stop()
        self.dirty = False
        super().accept()
        self.saved.emit(complaint)

    def _show_failure(self, errors: dict[str, str]) -> None:
        for index, page in enumerate(self.step_pages):
            page_errors = {k: m for k, m in errors.items() if k in page.step.keys}
            if page_errors:
                while self.currentId() > index:
                    self.back()
                page.show_errors(page_errors)
                return

    def _report_save_error(self, message: str) -> None:
        self.save_error = message
        page = self.currentPage()
        if isinstance(page, StepPage):
            page.summary.setText(self.tr("Not saved: %1 Everything you typed is kept; "
                                         "try again, or tell your manager.").replace("%1", message))
            page.summary.show()

    def close_silently(self) -> None:
        """Signing out or locking: the answers are already in a draft, so no question."""
        self._draft_timer.stop()
        self.dirty = False
        super().reject()

    def draft_failed(self, message: str) -> None:
        page = self.currentPage()
        if isinstance(page, StepPage):
            page.summary.setText(self.tr("Could not keep a draft: %1 What you typed is still "
                                         "here; save the complaint as soon as you can.")
                                 .replace("%1", message))
            page.summary.show()

    def reject(self) -> None:
        self.collect()
        if self.dirty and not confirm_discard(
                self, self.tr("Discard this complaint?"),
                self.tr("Everything typed for this complaint will be lost."),
                discard=self.tr("Discard the complaint"), keep=self.tr("Keep editing")):
            return
        self._draft_timer.stop()
        super().reject()
        self.cancelled.emit()
