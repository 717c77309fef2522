"""Two small charts drawn with QPainter: horizontal bars (counts by category, root cause,
status…) and columns (the weekly trend). No QtCharts: that module is in PySide6-Addons.

Both take `(label, count)` pairs, show the exact count in a tooltip on hover, and are
clickable: a click, or Enter/Space on the bar chosen with the arrow keys, emits
`bar_clicked(index)`. `bar_rects()` gives each bar's rectangle (tests click there). With
nothing to show they say so ("No complaints in this period").
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (QColor, QFocusEvent, QFontMetrics, QHelpEvent, QKeyEvent,
                           QMouseEvent, QPainter, QPaintEvent, QPen)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

INK = QColor("#1d2733")
MUTED = QColor("#4b5a69")
GRID = QColor("#d5dce3")
BAR = QColor("#1f6feb")
BAR_HOVER = QColor("#0b4fb3")
FOCUS = QColor("#b42318")
EMPTY_TEXT = "No complaints in this period"


class ChartWidget(QWidget):
    """What both charts share: data, hover, keyboard choice, clicks and tooltips."""

    bar_clicked = Signal(int)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.labels: list[str] = []
        self.counts: list[int] = []
        self.hovered = -1
        self.current = -1              # the bar chosen with the keyboard
        self.empty_text = EMPTY_TEXT
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(title)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self.sizeHint().height())

    # ---- data --------------------------------------------------------------------------
    def set_data(self, items: Sequence[tuple[str, int]]) -> None:
        self.labels = [label for label, _ in items]
        self.counts = [count for _, count in items]
        self.hovered = -1
        self.current = 0 if self.counts else -1
        described = "; ".join(f"{label}: {count}" for label, count in items[:20])
        self.setAccessibleDescription(described or self.empty_text)
        self.setCursor(Qt.CursorShape.PointingHandCursor if self.counts
                       else Qt.CursorShape.ArrowCursor)
        self.setFixedHeight(self.sizeHint().height())     # a row per bar, never squeezed
        self.update()

    def tooltip_text(self, index: int) -> str:
        return f"{self.labels[index]}: {self.counts[index]:,}"

    def bar_rects(self) -> list[QRect]:
        """Each bar's clickable rectangle, in widget coordinates (for clicks and tests)."""
        raise NotImplementedError

    def bar_at(self, point: QPoint) -> int:
        return next((i for i, rect in enumerate(self.bar_rects()) if rect.contains(point)), -1)

    # ---- events ------------------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self.bar_at(event.position().toPoint())
        if index != self.hovered:
            self.hovered = index
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self.hovered = -1
        self.update()
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        index = self.bar_at(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and index >= 0:
            self.current = index
            self.update()
            self.bar_clicked.emit(index)
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self.counts and key in self.NEXT_KEYS + self.PREVIOUS_KEYS:
            step = 1 if key in self.NEXT_KEYS else -1
            self.current = max(0, min(len(self.counts) - 1, self.current + step))
            self._announce()
            self.update()
            return
        if self.counts and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.bar_clicked.emit(max(self.current, 0))
            return
        super().keyPressEvent(event)

    def _announce(self) -> None:
        if 0 <= self.current < len(self.counts):
            rect = self.bar_rects()[self.current]
            QToolTip.showText(self.mapToGlobal(rect.center()),
                              self.tooltip_text(self.current), self)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            help_event: QHelpEvent = event
            index = self.bar_at(help_event.pos())
            if index >= 0:
                QToolTip.showText(help_event.globalPos(), self.tooltip_text(index), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    # ---- painting ----------------------------------------------------------------------
    def _paint_empty(self, painter: QPainter) -> None:
        painter.setPen(MUTED)
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)

    def _bar_colour(self, index: int) -> QColor:
        return BAR_HOVER if index == self.hovered else BAR

    def _paint_focus(self, painter: QPainter) -> None:
        if self.hasFocus() and 0 <= self.current < len(self.counts):
            painter.setPen(QPen(FOCUS, 2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.bar_rects()[self.current].adjusted(-2, -2, 2, 2))


class HorizontalBarChart(ChartWidget):
    """A bar per label, longest first as given; the label on the left, the count after."""

    ROW, GAP, PAD = 26, 6, 6
    NEXT_KEYS = (Qt.Key.Key_Down, Qt.Key.Key_Right)
    PREVIOUS_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Left)

    def sizeHint(self) -> QSize:
        rows = max(len(self.counts), 2)
        return QSize(420, self.PAD * 2 + rows * self.ROW)

    def minimumSizeHint(self) -> QSize:
        return QSize(260, self.sizeHint().height())

    def _label_width(self) -> int:
        metrics = QFontMetrics(self.font())
        widest = max((metrics.horizontalAdvance(label) for label in self.labels), default=0)
        return min(widest + 10, int(self.width() * 0.42))

    def _count_width(self) -> int:
        metrics = QFontMetrics(self.font())
        return metrics.horizontalAdvance(f"{max(self.counts, default=0):,}") + 12

    def bar_at(self, point: QPoint) -> int:
        """The whole row is the target (label, bar and count), so a short bar is easy to hit."""
        if not self.counts or not 0 <= point.x() < self.width() or point.y() < self.PAD:
            return -1
        index = (point.y() - self.PAD) // self.ROW
        return index if index < len(self.counts) else -1

    def bar_rects(self) -> list[QRect]:
        if not self.counts:
            return []
        left = self.PAD + self._label_width()
        room = max(10, self.width() - left - self._count_width() - self.PAD)
        top, largest = self.PAD, max(max(self.counts), 1)
        rects = []
        for i, count in enumerate(self.counts):
            length = max(3, round(room * count / largest)) if count else 3
            rects.append(QRect(left, top + i * self.ROW + self.GAP // 2, length,
                               self.ROW - self.GAP))
        return rects

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.counts:
            self._paint_empty(painter)
            return
        metrics = QFontMetrics(self.font())
        label_width = self._label_width()
        for i, rect in enumerate(self.bar_rects()):
            row = QRect(self.PAD, rect.top(), label_width - 8, rect.height())
            painter.setPen(INK)
            painter.drawText(row, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                             metrics.elidedText(self.labels[i], Qt.TextElideMode.ElideRight,
                                                row.width()))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._bar_colour(i))
            painter.drawRoundedRect(rect, 3, 3)
            painter.setPen(INK)
            painter.drawText(QRect(rect.right() + 6, rect.top(), self._count_width(),
                                   rect.height()),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             f"{self.counts[i]:,}")
        self._paint_focus(painter)


class ColumnChart(ChartWidget):
    """A column per label in order (weeks), with a scale and as many labels as fit."""

    HEIGHT, AXIS, PAD = 220, 22, 8
    NEXT_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_Down)
    PREVIOUS_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Up)

    def sizeHint(self) -> QSize:
        return QSize(640, self.HEIGHT if self.counts else 80)

    def minimumSizeHint(self) -> QSize:
        return QSize(300, self.sizeHint().height())

    def _scale_width(self) -> int:
        return QFontMetrics(self.font()).horizontalAdvance(f"{self._top():,}") + 10

    def _top(self) -> int:
        return max(max(self.counts, default=0), 1)

    def _plot(self) -> QRect:
        left = self.PAD + self._scale_width()
        return QRect(left, self.PAD + 6, max(10, self.width() - left - self.PAD),
                     max(10, self.height() - self.PAD - 6 - self.AXIS))

    def bar_rects(self) -> list[QRect]:
        if not self.counts:
            return []
        plot, top = self._plot(), self._top()
        slot = plot.width() / len(self.counts)
        width = max(2, min(int(slot * 0.7), 64))
        rects = []
        for i, count in enumerate(self.counts):
            height = max(2, round(plot.height() * count / top))
            x = plot.left() + int(i * slot + (slot - width) / 2)
            # The clickable area is the whole slot's column, so short bars are easy to hit.
            rects.append(QRect(x, plot.bottom() - height + 1, width, height))
        return rects

    def bar_at(self, point: QPoint) -> int:
        plot = self._plot()
        if not self.counts or not (plot.left() <= point.x() <= plot.right()
                                   and plot.top() <= point.y() <= plot.bottom()):
            return -1
        index = int((point.x() - plot.left()) / (plot.width() / len(self.counts)))
        return min(index, len(self.counts) - 1)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        if not self.counts:
            self._paint_empty(painter)
            return
        plot, top = self._plot(), self._top()
        metrics = QFontMetrics(self.font())
        painter.setPen(MUTED)
        for value in (0, top // 2, top) if top > 1 else (0, top):
            y = plot.bottom() - round(plot.height() * value / top)
            painter.setPen(GRID)
            painter.drawLine(plot.left(), y, plot.right(), y)
            painter.setPen(MUTED)
            painter.drawText(QRect(self.PAD, y - 10, self._scale_width() - 6, 20),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             f"{value:,}")
        rects = self.bar_rects()
        slot = plot.width() / len(self.counts)
        every = max(1, -(-(metrics.horizontalAdvance("00/00") + 8) // max(1, int(slot))))
        for i, rect in enumerate(rects):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._bar_colour(i))
            painter.drawRect(rect)
            if i % every == 0:
                painter.setPen(MUTED)
                centre = rect.center().x()
                painter.drawText(QRect(centre - 30, plot.bottom() + 4, 60, self.AXIS - 4),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                                 self.labels[i])
        self._paint_focus(painter)
