"""Charts drawn with reportlab.graphics (no other plotting library)."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from desktop_app.reports.base import FONT, register_fonts

BAR = colors.HexColor("#2b6cb0")


def _whole_steps(axis, top: int) -> None:  # noqa: ANN001
    """Counts are whole numbers: no 0.5 ticks."""
    axis.valueMin = 0
    axis.valueMax = max(4, top + (-top) % 4)
    axis.valueStep = max(1, axis.valueMax // 4)


def column_chart(title: str, labels: list[str], values: list[int], *,
                 width: float = 175 * mm, height: float = 62 * mm) -> Drawing:
    """A vertical bar chart (the weekly trend); labels thinned out when there are many."""
    register_fonts()
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 10, title, fontName=FONT, fontSize=9))
    chart = VerticalBarChart()
    chart.x, chart.y = 28, 22
    chart.width, chart.height = width - 40, height - 44
    chart.data = [values or [0]]
    step = max(1, len(labels) // 13)
    chart.categoryAxis.categoryNames = [label if n % step == 0 else ""
                                        for n, label in enumerate(labels)] or [""]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    _whole_steps(chart.valueAxis, max(values or [0]))
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    drawing.add(chart)
    return drawing


def bar_chart(title: str, labels: list[str], values: list[int], *,
              width: float = 175 * mm) -> Drawing:
    """Horizontal bars for counts by category, kind or trigger."""
    register_fonts()
    rows = max(1, len(values))
    height = 34 + rows * 13
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 10, title, fontName=FONT, fontSize=9))
    chart = HorizontalBarChart()
    chart.x, chart.y = 62 * mm, 14                       # room for the value axis's labels
    chart.width, chart.height = width - 62 * mm - 10, height - 32
    chart.data = [list(reversed(values)) or [0]]
    chart.categoryAxis.categoryNames = list(reversed(labels)) or [""]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    _whole_steps(chart.valueAxis, max(values or [0]))
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    drawing.add(chart)
    return drawing
