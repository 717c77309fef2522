"""The head-office window's views, one class per view. Each reads through the signed-in
person's own PostgreSQL role (services.head_office.Viewer), so what PostgreSQL's row-level
security hides from them is never in the window."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QSpinBox, QTableWidget, QVBoxLayout, QWidget)

from desktop_app.domain.errors import DomainError
from desktop_app.domain.kpis import percent
from desktop_app.services import head_office_figures as views
from desktop_app.services.head_office import Viewer
from desktop_app.services.head_office_retention import head_office_settings
from desktop_app.ui.head_office.drill_down import (RecordsDialog, RecordView, fill_records,
                                                   open_record, opens_records, records_table)
from desktop_app.ui.tables import cell, record_table
from desktop_app.ui.text import tr_data, tr_error
from desktop_app.ui.widgets.date_field import DateField

#: The abuse grid's heat colour (the busiest hours darkest).
HEAT = "#c53030"

KPI_LABELS = {
    views.LeagueKpi.FIRST_CONTACT: QT_TRANSLATE_NOOP("LeagueView", "First contact resolution"),
    views.LeagueKpi.ESCALATION: QT_TRANSLATE_NOOP("LeagueView", "Escalation rate"),
    views.LeagueKpi.TIME_TO_CLOSE: QT_TRANSLATE_NOOP("LeagueView", "Average days to close"),
    views.LeagueKpi.OVERDUE: QT_TRANSLATE_NOOP("LeagueView", "Follow-ups overdue"),
    views.LeagueKpi.SATISFACTION: QT_TRANSLATE_NOOP("LeagueView", "Customer satisfaction (1-5)"),
}
#: the abuse grid's rows, Monday first (as kpis.WEEKDAYS)
DAY_NAMES = (QT_TRANSLATE_NOOP("AbuseView", "Mon"), QT_TRANSLATE_NOOP("AbuseView", "Tue"),
             QT_TRANSLATE_NOOP("AbuseView", "Wed"), QT_TRANSLATE_NOOP("AbuseView", "Thu"),
             QT_TRANSLATE_NOOP("AbuseView", "Fri"), QT_TRANSLATE_NOOP("AbuseView", "Sat"),
             QT_TRANSLATE_NOOP("AbuseView", "Sun"))


def _shown(kpi: views.LeagueKpi, value: float | None) -> str:
    if value is None:
        return "—"
    if kpi in (views.LeagueKpi.FIRST_CONTACT, views.LeagueKpi.ESCALATION):
        return percent(value)
    if kpi is views.LeagueKpi.OVERDUE:
        return f"{value:,.0f}"
    return f"{value:.1f}"


def _fill(table: QTableWidget, rows: list[list[str]], *, stretch: bool = True) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, text in enumerate(values):
            table.setItem(r, c, cell(text))
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(stretch)


class _View(QWidget):
    """A view with a message line for what went wrong (said, never raised)."""

    def __init__(self, viewer: Viewer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.viewer = viewer
        self.layout_ = QVBoxLayout(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)

    def refresh(self) -> None:
        try:
            self.load()
            self.message.clear()
        except DomainError as error:
            self.message.setText(tr_error(error))

    def load(self) -> None:
        raise NotImplementedError

    def add_period(self) -> PeriodBar:
        """From, to and Show, Show reading the view again."""
        bar = PeriodBar(self.viewer.clock.now().date(), self)
        bar.show_button.clicked.connect(self.refresh)
        self.layout_.addWidget(bar)
        return bar


class PeriodBar(QWidget):
    """From, to (the last year by default) and Show."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.start = DateField(self, day=today - timedelta(days=364))
        self.start.setObjectName("periodFrom")
        self.end = DateField(self, day=today)
        self.end.setObjectName("periodTo")
        self.show_button = QPushButton(self.tr("Show"), self)
        self.show_button.setObjectName("showButton")
        for label, widget in ((self.tr("From"), self.start), (self.tr("to"), self.end)):
            row.addWidget(QLabel(label, self))
            row.addWidget(widget)
        row.addWidget(self.show_button)
        row.addStretch(1)

    def period(self) -> tuple[date, date]:
        start, end = self.start.day(), self.end.day()
        if start is None or end is None or end < start:
            raise DomainError("Give a period: a first day, and a last day not before it.")
        return start, end


class RegionBox(QComboBox):
    """The whole chain (for chain people) or one region; filled once the stores are read."""

    def __init__(self, viewer: Viewer, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.viewer = viewer
        self.setObjectName(name)
        self.setAccessibleName(self.tr("Region"))

    def set_regions(self, regions: list[str]) -> None:
        self.blockSignals(True)
        self.clear()
        if self.viewer.region is None:
            self.addItem(self.tr("The whole chain"), "")
        for region in regions:
            self.addItem(region, region)
        self.blockSignals(False)

    def chosen(self) -> str | None:
        return self.currentData() or None


class StoresView(_View):
    COL_CODE, COL_NAME, COL_REGION, COL_LAST, COL_HELD, COL_GAPS = range(6)

    def __init__(self, viewer: Viewer, parent: QWidget | None = None) -> None:
        super().__init__(viewer, parent)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Mark stores silent for more than"), self))
        self.days = QSpinBox(self)
        self.days.setObjectName("silentDays")
        self.days.setRange(1, 365)
        self.days.setValue(head_office_settings(viewer).silent_days)
        self.days.setSuffix(self.tr(" days"))
        self.days.valueChanged.connect(self.refresh)
        row.addWidget(self.days)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.table = record_table(self, "storesTable", self.tr("Stores"), [
            self.tr("Store"), self.tr("Name"), self.tr("Region"), self.tr("Last bundle"),
            self.tr("Changes held up to"), self.tr("Missing")])
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(self.message)
        self.found: list[views.StoreStatus] = []

    def load(self) -> None:
        now = self.viewer.clock.now()
        rows = []
        self.found = views.stores(self.viewer)
        for s in self.found:
            last = s.last_bundle.strftime("%d/%m/%Y %H:%M") if s.last_bundle else "never"
            if s.silent(now, self.days.value()):
                last += "  (silent)"
            rows.append([s.code, s.name, s.region, last, f"{s.acknowledged_through:,}",
                         ", ".join(f"{a:,}-{b:,}" for a, b in s.gaps) or "none"])
        _fill(self.table, rows)


class LeagueView(_View):
    def __init__(self, viewer: Viewer, parent: QWidget | None = None) -> None:
        super().__init__(viewer, parent)
        top = QHBoxLayout()
        self.kpi = QComboBox(self)
        self.kpi.setObjectName("leagueKpi")
        for kpi, label in KPI_LABELS.items():
            self.kpi.addItem(self.tr(label), kpi.value)
        self.region = RegionBox(viewer, "leagueRegion", self)
        top.addWidget(QLabel(self.tr("Figure"), self))
        top.addWidget(self.kpi)
        top.addWidget(QLabel(self.tr("Region"), self))
        top.addWidget(self.region)
        top.addStretch(1)
        self.layout_.addLayout(top)
        self.period = self.add_period()
        self.table = record_table(self, "leagueTable", self.tr("League table"), [
            self.tr("Rank"), self.tr("Store"), self.tr("Region"), self.tr("Figure"),
            self.tr("Complaints")])
        opens_records(self.table, self.drill_down)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(self.message)
        self.rows: list[views.LeagueRow] = []

    def drill_down(self, row: int, _column: int = 0) -> RecordsDialog:
        return _records(self, views.Figure("complaint", *self.period.period(),
                                           store_code=self.rows[row].store_code))

    def load(self) -> None:
        kpi = views.LeagueKpi(self.kpi.currentData())
        rows = views.league_table(self.viewer, *self.period.period(), kpi=kpi,
                                  region=self.region.chosen())
        self.rows = rows
        _fill(self.table, [[str(n), f"{r.store_code} {r.store_name}", r.region,
                            _shown(kpi, r.value(kpi)), f"{r.figures.logged:,}"]
                           for n, r in enumerate(rows, start=1)])


class AbuseView(_View):
    """Incidents by weekday (rows) and hour (columns), in the shops' UK time."""

    def __init__(self, viewer: Viewer, parent: QWidget | None = None) -> None:
        super().__init__(viewer, parent)
        self.region = RegionBox(viewer, "abuseRegion", self)
        self.region.currentIndexChanged.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Region"), self))
        top.addWidget(self.region)
        top.addStretch(1)
        self.layout_.addLayout(top)
        self.period = self.add_period()
        self.table = record_table(self, "abuseGrid", self.tr("Abuse towards staff by hour"),
                                  [f"{h:02d}" for h in range(24)])
        self.table.verticalHeader().show()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        opens_records(self.table, self.drill_down)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(self.message)

    def load(self) -> None:
        grid = views.abuse_hot_spots(self.viewer, *self.period.period(),
                                     region=self.region.chosen())
        counts = {(day, hour): 0 for day in range(1, 8) for hour in range(24)}
        for (_region, day, hour), n in grid.items():
            counts[(day, hour)] += n
        _fill(self.table, [[str(counts[(day, hour)] or "") for hour in range(24)]
                           for day in range(1, 8)], stretch=False)
        self.table.setVerticalHeaderLabels([self.tr(name) for name in DAY_NAMES])
        top = max(counts.values()) or 1
        for (day, hour), n in counts.items():        # a heat map: the busiest hours darkest
            if n:
                shade = QColor(HEAT)
                shade.setAlphaF(0.12 + 0.6 * n / top)
                self.table.item(day - 1, hour).setBackground(shade)

    def drill_down(self, row: int, column: int) -> RecordsDialog | None:
        if not self.table.item(row, column) or not self.table.item(row, column).text():
            return None
        return _records(self, views.Figure("incident", *self.period.period(),
                                           region=self.region.chosen(),
                                           weekday=row + 1, hour=column))


class RiddorView(_View):
    def __init__(self, viewer: Viewer, parent: QWidget | None = None) -> None:
        super().__init__(viewer, parent)
        self.table = record_table(self, "riddorTable", self.tr("RIDDOR cases"), [
            self.tr("Due"), self.tr("Store"), self.tr("Incident"), self.tr("Happened"),
            self.tr("Reported"), self.tr("What RIDDOR asks")])
        opens_records(self.table, self.drill_down)
        self.cases: list[views.RiddorCase] = []
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(self.message)

    def load(self) -> None:
        today = self.viewer.clock.now().date()
        rows = []
        self.cases = views.riddor_cases(self.viewer, since=today - timedelta(days=365))
        for c in self.cases:
            due = c.due.strftime("%d/%m/%Y") if c.due else ""
            if c.overdue(today):
                due += "  OVERDUE"
            rows.append([due, f"{c.store_code} {c.store_name}", c.reference,
                         c.occurred_on.strftime("%d/%m/%Y"), "yes" if c.reported else "no",
                         c.text])
        _fill(self.table, rows)

    def drill_down(self, row: int, _column: int = 0) -> RecordView | None:
        case = self.cases[row]
        return open_record(self.viewer, "incident", case.store_code, case.reference, self)


class RepeatView(_View):
    def __init__(self, viewer: Viewer, parent: QWidget | None = None) -> None:
        super().__init__(viewer, parent)
        self.period = self.add_period()
        self.table = record_table(self, "repeatTable", self.tr("Repeat customers"), [
            self.tr("Stores"), self.tr("Complaints"), self.tr("References")])
        opens_records(self.table, self.drill_down)
        self.keys: list[str] = []
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(self.message)

    def load(self) -> None:
        found = views.repeat_customers(self.viewer, *self.period.period())
        self.keys = [key for key, *_ in found]
        _fill(self.table, [[str(stores), str(complaints), ", ".join(refs)]
                           for _key, stores, complaints, refs in found])

    def drill_down(self, row: int, _column: int = 0) -> RecordsDialog:
        return _records(self, views.Figure("complaint", *self.period.period(),
                                           customer_key=self.keys[row]))


class TrendsView(_View):
    """Complaints per month for each category or root cause, across the stores seen."""

    def __init__(self, viewer: Viewer, parent: QWidget | None = None) -> None:
        super().__init__(viewer, parent)
        top = QHBoxLayout()
        self.by = QComboBox(self)
        self.by.setObjectName("trendsBy")
        self.by.addItem(self.tr("Category"), "category")
        self.by.addItem(self.tr("Root cause"), "root_cause")
        self.by.currentIndexChanged.connect(self.refresh)
        top.addWidget(QLabel(self.tr("By"), self))
        top.addWidget(self.by)
        self.region = RegionBox(viewer, "trendsRegion", self)
        self.region.currentIndexChanged.connect(self.refresh)
        top.addWidget(QLabel(self.tr("Region"), self))
        top.addWidget(self.region)
        top.addStretch(1)
        self.layout_.addLayout(top)
        self.period = self.add_period()
        self.table = record_table(self, "trendsTable", self.tr("Trends"), [])
        opens_records(self.table, self.drill_down)
        self.keys: list[str] = []
        self.months: list[str] = []
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(self.message)

    def load(self) -> None:
        found = views.trends(self.viewer, *self.period.period(), by=self.by.currentData(),
                             region=self.region.chosen())
        labels = views.category_labels() if self.by.currentData() == "category" else {}
        months = sorted({m for counts in found.values() for m in counts})
        self.table.setColumnCount(len(months) + 2)
        self.table.setHorizontalHeaderLabels([self.tr("What"), self.tr("Total"), *months])
        ranked = sorted(found.items(), key=lambda item: (-sum(item[1].values()), item[0]))
        self.keys, self.months = [key for key, _ in ranked], months
        _fill(self.table, [[self._named(key, labels), f"{sum(counts.values()):,}",
                            *[str(counts.get(m, "")) for m in months]]
                           for key, counts in ranked])

    def _named(self, key: str, labels: dict[str, str]) -> str:
        """A category by its label in the screen's words; a root cause as it was typed."""
        if self.by.currentData() != "category":
            return key
        return self.tr("No category") if key == views.UNCATEGORISED else \
            tr_data(labels.get(key, key))

    def drill_down(self, row: int, column: int) -> RecordsDialog:
        """A month's cell: that month's complaints; the name or the total: the period's."""
        key = self.keys[row]
        month = self.months[column - 2] if column >= 2 else None
        region = self.region.chosen()
        if self.by.currentData() == "root_cause":
            figure = views.Figure("complaint", *self.period.period(), root_cause=key,
                                  month=month, region=region)
        else:
            figure = views.Figure("complaint", *self.period.period(), month=month,
                                  region=region,
                                  category="" if key == views.UNCATEGORISED else key)
        return _records(self, figure)


def _records(parent: QWidget, figure: views.Figure) -> RecordsDialog:
    dialog = RecordsDialog(parent.viewer, figure, parent)
    dialog.show()
    return dialog


class SearchView(_View):
    """Find complaints (and, with the incident right, incidents) by words: a reference, a
    product, a name; open one to read it."""

    def __init__(self, viewer: Viewer, parent: QWidget | None = None) -> None:
        super().__init__(viewer, parent)
        top = QHBoxLayout()
        self.words = QLineEdit(self)
        self.words.setObjectName("searchWords")
        self.words.setAccessibleName(self.tr("Words to find"))
        self.words.setPlaceholderText(self.tr("A reference, a product, a name…"))
        self.words.returnPressed.connect(self.refresh)
        self.find_button = QPushButton(self.tr("Find"), self)
        self.find_button.setObjectName("searchButton")
        self.find_button.clicked.connect(self.refresh)
        top.addWidget(self.words, 1)
        top.addWidget(self.find_button)
        self.layout_.addLayout(top)
        self.table = records_table(self, "searchTable", self.tr("Category or behaviour"))
        self.table.setColumnHidden(5, True)
        self.table.cellActivated.connect(self.open_row)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(self.message)
        self.lines: list[views.RecordLine] = []

    def load(self) -> None:
        self.lines = views.search(self.viewer, self.words.text())
        fill_records(self.table, self.lines)
        if self.words.text().strip() and not self.lines:
            raise DomainError(self.tr("Nothing holds all of those words."))

    def open_row(self, row: int, _column: int = 0) -> RecordView | None:
        line = self.lines[row]
        return open_record(self.viewer, line.record_type, line.store_code, line.reference,
                           self)
