"""The one date editor of the program: typed the way people type dates, or picked.

A line to type in (`21/11/2026`, `21 11 26`, `211126`: domain.typed_dates) and a button that
opens a calendar at the day shown, or at today. Focusing the field selects what it holds,
so typing replaces it and one Delete clears it back to "not known" (when the field may be
left unknown). Tab and Shift+Tab leave it like any line; Alt+Down or F4 opens the
calendar. Text that is not a day is kept exactly as typed, and `text_problem` says why, so
a form can show the message beside the field and nothing typed is lost.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import (QCalendarWidget, QFrame, QHBoxLayout, QLineEdit, QToolButton,
                               QVBoxLayout, QWidget)

from desktop_app.domain.typed_dates import EXAMPLE, NotADay, read_day, shown
from desktop_app.locations import resource
from desktop_app.ui.text import tr_error
from desktop_app.ui.touch import TOUCH

CALENDAR_CELL = TOUCH


class DateField(QWidget):
    #: The day shown changed (typed and left, picked, cleared or set).
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, day: date | None = None,
                 unknown_text: str = "", today=date.today) -> None:  # noqa: ANN001
        """`unknown_text`: shown when empty ("Not known"); "" for a date that must be
        given. `today`: where the calendar opens when there is no day yet."""
        super().__init__(parent)
        self._today = today
        self._last: date | str | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.line = QLineEdit(self)
        self.line.setObjectName("dateText")
        self.line.setMinimumHeight(TOUCH)
        self.line.setPlaceholderText(unknown_text or f"dd/mm/yyyy, e.g. {EXAMPLE}")
        self.line.setMaxLength(24)
        self.line.editingFinished.connect(self._typed)
        self.line.textChanged.connect(self._settled)
        self.line.installEventFilter(self)
        layout.addWidget(self.line, 1)
        self.button = QToolButton(self)
        self.button.setObjectName("dateCalendarButton")
        self.button.setIcon(QIcon(str(resource("icons", "arrow-down.png"))))
        self.button.setIconSize(QSize(18, 18))
        self.button.setAccessibleName(self.tr("Choose from a calendar"))
        self.button.setToolTip(self.tr("Choose from a calendar (Alt+Down)"))
        self.button.setFixedSize(TOUCH, TOUCH)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)   # Tab goes field to field
        self.button.clicked.connect(self.open_calendar)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line)
        self.popup: _CalendarPopup | None = None
        self.set_day(day)

    # ---- names, for people who use a screen reader and for automation ----------------------
    def setObjectName(self, name: str) -> None:  # noqa: N802 - Qt's name
        super().setObjectName(name)
        self.line.setObjectName(f"{name}Text")
        self.button.setObjectName(f"{name}Calendar")

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt's name
        super().setAccessibleName(name)
        self.line.setAccessibleName(name)
        self.button.setAccessibleName(self.tr("%1: choose from a calendar").replace("%1", name))

    # ---- value ---------------------------------------------------------------------------
    def day(self) -> date | None:
        """The day shown; None when empty or not a day (see `text_problem`)."""
        try:
            return read_day(self.line.text())
        except NotADay:
            return None

    def raw(self) -> date | str | None:
        """For a form: the day, or the text as typed when it is not one (so validation
        can say why, and a draft keeps it), or None when empty."""
        try:
            return read_day(self.line.text())
        except NotADay:
            return self.line.text()

    def text_problem(self) -> str:
        try:
            read_day(self.line.text())
        except NotADay as error:
            return tr_error(error)
        return ""

    def set_day(self, day: date | None) -> None:
        self.line.setText(shown(day))
        self._settled()

    def set_raw(self, value: date | str | None) -> None:
        """A value as `raw` gave it (a draft): a day, ISO text, typed text or nothing."""
        if isinstance(value, str):
            try:
                value = date.fromisoformat(value)
            except ValueError:
                self.line.setText(value)
                self._settled()
                return
        self.set_day(value)

    # ---- typing ----------------------------------------------------------------------------
    def _typed(self) -> None:
        """Left the field: a day is shown the program's way; anything else stays as typed,
        marked, with the reason as its tooltip."""
        try:
            day = read_day(self.line.text())
        except NotADay as error:
            self._mark(tr_error(error))
            self._settled()
            return
        if shown(day) != self.line.text():
            self.line.setText(shown(day))
        self._settled()

    def _settled(self, *_text: str) -> None:
        problem = self.text_problem()
        if bool(problem) != bool(self.line.property("invalid")) and (
                not problem or not self.line.hasFocus()):       # marked once the person leaves
            self._mark(problem)
        now = self.raw()
        if now != self._last:
            self._last = now
            self.changed.emit()

    def _mark(self, problem: str) -> None:
        self.line.setProperty("invalid", bool(problem))
        self.line.setToolTip(problem)
        self.line.style().unpolish(self.line)
        self.line.style().polish(self.line)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.line and event.type() == QEvent.Type.FocusIn:
            QTimer.singleShot(0, self.line.selectAll)      # after the click places the cursor
        elif watched is self.line and event.type() == QEvent.Type.KeyPress:
            key = QKeyEvent(event)
            opens = key.key() == Qt.Key.Key_F4 or (
                key.key() == Qt.Key.Key_Down and key.modifiers() & Qt.KeyboardModifier.AltModifier)
            if opens:
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)

    # ---- the calendar ----------------------------------------------------------------------
    def open_calendar(self) -> None:
        day = self.day() or self._today()
        self.popup = _CalendarPopup(self, day)
        self.popup.picked.connect(self._picked)
        below = self.mapToGlobal(self.rect().bottomLeft())
        self.popup.move(below)
        self.popup.show()
        self.popup.calendar.setFocus()

    def _picked(self, day: date) -> None:
        self.set_day(day)
        self.line.setFocus()


class _CalendarPopup(QFrame):
    """A month to pick from, its days big enough for a finger; Escape closes it."""

    picked = Signal(object)

    def __init__(self, owner: QWidget, day: date) -> None:
        super().__init__(owner, Qt.WindowType.Popup)
        self.setObjectName("datePopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("dateCalendar")
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(
            QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.calendar.setMinimumSize(7 * CALENDAR_CELL + 8, 7 * CALENDAR_CELL + 40)
        self.calendar.activated.connect(self._chosen)
        self.calendar.clicked.connect(self._chosen)
        layout.addWidget(self.calendar)

    def _chosen(self, qdate: QDate) -> None:
        self.picked.emit(qdate.toPython())
        self.close()
