"""The manager's data-protection tools: retention periods, subject access and erasure.

Two tabs: how long personal data is kept (and removing what has expired now), and the
requests a person makes — find every record about them, save the subject access pack
(one PDF and one JSON file), or erase their personal details with the reason recorded.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QFileDialog, QFormLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox,
                               QPushButton, QSpinBox, QTableWidget, QTableWidgetItem,
                               QTabWidget, QVBoxLayout, QWidget)

from desktop_app.private_files import write_private
from desktop_app.domain.errors import DomainError, ValidationFailed
from desktop_app.domain.personal_data import (MAX_YEARS, MIN_YEARS, PersonQuery, RetentionPolicy,
                                              erasure_errors)
from desktop_app.domain.staff import StaffMember
from desktop_app.services import data_protection
from desktop_app.services.context import AppContext
from desktop_app.ui.tables import touch_rows
from desktop_app.ui.background import BackgroundQuery
from desktop_app.ui.forms import FieldRows, date_edit, show_message
from desktop_app.ui.text import tr_error

RESULT_COLUMNS = (QT_TRANSLATE_NOOP("DataProtectionScreen", "Erase"),
                  QT_TRANSLATE_NOOP("DataProtectionScreen", "Record"),
                  QT_TRANSLATE_NOOP("DataProtectionScreen", "Reference"),
                  QT_TRANSLATE_NOOP("DataProtectionScreen", "Date"),
                  QT_TRANSLATE_NOOP("DataProtectionScreen", "About"))
COMPLAINT = QT_TRANSLATE_NOOP("DataProtectionScreen", "Complaint")
INCIDENT = QT_TRANSLATE_NOOP("DataProtectionScreen", "Incident")


def _message_label(name: str, parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    return label



class _Fields:
    """The search form's two columns, showing messages by key in whichever holds it."""

    def __init__(self, left: FieldRows, right: FieldRows) -> None:
        self.left, self.right = left, right
        self.errors = {**left.errors, **right.errors}

    def show(self, errors: dict[str, str]) -> None:
        self.left.show(errors)
        self.right.show(errors)
        self.errors = {**self.left.errors, **self.right.errors}


class DataProtectionScreen(QWidget):
    back = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user: StaffMember | None = None
        self.found: data_protection.PersonRecords | None = None
        self.setObjectName("dataProtectionScreen")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        title = QLabel(self.tr("Data protection"), self)
        title.setProperty("role", "title")
        outer.addWidget(title)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("dataProtectionTabs")
        self.tabs.addTab(self._build_requests(), self.tr("A person's records"))
        self.tabs.addTab(self._build_retention(), self.tr("How long data is kept"))
        outer.addWidget(self.tabs, 1)
        done = QPushButton(self.tr("Back"), self)
        done.setObjectName("dataProtectionBackButton")
        done.clicked.connect(self.back)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(done)
        outer.addLayout(row)

    # ---- retention -------------------------------------------------------------------------
    def _build_retention(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        about = QLabel(self.tr(
            "The law sets no fixed period: the store decides and can justify it. Six years "
            "covers the time a customer has to bring a claim. When a record is older than "
            "this, its personal details (names, contact details, the customer's words, the "
            "signature, injuries, descriptions and police references) are removed; the "
            "record stays for the statistics. This runs each time the program starts."), page)
        about.setWordWrap(True)
        layout.addWidget(about)
        form = QFormLayout()
        self.complaint_years = self._years_box("complaintYears",
                                               self.tr("Complaints, years after closing"))
        self.incident_years = self._years_box("incidentYears",
                                              self.tr("Incidents, years after they happened"))
        form.addRow(self.tr("Complaints, years after closing"), self.complaint_years)
        form.addRow(self.tr("Incidents, years after they happened"), self.incident_years)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.save_retention_button = QPushButton(self.tr("Save"), page)
        self.save_retention_button.setObjectName("saveRetentionButton")
        self.save_retention_button.clicked.connect(self.save_retention)
        self.sweep_button = QPushButton(self.tr("Remove expired personal data now"), page)
        self.sweep_button.setObjectName("sweepButton")
        self.sweep_button.clicked.connect(self.sweep)
        self.sweeping = BackgroundQuery(self)
        self.sweeping.done.connect(self._swept)
        self.sweeping.failed.connect(self._sweep_failed)
        buttons.addWidget(self.save_retention_button)
        buttons.addWidget(self.sweep_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.retention_message = _message_label("retentionMessage", page)
        layout.addWidget(self.retention_message)
        layout.addStretch(1)
        return page

    def _years_box(self, name: str, label: str) -> QSpinBox:
        box = QSpinBox(self)
        box.setObjectName(name)
        box.setAccessibleName(label)
        box.setRange(MIN_YEARS, MAX_YEARS)
        box.setSuffix(self.tr(" years"))
        return box

    def save_retention(self) -> None:
        policy = RetentionPolicy(self.complaint_years.value(), self.incident_years.value())
        try:
            data_protection.set_retention(self.ctx, self.user, policy)
        except DomainError as error:
            show_message(self.retention_message, tr_error(error), error=True)
            return
        show_message(self.retention_message, self.tr("Saved."))

    def sweep(self) -> None:
        """On the pool: a long backlog goes in batches and the till stays usable."""
        self.sweep_button.setEnabled(False)
        show_message(self.retention_message, self.tr("Removing expired personal details…"))
        self.sweeping.run(data_protection.retention_sweep, self.ctx, self.user)

    def _swept(self, result: data_protection.SweepResult) -> None:
        self.sweep_button.setEnabled(True)
        show_message(self.retention_message, self.tr(
            "Expired personal details removed. Complaints: %1. Incidents: %2.")
            .replace("%1", str(len(result.complaints)))
            .replace("%2", str(len(result.incidents))))

    def _sweep_failed(self, message: str) -> None:
        self.sweep_button.setEnabled(True)
        show_message(self.retention_message, message, error=True)

    # ---- requests ----------------------------------------------------------------------------
    def _build_requests(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        left, right = QFormLayout(), QFormLayout()
        self.fields = _Fields(FieldRows(left, page), FieldRows(right, page))
        self.name = self.fields.left.add("name", self.tr("Name"), QLineEdit(page))
        self.phone = self.fields.right.add("phone", self.tr("Phone"), QLineEdit(page))
        self.email = self.fields.left.add("email", self.tr("Email"), QLineEdit(page))
        self.reference = self.fields.right.add("reference", self.tr("Reference"),
                                               QLineEdit(page))
        self.received = date_edit(page)
        self.fields.left.add("received_on", self.tr("Request received on"), self.received,
                             self.tr("Answer a request to see their data within one month."))
        for edit in (self.name, self.phone, self.email, self.reference):
            edit.returnPressed.connect(self.find)
        form = QHBoxLayout()
        form.addLayout(left, 1)
        form.addSpacing(16)
        form.addLayout(right, 1)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.find_button = QPushButton(self.tr("Find their records"), page)
        self.find_button.setObjectName("findPersonButton")
        self.find_button.setProperty("primary", True)
        self.find_button.clicked.connect(self.find)
        row.addWidget(self.find_button)
        self.summary = QLabel(page)
        self.summary.setObjectName("findSummary")
        self.summary.setWordWrap(True)
        row.addWidget(self.summary, 1)
        layout.addLayout(row)
        self.results = QTableWidget(0, len(RESULT_COLUMNS), page)
        touch_rows(self.results)
        self.results.setObjectName("personRecords")
        self.results.setAccessibleName(self.tr("Records found"))
        self.results.setHorizontalHeaderLabels([self.tr(c) for c in RESULT_COLUMNS])
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.verticalHeader().hide()
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(RESULT_COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.results, 1)
        actions = QFormLayout()
        self.erase_fields = FieldRows(actions, page)
        self.reason = self.erase_fields.add(
            "reason", self.tr("Reason for erasing"), QLineEdit(page),
            self.tr("Tick the records in the first column. For example: the customer's "
                    "request by email of 3 March."))
        layout.addLayout(actions)
        buttons = QHBoxLayout()
        self.access_button = QPushButton(self.tr("Save subject access pack…"), page)
        self.access_button.setObjectName("subjectAccessButton")
        self.access_button.clicked.connect(self.save_access_pack)
        self.erase_button = QPushButton(self.tr("Erase personal details of ticked records…"),
                                        page)
        self.erase_button.setObjectName("eraseButton")
        self.erase_button.clicked.connect(self.erase)
        buttons.addWidget(self.access_button)
        buttons.addWidget(self.erase_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.request_message = _message_label("requestMessage", page)
        layout.addWidget(self.request_message)
        return page

    def show_for(self, user: StaffMember) -> None:
        self.user = user
        policy = data_protection.retention_policy(self.ctx)
        self.complaint_years.setValue(policy.complaint_years)
        self.incident_years.setValue(policy.incident_years)
        today = self.ctx.clock.now().date()
        self.received.set_day(today)
        self.retention_message.clear()
        self.request_message.clear()

    def query(self) -> PersonQuery:
        return PersonQuery(name=self.name.text(), phone=self.phone.text(),
                           email=self.email.text(), reference=self.reference.text())

    def find(self) -> None:
        self.fields.show({})
        try:
            self.found = data_protection.find_person(self.ctx, self.user, self.query())
        except ValidationFailed as failed:
            self.fields.show(failed.errors)
            return
        except DomainError as error:
            show_message(self.request_message, tr_error(error), error=True)
            return
        self._show_results()

    def _show_results(self) -> None:
        found = self.found
        rows = [(COMPLAINT, c.reference, c.saved_at, c.customer_name or c.product)
                for c in found.complaints]
        rows += [(INCIDENT, i.reference, i.occurred_at, i.location) for i in found.incidents]
        self.results.setRowCount(len(rows))
        for row, (kind, reference, when, about) in enumerate(rows):
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            tick.setCheckState(Qt.CheckState.Unchecked)
            self.results.setItem(row, 0, tick)
            for column, value in enumerate((self.tr(kind), reference,
                                            when.strftime("%d/%m/%Y"), about), start=1):
                self.results.setItem(row, column, QTableWidgetItem(value))
        self.summary.setText(self.tr("Found. Complaints: %1. Incident records: %2.")
                             .replace("%1", str(len(found.complaints)))
                             .replace("%2", str(len(found.incidents))))

    def ticked(self) -> tuple[list[str], list[str]]:
        complaints, incidents = [], []
        for row in range(self.results.rowCount()):
            if self.results.item(row, 0).checkState() is Qt.CheckState.Checked:
                reference = self.results.item(row, 2).text()
                kind = self.results.item(row, 1).text()
                (complaints if kind == self.tr(COMPLAINT) else incidents).append(reference)
        return complaints, incidents

    def choose_folder(self) -> str:
        return QFileDialog.getExistingDirectory(self, self.tr("Save the pack in which folder?"))

    def _received_on(self) -> date:
        """The day the request came in; refused beside its field when it is not a day."""
        day = self.received.day()
        if day is None:
            raise ValidationFailed({"received_on": self.received.text_problem() or self.tr(
                "Type the day the request was received, for example 21/11/2026.")})
        if day > self.ctx.clock.now().date():
            raise ValidationFailed({"received_on": self.tr(
                "The request cannot have been received after today.")})
        return day

    def save_access_pack(self) -> None:
        self.fields.show({})
        try:
            pack = data_protection.subject_access(self.ctx, self.user, self.query(),
                                                  self._received_on())
        except ValidationFailed as failed:
            self.fields.show(failed.errors)
            return
        except DomainError as error:
            show_message(self.request_message, tr_error(error), error=True)
            return
        folder = self.choose_folder()
        if not folder:
            show_message(self.request_message, self.tr("Not saved: no folder was chosen."))
            return
        try:
            for suffix, data in ((".pdf", pack.pdf), (".json", pack.json)):
                target = Path(folder) / f"{pack.filename_stem}{suffix}"
                write_private(target, data)
        except OSError as error:
            show_message(self.request_message, self.tr("Not saved: %1")
                     .replace("%1", error.strerror or tr_error(error)), error=True)
            return
        show_message(self.request_message, self.tr(
            "Saved %1 records to %2 (PDF and JSON). Answer by %3.")
            .replace("%1", str(len(pack.references))).replace("%2", folder)
            .replace("%3", pack.due_on.strftime("%d/%m/%Y")))

    def erase(self) -> None:
        complaints, incidents = self.ticked()
        problems = erasure_errors(self.reason.text(), complaints + incidents)
        try:
            self._received_on()
            self.fields.show({})
        except ValidationFailed as failed:
            self.fields.show(failed.errors)
            problems = {**failed.errors, **problems}
        self.erase_fields.show(problems)
        show_message(self.request_message, problems.get("records", ""), error=True)
        if problems:
            return
        answer = QMessageBox.question(
            self, self.tr("Erase personal details?"),
            self.tr("The personal details of %1 records will be removed for good. The "
                    "records stay, anonymised, for the statistics. Erase them?")
            .replace("%1", str(len(complaints) + len(incidents))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            erased = data_protection.erase_personal_data(
                self.ctx, self.user, complaints=complaints, incidents=incidents,
                reason=self.reason.text(), received_on=self._received_on())
        except ValidationFailed as failed:
            self.erase_fields.show(failed.errors)
            self.fields.show(failed.errors)
            show_message(self.request_message, failed.errors.get("records", ""), error=True)
            return
        except DomainError as error:
            show_message(self.request_message, tr_error(error), error=True)
            return
        self.reason.clear()
        show_message(self.request_message, self.tr("Personal details erased from %1.")
                 .replace("%1", ", ".join(erased)))
        self.find()
