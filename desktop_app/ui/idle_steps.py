"""Work for the UI thread cut into steps, one per turn of the event loop.

Building a screen's widgets has to happen on the UI thread, and a big screen built in one go
is a stall the person feels (a key press waits for it). `IdleSteps.run` queues small steps
(a few milliseconds to twenty each) and runs one each time the event loop comes round, so
input and painting go between them. A new `run` replaces what was still queued. The steps
may come from a generator, which then runs on between them (a step may need what the one
before it built).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from PySide6.QtCore import QObject, QTimer

from desktop_app.ui.background import BackgroundQuery


class IdleSteps(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._steps: Iterator[Callable[[], object]] | None = None
        self._after: BackgroundQuery | None = None
        self._then: Callable[[], object] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._next)

    @property
    def busy(self) -> bool:
        return self._steps is not None

    def run(self, steps: Iterable[Callable[[], object]], *,
            after: BackgroundQuery | None = None,
            then: Callable[[], object] | None = None) -> None:
        """`after`: begin once that query has answered, not while its work on the pool
        would compete with these steps for the interpreter. `then`: called after the last
        step (not if cancelled)."""
        self.cancel()
        self._steps, self._then = iter(steps), then
        if after is not None and after.busy:
            self._after = after
            after.idle.connect(self._begin)
        else:
            self._timer.start()

    def cancel(self) -> None:
        self._steps, self._then = None, None
        self._timer.stop()
        if self._after is not None:
            self._after.idle.disconnect(self._begin)
            self._after = None

    def _begin(self) -> None:
        self._after.idle.disconnect(self._begin)
        self._after = None
        self._timer.start()

    def _next(self) -> None:
        step = next(self._steps, None) if self._steps is not None else None
        if step is None:
            then, self._steps, self._then = self._then, None, None
            if then is not None:
                then()
            return
        step()
        if self._steps is not None:
            self._timer.start()
