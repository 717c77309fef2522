"""The dashboard, driven as a manager would: choose a period, read the tiles, click a
figure to get the records behind it."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtCore import Qt

from desktop_app.domain.complaint import Status
from desktop_app.domain.dashboard_figures import Figure, Period
from desktop_app.domain.record_filter import ComplaintFilter
from desktop_app.services import demo
from desktop_app.ui.app import make_application
from desktop_app.ui.workspace.charts import EMPTY_TEXT
from desktop_app.ui.workspace.dashboard_screen import WORKING, DashboardScreen

CLICK = Qt.MouseButton.LeftButton


@pytest.fixture
def screen(qtbot, ctx, manager):
    demo.fill(ctx, complaints=300, incidents=0, seed=3)
    make_application()
    widget = DashboardScreen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1000, 660)
    widget.show()
    qtbot.waitExposed(widget)
    with qtbot.waitSignal(widget.query.done, timeout=20_000):
        widget.show_for(manager)
    return widget


def _saved_between(db_path, start: date, end: date, where: str = "1") -> int:
    with sqlite3.connect(db_path) as connection:
        return connection.execute(
            f"SELECT count(*) FROM complaints WHERE saved_at >= ? AND saved_at < date(?, "
            f"'+1 day') AND {where}", (start.isoformat(), end.isoformat())).fetchone()[0]


def _tile_value(screen, figure: Figure) -> str:  # noqa: ANN001
    return screen.tile_for(figure).value.text()


def test_this_month_then_last_12_months_match_the_database(qtbot, screen, db_path):
    assert screen.chosen_period() is Period.THIS_MONTH
    assert screen.dates() == (date(2026, 3, 1), date(2026, 3, 10))
    assert _tile_value(screen, Figure.LOGGED) == str(
        _saved_between(db_path, date(2026, 3, 1), date(2026, 3, 10)))

    with qtbot.waitSignal(screen.query.done, timeout=20_000):
        screen.period.setCurrentIndex(screen.period.findData(Period.LAST_12_MONTHS.value))
    start, end = date(2025, 3, 11), date(2026, 3, 10)
    assert screen.dates() == (start, end)
    assert not screen.date_from.isEnabled()
    logged = _saved_between(db_path, start, end)
    escalated = _saved_between(db_path, start, end, "escalated_at IS NOT NULL")
    closed = _saved_between(db_path, start, end, "status = 'closed'")
    assert _tile_value(screen, Figure.LOGGED) == f"{logged:,}"
    assert _tile_value(screen, Figure.ESCALATION) == f"{escalated / logged * 100:.0f}%"
    assert screen.tile_for(Figure.LOGGED).detail.text() == f"{closed:,} closed"
    assert screen.caption.text() == "Complaints saved 11 Mar 2025 – 10 Mar 2026"
    assert not screen.status.isVisible()
    name = QAccessible.queryAccessibleInterface(screen.tile_for(Figure.ESCALATION)).text(
        QAccessible.Text.Name)
    assert name.startswith("Escalation rate: ")
    assert sum(screen.weekly_chart.counts) == logged
    assert sum(screen.status_chart.counts) == logged


def test_clicking_a_bar_and_a_tile_asks_for_the_records_behind_them(qtbot, screen):
    chart = screen.category_chart
    rects = chart.bar_rects()
    assert len(rects) == len(screen.figures.by_category.bars) > 1
    expected = screen.figures.by_category.bars[1]
    with qtbot.waitSignal(screen.show_records) as clicked:
        qtbot.mouseClick(chart, CLICK, pos=rects[1].center())
    flt = clicked.args[0]
    assert isinstance(flt, ComplaintFilter) and flt == expected.records
    assert flt.category == expected.key and flt.date_from == date(2026, 3, 1)
    assert chart.tooltip_text(1) == f"{expected.label}: {expected.count}"

    week = screen.weekly_chart
    with qtbot.waitSignal(screen.show_records) as clicked:
        qtbot.mouseClick(week, CLICK, pos=week.bar_rects()[-1].center())
    assert clicked.args[0].date_to == date(2026, 3, 10)
    assert clicked.args[0] == screen.figures.weekly.bars[-1].records

    with qtbot.waitSignal(screen.show_records) as clicked:
        qtbot.mouseClick(screen.tile_for(Figure.ESCALATION), CLICK)
    assert clicked.args[0].escalated is True
    assert clicked.args[0].caption == "Escalated complaints saved 1 Mar 2026 – 10 Mar 2026"

    screen.status_chart.setFocus()
    qtbot.keyClick(screen.status_chart, Qt.Key.Key_Down)
    with qtbot.waitSignal(screen.show_records) as chosen:
        qtbot.keyClick(screen.status_chart, Qt.Key.Key_Return)
    second = screen.figures.by_status.bars[1]
    assert chosen.args[0].statuses == (Status(second.key),)

    tile = screen.tile_for(Figure.OVERDUE)
    tile.setFocus()
    with qtbot.waitSignal(screen.show_records) as pressed:
        qtbot.keyClick(tile, Qt.Key.Key_Space)
    assert pressed.args[0].overdue_on == date(2026, 3, 10)


def test_a_custom_period_is_checked_next_to_its_fields(qtbot, screen):
    screen.period.setCurrentIndex(screen.period.findData(Period.CUSTOM.value))
    qtbot.waitUntil(lambda: not screen.query.busy, timeout=20_000)
    assert screen.date_from.isEnabled() and screen.show_button.isVisible()
    screen.date_from.set_day(date(2026, 3, 5))
    screen.date_to.set_day(date(2026, 3, 1))
    assert screen.period_error.isVisible()
    assert screen.period_error.text().startswith("The 'to' date is before the 'from' date")
    qtbot.mouseClick(screen.show_button, CLICK)
    assert not screen.query.busy                              # nothing asked for

    screen.date_from.set_day(date(2020, 1, 1))
    screen.date_to.set_day(date(2020, 1, 31))
    assert not screen.period_error.isVisible()
    with qtbot.waitSignal(screen.query.done, timeout=20_000):
        qtbot.mouseClick(screen.show_button, CLICK)
        assert screen.status.text() == WORKING
    assert _tile_value(screen, Figure.LOGGED) == "0"
    assert _tile_value(screen, Figure.FIRST_CONTACT) == "—"
    for chart in screen.charts.values():
        assert chart.counts == [] and chart.bar_rects() == []
        assert chart.accessibleDescription() == EMPTY_TEXT
    screen.category_chart.grab()                              # paints the empty message


def test_staff_are_told_they_cannot_see_it(qtbot, ctx, staff):
    make_application()
    widget = DashboardScreen(ctx)
    qtbot.addWidget(widget)
    widget.show_for(staff)
    assert not widget.query.busy
    assert "Ask your manager" in widget.status.text()
