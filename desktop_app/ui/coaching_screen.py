"""Coaching: a member of staff's figures beside the store's, the quality check month by
month, the marking points they miss most, their complaints and the feedback they were
given, each row opening its record (where a supervisor or manager reviews it); a period
PDF for a review. Staff see their own; supervisors and managers choose anyone."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QTableWidget, QTabWidget, QVBoxLayout, QWidget)

from desktop_app.domain.coaching import CoachingFigures
from desktop_app.domain.dashboard_figures import period_errors
from desktop_app.domain.errors import DomainError
from desktop_app.domain.kpis import number, percent
from desktop_app.domain.permissions import Action, Subject, sees_everyones
from desktop_app.domain.staff import StaffMember
from desktop_app.services import auth, coaching
from desktop_app.services.context import AppContext
from desktop_app.ui.forms import date_edit
from desktop_app.ui.report_preview import ReportPreview, open_preview
from desktop_app.ui.tables import cell, record_table
from desktop_app.ui.text import said, tr_error

# the figures table's columns
FIGURE, THEIRS, STORE = range(3)
# the missed points table's columns
POINT, TIMES, RECORDS = range(3)
# their complaints
REFERENCE, SAVED, EVIDENCED, REVIEWS = range(4)
# the feedback they were given
FOR_RECORD, REVIEWED, WENT_WELL, WORK_ON, ACKNOWLEDGED = range(5)


class CoachingScreen(QWidget):
    back = Signal()
    open_complaint = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user: StaffMember | None = None
        self.found: CoachingFigures | None = None
        self.preview: ReportPreview | None = None
        self.setObjectName("coachingScreen")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        title = QLabel(self.tr("Coaching"), self)
        title.setProperty("role", "title")
        layout.addWidget(title)
        form = QFormLayout()
        self.person = QComboBox(self)
        self.person.setObjectName("coachingPerson")
        self.person.activated.connect(lambda _index: self.load())    # chosen: their figures
        self.person.setAccessibleName(self.tr("Member of staff"))
        form.addRow(self.tr("Member of staff"), self.person)
        period = QHBoxLayout()
        self.start = date_edit(self, name="coachingFrom", accessible=self.tr("From"))
        self.end = date_edit(self, name="coachingTo", accessible=self.tr("To"))
        period.addWidget(self.start)
        period.addWidget(QLabel(self.tr("to"), self))
        period.addWidget(self.end)
        self.show_button = QPushButton(self.tr("Show"), self)
        self.show_button.setObjectName("coachingShow")
        self.show_button.setProperty("primary", True)
        self.show_button.clicked.connect(self.load)
        period.addWidget(self.show_button)
        period.addStretch(1)
        form.addRow(self.tr("From"), period)
        layout.addLayout(form)
        self.figures = record_table(self, "coachingFigures", self.tr("Figures"), [
            self.tr("Figure"), self.tr("Them"), self.tr("The store")])
        layout.addWidget(self.figures, 1)
        self.quality = QLabel(self)
        self.quality.setObjectName("coachingQuality")
        self.quality.setWordWrap(True)
        layout.addWidget(self.quality)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("coachingTabs")
        self.missed = record_table(self, "coachingMissed", self.tr("Points most often missed"),
                                   [self.tr("Marking point"), self.tr("Times"),
                                    self.tr("Records (most recent first)")])
        self.tabs.addTab(self.missed, self.tr("Points most often missed"))
        self.records = record_table(self, "coachingRecords", self.tr("Their complaints"), [
            self.tr("Reference"), self.tr("Saved"), self.tr("Marking points evidenced"),
            self.tr("Reviews")])
        self.tabs.addTab(self.records, self.tr("Their complaints"))
        self.feedback = record_table(self, "coachingFeedback", self.tr("Feedback given"), [
            self.tr("Complaint"), self.tr("Reviewed"), self.tr("What was good"),
            self.tr("One thing to work on"), self.tr("Acknowledged")])
        self.tabs.addTab(self.feedback, self.tr("Feedback given"))
        for column in (WENT_WELL, WORK_ON):     # the words wrap; the table never scrolls sideways
            self.feedback.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.Stretch)
        self.feedback.setWordWrap(True)
        for table in (self.missed, self.records, self.feedback):
            table.itemActivated.connect(lambda item, t=table: self._open_row(t, item.row()))
        self.hint = QLabel(self)
        self.hint.setObjectName("coachingHint")
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.hint)
        self.message = QLabel(self)
        self.message.setObjectName("coachingMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        done = QPushButton(self.tr("Back"), self)
        done.setObjectName("coachingBackButton")
        done.clicked.connect(self.back)
        self.print_button = QPushButton(self.tr("Period PDF for a review…"), self)
        self.print_button.setObjectName("coachingPrint")
        self.print_button.clicked.connect(self.print_review)
        buttons.addWidget(done)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        layout.addLayout(buttons)

    def show_for(self, user: StaffMember) -> None:
        """The last 90 days; staff see only themselves."""
        self.user = user
        self.person.clear()
        people = (auth.staff_list(self.ctx)
                  if sees_everyones(user, Subject.COACHING, Action.VIEW) else [user])
        for member in people:
            self.person.addItem(f"{member.name} ({member.code})", member.code)
        self.person.setCurrentIndex(max(0, self.person.findData(user.code)))
        self.hint.setText(self.tr("Open a row to read the record and review it.")
                          if sees_everyones(user, Subject.COACHING, Action.REVIEW)
                          else self.tr("Open a row to read the record."))
        today = self.ctx.clock.now().date()
        self.start.set_day(today.fromordinal(today.toordinal() - 89))
        self.end.set_day(today)
        self.load()

    def _period(self):  # noqa: ANN202 - (start, end) or None, said next to the dates
        start, end = self.start.day(), self.end.day()
        errors = period_errors(start, end)
        if errors:
            self.message.setText(errors.get("start") or errors["end"])
            return None
        return start, end

    def load(self) -> None:
        period = self._period()
        if period is None or self.user is None:
            return
        try:
            found = coaching.coaching(self.ctx, self.user, self.person.currentData(), *period)
        except DomainError as error:
            self.message.setText(tr_error(error))
            return
        self.message.clear()
        self.found = found
        rows = [
            (self.tr("Complaints handled"), str(found.mine.logged), str(found.store.logged)),
            (self.tr("First contact resolution"), percent(found.mine.first_contact_resolution),
             percent(found.store.first_contact_resolution)),
            (self.tr("Average handling time"),
             number(found.mine.average_handling_minutes, " min"),
             number(found.store.average_handling_minutes, " min")),
            (self.tr("Customer satisfaction (1 to 5)"), number(found.mine.satisfaction),
             number(found.store.satisfaction)),
            (self.tr("Escalation rate"), percent(found.mine.escalation_rate),
             percent(found.store.escalation_rate)),
            (self.tr("Follow-ups overdue"), str(found.mine.follow_ups_overdue),
             str(found.store.follow_ups_overdue)),
        ]
        self.figures.setHorizontalHeaderLabels([self.tr("Figure"), found.staff_name,
                                                self.tr("The store")])
        self._fill(self.figures, rows)
        months = "; ".join(f"{m.month}: {percent(m.share)}" for m in found.months)
        self.quality.setText(self.tr("Marking points evidenced, month by month: %1").replace(
            "%1", months or self.tr("no complaints in this period")))
        self._fill(self.missed, [(said(point.title), str(point.times),
                                  ", ".join(point.references)) for point in found.most_missed])
        self._fill(self.records, [(r.reference, r.saved_at.strftime("%d/%m/%Y %H:%M"),
                                   self.tr("%1 of %2").replace("%1", str(r.evidenced))
                                   .replace("%2", str(r.applying)), str(r.reviews))
                                  for r in found.records])
        self._fill(self.feedback, [
            (n.reference, f"{n.review.at:%d/%m/%Y}, {n.review.staff_name}", n.review.went_well,
             n.review.work_on, f"{n.review.acknowledged_at:%d/%m/%Y}"
             if n.review.acknowledged_at else self.tr("Not yet")) for n in found.feedback])
        self.feedback.resizeRowsToContents()
        self.tabs.setTabText(1, self.tr("Their complaints (%1)").replace(
            "%1", str(len(found.records))))
        self.tabs.setTabText(2, self.tr("Feedback given (%1)").replace(
            "%1", str(len(found.feedback))))

    @staticmethod
    def _fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
        table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, text in enumerate(values):
                table.setItem(r, c, cell(text))
        for column in range(table.columnCount()):
            if table.horizontalHeader().sectionResizeMode(column) \
                    is not QHeaderView.ResizeMode.Stretch:
                table.resizeColumnToContents(column)

    def reference_at(self, table: QTableWidget, row: int) -> str | None:
        """The record a row stands for (a missed point: its most recent record)."""
        if self.found is None or row < 0:
            return None
        if table is self.missed:
            points = self.found.most_missed
            return points[row].references[0] if row < len(points) else None
        column = REFERENCE if table is self.records else FOR_RECORD
        item = table.item(row, column)
        return item.text() if item is not None else None

    def _open_row(self, table: QTableWidget, row: int) -> None:
        reference = self.reference_at(table, row)
        if reference:
            self.open_complaint.emit(reference)

    def print_review(self) -> ReportPreview | None:
        period = self._period()
        if period is None or self.user is None:
            return None
        self.preview = open_preview(self, lambda: coaching.coaching_report(
            self.ctx, self.user, self.person.currentData(), *period), self.message.setText)
        return self.preview

