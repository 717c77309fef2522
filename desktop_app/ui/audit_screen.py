"""The manager's view of the audit trail: filter it, and check that nobody has altered it."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFileDialog,
                               QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from desktop_app.private_files import write_private
from desktop_app.domain.audit import AuditAction
from desktop_app.domain.errors import DomainError
from desktop_app.domain.staff import StaffMember
from desktop_app.services import audit, reporting
from desktop_app.services.audit import AuditFilter
from desktop_app.services.context import AppContext
from desktop_app.ui.text import said, tr_data, tr_error
from desktop_app.ui.tables import touch_rows
from desktop_app.ui.forms import date_edit
from desktop_app.ui.report_preview import ReportPreview

COLUMNS = (QT_TRANSLATE_NOOP("AuditScreen", "When"), QT_TRANSLATE_NOOP("AuditScreen", "Who"), QT_TRANSLATE_NOOP("AuditScreen", "Action"), QT_TRANSLATE_NOOP("AuditScreen", "Record"), QT_TRANSLATE_NOOP("AuditScreen", "PC"))


class AuditScreen(QWidget):
    back = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user: StaffMember | None = None
        self.preview: ReportPreview | None = None
        self.setObjectName("auditScreen")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 10, 16, 10)
        title = QLabel(self.tr("Audit trail"), self)
        title.setProperty("role", "title")
        outer.addWidget(title)
        outer.addLayout(self._build_filters())
        self.table = QTableWidget(0, len(COLUMNS), self)
        touch_rows(self.table)
        self.table.setObjectName("auditTable")
        self.table.setAccessibleName(self.tr("Audit entries"))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        outer.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        self.chain_status = QLabel(self)
        self.chain_status.setObjectName("chainStatus")
        self.chain_status.setWordWrap(True)
        bottom.addWidget(self.chain_status, 1)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setObjectName("auditPrintButton")
        self.print_button.clicked.connect(self.print_trail)
        bottom.addWidget(self.print_button)
        self.export_button = QPushButton(self.tr("Export CSV…"), self)
        self.export_button.setObjectName("auditExportButton")
        self.export_button.clicked.connect(self.export_trail)
        bottom.addWidget(self.export_button)
        check = QPushButton(self.tr("Check nothing was altered"), self)
        check.setObjectName("checkChainButton")
        check.clicked.connect(self.check_chain)
        bottom.addWidget(check)
        back = QPushButton(self.tr("Back"), self)
        back.setObjectName("auditBackButton")
        back.clicked.connect(self.back)
        bottom.addWidget(back)
        outer.addLayout(bottom)

    def _build_filters(self) -> QFormLayout:
        form = QFormLayout()
        dates = QHBoxLayout()
        self.start = date_edit(self, name="auditFrom", accessible=self.tr("From"))
        self.end = date_edit(self, name="auditTo", accessible=self.tr("To"))
        dates.addWidget(self.start)
        dates.addWidget(QLabel(self.tr("to"), self))
        dates.addWidget(self.end)
        dates.addStretch(1)
        form.addRow(self.tr("From"), dates)
        self.staff_code = QLineEdit(self)
        self.staff_code.setObjectName("auditStaffCode")
        self.staff_code.setAccessibleName(self.tr("Staff code"))
        form.addRow(self.tr("Staff code"), self.staff_code)
        self.action = QComboBox(self)
        self.action.setObjectName("auditAction")
        self.action.setAccessibleName(self.tr("Action"))
        self.action.addItem(self.tr("Any action"), "")
        for action in AuditAction:
            self.action.addItem(tr_data(action.label), action.value)
        form.addRow(self.tr("Action"), self.action)
        self.record_ref = QLineEdit(self)
        self.record_ref.setObjectName("auditRecord")
        self.record_ref.setAccessibleName(self.tr("Record reference"))
        form.addRow(self.tr("Record reference"), self.record_ref)
        show = QPushButton(self.tr("Show"), self)
        show.setObjectName("auditShowButton")
        show.setProperty("primary", True)
        show.clicked.connect(self.refresh)
        form.addRow("", show)
        for edit in (self.staff_code, self.record_ref):
            edit.returnPressed.connect(self.refresh)
        return form

    def show_for(self, user: StaffMember) -> None:
        self.user = user
        today = self.ctx.clock.now().date()
        self.end.set_day(today)
        self.start.set_day(today - timedelta(days=30))
        self.chain_status.clear()
        self.refresh()

    def where(self) -> AuditFilter:
        """The filter as set on screen (codes and references compared in capitals); a date
        left empty is no limit on that side."""
        first, last = self.start.day(), self.end.day()
        start = datetime.combine(first, time.min) if first else datetime.min
        end = (datetime.combine(last, time.min) + timedelta(days=1) if last
               else datetime.max)
        return AuditFilter(start=start, end=end,
                           staff_code=self.staff_code.text().strip().upper(),
                           action=self.action.currentData(),
                           record_ref=self.record_ref.text().strip().upper())

    def refresh(self) -> None:
        where = self.where()
        entries = audit.trail(self.ctx, self.user, start=where.start, end=where.end,
                              staff_code=where.staff_code, action=where.action,
                              record_ref=where.record_ref)
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            record = " ".join(part for part in (entry.record_type, entry.record_ref) if part)
            values = (entry.at.strftime("%d/%m/%Y %H:%M:%S"), entry.staff_code,
                      tr_data(AuditAction(entry.action).label), record, entry.pc)
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))

    def print_trail(self) -> ReportPreview | None:
        try:
            report = reporting.audit_report(self.ctx, self.user, self.where())
        except DomainError as error:
            self._status(tr_error(error), error=True)
            return None
        self.preview = ReportPreview(report, self)
        self.preview.open()
        return self.preview

    def choose_csv_path(self) -> str:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the audit trail"),
                                              "audit-trail.csv", self.tr("CSV (*.csv)"))
        return path

    def export_trail(self) -> None:
        path = self.choose_csv_path()
        if not path:
            return
        try:
            data = audit.export_trail(self.ctx, self.user, self.where())
            write_private(Path(path), data)
        except DomainError as error:
            self._status(tr_error(error), error=True)
            return
        except OSError as error:
            self._status(self.tr("Not saved: %1").replace("%1", error.strerror or tr_error(error)),
                         error=True)
            return
        self._status(self.tr("Exported to %1").replace("%1", path))

    def _status(self, text: str, *, error: bool = False) -> None:
        self.chain_status.setProperty("role", "error" if error else "")
        self.chain_status.setText(text)

    def check_chain(self) -> None:
        problems = audit.check_chain(self.ctx)
        if problems:
            self.chain_status.setProperty("role", "error")
            self.chain_status.setText(self.tr("The trail has been altered: %1")
                                      .replace("%1", " ".join(said(p) for p in problems[:3])))
        else:
            self.chain_status.setProperty("role", "")
            self.chain_status.setText(self.tr("Checked: no entry has been altered or removed."))
