"""After saving: the reference in large type, to read out or write down for the customer."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.domain.complaint import Complaint
from desktop_app.ui.text import tr_data


class SavedScreen(QWidget):
    finished = Signal()
    report_incident = Signal(str)     # the complaint turned abusive: its reference
    open_record = Signal(str)         # view it, print the receipt or the customer's copy

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("savedScreen")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 40, 40, 40)
        layout.addStretch(1)
        heading = QLabel(self.tr("Complaint saved. Give the customer this reference:"), self)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading.setProperty("role", "title")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.reference = QLabel(self)
        self.reference.setObjectName("referenceLabel")
        self.reference.setProperty("role", "reference")
        self.reference.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reference.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.reference)
        self.status = QLabel(self)
        self.status.setObjectName("savedStatus")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.print_button = QPushButton(self.tr("Print the receipt or the customer's copy"), self)
        self.print_button.setObjectName("printFromSavedButton")
        self.print_button.clicked.connect(self._open_record)
        layout.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignCenter)
        self.report_button = QPushButton(self.tr("The customer became abusive: report it"), self)
        self.report_button.setObjectName("reportFromComplaintButton")
        self.report_button.clicked.connect(self._report)
        layout.addWidget(self.report_button, 0, Qt.AlignmentFlag.AlignCenter)
        self.done = QPushButton(self.tr("Done"), self)
        self.done.setObjectName("doneButton")
        self.done.setProperty("primary", True)
        self.done.setProperty("big", True)
        self.done.clicked.connect(self.finished)
        layout.addWidget(self.done)

    def show_complaint(self, complaint: Complaint) -> None:
        self.reference.setText(complaint.reference)
        self.reference.setAccessibleName(complaint.reference)
        self.status.setText(self.tr("Status: %1").replace("%1", tr_data(complaint.status.label)))
        self.done.setFocus()

    def _open_record(self) -> None:
        self.open_record.emit(self.reference.text())

    def _report(self) -> None:
        self.report_incident.emit(self.reference.text())
