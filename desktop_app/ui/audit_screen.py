"""The manager's view of the audit trail: filter it, and check that nobody has altered it."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QFormLayout, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from desktop_app.domain.audit import AuditAction
from desktop_app.domain.staff import StaffMember
from desktop_app.services import audit
from desktop_app.services.context import AppContext

COLUMNS = ("When", "Who", "Action", "Record", "PC")


class AuditScreen(QWidget):
    back = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user: StaffMember | None = None
        self.setObjectName("auditScreen")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 10, 16, 10)
        title = QLabel(self.tr("Audit trail"), self)
        title.setProperty("role", "title")
        outer.addWidget(title)
        outer.addLayout(self._build_filters())
        self.table = QTableWidget(0, len(COLUMNS), self)
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
        self.start = QDateEdit(self)
        self.start.setObjectName("auditFrom")
        self.start.setAccessibleName(self.tr("From"))
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("dd/MM/yyyy")
        self.end = QDateEdit(self)
        self.end.setObjectName("auditTo")
        self.end.setAccessibleName(self.tr("To"))
        self.end.setCalendarPopup(True)
        self.end.setDisplayFormat("dd/MM/yyyy")
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
            self.action.addItem(self.tr(action.label), action.value)
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
        self.end.setDate(QDate(today.year, today.month, today.day))
        month_ago = today - timedelta(days=30)
        self.start.setDate(QDate(month_ago.year, month_ago.month, month_ago.day))
        self.chain_status.clear()
        self.refresh()

    def refresh(self) -> None:
        start = datetime.combine(self.start.date().toPython(), time.min)
        end = datetime.combine(self.end.date().toPython(), time.min) + timedelta(days=1)
        entries = audit.trail(self.ctx, self.user, start=start, end=end,
                              staff_code=self.staff_code.text(),
                              action=self.action.currentData(),
                              record_ref=self.record_ref.text())
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            record = " ".join(part for part in (entry.record_type, entry.record_ref) if part)
            values = (entry.at.strftime("%d/%m/%Y %H:%M:%S"), entry.staff_code,
                      self.tr(AuditAction(entry.action).label), record, entry.pc)
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))

    def check_chain(self) -> None:
        problems = audit.check_chain(self.ctx)
        if problems:
            self.chain_status.setProperty("role", "error")
            self.chain_status.setText(self.tr("The trail has been altered: %1")
                                      .replace("%1", " ".join(problems[:3])))
        else:
            self.chain_status.setProperty("role", "")
            self.chain_status.setText(self.tr("Checked: no entry has been altered or removed."))
