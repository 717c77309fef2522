"""A pad the customer signs on with a finger or the mouse; gives a PNG."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


class SignaturePad(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[QPainterPath] = []
        self._current: QPainterPath | None = None
        self._image: QImage | None = None     # a signature restored from a draft
        self.setMinimumSize(QSize(360, 140))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(160)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.CrossCursor)

    def is_empty(self) -> bool:
        return not self._strokes and self._image is None

    def clear(self) -> None:
        self._strokes.clear()
        self._image = None
        self._current = None
        self.update()
        self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._current = QPainterPath(event.position())
            self._current.lineTo(event.position() + QPointF(0.1, 0.1))
            self._strokes.append(self._current)
            self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._current is not None and event.buttons() & Qt.MouseButton.LeftButton:
            self._current.lineTo(event.position())
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._current is not None:
            self._current = None
            self.changed.emit()

    def _paint(self, painter: QPainter, background: bool) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if background:
            painter.fillRect(self.rect(), QColor("white"))
            painter.setPen(QPen(QColor("#9aa8b6"), 1, Qt.PenStyle.DashLine))
            baseline = self.height() - 30
            painter.drawLine(20, baseline, self.width() - 20, baseline)
        if self._image is not None:
            painter.drawImage(0, 0, self._image)
        painter.setPen(QPen(QColor("#10233f"), 2.5, Qt.PenStyle.SolidLine,
                            Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        for stroke in self._strokes:
            painter.drawPath(stroke)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        self._paint(painter, background=True)
        painter.end()

    def to_png(self) -> bytes | None:
        if self.is_empty():
            return None
        image = QImage(self.size(), QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        self._paint(painter, background=False)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        return bytes(data)

    def load_png(self, png: bytes | None) -> None:
        """Show a signature kept in a draft again."""
        self._strokes.clear()
        self._image = QImage.fromData(png) if png else None
        self.update()
