"""Whether the start-up page check has passed, for the saves that must not write before it.

The sign-in screen comes up before SQLite's `quick_check` has read every page of a large
file (seconds on ten years of records). Until it answers, signing in and reading work as
usual; saving a record waits for it (the window shows a note while it does) or, if the
check found damage, is refused with a sentence, what was typed still on screen.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from enum import StrEnum

from desktop_app.domain.errors import DomainError
from desktop_app.domain.phrase import phrase


class CheckState(StrEnum):
    PENDING = "pending"
    SOUND = "sound"
    DAMAGED = "damaged"


STILL_CHECKING = phrase("The database is still being checked after starting, so nothing was "
                        "saved yet. What you typed is still here: try again in a few seconds.")


class IntegrityGate:
    """Sound unless made `pending()`; settled once, from any thread."""

    def __init__(self, state: CheckState = CheckState.SOUND, message: str = "") -> None:
        self._state, self._message = state, message
        self._settled = threading.Event()
        self._listeners: list[Callable[[CheckState], None]] = []
        self._lock = threading.Lock()
        if state is not CheckState.PENDING:
            self._settled.set()

    @classmethod
    def pending(cls) -> IntegrityGate:
        return cls(CheckState.PENDING)

    @property
    def state(self) -> CheckState:
        return self._state

    @property
    def message(self) -> str:
        return self._message

    def settle(self, sound: bool, message: str = "") -> None:
        with self._lock:
            if self._settled.is_set():
                return
            self._state = CheckState.SOUND if sound else CheckState.DAMAGED
            self._message = message
            self._settled.set()
            listeners, self._listeners = self._listeners, []
        for listener in listeners:
            listener(self._state)

    def when_settled(self, listener: Callable[[CheckState], None]) -> None:
        """Call `listener(state)` once settled: now if it already is, else from the thread
        that settles it."""
        with self._lock:
            if not self._settled.is_set():
                self._listeners.append(listener)
                return
        listener(self._state)

    def require_sound(self) -> None:
        """Before a record is written: refused, with a sentence, unless the check passed."""
        if self._state is CheckState.DAMAGED:
            raise DomainError(self._message)
        if self._state is CheckState.PENDING:
            raise DomainError(STILL_CHECKING)
