"""Python's cycle collector, run on the UI thread only.

Left to itself the collector runs in whichever thread happens to allocate when a threshold
is crossed: a query on the pool could then free a widget's wrapper, and Qt objects must
be destroyed on the thread they live in (a crash, rarely, under load). So automatic
collection is switched off and a timer on the UI thread collects instead, generation by
generation, as often as the counts say the collector would have.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

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


def settled_after_start() -> None:
    """Everything made while starting (modules, classes, caches) lives as long as the
    program: moved out of the collector's sight, so that a full collection later costs a
    few milliseconds, not the 80 ms of walking SQLAlchemy's and Qt's start-up objects.
    (No collection first: that would be the same 80 ms; the little garbage among them
    simply stays.)"""
    gc.freeze()


def collect_on_ui_thread(app: QObject) -> MainThreadCollector:
    """Switch automatic collection off and collect from `app`'s timer (one per application;
    calling again keeps the first)."""
    gc.disable()
    existing = app.findChild(MainThreadCollector)
    return existing if existing is not None else MainThreadCollector(app)
