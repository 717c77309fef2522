"""The one window: first run, sign in, home, the complaint form and the other screens in a stack."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStackedWidget, QWidget

from desktop_app import APP_NAME, __version__
from desktop_app.domain.complaint import Complaint
from desktop_app.domain.errors import DomainError
from desktop_app.domain.language import Language
from desktop_app.domain.staff import Role, StaffMember
from desktop_app.services import auth, complaint_drafts, complaints, policy, setup
from desktop_app.services import language as ui_services_language
from desktop_app.services.context import AppContext
from desktop_app.ui.audit_screen import AuditScreen
from desktop_app.ui.backup_screen import BackupScreen
from desktop_app.ui.complaint_view import ComplaintView
from desktop_app.ui.data_protection_screen import DataProtectionScreen
from desktop_app.ui.first_run import FirstRunScreen
from desktop_app.ui.forms import confirm_discard
from desktop_app.ui.home import HomeScreen
from desktop_app.ui.idle_lock import IdleWatcher
from desktop_app.ui.idle_steps import IdleSteps
from desktop_app.ui import language as ui_language
from desktop_app.ui.incidents.flow import IncidentFlow
from desktop_app.ui.lock_screen import LockScreen
from desktop_app.ui.coaching_screen import CoachingScreen
from desktop_app.ui.reports_screen import ReportsScreen
from desktop_app.ui.saved_screen import SavedScreen
from desktop_app.ui.settings_screen import SettingsScreen
from desktop_app.ui.language import NATIVE_NAMES
from desktop_app.ui.sign_in import SignInScreen
from desktop_app.ui.staff_screen import StaffScreen
from desktop_app.ui.text import tr_error
from desktop_app.ui.wizard.complaint_wizard import ComplaintWizard
from desktop_app.ui.workspace.workspace_screen import WorkspaceScreen

MIN_WIDTH, MIN_HEIGHT = 1024, 768


class MainWindow(QMainWindow):
    complaint_saved = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user: StaffMember | None = None
        self.wizard: ComplaintWizard | None = None
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.resize(MIN_WIDTH, MIN_HEIGHT)
        self.idle = IdleWatcher(ctx.clock, self)
        self.idle.idle.connect(self.lock)
        #: Screens a person is likely to open next, built ahead a step at a time.
        self.preparing = IdleSteps(self)
        if setup.is_set_up(ctx):              # before anyone signs in: the store's language
            ui_language.apply(ui_services_language.store_default(ctx))
        self._build_screens()
        if setup.is_set_up(ctx):
            self.show_sign_in()
        else:
            self.stack.setCurrentWidget(self.first_run)

    def _build_screens(self) -> None:
        """Every screen, in the language spoken now (again when it changes: the stack
        they were in goes, and them with it)."""
        ctx = self.ctx
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.sign_in = SignInScreen(ctx, self)
        self.sign_in.language_chosen.connect(self.switch_language)
        self.sign_in.signed_in.connect(self.show_home)
        self.home = HomeScreen(ctx, self)
        self.home.new_complaint.connect(self.start_complaint)
        self.home.sign_out.connect(self.sign_out)
        self.home.open_settings.connect(self.show_settings)
        self.home.open_staff.connect(self.show_staff)
        self.home.open_audit.connect(self.show_audit)
        self.home.open_backups.connect(self.show_backups)
        self.home.open_data_protection.connect(self.show_data_protection)
        self.home.open_reports.connect(self.show_reports)
        self.home.open_coaching.connect(self.show_coaching)
        self.home.report_incident.connect(self.report_incident)
        self.home.open_incidents.connect(self.show_incidents)
        self.home.resume_draft.connect(self.resume_draft)
        self.home.open_complaint.connect(self.open_complaint)
        self.home.discard_draft.connect(self.discard_draft)
        self.home.open_workspace.connect(self.show_workspace)
        self.home.language_chosen.connect(self.choose_language)
        self.saved_screen = SavedScreen(self)
        self.saved_screen.finished.connect(self.back_home)
        self.saved_screen.report_incident.connect(self.report_incident_for_complaint)
        self.saved_screen.open_record.connect(self.open_complaint)
        self.incident_flow = IncidentFlow(ctx, self.stack, self.back_home, self)
        self.incident_flow.complaint_requested.connect(self.open_complaint)
        self.complaint_view: ComplaintView | None = None
        self.lock_screen = LockScreen(ctx, self)
        self.lock_screen.unlocked.connect(self.unlock)
        self.stack.addWidget(self.lock_screen)
        self._before_lock: QWidget | None = None
        for screen in (self.sign_in, self.home, self.saved_screen):
            self.stack.addWidget(screen)
        self._first_run: FirstRunScreen | None = None
        self._settings: SettingsScreen | None = None
        self._staff: StaffScreen | None = None
        self._audit: AuditScreen | None = None
        self._backups: BackupScreen | None = None
        self._reports: ReportsScreen | None = None
        self._coaching: CoachingScreen | None = None
        self._data_protection: DataProtectionScreen | None = None
        self._workspace: WorkspaceScreen | None = None
        self.menuBar().clear()
        self._build_menu()

    # -- language ---------------------------------------------------------------------------
    def switch_language(self, language: Language) -> None:
        """Speak `language` now, losing nothing: a complaint being written comes back at
        its step with every answer, an incident report is kept as a draft (as at a lock),
        and the person stays signed in."""
        if language is ui_language.current():
            return
        self.preparing.cancel()
        form, dirty = None, False
        if self.wizard is not None:
            self.wizard.collect()
            form, dirty = self.wizard.form, self.wizard.dirty
            self.wizard.close_silently()
            self.wizard = None
        self.incident_flow.keep_drafts()
        self.incident_flow.close_all()
        self._close_complaint_view()
        if not ui_language.apply(language):
            return
        user, code = self.user, self.sign_in.code.text()
        self._build_screens()
        if user is None:
            self.show_sign_in()
            self.sign_in.chosen_language = language
            self.sign_in.code.setText(code)
        else:
            self.show_home(user)
            if form is not None:
                self.open_wizard(form).dirty = dirty

    def choose_language(self, language: Language) -> None:
        """The signed-in person's choice: kept for them, and spoken at once."""
        if self.user is not None:
            try:
                self.user = ui_services_language.choose(self.ctx, self.user, language)
            except DomainError as error:
                QMessageBox.warning(self, APP_NAME, tr_error(error))
                return
        self.switch_language(language)

    def _screen(self, attr: str, kind: type[QWidget],
                wire: Callable[[QWidget], object] | None = None) -> QWidget:
        """A screen built on first use (start-up stays light), in the stack, its Back going
        home; `wire` connects what else it asks of the window."""
        screen = getattr(self, attr)
        if screen is None:
            screen = kind(self.ctx, self)
            if hasattr(screen, "back"):
                screen.back.connect(self.back_home)
            if wire is not None:
                wire(screen)
            self.stack.addWidget(screen)
            setattr(self, attr, screen)
        return screen

    @property
    def first_run(self) -> FirstRunScreen:
        """Only a new store needs it."""
        return self._screen("_first_run", FirstRunScreen,
                            lambda screen: screen.done.connect(self.show_sign_in))

    @property
    def settings(self) -> SettingsScreen:
        return self._screen("_settings", SettingsScreen)

    @property
    def staff(self) -> StaffScreen:
        return self._screen("_staff", StaffScreen)

    @property
    def audit_screen(self) -> AuditScreen:
        return self._screen("_audit", AuditScreen)

    def _build_menu(self) -> None:
        program = self.menuBar().addMenu(self.tr("&Program"))
        about = QAction(self.tr("&About"), self)
        about.setObjectName("aboutAction")
        about.triggered.connect(self.show_about)
        program.addAction(about)
        self.sign_out_action = QAction(self.tr("&Sign out"), self)
        self.sign_out_action.setShortcut(QKeySequence("Ctrl+L"))
        self.sign_out_action.triggered.connect(self.sign_out)
        program.addAction(self.sign_out_action)
        # the other language, from any screen (a store in Wales)
        self.language_action: QAction | None = None
        other = ui_language.other_offered(self.ctx)
        if other is not None:
            self.language_action = QAction(NATIVE_NAMES[other], self)
            self.language_action.setObjectName("languageAction")
            self.language_action.triggered.connect(lambda: self.choose_language(other))
            program.addAction(self.language_action)

    def about_text(self) -> str:
        return self.tr("%1, version %2.\nGuided complaint and incident records for the till. "
                       "Works entirely offline; nothing is sent anywhere.") \
            .replace("%1", APP_NAME).replace("%2", __version__)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About"), self.about_text())

    # -- screens ----------------------------------------------------------------------------
    def show_sign_in(self) -> None:
        self.user = None
        self.sign_in.refresh()
        self.stack.setCurrentWidget(self.sign_in)

    def show_home(self, user: StaffMember) -> None:
        """After sign-in: in the person's language (their own choice, or the store's), and a
        language chosen on the sign-in screen is kept as theirs."""
        chosen = self.sign_in.chosen_language
        if chosen is not None and chosen.value != user.language:
            user = ui_services_language.choose(self.ctx, user, chosen)
        self.user = user
        wanted = ui_services_language.language_for(self.ctx, user)
        if wanted is not ui_language.current():
            self.switch_language(wanted)
            return
        self.idle.start(policy.current_policy(self.ctx).idle_lock_minutes)
        self.back_home()
        self.preparing.run(self._workspace_ahead(user), after=self.home.loading)

    def _workspace_ahead(self, user: StaffMember) -> Iterator[Callable[[], object]]:
        yield lambda: self.workspace
        yield from self.workspace.preparing_for(user)

    # -- idle lock ------------------------------------------------------------------------
    def lock(self) -> None:
        """Hide everything behind the lock screen; the work underneath stays as it was."""
        if self.user is None or self.stack.currentWidget() is self.lock_screen:
            return
        self._before_lock = self.stack.currentWidget()
        if self.wizard is not None:
            self.keep_draft()
        self.incident_flow.keep_drafts()
        auth.sign_out(self.ctx, self.user, locked=True)
        self.lock_screen.lock_for(self.user)
        self.stack.setCurrentWidget(self.lock_screen)

    def unlock(self, member: StaffMember) -> None:
        if self.user is not None and member.id == self.user.id:
            self.stack.setCurrentWidget(self._before_lock or self.home)
            self._before_lock = None
            self.idle.start(policy.current_policy(self.ctx).idle_lock_minutes)
            return
        # someone else: the first person's work is kept for them, never shown to this one
        self._before_lock = None
        self._close_work()
        self.show_home(member)

    def back_home(self) -> None:
        if self.user is None:
            self.show_sign_in()
            return
        self.home.show_user(self.user)
        self.stack.setCurrentWidget(self.home)
        self.home.new_button.setFocus()

    def show_settings(self) -> None:
        self.settings.show_for(self.user)
        self.stack.setCurrentWidget(self.settings)

    @property
    def backups(self) -> BackupScreen:
        return self._screen("_backups", BackupScreen,
                            lambda screen: screen.restored.connect(self.after_restore))

    @property
    def reports(self) -> ReportsScreen:
        return self._screen("_reports", ReportsScreen)

    @property
    def data_protection(self) -> DataProtectionScreen:
        return self._screen("_data_protection", DataProtectionScreen)

    @property
    def workspace(self) -> WorkspaceScreen:
        def wire(screen: WorkspaceScreen) -> None:
            screen.open_complaint.connect(self.open_complaint)
            screen.open_incident.connect(self._open_incident)
        return self._screen("_workspace", WorkspaceScreen, wire)

    def show_workspace(self) -> None:
        """Shown once built: what was not built ahead yet is built first, still a step per
        turn of the event loop (a few tens of milliseconds in all)."""
        self.preparing.run(self._workspace_ahead(self.user), then=self._workspace_shown)

    def _workspace_shown(self) -> None:
        self.workspace.show_for(self.user)
        self.stack.setCurrentWidget(self.workspace)

    def show_data_protection(self) -> None:
        self.data_protection.show_for(self.user)
        self.stack.setCurrentWidget(self.data_protection)

    @property
    def coaching(self) -> CoachingScreen:
        def wire(screen: CoachingScreen) -> None:
            screen.open_complaint.connect(self.open_complaint)
        return self._screen("_coaching", CoachingScreen, wire)

    def show_coaching(self) -> None:
        self.coaching.show_for(self.user)
        self.stack.setCurrentWidget(self.coaching)

    def show_reports(self) -> None:
        self.reports.show_for(self.user)
        self.stack.setCurrentWidget(self.reports)

    def show_backups(self) -> None:
        self.backups.show_for(self.user)
        self.stack.setCurrentWidget(self.backups)

    def after_restore(self) -> None:
        """The database was swapped: nobody stays signed in to the old one."""
        self._close_work()
        self.idle.stop()
        self.show_sign_in()

    def show_audit(self) -> None:
        self.audit_screen.show_for(self.user)
        self.stack.setCurrentWidget(self.audit_screen)

    def show_staff(self) -> None:
        self.staff.show_for(self.user)
        self.stack.setCurrentWidget(self.staff)

    def sign_out(self) -> None:
        """Whatever is being typed is kept as a draft for its author, then the screens go;
        the sign-in screen says so, so nobody thinks the complaint was lost or saved."""
        kept = self.wizard is not None and (self.wizard.dirty or bool(self.wizard.form.answers))
        if self.user is not None and self.stack.currentWidget() is not self.lock_screen:
            auth.sign_out(self.ctx, self.user)
        self._close_work()
        self.idle.stop()
        self.show_sign_in()
        if kept:
            self.sign_in.tell(self.tr("Signed out. The complaint you were writing is kept as a "
                                      "draft: sign in again to carry on with it from the home "
                                      "screen."))

    def _close_work(self) -> None:
        self.preparing.cancel()
        self._close_complaint_view()
        if self.wizard is not None:
            self.wizard.collect()
            if self.wizard.dirty:
                self.keep_draft()
            self.wizard.close_silently()
            self._remove_wizard()
        self.incident_flow.close_all()

    # -- a saved complaint -----------------------------------------------------------------
    def open_complaint(self, reference: str) -> ComplaintView | None:
        try:
            complaint = complaints.get_complaint(self.ctx, self.user, reference)
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Cannot open the complaint"), tr_error(error))
            return None
        self._close_complaint_view()
        returning_to = self.stack.currentWidget()
        view = ComplaintView(self.ctx, self.user, complaint, self)
        view.closed.connect(lambda: self._complaint_view_closed(returning_to))
        view.incident_requested.connect(self._open_incident)
        view.report_incident.connect(self.report_incident_for_complaint)
        view.changed.connect(self._complaint_changed)
        self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)
        self.complaint_view = view
        return view

    def _complaint_changed(self) -> None:
        """Followed up, decided, closed or reviewed: the queues, the list and the coaching
        figures behind the view move on."""
        if self._workspace is not None and self.user is not None:
            self._workspace.refresh()
        if self._coaching is not None and self._coaching.user is not None:
            self._coaching.load()

    def _open_incident(self, reference: str) -> None:
        self.incident_flow.open(self.user, reference)

    def _complaint_view_closed(self, returning_to: QWidget) -> None:
        self._close_complaint_view()
        if returning_to is not self.home and self.stack.indexOf(returning_to) >= 0:
            self.stack.setCurrentWidget(returning_to)
        else:
            self.back_home()

    def _close_complaint_view(self) -> None:
        if self.complaint_view is not None:
            self.stack.removeWidget(self.complaint_view)
            self.complaint_view.deleteLater()
            self.complaint_view = None

    # -- abusive-behaviour incidents ------------------------------------------------------
    def report_incident(self) -> None:
        self.incident_flow.report(self.user)

    def report_incident_for_complaint(self, complaint_reference: str) -> None:
        self.incident_flow.report(self.user, complaint_reference=complaint_reference)

    def show_incidents(self) -> None:
        """Managers start from what needs doing; everyone else sees the incidents they are in."""
        if self.user.role is Role.MANAGER:
            self.incident_flow.follow_ups(self.user)
        else:
            self.incident_flow.browse(self.user)

    # -- complaints -------------------------------------------------------------------------
    def start_complaint(self) -> ComplaintWizard | None:
        try:
            form = complaints.start_complaint(self.ctx, self.user)
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Cannot start a complaint"), tr_error(error))
            return None
        return self.open_wizard(form)

    def resume_draft(self, draft_id: int) -> ComplaintWizard | None:
        try:
            form = complaint_drafts.resume_draft(self.ctx, self.user, draft_id)
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Cannot resume"), tr_error(error))
            self.home.refresh()
            return None
        return self.open_wizard(form)

    def discard_draft(self, draft_id: int) -> None:
        if confirm_discard(self, self.tr("Discard the unfinished complaint?"),
                           self.tr("Everything typed for it will be lost."),
                           discard=self.tr("Discard the complaint"),
                           keep=self.tr("Keep it")):
            try:
                complaint_drafts.discard_draft(self.ctx, self.user, draft_id)
            except DomainError as error:
                QMessageBox.warning(self, self.tr("Cannot discard"), tr_error(error))
        self.home.refresh()

    def keep_draft(self) -> None:
        """Called on every step change and a few seconds after typing stops."""
        if self.wizard is None:
            return
        self.wizard.collect()
        try:
            complaint_drafts.save_draft(self.ctx, self.wizard.form)
        except DomainError as error:
            self.wizard.draft_failed(tr_error(error))

    def open_wizard(self, form: complaints.ComplaintForm) -> ComplaintWizard:
        step_left = form.step_id                 # before the wizard's first page moves it
        wizard = ComplaintWizard(self.ctx, form, self)
        wizard.saved.connect(self._complaint_saved)
        wizard.cancelled.connect(self._wizard_cancelled)
        wizard.draft_due.connect(self.keep_draft)
        self.stack.addWidget(wizard)
        self.stack.setCurrentWidget(wizard)
        self.wizard = wizard
        wizard.restart()
        wizard.go_to_step(step_left)
        return wizard

    def _complaint_saved(self, complaint: Complaint) -> None:
        self._wizard_closed()
        self.saved_screen.show_complaint(complaint)
        self.stack.setCurrentWidget(self.saved_screen)
        self.complaint_saved.emit(complaint)

    def _wizard_cancelled(self) -> None:
        """The person chose to throw the form away (they were asked): its draft goes too."""
        if self.wizard is not None and self.wizard.form.draft_id is not None:
            try:
                complaint_drafts.discard_draft(self.ctx, self.user, self.wizard.form.draft_id)
            except DomainError:
                pass        # already gone: nothing to throw away
        self._wizard_closed()

    def _remove_wizard(self) -> None:
        if self.wizard is not None:
            self.stack.removeWidget(self.wizard)
            self.wizard.deleteLater()
            self.wizard = None

    def _wizard_closed(self) -> None:
        self._remove_wizard()
        if self.user is not None:
            self.home.show_user(self.user)
            self.stack.setCurrentWidget(self.home)
