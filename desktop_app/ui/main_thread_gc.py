"""Python's cycle collector, run on the UI thread only.

Left to itself the collector runs in whichever thread happens to allocate when a threshold
is crossed: a query on the pool could then free a widget's wrapper, and Qt objects must
be destroyed on the thread they live in (a crash, rarely, under load). So automatic
collection is switched off and a timer on the UI thread collects instead, generation by
generation, as often as the counts say the collector would have.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 500


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.collect)
        self.timer.start()

    def collect(self) -> None:
        counts = gc.get_count()
        for generation in (2, 1, 0):        # an older generation's pass includes the younger
            if counts[generation] > self.thresholds[generation]:
                gc.collect(generation)
                return


def settled_after_start(app: QObject | None = None) -> None:
    """Everything made while starting (modules, classes, caches) lives as long as the
    program: moved out of the collector's sight, so that a full collection later costs a
    few milliseconds, not the 80 ms of walking SQLAlchemy's and Qt's start-up objects.
    (No collection first: that would be the same 80 ms; the little garbage among them
    simply stays.) The timer held back by `collect_on_ui_thread(after_start=True)` starts."""
    gc.freeze()
    app = app or QCoreApplication.instance()
    collector = app.findChild(MainThreadCollector) if app is not None else None
    if collector is not None and not collector.timer.isActive():
        collector.timer.start()


def collect_on_ui_thread(app: QObject, *, after_start: bool = False) -> MainThreadCollector:
    """Switch automatic collection off and collect from `app`'s timer (one per application;
    calling again keeps the first). `after_start`: nothing is collected until
    `settled_after_start`, since what start-up makes (the database layers imported on a
    worker meanwhile) lives as long as the program and walking it would stall the window
    over 100 ms while the person types at the sign-in screen."""
    gc.disable()
    existing = app.findChild(MainThreadCollector)
    if existing is not None:
        return existing
    collector = MainThreadCollector(app)
    if after_start:
        collector.timer.stop()
    return collector
