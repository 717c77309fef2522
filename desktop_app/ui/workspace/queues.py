"""What needs doing: follow-ups due today or overdue, and escalations waiting for a decision.

Plain table widgets of the oldest few hundred (services.aftercare.queues, read by the
workspace on the pool once per visit); the summary gives the full counts.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QHeaderView, QLabel, QTableWidget,
                               QVBoxLayout, QWidget)

from desktop_app.domain.aftercare import AwaitingDecision
from desktop_app.domain.record_filter import ListedComplaint
from desktop_app.domain.staff import StaffMember
from desktop_app.services import aftercare
from desktop_app.services.context import AppContext
from desktop_app.ui.tables import cell, record_table
from desktop_app.ui.text import tr_data
from desktop_app.ui.workspace.complaint_list_model import (DUE_TODAY_BACKGROUND,
                                                        OVERDUE_BACKGROUND, follow_up_tip)



def _table(parent: QWidget, name: str, title: str, headers: list[str]) -> QTableWidget:
    table = record_table(parent, name, title, headers)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    table.setToolTip(QCoreApplication.translate(
        "Queues", "Double-click or press Enter to open a complaint"))
    return table


def _fill_row(table: QTableWidget, row: int, values: list[str], *,
              background: QColor | None = None, bold: bool = False, tip: str = "") -> None:
    for column, value in enumerate(values):
        item = cell(value)
        if background is not None:
            item.setBackground(QBrush(background))
        if bold:
            font = QFont()
            font.setBold(True)
            item.setFont(font)
        if tip:
            item.setToolTip(tip)
        table.setItem(row, column, item)


class _Queue(QWidget):
    open_complaint = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None, *, name: str, title: str,
                 headers: list[str]) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user: StaffMember | None = None
        self.setObjectName(f"{name}Queue")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.summary = QLabel(self)
        self.summary.setObjectName(f"{name}Summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = _table(self, f"{name}Table", title, headers)
        self.table.itemActivated.connect(lambda item: self._activated(item.row()))
        layout.addWidget(self.table, 1)

    def _activated(self, row: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.open_complaint.emit(item.text())

    def _category(self, category_id: str) -> str:
        category = self.ctx.catalogue.category(category_id)
        return category.label if category else category_id


class FollowUpQueue(_Queue):
    """Overdue first (the oldest due date at the top), then those due today."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, name="followUp", title=self.tr("Follow-ups due"),
                         headers=[self.tr("Reference"), self.tr("Due"), self.tr("Days overdue"),
                                  self.tr("Category"), self.tr("Status"), self.tr("Staff")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)   # category
        self.table.setColumnWidth(3, 230)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)

    def show_queue(self, queue: aftercare.FollowUpQueue) -> None:
        today = self.ctx.clock.now().date()
        rows: list[ListedComplaint] = [*queue.overdue, *queue.due_today]
        self.table.setRowCount(len(rows))
        for row, item in enumerate(rows):
            late = (today - item.follow_up_due).days
            overdue = late > 0
            _fill_row(self.table, row, [
                item.reference, f"{item.follow_up_due:%d/%m/%Y}", str(late) if overdue else "",
                self._category(item.category), tr_data(item.status.label), item.staff_name],
                background=OVERDUE_BACKGROUND if overdue else DUE_TODAY_BACKGROUND,
                bold=overdue, tip=follow_up_tip(item.follow_up_due, overdue=overdue))
        if not rows:
            self.summary.setText(self.tr("No follow-ups are due today or overdue."))
        else:
            text = self.tr("%1 overdue, %2 due today. Open one to record the contact.") \
                .replace("%1", f"{queue.overdue_count:,}") \
                .replace("%2", f"{queue.due_today_count:,}")
            if not queue.shown_all:
                text += " " + self.tr("The oldest %1 are listed here; the list's Overdue "
                                      "filter finds every one.").replace("%1", f"{len(rows):,}")
            self.summary.setText(text)
        self.counts = (queue.overdue_count, queue.due_today_count)


class EscalationQueue(_Queue):
    """Escalated complaints waiting for a decision; those addressed to this person first."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, name="escalation", title=self.tr("Escalations waiting"),
                         headers=[self.tr("Reference"), self.tr("Escalated"), self.tr("To"),
                                  self.tr("Why"), self.tr("Category"), self.tr("Staff")])
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)     # why
        for column, width in ((2, 170), (4, 190)):                         # to, category
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)

    def show_waiting(self, waiting: list[AwaitingDecision], total: int) -> None:
        self.table.setRowCount(len(waiting))
        for row, item in enumerate(waiting):
            since = f"{item.since:%d/%m/%Y %H:%M}" if item.since else ""
            _fill_row(self.table, row, [
                item.complaint.reference, since, item.to, " ".join(item.reason.split()),
                self._category(item.complaint.category), item.complaint.staff_name],
                bold=item.addressed_to_you,
                tip=(self.tr("Escalated to you. ") if item.addressed_to_you else "")
                + self.tr("Why: %1").replace("%1", item.reason))
        mine = sum(item.addressed_to_you for item in waiting)
        self.summary.setText(
            self.tr("No escalated complaint is waiting for a decision.") if not waiting else
            self.tr("%1 waiting for a decision (%2 addressed to you, in bold). Open one to "
                    "record the decision.").replace("%1", f"{total:,}")
            .replace("%2", str(mine)))
        self.count = total
