"""The complaint list and search: newest first, filtered, searched as you type.

The list never holds every complaint: `ComplaintListModel` counts what the filters match
and reads pages as the person scrolls, on a worker thread. Overdue follow-ups are tinted
red and bold, those due today amber. "Show" switches to the abusive-behaviour incidents
the person may see. Enter or a double-click opens the line (`open_complaint` /
`open_incident` carry its reference).
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QFrame,
                               QGridLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QTableView, QToolButton, QVBoxLayout,
                               QWidget)

from desktop_app.domain.complaint import Status
from desktop_app.domain.errors import DomainError
from desktop_app.domain.record_filter import ComplaintFilter
from desktop_app.domain.permissions import Subject, sees_everyones
from desktop_app.domain.staff import StaffMember
from desktop_app.services import complaint_list, incidents
from desktop_app.services.context import AppContext
from desktop_app.ui.text import said, tr_data, tr_error
from desktop_app.ui.tables import touch_rows
from desktop_app.ui.forms import date_edit, show_message
from desktop_app.ui.touch import TOUCH
from desktop_app.ui.widgets.date_field import DateField
from desktop_app.ui.workspace.complaint_list_model import (COL_AGE, COL_DATE, COL_REFERENCE,
                                                           COL_STAFF, COL_STATUS,
                                                           BOLD_WHEN_OVERDUE, REFERENCE_ROLE,
                                                           ComplaintListModel,
                                                           IncidentListModel)

SEARCH_DELAY_MS = 250
SHOW_COMPLAINTS, SHOW_INCIDENTS = "complaints", "incidents"



def _statuses_key(statuses: tuple[Status, ...]) -> str:
    """The status combo's data for a set of statuses, in the order of `Status`: "" (any),
    "open", "open,escalated"."""
    chosen = {Status(s) for s in statuses}
    return ",".join(s.value for s in Status if s in chosen)


class _CountLabel(QLabel):
    """The list's count: never cut, whatever it counts, in whatever font the style sheet
    gives it (measured when laid out, not when made: the style may change the font later)."""

    def __init__(self, longest: tuple[str, ...], parent: QWidget) -> None:
        super().__init__(parent)
        self._longest = longest

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        widest = max(self.fontMetrics().horizontalAdvance(text) for text in self._longest)
        return QSize(max(hint.width(), widest + 8), hint.height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint()
        return QSize(max(hint.width(), self.minimumSizeHint().width()), hint.height())

class _Table(QTableView):
    """A read-only row table where Enter opens the current row."""

    open_row = Signal(QModelIndex)

    def __init__(self, name: str, accessible: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(False)
        self.setWordWrap(False)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        touch_rows(self)
        self.horizontalHeader().setHighlightSections(False)
        self.doubleClicked.connect(self.open_row)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_row.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


class ComplaintListScreen(QWidget):
    open_complaint = Signal(str)
    open_incident = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user: StaffMember | None = None
        self.base = ComplaintFilter()         # fields set from outside (the dashboard)
        self._quiet = False                   # widgets being set in code: no reload yet
        self.setObjectName("complaintListScreen")
        self.model = ComplaintListModel(ctx, self)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(self._failed)
        self.incident_model = IncidentListModel(self)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply)

        outer = QVBoxLayout(self)
        inside = parent is not None             # a tab of the workspace, which has margins
        outer.setContentsMargins(*((0, 8, 0, 0) if inside else (16, 10, 16, 10)))
        outer.setSpacing(8)
        outer.addLayout(self._build_top())
        self.filters = self._build_filters()
        outer.addWidget(self.filters)
        outer.addWidget(self._build_caption())
        self.table = _Table("complaintTable", self.tr("Complaints"), self)
        self.table.setModel(self.model)
        self._size_columns()
        self.table.open_row.connect(self._open)
        outer.addWidget(self.table, 1)
        self.incident_table = _Table("incidentTable", self.tr("Abusive-behaviour incidents"),
                                     self)
        self.incident_table.setModel(self.incident_model)
        self._size_incident_columns()
        self.incident_table.open_row.connect(self._open)
        self.incident_table.hide()
        outer.addWidget(self.incident_table, 1)
        self.message = QLabel(self)
        self.message.setObjectName("listMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        outer.addWidget(self.message)

    # ---- building ----------------------------------------------------------------------------
    def _build_top(self) -> QHBoxLayout:
        top = QHBoxLayout()
        title = QLabel(self.tr("Complaints"), self)
        title.setProperty("role", "title")
        title.setVisible(self.parent() is None)   # inside the workspace its tab says it
        self.title = title
        top.addWidget(title)
        top.addSpacing(12)
        top.addWidget(QLabel(self.tr("Show"), self))
        self.show_combo = self._combo("listShow", self.tr("Show"))
        self.show_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.show_combo.addItem(self.tr("Complaints"), SHOW_COMPLAINTS)
        self.show_combo.addItem(self.tr("Abusive-behaviour incidents"), SHOW_INCIDENTS)
        self.show_combo.currentIndexChanged.connect(self._switch)
        top.addWidget(self.show_combo)
        self.search = QLineEdit(self)
        self.search.setObjectName("listSearch")
        self.search.setAccessibleName(self.tr("Search complaints"))
        self.search.setPlaceholderText(self.tr("Search: reference, customer, product or words"))
        self.search.setClearButtonEnabled(True)
        for button in self.search.findChildren(QToolButton):      # Qt's own clear button
            button.setObjectName("listSearchClear")
            button.setAccessibleName(self.tr("Clear the search"))
        self.search.textChanged.connect(lambda _text: self.search_timer.start())
        self.search.returnPressed.connect(self.apply)
        top.addWidget(self.search, 1)
        top.addStretch(0)                     # takes the search's room when incidents show
        self.count_label = _CountLabel((self.tr("No complaints match"),
                                        self.tr("%1 complaints").replace("%1", "1,000,000")),
                                       self)
        self.count_label.setObjectName("listCount")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.count_label)
        return top

    def _combo(self, name: str, accessible: str) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(name)
        box.setAccessibleName(accessible)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(8)
        return box

    def _build_filters(self) -> QWidget:
        box = QWidget(self)
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        self.status = self._combo("listStatus", self.tr("Status"))
        self.status.addItem(self.tr("Any status"), "")
        for status in Status:
            self.status.addItem(tr_data(status.label), status.value)
        self.category = self._combo("listCategory", self.tr("Category"))
        self.category.addItem(self.tr("Any category"), "")
        for category in self.ctx.catalogue.categories:
            self.category.addItem(tr_data(category.label), category.id)
        self.staff = self._combo("listStaff", self.tr("Staff member"))
        self.model_box = self._combo("listModel", self.tr("Model"))
        self.model_box.addItem(self.tr("Any model"), "")
        for model in sorted(self.ctx.catalogue.models.values(), key=lambda m: m.name):
            self.model_box.addItem(model.name, model.id)
        for column, (text, widget) in enumerate(((self.tr("Status"), self.status),
                                                 (self.tr("Category"), self.category),
                                                 (self.tr("Staff"), self.staff),
                                                 (self.tr("Model"), self.model_box))):
            grid.addWidget(QLabel(text, box), 0, 2 * column)
            grid.addWidget(widget, 0, 2 * column + 1)
            grid.setColumnStretch(2 * column + 1, 1)
            widget.currentIndexChanged.connect(self._changed)
        grid.addLayout(self._build_dates(box), 1, 0, 1, 8)
        return box

    def _build_dates(self, box: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        self.from_check, self.date_from = self._date("listFrom", self.tr("From"), box)
        self.to_check, self.date_to = self._date("listTo", self.tr("To"), box)
        for check, edit in ((self.from_check, self.date_from), (self.to_check, self.date_to)):
            row.addWidget(check)
            row.addWidget(edit)
        self.date_message = QLabel(box)
        self.date_message.setObjectName("listDateMessage")
        self.date_message.setWordWrap(True)
        self.date_message.hide()
        row.addWidget(self.date_message, 1)
        row.addStretch(0)
        self.clear_button = QPushButton(self.tr("Clear filters"), box)
        self.clear_button.setObjectName("listClearFilters")
        self.clear_button.clicked.connect(self.clear)
        row.addWidget(self.clear_button)
        return row

    def _date(self, name: str, label: str, box: QWidget) -> tuple[QCheckBox, DateField]:
        check = QCheckBox(label, box)
        check.setObjectName(f"{name}Enabled")
        check.setMinimumWidth(TOUCH)          # "I" (Welsh for "To") alone is narrower
        check.setAccessibleName(self.tr("Only from a date") if name == "listFrom"
                                else self.tr("Only up to a date"))
        edit = date_edit(box, name=name, accessible=label)
        edit.setEnabled(False)
        check.toggled.connect(edit.setEnabled)
        check.toggled.connect(self._changed)
        edit.changed.connect(self._changed)
        return check, edit

    def _build_caption(self) -> QFrame:
        self.caption_bar = QFrame(self)
        self.caption_bar.setObjectName("listCaptionBar")
        self.caption_bar.setProperty("role", "prompt")
        row = QHBoxLayout(self.caption_bar)
        row.setContentsMargins(10, 2, 6, 2)
        self.caption = QLabel(self.caption_bar)
        self.caption.setObjectName("listCaption")
        self.caption.setWordWrap(True)
        row.addWidget(self.caption, 1)
        self.caption_clear = QPushButton(self.tr("Clear"), self.caption_bar)
        self.caption_clear.setObjectName("listCaptionClear")
        self.caption_clear.clicked.connect(self.clear)
        row.addWidget(self.caption_clear)
        self.caption_bar.hide()
        return self.caption_bar

    def _size_columns(self) -> None:
        """Fixed widths that fit an overdue line's bold text; the category takes the rest.
        Nothing is measured from the rows: there may be a million of them."""
        header = self.table.horizontalHeader()
        self.table.ensurePolished()           # the style sheet's font size, not Qt's default
        bold = QFont(self.table.font())
        bold.setBold(True)
        plain, strong = QFontMetrics(self.table.font()), QFontMetrics(bold)
        samples = {COL_REFERENCE: "GLA01-2026-000000", COL_DATE: "00/00/0000 00:00",
                   COL_STATUS: tr_data(Status.AWAITING_FOLLOW_UP.label),
                   COL_STAFF: "Morgan Manager", COL_AGE: self.tr("Age (days)")}
        for column in range(self.model.columnCount()):
            if column in samples:
                metrics = strong if column in BOLD_WHEN_OVERDUE + (COL_AGE,) else plain
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, metrics.horizontalAdvance(samples[column]) + 24)
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def _size_incident_columns(self) -> None:
        header = self.incident_table.horizontalHeader()
        self.incident_table.ensurePolished()
        metrics = QFontMetrics(self.incident_table.font())
        for column, sample in enumerate(("GLA01-2026-I000000", "00/00/0000 00:00", "Closed")):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        for column in (3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    # ---- showing -----------------------------------------------------------------------------
    def show_for(self, user: StaffMember) -> None:
        """Open the list for `user` with no filter (staff see their own complaints)."""
        self.user = user
        self._fill_staff(user)
        today = self.ctx.clock.now().date()
        self._quiet = True
        self.date_from.set_day(today - timedelta(days=30))
        self.date_to.set_day(today)
        self._quiet = False
        self.show_filter(ComplaintFilter())

    def _fill_staff(self, user: StaffMember) -> None:
        self._quiet = True
        self.staff.clear()
        own = not sees_everyones(user, Subject.COMPLAINT)
        if not own:
            self.staff.addItem(self.tr("Anyone"), 0)
        for staff_id, name in complaint_list.staff_choices(self.ctx, user):
            self.staff.addItem(name, staff_id)
        self.staff.setEnabled(not own)
        self._quiet = False

    def show_filter(self, flt: ComplaintFilter) -> None:
        """Show the complaints `flt` describes (from the dashboard, say): the filter widgets
        are set to match and its caption shown above the list with a Clear button."""
        self._quiet = True
        try:
            self.show_combo.setCurrentIndex(self.show_combo.findData(SHOW_COMPLAINTS))
            key = _statuses_key(flt.statuses)
            self._select(self.status, key,
                         " / ".join(tr_data(Status(s).label) for s in key.split(",") if s))
            self._select(self.category, flt.category, flt.category)
            self._select(self.model_box, flt.model_id, flt.model_id)
            if self.staff.isEnabled():
                self._select(self.staff, flt.staff_id or 0, str(flt.staff_id))
            for check, edit, day in ((self.from_check, self.date_from, flt.date_from),
                                     (self.to_check, self.date_to, flt.date_to)):
                check.setChecked(day is not None)
                if day is not None:
                    edit.set_day(day)
            self.search.setText(flt.text)
        finally:
            self._quiet = False
        self.search_timer.stop()
        self.base = ComplaintFilter(
            channel=flt.channel, root_cause=flt.root_cause, escalated=flt.escalated,
            first_contact=flt.first_contact, satisfaction_given=flt.satisfaction_given,
            overdue_on=flt.overdue_on, references=flt.references, caption=flt.caption)
        self.caption.setText(said(flt.caption))
        self.caption_bar.setVisible(bool(flt.caption))
        self.apply()

    @staticmethod
    def _select(box: QComboBox, value: object, text: str) -> None:
        """Choose the item holding `value`, adding one for a value the list lacks."""
        index = box.findData(value)
        if index < 0:
            box.addItem(text, value)
            index = box.count() - 1
        box.setCurrentIndex(index)

    def clear(self) -> None:
        """Every filter back to "any", the search emptied and the caption gone."""
        self.show_filter(ComplaintFilter())

    # ---- the filter --------------------------------------------------------------------------
    def current_filter(self) -> ComplaintFilter:
        staff_id = self.staff.currentData()
        statuses = self.status.currentData() or ""
        return self.base.but(
            statuses=tuple(Status(s) for s in statuses.split(",") if s),
            category=self.category.currentData() or "",
            date_from=self.date_from.day() if self.from_check.isChecked() else None,
            date_to=self.date_to.day() if self.to_check.isChecked() else None,
            staff_id=staff_id if isinstance(staff_id, int) and staff_id > 0 else None,
            model_id=self.model_box.currentData() or "",
            text=self.search.text().strip())

    def _changed(self, *_args: object) -> None:
        if not self._quiet:
            self.apply()

    def apply(self) -> None:
        """Count and show the complaints the filters match (on a worker thread)."""
        self.search_timer.stop()
        if self.user is None:
            return
        if self.showing_incidents:
            self._load_incidents()
            return
        typed = next((edit.text_problem() or self.tr("Type a date, for example 21/11/2026.")
                      for check, edit in ((self.from_check, self.date_from),
                                          (self.to_check, self.date_to))
                      if check.isChecked() and edit.day() is None), "")
        if typed:
            show_message(self.date_message, typed, error=True)
            return
        flt = self.current_filter()
        errors = complaint_list.filter_errors(flt)
        show_message(self.date_message, errors.get("date_to", ""), error=True)
        if errors:
            self.count_label.setText(self.tr("Check the dates"))
            return
        show_message(self.message, "")
        self.count_label.setText(self.tr("Searching…"))
        self.model.load(self.user, flt)

    def _loaded(self, total: int) -> None:
        if total == 0:
            text = self.tr("No complaints match")
        elif total == 1:
            text = self.tr("1 complaint")
        else:
            text = self.tr("%1 complaints").replace("%1", f"{total:,}")
        self.count_label.setText(text)

    def _failed(self, message: str) -> None:
        self.count_label.setText("")
        show_message(self.message, message, error=True)

    # ---- incidents ---------------------------------------------------------------------------
    @property
    def showing_incidents(self) -> bool:
        return self.show_combo.currentData() == SHOW_INCIDENTS

    def _switch(self) -> None:
        incidents_shown = self.showing_incidents
        self.title.setText(self.tr("Incidents") if incidents_shown else self.tr("Complaints"))
        self.filters.setVisible(not incidents_shown)
        self.search.setVisible(not incidents_shown)
        self.caption_bar.setVisible(not incidents_shown and bool(self.base.caption))
        self.table.setVisible(not incidents_shown)
        self.incident_table.setVisible(incidents_shown)
        self._changed()

    def _load_incidents(self) -> None:
        try:
            found = incidents.list_incidents_for(self.ctx, self.user)
        except DomainError as error:
            self._failed(tr_error(error))
            return
        show_message(self.message, "")
        self.incident_model.set_rows(found)
        count = len(found)
        self.count_label.setText(self.tr("1 incident") if count == 1 else
                                 self.tr("%1 incidents").replace("%1", f"{count:,}"))

    # ---- opening -----------------------------------------------------------------------------
    def _open(self, index: QModelIndex) -> None:
        reference = index.siblingAtColumn(0).data(REFERENCE_ROLE) if index.isValid() else None
        if self.showing_incidents:
            if reference:
                self.open_incident.emit(reference)
            else:
                show_message(self.message, self.tr(
                    "This incident is restricted: only the people involved and the manager "
                    "can open it."), error=True)
        elif reference:
            self.open_complaint.emit(reference)
