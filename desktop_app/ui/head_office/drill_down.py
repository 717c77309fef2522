"""From a figure to the records behind it, and a record as the till shows it (read-only)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QDialog, QGridLayout, QGroupBox, QLabel, QPushButton,
                               QScrollArea, QTableWidget, QVBoxLayout, QWidget)

from desktop_app.domain.record_words import COMPLAINT_WORDS, INCIDENT_WORDS
from desktop_app.services import head_office_figures as views
from desktop_app.services.head_office import Viewer
from desktop_app.ui.record_words import value_words
from desktop_app.ui.tables import cell, record_table
from desktop_app.ui.text import DATA_CONTEXT, INCIDENT_CONTEXT, said, tr_data

# The records table's columns
STORE, REFERENCE, WHEN, WHAT, STATUS, ESCALATED = range(6)


# These are functions, not a class: their words are in the context "RecordsTable".
def opens_records(table: QTableWidget, opener) -> None:  # noqa: ANN001 - opener(row, column)
    """A double-click (or Enter) on a cell of `table` calls opener(row, column)."""
    table.setToolTip(QCoreApplication.translate(
        "RecordsTable", "Double-click for the records behind a figure"))
    table.cellActivated.connect(opener)       # Qt activates on double-click and on Enter


def records_table(parent: QWidget, name: str, what: str) -> QTableWidget:
    """A table of records (RecordLine), one a row; `what` heads the column saying what
    each is (category, behaviour)."""
    words = [QCoreApplication.translate("RecordsTable", "Records"),
             QCoreApplication.translate("RecordsTable", "Store"),
             QCoreApplication.translate("RecordsTable", "Reference"),
             QCoreApplication.translate("RecordsTable", "When"), what,
             QCoreApplication.translate("RecordsTable", "Status"),
             QCoreApplication.translate("RecordsTable", "Escalated")]
    return record_table(parent, name, words[0], words[1:])


def fill_records(table: QTableWidget, lines: list[views.RecordLine]) -> None:
    table.setRowCount(len(lines))
    for r, line in enumerate(lines):
        for c, text in enumerate((line.store_code, line.reference,
                                  line.at.strftime("%d/%m/%Y %H:%M"), _word(line),
                                  tr_data(line.status, _context(line)),
                                  QCoreApplication.translate("RecordsTable", "yes") if line.escalated
                                  else "")):
            table.setItem(r, c, cell(text))
    table.resizeColumnsToContents()


def _context(line: views.RecordLine) -> str:
    return INCIDENT_CONTEXT if line.record_type == "incident" else DATA_CONTEXT


def _word(line: views.RecordLine) -> str:
    """What the record is (its category, or its kinds of behaviour), in the screen's words."""
    return tr_data(line.what, _context(line))


class RecordsDialog(QDialog):
    """The records a figure was counted from; open one to read it."""

    def __init__(self, viewer: Viewer, figure: views.Figure,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.viewer = viewer
        self.setObjectName("recordsDialog")
        self.setWindowTitle(self.tr("Records behind the figure"))
        layout = QVBoxLayout(self)
        about = QLabel(said(figure.describe()), self)
        about.setObjectName("recordsAbout")
        about.setWordWrap(True)
        layout.addWidget(about)
        self.table = records_table(self, "recordsTable", self.tr("Category") if
                                   figure.record_type == "complaint" else self.tr("Behaviour"))
        self.lines = views.records_behind(viewer, figure)
        fill_records(self.table, self.lines)
        self.table.setColumnHidden(ESCALATED, figure.record_type != "complaint")
        self.table.cellActivated.connect(self.open_row)
        layout.addWidget(self.table, 1)
        count = QLabel(self.tr("%n records", "", len(self.lines)) if len(self.lines) != 1
                       else self.tr("1 record"), self)
        layout.addWidget(count)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(900, 600)

    def open_row(self, row: int, _column: int = 0) -> RecordView | None:
        line = self.lines[row]
        return open_record(self.viewer, line.record_type, line.store_code, line.reference,
                           self)


def open_record(viewer: Viewer, record_type: str, store_code: str, reference: str,
                parent: QWidget) -> RecordView | None:
    sections = views.record_sections(viewer, record_type, store_code, reference)
    if sections is None:
        return None
    view = RecordView(f"{store_code} {reference}", sections, parent, record_type=record_type)
    view.show()
    return view


class RecordView(QDialog):
    """A record read-only, in the till's sections (domain/*_sections.py)."""

    def __init__(self, title: str, sections: views.Sections,
                 parent: QWidget | None = None, *, record_type: str = "complaint") -> None:
        super().__init__(parent)
        incident = record_type == "incident"
        context = INCIDENT_CONTEXT if incident else DATA_CONTEXT
        worded = INCIDENT_WORDS if incident else \
            COMPLAINT_WORDS | frozenset(views.category_labels().values())
        self.setObjectName("recordView")
        self.setWindowTitle(title)
        self.sections = sections
        outer = QVBoxLayout(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        body = QWidget(scroll)
        layout = QVBoxLayout(body)
        for heading, rows in sections:
            box = QGroupBox(tr_data(heading, context), body)
            grid = QGridLayout(box)
            for r, (label, value) in enumerate(rows):
                head = QLabel(tr_data(label, context), box)
                head.setWordWrap(True)
                text = QLabel(value_words(value, worded, context), box)
                text.setObjectName("recordValue")
                text.setTextFormat(Qt.TextFormat.PlainText)      # typed text is never markup
                text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                text.setWordWrap(True)
                grid.addWidget(head, r, 0, Qt.AlignmentFlag.AlignTop)
                grid.addWidget(text, r, 1)
            grid.setColumnStretch(1, 1)
            layout.addWidget(box)
        layout.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        outer.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(900, 700)
