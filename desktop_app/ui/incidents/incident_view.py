"""One incident, read-only: the original account as recorded, then the appended history.

Managers add updates and log disclosures here (inline panels, no pop-up dialogs); the
people named in it can ask to complete blanks. Anyone else gets the restriction notice
and nothing of the record.

Signals: `closed()`, `complete_requested(reference)`, `changed(reference)`,
`complaint_requested(complaint_reference)`.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFrame, QGridLayout, QGroupBox,
                               QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
                               QScrollArea, QVBoxLayout, QWidget)

from desktop_app.domain.errors import DomainError, PermissionDenied, ValidationFailed
from desktop_app.domain.incident import Incident
from desktop_app.domain.incident_sections import (DISCLOSURE_COLUMNS, disclosure_rows,
                                                  incident_sections, update_rows)
from desktop_app.domain.permissions import Action, Subject, allowed
from desktop_app.domain.staff import StaffMember
from desktop_app.services import incidents, reporting
from desktop_app.services.context import AppContext
from desktop_app.ui.forms import date_edit
from desktop_app.ui.report_preview import ReportPreview, open_preview
from desktop_app.ui.text import INCIDENT_CONTEXT, tr_data, tr_error, tr_errors

ORGANISATIONS = (QT_TRANSLATE_NOOP("IncidentView", "Police"), QT_TRANSLATE_NOOP("IncidentView", "Head office"), QT_TRANSLATE_NOOP("IncidentView", "Insurer"), QT_TRANSLATE_NOOP("IncidentView", "HSE"))


def _label(text: str) -> str:
    return tr_data(text, INCIDENT_CONTEXT)


#: Rows with names of their own (what tests and accessibility tools look for).
_OBJECT_NAMES = {"account": "originalAccount"}


class IncidentView(QWidget):
    closed = Signal()
    complete_requested = Signal(str)
    changed = Signal(str)
    complaint_requested = Signal(str)

    def __init__(self, ctx: AppContext, user: StaffMember, reference: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user = user
        self.reference = reference
        self.incident: Incident | None = None
        self.setObjectName("incidentView")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 10, 16, 10)
        self.title = QLabel(self)
        self.title.setObjectName("incidentViewTitle")
        self.title.setProperty("role", "title")
        outer.addWidget(self.title)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.content = QWidget(self.scroll)
        self.content_layout = QVBoxLayout(self.content)
        self.scroll.setWidget(self.content)
        outer.addWidget(self.scroll, 1)
        buttons = QHBoxLayout()
        self.message = QLabel(self)
        self.message.setObjectName("viewMessage")
        self.message.setWordWrap(True)
        buttons.addWidget(self.message, 1)
        self.complaint_button = QPushButton(self.tr("Open linked complaint"), self)
        self.complaint_button.setObjectName("openComplaintButton")
        self.complaint_button.clicked.connect(self._request_complaint)
        buttons.addWidget(self.complaint_button)
        self.complete_button = QPushButton(self.tr("Complete missing details"), self)
        self.complete_button.setObjectName("completeButton")
        self.complete_button.clicked.connect(self._request_completion)
        buttons.addWidget(self.complete_button)
        self.print_button = QPushButton(self.tr("Print the report"), self)
        self.print_button.setObjectName("printIncidentButton")
        self.print_button.clicked.connect(self.show_report)
        self.print_button.setVisible(allowed(user, Subject.INCIDENT, Action.PRINT))
        buttons.addWidget(self.print_button)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("closeViewButton")
        self.close_button.clicked.connect(self.closed)
        buttons.addWidget(self.close_button)
        outer.addLayout(buttons)
        self.reload()

    def show_report(self) -> ReportPreview | None:
        self.preview = open_preview(self, lambda: reporting.incident_report(
            self.ctx, self.user, self.reference), self.message.setText)
        return self.preview

    def _request_complaint(self) -> None:
        self.complaint_requested.emit(self.incident.complaint_reference)

    def _request_completion(self) -> None:
        self.complete_requested.emit(self.reference)

    # ---- content -----------------------------------------------------------------------------
    def reload(self) -> None:
        while self.content_layout.count():
            item = self.content_layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.setParent(None)        # out of findChild's reach at once
                widget.deleteLater()
        try:
            self.incident = incidents.get_incident(self.ctx, self.user, self.reference)
        except PermissionDenied as error:
            self.incident = None
            self.title.setText(self.tr("Restricted record"))
            notice = QLabel(tr_error(error), self.content)
            notice.setObjectName("restrictedNotice")
            notice.setWordWrap(True)
            self.content_layout.addWidget(notice)
            self.content_layout.addStretch(1)
            self.complete_button.hide()
            self.complaint_button.hide()
            return
        incident = self.incident
        self.title.setText(self.tr("Incident %1").replace("%1", incident.reference)
                           + (self.tr("  (closed)") if incident.status.value == "closed"
                              else ""))
        self.complaint_button.setVisible(bool(incident.complaint_reference))
        missing = incidents.missing_items(incident)
        self.complete_button.setVisible(bool(missing) and incident.status.value == "open")
        self._facts(incident)
        self._history(incident)
        self._disclosures(incident)
        if incidents.is_manager(self.user):
            self.content_layout.addWidget(self._update_panel())
            self.content_layout.addWidget(self._disclosure_panel())
        self.content_layout.addStretch(1)

    def _text(self, text: str, name: str = "") -> QLabel:
        label = QLabel(text, self.content)
        label.setTextFormat(Qt.TextFormat.PlainText)   # typed text is never markup
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if name:
            label.setObjectName(name)
        return label

    def _facts(self, i: Incident) -> None:
        """The record in the incident PDF's sections (domain/incident_sections.py)."""
        for number, section in enumerate(incident_sections(i)):
            box = QGroupBox(_label(section.title), self.content)
            box.setObjectName(f"incidentSection_{number}")
            grid = QGridLayout(box)
            for row, item in enumerate(section.rows):
                head = QLabel(_label(item.label), box)
                head.setStyleSheet("font-weight: 600;")
                head.setWordWrap(True)
                grid.addWidget(head, row, 0, Qt.AlignmentFlag.AlignTop)
                grid.addWidget(self._text(item.value, _OBJECT_NAMES.get(item.key,
                                                                       f"value_{item.key}")),
                               row, 1)
            grid.setColumnStretch(1, 1)
            grid.setColumnMinimumWidth(0, 180)
            self.content_layout.addWidget(box)
            if number == 0:
                self._outstanding(i)

    def _outstanding(self, i: Incident) -> None:
        actions = [a.text for a in incidents.outstanding_for(i)]
        if actions:
            frame = QFrame(self.content)
            frame.setProperty("role", "warning")
            inner = QVBoxLayout(frame)
            inner.addWidget(self._text(self.tr("Still to do:") + "\n• " + "\n• ".join(actions),
                                       "outstandingActions"))
            self.content_layout.addWidget(frame)

    def _history(self, i: Incident) -> None:
        box = QGroupBox(self.tr("Updates (added later; nothing above is changed)"), self.content)
        layout = QVBoxLayout(box)
        if not i.updates:
            layout.addWidget(self._text(self.tr("No updates yet.")))
        for index, (when, who, kind, text) in enumerate(update_rows(i)):
            layout.addWidget(self._text(f"{when} · {who} · {_label(kind)}\n{text}",
                                        f"update_{index}"))
        self.content_layout.addWidget(box)

    def _disclosures(self, i: Incident) -> None:
        box = QGroupBox(self.tr("Disclosure log"), self.content)
        layout = QVBoxLayout(box)
        if not i.disclosures:
            layout.addWidget(self._text(self.tr("Nothing disclosed yet.")))
        for index, (on, what, recipient, organisation, reason) in enumerate(disclosure_rows(i)):
            layout.addWidget(self._text(
                f"{on} · {_label(what)} → {recipient}, {organisation}\n"
                f"{_label(DISCLOSURE_COLUMNS[-1])}: {reason}", f"disclosure_{index}"))
        self.content_layout.addWidget(box)

    # ---- a manager's panels --------------------------------------------------------------
    def _named(self, widget: QWidget, name: str, label: str) -> QWidget:
        widget.setObjectName(name)
        widget.setAccessibleName(label)
        return widget

    def _update_panel(self) -> QGroupBox:
        box = QGroupBox(self.tr("Add update"), self.content)
        box.setObjectName("updatePanel")
        grid = QGridLayout(box)
        self.update_kind = self._named(QComboBox(box), "update_kind", self.tr("About"))
        for kind in incidents.USER_UPDATE_KINDS:
            self.update_kind.addItem(_label(kind.label), kind.value)
        self.update_text = self._named(QPlainTextEdit(box), "update_text", self.tr("Update"))
        self.update_text.setFixedHeight(80)
        self.update_crime = self._named(QLineEdit(box), "update_crime_reference",
                                        self.tr("Crime reference number (if given)"))
        self.update_close = self._named(QCheckBox(self.tr("Close the incident"), box),
                                        "update_close", self.tr("Close the incident"))
        save = self._named(QPushButton(self.tr("Add update"), box), "addUpdateButton",
                           self.tr("Add update"))
        save.setProperty("primary", True)
        save.clicked.connect(self.add_update)
        self.update_error = QLabel(box)
        self.update_error.setObjectName("updateError")
        self.update_error.setProperty("role", "error")
        self.update_error.setWordWrap(True)
        grid.addWidget(QLabel(self.tr("About"), box), 0, 0)
        grid.addWidget(self.update_kind, 0, 1)
        grid.addWidget(QLabel(self.tr("Crime reference number (if given)"), box), 0, 2)
        grid.addWidget(self.update_crime, 0, 3)
        grid.addWidget(QLabel(self.tr("Update"), box), 1, 0)
        grid.addWidget(self.update_text, 1, 1, 1, 3)
        grid.addWidget(self.update_close, 2, 1)
        grid.addWidget(save, 2, 3)
        grid.addWidget(self.update_error, 3, 0, 1, 4)
        return box

    def _disclosure_panel(self) -> QGroupBox:
        box = QGroupBox(self.tr("Record disclosure"), self.content)
        box.setObjectName("disclosurePanel")
        grid = QGridLayout(box)
        self.disclosed_on = self._named(date_edit(box, day=self.ctx.clock.now().date()),
                                        "disclosed_on", self.tr("Date"))
        self.disclosure_what = self._named(QComboBox(box), "disclosure_what", self.tr("What"))
        self.disclosure_what.addItem(self.tr("CCTV footage"), "cctv")
        self.disclosure_what.addItem(self.tr("Incident record"), "record")
        self.recipient = self._named(QLineEdit(box), "recipient", self.tr("To whom"))
        self.organisation = self._named(QComboBox(box), "organisation", self.tr("Organisation"))
        self.organisation.setEditable(True)
        self.organisation.addItems([""] + [self.tr(x) for x in ORGANISATIONS])
        self.reason = self._named(QLineEdit(box), "reason", self.tr("Why"))
        save = self._named(QPushButton(self.tr("Record disclosure"), box),
                           "addDisclosureButton", self.tr("Record disclosure"))
        save.clicked.connect(self.add_disclosure)
        self.disclosure_error = QLabel(box)
        self.disclosure_error.setObjectName("disclosureError")
        self.disclosure_error.setProperty("role", "error")
        self.disclosure_error.setWordWrap(True)
        for column, (caption, widget) in enumerate((
                (self.tr("Date"), self.disclosed_on), (self.tr("What"), self.disclosure_what))):
            grid.addWidget(QLabel(caption, box), 0, column * 2)
            grid.addWidget(widget, 0, column * 2 + 1)
        for column, (caption, widget) in enumerate((
                (self.tr("To whom"), self.recipient), (self.tr("Organisation"),
                                                       self.organisation))):
            grid.addWidget(QLabel(caption, box), 1, column * 2)
            grid.addWidget(widget, 1, column * 2 + 1)
        grid.addWidget(QLabel(self.tr("Why"), box), 2, 0)
        grid.addWidget(self.reason, 2, 1, 1, 2)
        grid.addWidget(save, 2, 3)
        grid.addWidget(self.disclosure_error, 3, 0, 1, 4)
        return box

    def add_update(self) -> bool:
        try:
            incidents.add_update(self.ctx, self.user, self.reference,
                                 self.update_kind.currentData(), self.update_text.toPlainText(),
                                 crime_reference=self.update_crime.text(),
                                 close=self.update_close.isChecked())
        except ValidationFailed as error:
            self.update_error.setText("\n".join(tr_errors(error.errors).values()))
            return False
        except DomainError as error:
            self.update_error.setText(tr_error(error))
            return False
        self.reload()
        self.message.setText(self.tr("Update added."))
        self.changed.emit(self.reference)
        return True

    def add_disclosure(self) -> bool:
        try:
            incidents.add_disclosure(
                self.ctx, self.user, self.reference,
                disclosed_on=self.disclosed_on.raw(),
                recipient=self.recipient.text(), organisation=self.organisation.currentText(),
                reason=self.reason.text(), what=self.disclosure_what.currentData())
        except ValidationFailed as error:
            self.disclosure_error.setText("\n".join(tr_errors(error.errors).values()))
            return False
        except DomainError as error:
            self.disclosure_error.setText(tr_error(error))
            return False
        self.reload()
        self.message.setText(self.tr("Disclosure recorded."))
        self.changed.emit(self.reference)
        return True
