"""Noticing that nobody has touched the till for a while.

Any key, click, wheel or touch anywhere in the application counts as activity. Time is read
from the program's clock (a fixed clock in tests), checked once a second.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from desktop_app.domain.clock import Clock

ACTIVITY = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress,
                      QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin,
                      QEvent.Type.TouchUpdate})


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, clock: Clock, parent: QObject | None = None, *,
                 tick_ms: int = 1_000) -> None:
        super().__init__(parent)
        self.clock = clock
        self.limit: timedelta | None = None
        self.last_activity = clock.now()
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self.check)
        QApplication.instance().installEventFilter(self)

    def start(self, minutes: int) -> None:
        """Watch from now on; called at each sign-in with the store's setting."""
        self.limit = timedelta(minutes=minutes)
        self.last_activity = self.clock.now()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self.limit = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in ACTIVITY:
            self.last_activity = self.clock.now()
        return False

    def check(self) -> None:
        if self.limit is not None and self.clock.now() - self.last_activity >= self.limit:
            self.stop()
            self.idle.emit()
