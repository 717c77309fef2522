"""One saved complaint, read-only, laid out as the complaint cycle, with linked incidents."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (QDialog, QFrame, QLabel, QMessageBox, QPushButton,
                               QScrollArea, QVBoxLayout, QWidget)

from desktop_app.domain.complaint import Complaint, Status
from desktop_app.domain.complaint_sections import complaint_sections, option_rows
from desktop_app.domain.staff import StaffMember
from desktop_app.domain.permissions import Action, Subject, allowed
from desktop_app.domain.quality import Evidence, tally
from desktop_app.domain.record_words import COMPLAINT_WORDS
from desktop_app.services import incidents, quality, reporting, reviews
from desktop_app.services.reporting import ComplaintReport
from desktop_app.services.context import AppContext
from desktop_app.ui.aftercare_dialogs import (CloseDialog, DecisionDialog, FollowUpDialog,
                                              ReviewDialog)
from desktop_app.ui.amend_dialog import AmendDialog
from desktop_app.ui.report_preview import ReportPreview, open_preview
from desktop_app.ui.record_words import value_words
from desktop_app.ui.text import DATA_CONTEXT, said, tr_data
from desktop_app.ui.widgets.flow_layout import FlowLayout


def _section_html(title: str, rows: tuple[tuple[str, str], ...]) -> str:
    cells = "".join(f"<tr><td width='32%' style='color:#4a5568;padding:2px 8px 2px 0'>"
                    f"{escape(label)}</td><td style='padding:2px 0'>"
                    f"{escape(value).replace(chr(10), '<br/>')}</td></tr>"
                    for label, value in rows)
    return f"<h3 style='margin:8px 0 2px 0'>{escape(title)}</h3><table width='100%'>{cells}</table>"


class ComplaintView(QWidget):
    closed = Signal()
    incident_requested = Signal(str)
    report_incident = Signal(str)
    changed = Signal(object)          # followed up, decided or closed: lists may refresh

    def __init__(self, ctx: AppContext, user: StaffMember, complaint: Complaint,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user = user
        self.complaint = complaint
        self.setObjectName("complaintView")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 10, 16, 10)
        title = QLabel(self.tr("Complaint %1").replace("%1", complaint.reference), self)
        title.setObjectName("complaintTitle")
        title.setProperty("role", "title")
        outer.addWidget(title)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        self.body = QVBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self._fill()
        buttons = FlowLayout()                   # wraps where the labels run long (Welsh)
        own = complaint.staff_id == user.id
        self.print_buttons: dict[ComplaintReport, QPushButton] = {}
        if allowed(user, Subject.COMPLAINT, Action.PRINT, involved=own):
            for kind, text in ((ComplaintReport.FULL, self.tr("Print the record")),
                               (ComplaintReport.CUSTOMER_COPY, self.tr("Customer copy")),
                               (ComplaintReport.RECEIPT, self.tr("Receipt slip"))):
                button = QPushButton(text, self)
                button.setObjectName(f"print_{kind.value.replace('-', '_')}")
                button.clicked.connect(lambda _=False, k=kind: self.show_report(k))
                buttons.addWidget(button)
                self.print_buttons[kind] = button
        if allowed(user, Subject.COMPLAINT, Action.AMEND, involved=own):
            self.amend_button = QPushButton(self.tr("Correct a detail…"), self)
            self.amend_button.setObjectName("amendButton")
            self.amend_button.clicked.connect(self.amend)
            buttons.addWidget(self.amend_button)
        self.review_button = QPushButton(self.tr("Review and give feedback…"), self)
        self.review_button.setObjectName("reviewButton")
        self.review_button.clicked.connect(lambda: self.open_dialog(ReviewDialog))
        self.review_button.setVisible(reviews.may_review(user, complaint))
        buttons.addWidget(self.review_button)
        outer.addLayout(buttons)
        buttons = FlowLayout()         # a second row: the whole set clips at 1024 wide
        self.aftercare_buttons: dict[str, QPushButton] = {}
        for key, text, dialog in (
                ("follow_up", self.tr("Record a follow-up…"), FollowUpDialog),
                ("decide", self.tr("Record the decision…"), DecisionDialog),
                ("close", self.tr("Close…"), CloseDialog)):
            button = QPushButton(text, self)
            button.setObjectName(f"{key}Button")
            button.clicked.connect(lambda _=False, d=dialog: self.open_dialog(d))
            buttons.addWidget(button)
            self.aftercare_buttons[key] = button
        self._show_aftercare_buttons()
        report = QPushButton(self.tr("Report abusive behaviour for this complaint"), self)
        report.setObjectName("reportFromViewButton")
        report.clicked.connect(self._report)
        buttons.addWidget(report)
        back = QPushButton(self.tr("Back"), self)
        back.setObjectName("complaintBackButton")
        back.clicked.connect(self.closed)
        buttons.addWidget(back)
        outer.addLayout(buttons)

    def _show_aftercare_buttons(self) -> None:
        """Only what this person may do now: a closed complaint takes nothing more."""
        c, user = self.complaint, self.user
        own = c.staff_id == user.id
        open_ = c.status is not Status.CLOSED
        self.aftercare_buttons["follow_up"].setVisible(
            open_ and allowed(user, Subject.COMPLAINT, Action.FOLLOW_UP, involved=own))
        self.aftercare_buttons["decide"].setVisible(
            c.status is Status.ESCALATED and allowed(user, Subject.COMPLAINT, Action.DECIDE))
        self.aftercare_buttons["close"].setVisible(
            open_ and allowed(user, Subject.COMPLAINT, Action.CLOSE, involved=own))

    def open_dialog(self, kind: type) -> QDialog:
        """Follow-up, decision, closing or a review: the record is shown again once it is
        saved."""
        self.dialog = kind(self.ctx, self.user, self.complaint, self)
        self.dialog.done_with.connect(self.show_complaint)
        self.dialog.done_with.connect(self.changed)
        self.dialog.open()
        return self.dialog

    def amend(self) -> AmendDialog:
        self.amend_dialog = AmendDialog(self.ctx, self.user, self.complaint, self)
        self.amend_dialog.amended.connect(self.show_complaint)
        self.amend_dialog.open()
        return self.amend_dialog

    def show_complaint(self, complaint: Complaint) -> None:
        """Read the record again after a change (the history shows under Amendments)."""
        self.complaint = complaint
        self._show_aftercare_buttons()
        while self.body.count():
            item = self.body.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self._fill()

    def _fill(self) -> None:
        complaint = self.complaint
        category = self.ctx.catalogue.category(complaint.category)
        worded = COMPLAINT_WORDS | {category.label if category else ""}
        html = "".join(_section_html(tr_data(s.name or s.title), tuple(
            (tr_data(label), value_words(value, worded, DATA_CONTEXT)) for label, value in s.rows))
            for s in complaint_sections(complaint,
                                        category_label=category.label if category else ""))
        record = QLabel(html, self)
        record.setObjectName("complaintRecord")
        record.setTextFormat(Qt.TextFormat.RichText)
        record.setWordWrap(True)
        record.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.addWidget(record)
        self.record = record
        options = option_rows(complaint)
        if options:
            cells = "".join("<tr>" + "".join(f"<td style='padding:2px 6px'>{escape(v)}</td>"
                                             for v in row) + "</tr>" for row in options)
            headings = ("", self.tr("Option"), self.tr("Cost"), self.tr("Time"),
                        self.tr("Impact on the customer"))
            head = "".join(f"<th align='left' style='padding:2px 6px'>{escape(h)}</th>"
                           for h in headings)
            title = escape(self.tr("Options weighed"))      # outside f-strings: lupdate
            table = QLabel(f"<h3>{title}</h3>"
                           f"<table width='100%'><tr>{head}</tr>{cells}</table>", self)
            table.setObjectName("optionsTable")
            table.setTextFormat(Qt.TextFormat.RichText)
            table.setWordWrap(True)
            self.body.addWidget(table)
        if complaint.signature_png:
            picture = QPixmap()
            picture.loadFromData(complaint.signature_png, "PNG")
            signature = QLabel(self)
            signature.setObjectName("signatureImage")
            signature.setPixmap(picture.scaledToHeight(120, Qt.TransformationMode.SmoothTransformation))
            self.body.addWidget(signature)
        self._quality()
        self._linked_incidents()
        self.body.addStretch(1)

    def _quality(self) -> None:
        """The marking points checklist (guidance for coaching; it never blocks)."""
        self.checks = quality.complaint_quality(self.ctx, self.complaint)
        colours = {Evidence.EVIDENCED: "#276749", Evidence.MISSING: "#c53030",
                   Evidence.NOT_NEEDED: "#4a5568"}
        rows = "".join(
            f"<tr><td style='color:{colours[c.evidence]};padding:2px 6px'>"
            f"{c.evidence.mark}</td><td width='36%' style='padding:2px 8px 2px 0'>"
            f"{escape(said(c.title))}</td><td style='padding:2px 0'>"
            f"{escape(said(c.detail))}</td></tr>" for c in self.checks)
        met, due = tally(self.checks)
        summary = self.tr("%1 of %2 points that apply are evidenced").replace(
            "%1", str(met)).replace("%2", str(due))
        title = escape(self.tr("Quality check"))
        label = QLabel(f"<h3 style='margin:8px 0 2px 0'>{title}"
                       f"</h3><p style='color:#4a5568'>{escape(summary)}</p>"
                       f"<table width='100%'>{rows}</table>", self)
        label.setObjectName("qualityChecklist")
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        self.body.addWidget(label)

    def _linked_incidents(self) -> None:
        linked = incidents.incidents_for_complaint(self.ctx, self.user, self.complaint.reference)
        if not linked:
            return
        title = escape(self.tr("Abusive-behaviour incidents linked"))
        heading = QLabel(f"<h3>{title}</h3>", self)
        self.body.addWidget(heading)
        for summary in linked:
            if summary.restricted:
                label = QLabel(escape(summary.headline), self)
                label.setObjectName("restrictedIncident")
                self.body.addWidget(label)
                continue
            button = QPushButton(summary.headline, self)
            button.setObjectName(f"incident_{summary.reference}")
            button.clicked.connect(lambda _=False, ref=summary.reference: self._open(ref))
            self.body.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)

    def show_report(self, kind: ComplaintReport) -> ReportPreview | None:
        self.preview = open_preview(
            self, lambda: reporting.complaint_report(self.ctx, self.user,
                                                     self.complaint.reference, kind),
            lambda said: QMessageBox.warning(self, self.tr("Cannot make the report"), said))
        return self.preview

    def _open(self, reference: str) -> None:
        self.incident_requested.emit(reference)

    def _report(self) -> None:
        self.report_incident.emit(self.complaint.reference)
