"""Time as a dependency, so that tests can move it (idle lock, retention, overdue)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime: ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now().replace(microsecond=0)


class FixedClock:
    """A clock that stands still until moved; for tests and demonstrations."""

    def __init__(self, start: datetime) -> None:
        self._now = start

    def now(self) -> datetime:
        return self._now

    def advance(self, **delta: float) -> None:
        from datetime import timedelta

        self._now += timedelta(**delta)

    def set(self, when: datetime) -> None:
        self._now = when


def today(clock: Clock) -> date:
    return clock.now().date()
