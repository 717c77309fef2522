"""From a figure to the records behind it, and a record as the till shows it (read-only)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QGridLayout, QGroupBox, QLabel, QPushButton,
                               QScrollArea, QVBoxLayout, QWidget)

from desktop_app.domain.complaint_sections import complaint_sections
from desktop_app.services import head_office_figures as views
from desktop_app.services.head_office import Viewer
from desktop_app.ui.tables import cell, record_table


class RecordsDialog(QDialog):
    """The complaints a store's figure was counted from; open one to read it."""

    def __init__(self, viewer: Viewer, store_code: str, start: date, end: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.viewer, self.store_code = viewer, store_code
        self.setObjectName("recordsDialog")
        self.setWindowTitle(self.tr("Complaints of %1").replace("%1", store_code))
        layout = QVBoxLayout(self)
        self.table = record_table(self, "recordsTable", self.tr("Complaints"), [
            self.tr("Reference"), self.tr("Saved"), self.tr("Category"), self.tr("Status"),
            self.tr("Escalated")])
        rows = views.records_behind(viewer, store_code, start, end)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate((row["reference"], row["saved_at"].strftime("%d/%m/%Y"),
                                      row["category"] or "", row["status"] or "",
                                      "yes" if row["escalated"] else "")):
                self.table.setItem(r, c, cell(text))
        self.table.resizeColumnsToContents()
        self.table.cellDoubleClicked.connect(self.open_row)
        layout.addWidget(self.table, 1)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(900, 600)

    def open_row(self, row: int, _column: int = 0) -> RecordView | None:
        reference = self.table.item(row, 0).text()
        complaint = views.complaint_record(self.viewer, self.store_code, reference)
        if complaint is None:
            return None
        view = RecordView(complaint, self)
        view.show()
        return view


class RecordView(QDialog):
    """A complaint read-only, in the till's sections (domain/complaint_sections.py)."""

    def __init__(self, complaint, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.setObjectName("recordView")
        self.setWindowTitle(self.tr("Complaint %1").replace("%1", complaint.reference))
        outer = QVBoxLayout(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        body = QWidget(scroll)
        layout = QVBoxLayout(body)
        self.sections = complaint_sections(complaint)
        for section in self.sections:
            box = QGroupBox(section.title, body)
            grid = QGridLayout(box)
            for r, (label, value) in enumerate(section.rows):
                head = QLabel(label, box)
                head.setWordWrap(True)
                text = QLabel(value, box)
                text.setTextFormat(Qt.TextFormat.PlainText)      # typed text is never markup
                text.setWordWrap(True)
                grid.addWidget(head, r, 0, Qt.AlignmentFlag.AlignTop)
                grid.addWidget(text, r, 1)
            grid.setColumnStretch(1, 1)
            layout.addWidget(box)
        layout.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll)
        self.resize(900, 700)
