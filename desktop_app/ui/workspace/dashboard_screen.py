"""The dashboard: the period summary's figures and patterns, on screen.

The same figures as the PDF summary for head office (`services.dashboard`), worked out on
a worker thread ("Working it out…" meanwhile; the window never waits). Every tile and
every bar is a way in: a click (or Enter) emits `show_records` with the `ComplaintFilter`
of the complaints behind it, which the workspace hands to the complaint list.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel,
                               QPushButton, QScrollArea, QSizePolicy, QVBoxLayout, QWidget)

from desktop_app.domain.dashboard_figures import (Chart, Dashboard, Period, Tile,
                                                  period_caption, period_dates, period_errors)
from desktop_app.domain.permissions import Action, Subject, refusal
from desktop_app.domain.staff import StaffMember
from desktop_app.services import dashboard as dashboard_service
from desktop_app.services.context import AppContext
from desktop_app.ui.background import BackgroundQuery
from desktop_app.ui.forms import date_edit, show_message
from desktop_app.ui.text import said, tr_data
from desktop_app.ui.widgets.date_field import DateField
from desktop_app.ui.workspace.charts import ColumnChart, HorizontalBarChart, ChartWidget

WORKING = QT_TRANSLATE_NOOP("DashboardScreen", "Working it out…")
TILE_COLUMNS = 4




class KpiTile(QPushButton):
    """A key figure: the big number over what it is and a line of context. A button, so
    it is reached with Tab and pressed with Space as well as clicked."""

    def __init__(self, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.tile: Tile | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setStyleSheet("KpiTile { min-height: 96px; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.setSpacing(0)
        self.value = QLabel(self)
        self.value.setObjectName(f"{name}Value")
        self.value.setStyleSheet("font-size: 30px; font-weight: 700; color: #0b4fb3;")
        self.label = QLabel(self)
        self.label.setObjectName(f"{name}Label")
        self.label.setStyleSheet("font-weight: 600;")
        self.detail = QLabel(self)
        self.detail.setObjectName(f"{name}Detail")
        self.detail.setProperty("role", "help")
        self.detail.setWordWrap(True)         # "from 77,433 customers" fits at 1024 px
        for part in (self.value, self.label, self.detail):
            part.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(part)

    def show_tile(self, tile: Tile | None) -> None:
        self.tile = tile
        self.value.setText(tile.value if tile else "")
        self.label.setText(said(tile.label) if tile else "")
        self.detail.setText(said(tile.detail) if tile else "")
        self.setEnabled(tile is not None)
        if tile:
            self.setAccessibleName(f"{said(tile.label)}: {tile.value}, {said(tile.detail)}")
            self.setAccessibleDescription(self.tr("Shows the complaints behind this figure"))
            self.setToolTip(self.tr("Show the complaints behind this figure"))


class DashboardScreen(QWidget):
    show_records = Signal(object)          # a ComplaintFilter: the records behind a figure

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user: StaffMember | None = None
        self.figures: Dashboard | None = None
        self.setObjectName("dashboardScreen")
        self.query = BackgroundQuery(self)
        self.query.done.connect(self._show_dashboard)
        self.query.failed.connect(self._show_failure)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)
        outer.addLayout(self._build_period_row())
        self.status = QLabel(self)
        self.status.setObjectName("dashboardStatus")
        self.status.setWordWrap(True)
        outer.addWidget(self.status)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("dashboardScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self._build_content())
        outer.addWidget(self.scroll, 1)
        self.period.blockSignals(True)
        self.period.setCurrentIndex(self.period.findData(Period.THIS_MONTH.value))
        self.period.blockSignals(False)

    # ---- building ----------------------------------------------------------------------
    def _build_period_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        label = QLabel(self.tr("Period"), self)
        row.addWidget(label)
        self.period = QComboBox(self)
        self.period.setObjectName("dashboardPeriod")
        self.period.setAccessibleName(self.tr("Period"))
        for period in Period:
            self.period.addItem(said(period.label), period.value)
        label.setBuddy(self.period)
        row.addWidget(self.period)
        self.date_from = self._date_edit("dashboardFrom", self.tr("From"))
        self.date_to = self._date_edit("dashboardTo", self.tr("To"))
        row.addWidget(QLabel(self.tr("from"), self))
        row.addWidget(self.date_from)
        row.addWidget(QLabel(self.tr("to"), self))
        row.addWidget(self.date_to)
        self.show_button = QPushButton(self.tr("Show"), self)
        self.show_button.setObjectName("dashboardShowButton")
        self.show_button.setProperty("primary", True)
        self.show_button.clicked.connect(self.refresh)
        row.addWidget(self.show_button)
        self.period_error = QLabel(self)
        self.period_error.setObjectName("dashboardPeriodError")
        self.period_error.setWordWrap(True)
        self.period_error.setProperty("role", "error")
        self.period_error.hide()
        row.addWidget(self.period_error, 1)
        row.addStretch(0)
        self.period.currentIndexChanged.connect(self._period_chosen)
        self.date_from.changed.connect(self._dates_changed)
        self.date_to.changed.connect(self._dates_changed)
        return row

    def _date_edit(self, name: str, accessible: str) -> DateField:
        return date_edit(self, name=name, accessible=accessible)

    def _build_content(self) -> QWidget:
        content = QWidget(self.scroll)
        content.setObjectName("dashboardContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 4, 12, 12)
        layout.setSpacing(10)
        self.caption = QLabel(content)
        self.caption.setObjectName("dashboardCaption")
        self.caption.setStyleSheet("font-size: 18px; font-weight: 600;")
        layout.addWidget(self.caption)
        tiles = QGridLayout()
        tiles.setSpacing(10)
        self.tiles: list[KpiTile] = []
        for i in range(8):
            tile = KpiTile(f"dashboardTile{i}", content)
            tile.clicked.connect(lambda _checked=False, t=tile: self._tile_clicked(t))
            tiles.addWidget(tile, i // TILE_COLUMNS, i % TILE_COLUMNS)
            self.tiles.append(tile)
        layout.addLayout(tiles)
        self.weekly_chart = self._chart(ColumnChart, "dashboardWeekly",
                                        self.tr("Complaints logged per week (week beginning)"),
                                        layout, content)
        pairs = QGridLayout()
        pairs.setHorizontalSpacing(18)
        pairs.setVerticalSpacing(10)
        self.category_chart = self._chart(HorizontalBarChart, "dashboardByCategory",
                                          self.tr("By category"), None, content)
        self.root_cause_chart = self._chart(HorizontalBarChart, "dashboardByRootCause",
                                            self.tr("By root cause (the 15 most common)"),
                                            None, content)
        self.status_chart = self._chart(HorizontalBarChart, "dashboardByStatus",
                                        self.tr("By status now"), None, content)
        self.channel_chart = self._chart(HorizontalBarChart, "dashboardByChannel",
                                         self.tr("By channel"), None, content)
        for i, chart in enumerate((self.category_chart, self.root_cause_chart,
                                   self.status_chart, self.channel_chart)):
            pairs.addWidget(chart.box, i // 2, i % 2)
        pairs.setColumnStretch(0, 1)
        pairs.setColumnStretch(1, 1)
        layout.addLayout(pairs)
        layout.addStretch(1)
        self.charts = {"weekly": self.weekly_chart, "by_category": self.category_chart,
                       "by_root_cause": self.root_cause_chart, "by_status": self.status_chart,
                       "by_channel": self.channel_chart}
        for key, chart in self.charts.items():
            chart.bar_clicked.connect(lambda index, k=key: self._bar_clicked(k, index))
        return content

    def _chart(self, kind: type[ChartWidget], name: str, title: str,
               layout: QVBoxLayout | None, parent: QWidget) -> ChartWidget:
        box = QWidget(parent)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        heading = QLabel(title, box)
        heading.setStyleSheet("font-weight: 600;")
        column.addWidget(heading)
        chart = kind(title, box)
        chart.setObjectName(name)
        column.addWidget(chart)
        column.addStretch(1)
        chart.box = box
        if layout is not None:
            layout.addWidget(box)
        return chart

    # ---- the period --------------------------------------------------------------------
    def show_for(self, user: StaffMember) -> None:
        self.user = user
        self._period_chosen()

    def chosen_period(self) -> Period:
        return Period(self.period.currentData())

    def dates(self) -> tuple[date | None, date | None]:
        """The period on screen; None for a date not given as a day."""
        return self.date_from.day(), self.date_to.day()

    def choose(self, period: Period, start: date | None = None,
               end: date | None = None) -> None:
        """Pick a period as a person would (custom dates are then shown with Show)."""
        if period is Period.CUSTOM and start and end:
            self.period.blockSignals(True)
            self.period.setCurrentIndex(self.period.findData(period.value))
            self.period.blockSignals(False)
            self._set_dates(start, end)
            self._period_chosen()
            return
        self.period.setCurrentIndex(self.period.findData(period.value))

    def _set_dates(self, start: date, end: date) -> None:
        for edit, day in ((self.date_from, start), (self.date_to, end)):
            edit.blockSignals(True)
            edit.set_day(day)
            edit.blockSignals(False)

    def _period_chosen(self, _index: int = 0) -> None:
        period = self.chosen_period()
        custom = period is Period.CUSTOM
        for edit in (self.date_from, self.date_to):
            edit.setEnabled(custom)
        self.show_button.setVisible(custom)
        if not custom:
            self._set_dates(*period_dates(period, self.ctx.clock.now().date()))
        self.refresh()

    def _dates_changed(self) -> None:
        errors = period_errors(*self.dates())
        show_message(self.period_error, errors.get("start") or errors.get("end", ""), error=True)
        self.date_to.setProperty("invalid", bool(errors))

    def refresh(self) -> None:
        """Work the figures out again for the period on screen."""
        if self.user is None:
            return
        start, end = self.dates()
        errors = period_errors(start, end)
        show_message(self.period_error, errors.get("start") or errors.get("end", ""), error=True)
        self.scroll.widget().setEnabled(not errors)       # the figures shown are not for it
        if errors:
            return
        if not dashboard_service.may_see_dashboard(self.user):
            show_message(self.status, refusal(Subject.COMPLAINT, Action.EXPORT), error=True)
            return
        show_message(self.status, self.tr(WORKING), role="help")
        self.query.run(dashboard_service.dashboard, self.ctx, self.user, start, end)

    # ---- the answer --------------------------------------------------------------------
    def _show_failure(self, message: str) -> None:
        show_message(self.status, message, error=True)

    def _show_dashboard(self, figures: Dashboard) -> None:
        self.figures = figures
        s = figures.summary
        show_message(self.status, "", role="help")
        self.caption.setText(self.tr("Complaints saved %1").replace(
            "%1", said(period_caption(s.period_start, s.period_end))))
        for widget, tile in zip(self.tiles, figures.tiles, strict=True):
            widget.show_tile(tile)
        for key, chart in self.charts.items():
            data: Chart = getattr(figures, key)
            chart.set_data([(tr_data(bar.label), bar.count) for bar in data.bars]
                           if not figures.empty else [])

    def tile_for(self, figure: object) -> KpiTile:
        return next(w for w in self.tiles if w.tile is not None and w.tile.figure == figure)

    def _tile_clicked(self, widget: KpiTile) -> None:
        if widget.tile is not None:
            self.show_records.emit(widget.tile.records)

    def _bar_clicked(self, key: str, index: int) -> None:
        if self.figures is None:
            return
        bars = getattr(self.figures, key).bars
        if 0 <= index < len(bars):
            self.show_records.emit(bars[index].records)
