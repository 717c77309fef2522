"""The manager's period reports for head office: complaints, and abuse towards staff."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QFormLayout, QHBoxLayout, QLabel, QPushButton,
                               QVBoxLayout, QWidget)

from desktop_app.domain.errors import DomainError
from desktop_app.domain.staff import StaffMember
from desktop_app.services import reporting
from desktop_app.services.context import AppContext
from desktop_app.domain.dashboard_figures import period_errors
from desktop_app.ui.forms import date_edit
from desktop_app.ui.report_preview import ReportPreview
from desktop_app.ui.text import tr_error



class ReportsScreen(QWidget):
    back = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user: StaffMember | None = None
        self.preview: ReportPreview | None = None
        self.setObjectName("reportsScreen")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        title = QLabel(self.tr("Reports for head office"), self)
        title.setProperty("role", "title")
        layout.addWidget(title)
        form = QFormLayout()
        self.start = date_edit(self, name="reportFrom", accessible=self.tr("From"))
        self.end = date_edit(self, name="reportTo", accessible=self.tr("To"))
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.tr("To"), self.end)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.complaints_button = QPushButton(self.tr("Complaints summary"), self)
        self.complaints_button.setObjectName("complaintsSummaryButton")
        self.complaints_button.setProperty("primary", True)
        self.complaints_button.clicked.connect(lambda: self.show_summary(False))
        self.abuse_button = QPushButton(self.tr("Abusive behaviour summary"), self)
        self.abuse_button.setObjectName("abuseSummaryButton")
        self.abuse_button.clicked.connect(lambda: self.show_summary(True))
        row.addWidget(self.complaints_button)
        row.addWidget(self.abuse_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.message = QLabel(self)
        self.message.setObjectName("reportsMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        layout.addStretch(1)
        done = QPushButton(self.tr("Back"), self)
        done.setObjectName("reportsBackButton")
        done.clicked.connect(self.back)
        layout.addWidget(done)

    def show_for(self, user: StaffMember) -> None:
        """Last month by default: what head office usually asks for."""
        self.user = user
        today = self.ctx.clock.now().date()
        first_this_month = today.replace(day=1)
        last_month_end = date.fromordinal(first_this_month.toordinal() - 1)
        self.start.set_day(last_month_end.replace(day=1))
        self.end.set_day(last_month_end)
        self.message.clear()

    def show_summary(self, abuse: bool) -> ReportPreview | None:
        start, end = self.start.day(), self.end.day()
        errors = period_errors(start, end)
        if errors:
            self.message.setText(errors.get("start") or errors["end"])
            return None
        build = reporting.incidents_summary if abuse else reporting.complaints_summary
        try:
            report = build(self.ctx, self.user, start, end)
        except DomainError as error:
            self.message.setText(tr_error(error))
            return None
        self.preview = ReportPreview(report, self)
        self.preview.show()
        return self.preview
