"""Running a query off the UI thread and getting its answer back on it.

`BackgroundQuery.run(fn, *args)` calls `fn(*args)` on the global thread pool and emits
`done(result)` (or `failed(message)`) on the UI thread. Asking again before the answer
arrives supersedes the earlier request: only the newest answer is delivered, so a person
typing a search never sees an older result land after a newer one.

Services raise `DomainError` with a sentence for the person; anything else is reported
as a plain failure without its details (they may hold personal data).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from desktop_app.domain.errors import DomainError
from desktop_app.ui.text import tr_error

log = logging.getLogger(__name__)


class _Carrier(QObject):
    """Lives on the UI thread; the worker emits through it (a queued connection)."""

    answered = Signal(int, bool, object)


class _Job(QRunnable):
    def __init__(self, carrier: _Carrier, ticket: int, fn: Callable[..., Any],
                 args: tuple) -> None:
        super().__init__()
        self.carrier, self.ticket, self.fn, self.args = carrier, ticket, fn, args

    def run(self) -> None:
        try:
            result, ok = self.fn(*self.args), True
        except DomainError as error:
            result, ok = tr_error(error), False
        except Exception:  # noqa: BLE001 - reported to the person, never crashes the till
            log.warning("A background query failed", exc_info=True)
            result, ok = "The records could not be read. Try again; if it happens again, " \
                         "tell your manager.", False
        try:
            self.carrier.answered.emit(self.ticket, ok, result)
        except RuntimeError:        # the window closed while it ran: nobody to tell
            pass


class BackgroundQuery(QObject):
    done = Signal(object)
    failed = Signal(str)
    #: Nothing of this query's is running any more (after its newest answer).
    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ticket = 0
        self._carriers: dict[int, _Carrier] = {}

    @property
    def busy(self) -> bool:
        return bool(self._carriers)

    def run(self, fn: Callable[..., Any], *args: Any) -> None:
        self._ticket += 1
        carrier = _Carrier()
        carrier.answered.connect(self._answered)
        self._carriers[self._ticket] = carrier
        QThreadPool.globalInstance().start(_Job(carrier, self._ticket, fn, args))

    @Slot(int, bool, object)
    def _answered(self, ticket: int, ok: bool, result: object) -> None:
        carrier = self._carriers.pop(ticket, None)
        if carrier is not None:
            carrier.deleteLater()
        if ticket == self._ticket:  # else superseded by a newer request
            if ok:
                self.done.emit(result)
            else:
                self.failed.emit(str(result))
        if not self._carriers:
            self.idle.emit()
