"""The home screen: start a complaint, see recent ones; managers reach settings and staff."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QGridLayout, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from desktop_app.domain.permissions import Action, Scope, Subject, allowed, scope, sees_everyones
from desktop_app.domain.staff import StaffMember
from desktop_app.domain.aftercare import WorkWaiting
from desktop_app.services import aftercare, home
from desktop_app.services.complaint_drafts import ComplaintDraft
from desktop_app.services.context import AppContext
from desktop_app.ui.text import tr_data
from desktop_app.ui.tables import cell, touch_rows
from desktop_app.ui.background import BackgroundQuery
from desktop_app.ui.language import NATIVE_NAMES, other_offered
from desktop_app.ui.feedback_banner import FeedbackBanner
from desktop_app.ui.widgets.flow_layout import FlowLayout

#: marked for lupdate, translated where they are shown
RECENT_COLUMNS = (QT_TRANSLATE_NOOP("HomeScreen", "Reference"), QT_TRANSLATE_NOOP("HomeScreen", "Saved"), QT_TRANSLATE_NOOP("HomeScreen", "Category"), QT_TRANSLATE_NOOP("HomeScreen", "Status"), QT_TRANSLATE_NOOP("HomeScreen", "Staff"))


class HomeScreen(QWidget):
    new_complaint = Signal()
    sign_out = Signal()
    open_settings = Signal()
    open_staff = Signal()
    open_audit = Signal()
    open_backups = Signal()
    open_data_protection = Signal()
    open_reports = Signal()
    open_coaching = Signal()
    report_incident = Signal()
    open_incidents = Signal()
    resume_draft = Signal(int)
    open_complaint = Signal(str)
    discard_draft = Signal(int)
    open_workspace = Signal()
    language_chosen = Signal(object)      # Language: the person's own, kept for them

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user: StaffMember | None = None
        self.setObjectName("homeScreen")
        self.loading = BackgroundQuery(self)
        self.loading.done.connect(self._loaded)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        top = QHBoxLayout()
        self.greeting = QLabel(self)
        self.greeting.setProperty("role", "title")
        self.greeting.setObjectName("greeting")
        top.addWidget(self.greeting, 1)
        self.language_button = QPushButton(self)
        self.language_button.setObjectName("languageButton")
        self.language_button.clicked.connect(
            lambda: self.language_chosen.emit(self.other_language))
        self.language_button.hide()               # shown where the store offers Welsh
        top.addWidget(self.language_button)
        self.sign_out_button = QPushButton(self.tr("Sign out"), self)
        self.sign_out_button.setObjectName("signOutButton")
        self.sign_out_button.clicked.connect(self.sign_out)
        top.addWidget(self.sign_out_button)
        outer.addLayout(top)
        self._build_drafts_banner(outer)

        self.actions = QGridLayout()
        self.new_button = QPushButton(self.tr("New complaint"), self)
        self.new_button.setObjectName("newComplaintButton")
        self.new_button.setProperty("primary", True)
        self.new_button.setProperty("big", True)
        self.new_button.clicked.connect(self.new_complaint)
        self.actions.addWidget(self.new_button, 0, 0)
        self.report_button = QPushButton(self.tr("Report abusive behaviour"), self)
        self.report_button.setObjectName("reportIncidentButton")
        self.report_button.setToolTip(self.tr("Record abuse, threats or violence towards staff "
                                              "— a separate, restricted record"))
        self.report_button.clicked.connect(self.report_incident)
        self.add_action(self.report_button)
        self.workspace_button = QPushButton(self.tr("Complaints and follow-ups"), self)
        self.workspace_button.setObjectName("workspaceButton")
        self.workspace_button.setToolTip(self.tr("Find any complaint; follow-ups due, "
                                                 "escalations waiting and the dashboard"))
        self.workspace_button.clicked.connect(self.open_workspace)
        self.add_action(self.workspace_button)
        self.coaching_button = QPushButton(self.tr("Coaching"), self)
        self.coaching_button.setObjectName("coachingButton")
        self.coaching_button.setToolTip(self.tr(
            "Figures per member of staff and the marking points most often missed"))
        self.coaching_button.clicked.connect(self.open_coaching)
        self.add_action(self.coaching_button)
        outer.addLayout(self.actions)
        self._build_decisions_banner(outer)
        self.feedback_banner = FeedbackBanner(ctx, self)
        self.feedback_banner.open_complaint.connect(self.open_complaint)
        outer.addWidget(self.feedback_banner)

        self.manager_row = FlowLayout()          # wraps where the labels run long (Welsh)
        self.incidents_button = QPushButton(self.tr("Incidents"), self)
        self.incidents_button.setObjectName("incidentsButton")
        self.incidents_button.clicked.connect(self.open_incidents)
        self.manager_row.addWidget(self.incidents_button)
        self.settings_button = QPushButton(self.tr("Store settings"), self)
        self.settings_button.setObjectName("settingsButton")
        self.settings_button.clicked.connect(self.open_settings)
        self.staff_button = QPushButton(self.tr("Staff accounts"), self)
        self.staff_button.setObjectName("staffButton")
        self.staff_button.clicked.connect(self.open_staff)
        self.audit_button = QPushButton(self.tr("Audit trail"), self)
        self.audit_button.setObjectName("auditButton")
        self.audit_button.clicked.connect(self.open_audit)
        self.manager_row.addWidget(self.settings_button)
        self.manager_row.addWidget(self.staff_button)
        self.manager_row.addWidget(self.audit_button)
        self.reports_button = QPushButton(self.tr("Reports"), self)
        self.reports_button.setObjectName("reportsButton")
        self.reports_button.clicked.connect(self.open_reports)
        self.manager_row.addWidget(self.reports_button)
        self.backups_button = QPushButton(self.tr("Backups"), self)
        self.backups_button.setObjectName("backupsButton")
        self.backups_button.clicked.connect(self.open_backups)
        self.manager_row.addWidget(self.backups_button)
        self.data_protection_button = QPushButton(self.tr("Data protection"), self)
        self.data_protection_button.setObjectName("dataProtectionButton")
        self.data_protection_button.setToolTip(self.tr(
            "How long personal data is kept; a person's request to see or erase their data"))
        self.data_protection_button.clicked.connect(self.open_data_protection)
        self.manager_row.addWidget(self.data_protection_button)
        outer.addLayout(self.manager_row)

        self.recent_title = QLabel(self)
        self.recent_title.setObjectName("recentTitle")
        outer.addWidget(self.recent_title)
        self.recent = QTableWidget(0, len(RECENT_COLUMNS), self)
        touch_rows(self.recent)
        self.recent.setObjectName("recentComplaints")
        self.recent.setAccessibleName(self.tr("Recent complaints"))
        self.recent.setHorizontalHeaderLabels([self.tr(c) for c in RECENT_COLUMNS])
        self.recent.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recent.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.recent.verticalHeader().hide()
        self.recent.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.recent.itemActivated.connect(self._activated)
        self.recent.setToolTip(self.tr("Double-click or press Enter to open a complaint"))
        outer.addWidget(self.recent, 1)

    def _activated(self, item: QTableWidgetItem) -> None:
        reference = self.recent.item(item.row(), 0)
        if reference is not None:
            self.open_complaint.emit(reference.text())

    def _build_drafts_banner(self, outer: QVBoxLayout) -> None:
        self.drafts_banner = QFrame(self)
        self.drafts_banner.setObjectName("draftsBanner")
        self.drafts_banner.setProperty("role", "warning")
        row = QHBoxLayout(self.drafts_banner)
        self.draft_text = QLabel(self.drafts_banner)
        self.draft_text.setObjectName("draftText")
        self.draft_text.setWordWrap(True)
        row.addWidget(self.draft_text, 1)
        self.resume_button = QPushButton(self.tr("Resume it"), self.drafts_banner)
        self.resume_button.setObjectName("resumeDraftButton")
        self.resume_button.setProperty("primary", True)
        self.resume_button.clicked.connect(self._resume)
        row.addWidget(self.resume_button)
        self.discard_button = QPushButton(self.tr("Discard it"), self.drafts_banner)
        self.discard_button.setObjectName("discardDraftButton")
        self.discard_button.clicked.connect(self._discard)
        row.addWidget(self.discard_button)
        outer.addWidget(self.drafts_banner)
        self.drafts_banner.hide()
        self.draft: ComplaintDraft | None = None

    def _build_decisions_banner(self, outer: QVBoxLayout) -> None:
        """The outcome of complaints this person escalated, until they say they have seen it."""
        self.decisions_banner = QFrame(self)
        self.decisions_banner.setObjectName("decisionsBanner")
        self.decisions_banner.setProperty("role", "info")
        row = QHBoxLayout(self.decisions_banner)
        self.decisions_text = QLabel(self.decisions_banner)
        self.decisions_text.setObjectName("decisionsText")
        self.decisions_text.setWordWrap(True)
        self.decisions_text.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.decisions_text, 1)
        self.open_decision_button = QPushButton(self.tr("Open it"), self.decisions_banner)
        self.open_decision_button.setObjectName("openDecisionButton")
        self.open_decision_button.clicked.connect(self._open_decision)
        row.addWidget(self.open_decision_button)
        self.seen_button = QPushButton(self.tr("Seen"), self.decisions_banner)
        self.seen_button.setObjectName("decisionSeenButton")
        self.seen_button.clicked.connect(self._decisions_seen)
        row.addWidget(self.seen_button)
        outer.addWidget(self.decisions_banner)
        self.decisions_banner.hide()
        self.notices: list[aftercare.DecisionNotice] = []

    def _show_decisions(self, notices: list[aftercare.DecisionNotice]) -> None:
        self.notices = notices
        self.decisions_banner.setVisible(bool(self.notices))
        if not self.notices:
            return
        first = self.notices[0]
        text = self.tr("Decision on %1, which you escalated: %2 (%3, %4).") \
            .replace("%1", first.reference).replace("%2", first.decision.decision) \
            .replace("%3", first.decision.staff_name) \
            .replace("%4", first.decision.at.strftime("%d/%m/%Y %H:%M"))
        if len(self.notices) > 1:
            text += " " + self.tr("(%1 more after it.)").replace("%1", str(len(self.notices) - 1))
        self.decisions_text.setText(text)

    def _open_decision(self) -> None:
        if self.notices:
            reference = self.notices[0].reference
            aftercare.mark_decisions_seen(self.ctx, self.user, [reference])
            self.open_complaint.emit(reference)

    def _decisions_seen(self) -> None:
        if self.notices:
            aftercare.mark_decisions_seen(self.ctx, self.user, [self.notices[0].reference])
        self._show_decisions(self.notices[1:])

    def _show_work_waiting(self, waiting: WorkWaiting) -> None:
        parts = []
        if waiting.overdue:
            parts.append(self.tr("%1 overdue").replace("%1", f"{waiting.overdue:,}"))
        if waiting.due_today:
            parts.append(self.tr("%1 due today").replace("%1", f"{waiting.due_today:,}"))
        if waiting.escalated:
            parts.append(self.tr("%1 escalated").replace("%1", f"{waiting.escalated:,}"))
        text = self.tr("Complaints and follow-ups")
        self.workspace_button.setText(text + (f"\n({', '.join(parts)})" if parts else ""))
        self.workspace_button.setProperty("attention", bool(waiting.overdue or waiting.escalated))
        self.workspace_button.style().unpolish(self.workspace_button)
        self.workspace_button.style().polish(self.workspace_button)

    def _resume(self) -> None:
        if self.draft is not None:
            self.resume_draft.emit(self.draft.id)

    def _discard(self) -> None:
        if self.draft is not None:
            self.discard_draft.emit(self.draft.id)

    def _show_drafts(self, drafts: list[ComplaintDraft]) -> None:
        """The oldest unfinished complaint this person may resume (their own; any for a manager)."""
        self.draft = drafts[0] if drafts else None
        self.drafts_banner.setVisible(self.draft is not None)
        if self.draft is None:
            return
        whose = ("" if self.draft.staff_id == self.user.id
                 else self.tr(" by %1").replace("%1", self.draft.staff_name))
        text = self.tr("An unfinished complaint started%1 at %2 was kept.") \
            .replace("%1", whose).replace("%2", self.draft.started_at.strftime("%H:%M on %d/%m/%Y"))
        if len(drafts) > 1:
            text += " " + self.tr("(%1 more after it.)").replace("%1", str(len(drafts) - 1))
        self.draft_text.setText(text)

    def add_action(self, button: QPushButton) -> None:
        """Other features add their big buttons beside 'New complaint'."""
        button.setProperty("big", True)
        count = self.actions.count()
        self.actions.addWidget(button, count // 2, count % 2)

    def show_user(self, user: StaffMember) -> None:
        self.user = user
        self.other_language = other_offered(self.ctx)
        self.language_button.setVisible(self.other_language is not None)
        if self.other_language is not None:
            self.language_button.setText(NATIVE_NAMES[self.other_language])
        self.greeting.setText(self.tr("Hello, %1").replace("%1", user.name) +
                              f"  ·  {tr_data(user.role.label)}")
        for button, subject, action in (
                (self.settings_button, Subject.SETTINGS, Action.AMEND),
                (self.staff_button, Subject.STAFF, Action.VIEW),
                (self.audit_button, Subject.AUDIT, Action.VIEW),
                (self.backups_button, Subject.SETTINGS, Action.AMEND),
                (self.reports_button, Subject.COMPLAINT, Action.EXPORT),
                (self.data_protection_button, Subject.COMPLAINT, Action.ERASE)):
            button.setVisible(allowed(user, subject, action))
        # staff see their own figures: the button shows wherever the right reaches at all
        self.coaching_button.setVisible(
            scope(user.role, Subject.COACHING, Action.VIEW) is not Scope.NONE)
        self.refresh()

    def refresh(self) -> None:
        """Read on the pool (the newest request wins); the screen is usable meanwhile."""
        if self.user is None:
            return
        own = not sees_everyones(self.user, Subject.COMPLAINT)
        self.recent_title.setText(self.tr("Your recent complaints") if own
                                  else self.tr("Recent complaints in this store"))
        self.loading.run(home.summary, self.ctx, self.user)

    def _loaded(self, summary: home.HomeSummary) -> None:
        self._show_drafts(summary.drafts)
        self._show_decisions(summary.notices)
        self.feedback_banner.show_feedback(self.user, summary.feedback)
        self._show_work_waiting(summary.waiting)
        rows = summary.recent
        self.recent.setRowCount(len(rows))
        for row, complaint in enumerate(rows):
            category = self.ctx.catalogue.category(complaint.category)
            values = (complaint.reference, complaint.saved_at.strftime("%d/%m/%Y %H:%M"),
                      tr_data(category.label) if category else complaint.category,
                      tr_data(complaint.status.label), complaint.staff_name)
            for column, value in enumerate(values):
                self.recent.setItem(row, column, cell(value))
