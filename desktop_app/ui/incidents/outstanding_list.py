"""Lists of incidents: the manager's outstanding actions, and the restricted list for all.

`OutstandingList` (managers): open incidents with something still to do — police
reference missing, CCTV not yet disclosed, welfare follow-up due, RIDDOR report due —
oldest first, overdue ones marked. `IncidentList` (anyone): their own incidents in full,
everyone else's only as "An incident on <date>". Both emit `open_requested(reference)`.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableWidget, QVBoxLayout, QWidget)

from desktop_app.domain.incident_kinds import BehaviourKind
from desktop_app.domain.staff import StaffMember
from desktop_app.services import incidents
from desktop_app.services.context import AppContext
from desktop_app.ui.tables import cell, record_table
from desktop_app.ui.text import INCIDENT_CONTEXT, tr_data

OVERDUE = QColor("#fdecea")


def _table(parent: QWidget, name: str, accessible: str, columns: list[str]) -> QTableWidget:
    table = record_table(parent, name, accessible, columns)
    table.setWordWrap(True)
    return table


class _ListBase(QWidget):
    open_requested = Signal(str)
    closed = Signal()

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt's name
        super().resizeEvent(event)
        # wrapped text needs the final column widths, which the table sets after this
        QTimer.singleShot(0, self.table.resizeRowsToContents)

    def _frame(self, title: str, help_text: str, table: QTableWidget) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        heading = QLabel(title, self)
        heading.setProperty("role", "title")
        layout.addWidget(heading)
        hint = QLabel(help_text, self)
        hint.setProperty("role", "help")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.empty = QLabel(self)
        self.empty.setObjectName("emptyMessage")
        layout.addWidget(self.empty)
        layout.addWidget(table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.open_button = QPushButton(self.tr("Open incident"), self)
        self.open_button.setObjectName("openIncidentButton")
        self.open_button.setProperty("primary", True)
        self.open_button.clicked.connect(self._open_selected)
        row.addWidget(self.open_button)
        back = QPushButton(self.tr("Back"), self)
        back.setObjectName("backButton")
        back.clicked.connect(self.closed)
        row.addWidget(back)
        layout.addLayout(row)
        table.itemSelectionChanged.connect(self._selection_changed)
        table.cellDoubleClicked.connect(lambda *_: self._open_selected())
        self.table = table

    def selected_reference(self) -> str:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) or "" if item else ""

    def _selection_changed(self) -> None:
        self.open_button.setEnabled(bool(self.selected_reference()))

    def _open_selected(self) -> None:
        reference = self.selected_reference()
        if reference:
            self.open_requested.emit(reference)


class OutstandingList(_ListBase):
    COLUMNS = (QT_TRANSLATE_NOOP("OutstandingList", "Incident"), QT_TRANSLATE_NOOP("OutstandingList", "When"), QT_TRANSLATE_NOOP("OutstandingList", "Where"), QT_TRANSLATE_NOOP("OutstandingList", "Still to do"), QT_TRANSLATE_NOOP("OutstandingList", "Due"))
    all_requested = Signal()

    def _add_all_button(self) -> None:
        self.all_button = QPushButton(self.tr("All incidents"), self)
        self.all_button.setObjectName("allIncidentsButton")
        self.all_button.clicked.connect(self.all_requested)
        self.layout().itemAt(self.layout().count() - 1).layout().insertWidget(0, self.all_button)

    def __init__(self, ctx: AppContext, user: StaffMember, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user = user
        self.setObjectName("outstandingIncidents")
        table = _table(self, "outstandingTable", self.tr("Incidents with actions outstanding"),
                       [self.tr(c) for c in self.COLUMNS])
        header = table.horizontalHeader()
        for column, mode in enumerate((QHeaderView.ResizeMode.Interactive,
                                       QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.Interactive,
                                       QHeaderView.ResizeMode.Stretch,
                                       QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(column, mode)
        header.resizeSection(0, 230)
        header.resizeSection(2, 170)
        header.sectionResized.connect(lambda *_: table.resizeRowsToContents())
        self._frame(self.tr("Incidents: actions outstanding"),
                    self.tr("Open abusive-behaviour incidents that still need something from "
                            "a manager. Rows in red are overdue."), table)
        self._add_all_button()
        self.refresh()

    def refresh(self) -> None:
        items = incidents.outstanding(self.ctx, self.user)
        today = self.ctx.clock.now().date()
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            due_dates = [a.due for a in item.actions if a.due is not None]
            due = min(due_dates) if due_dates else None
            overdue = any(a.overdue(today) for a in item.actions)
            kinds = ", ".join(tr_data(BehaviourKind(b).label, INCIDENT_CONTEXT)
                              for b in item.behaviours)
            values = (f"{item.reference}\n{kinds}", item.occurred_at.strftime("%d/%m/%Y %H:%M"),
                      item.location,
                      "\n".join(tr_data(a.text, INCIDENT_CONTEXT) for a in item.actions),
                      due.strftime("%d/%m/%Y") if due else "")
            for column, value in enumerate(values):
                item_cell = cell(value)
                item_cell.setData(Qt.ItemDataRole.UserRole, item.reference)
                if overdue:
                    item_cell.setBackground(QBrush(OVERDUE))
                self.table.setItem(row, column, item_cell)
        self.table.resizeRowsToContents()
        self.empty.setText("" if items else self.tr("Nothing outstanding."))
        self.empty.setVisible(not items)
        self._selection_changed()


class IncidentList(_ListBase):
    COLUMNS = (QT_TRANSLATE_NOOP("IncidentList", "Incident"), QT_TRANSLATE_NOOP("IncidentList", "When"), QT_TRANSLATE_NOOP("IncidentList", "Where"), QT_TRANSLATE_NOOP("IncidentList", "Status"))

    def __init__(self, ctx: AppContext, user: StaffMember, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user = user
        self.setObjectName("incidentList")
        table = _table(self, "incidentTable", self.tr("Incidents"),
                       [self.tr(c) for c in self.COLUMNS])
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self._frame(self.tr("Abusive-behaviour incidents"),
                    self.tr("Incident records are restricted: you can open the ones you "
                            "reported or are named in; others show only their date."), table)
        self.refresh()

    def refresh(self) -> None:
        summaries = incidents.list_incidents_for(self.ctx, self.user)
        self.table.setRowCount(len(summaries))
        for row, summary in enumerate(summaries):
            if summary.restricted:
                values = (self.tr("An incident on %1").replace(
                    "%1", summary.occurred_at.strftime("%d/%m/%Y")), "", "", "")
            else:
                values = (f"{summary.reference}\n" + ", ".join(
                    tr_data(x, INCIDENT_CONTEXT) for x in summary.behaviour_labels),
                    summary.occurred_at.strftime("%d/%m/%Y %H:%M"), summary.location,
                    tr_data(summary.status.label, INCIDENT_CONTEXT))
            for column, value in enumerate(values):
                item_cell = cell(value)
                item_cell.setData(Qt.ItemDataRole.UserRole, summary.reference)
                self.table.setItem(row, column, item_cell)
        self.table.resizeRowsToContents()
        self.empty.setText("" if summaries else self.tr("No incidents recorded."))
        self.empty.setVisible(not summaries)
        self._selection_changed()
