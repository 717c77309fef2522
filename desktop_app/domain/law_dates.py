"""Counting days and months the way the Acts do.

Periods of months follow the corresponding-date rule: a period of N months beginning with a
day ends on the day before the same date N months later, or on the last day of that month
when it has no such date (31 August + 6 months ends 28/29 February). "N days after the day
X" ends on X + N; "N days beginning with X" ends on X + N - 1.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from desktop_app.domain.schema.display import long_date

__all__ = ["add_months", "days_after", "days_from_to", "last_day_of_months", "long_date"]


def add_months(day: date, months: int) -> date:
    """The same day `months` later, or the month's last day when it has fewer days."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def last_day_of_months(first_day: date, months: int) -> date:
    """The last day of a period of `months` months beginning with `first_day` (inclusive).

    The day before the corresponding date, or the end of the month without one.
    """
    corresponding = add_months(first_day, months)
    if corresponding.day != first_day.day:          # clamped: no corresponding date
        return corresponding
    return corresponding - timedelta(days=1)


def days_after(day: date, days: int) -> date:
    """The last of `days` days beginning with the first day after `day`."""
    return day + timedelta(days=days)


def days_from_to(first: date, last: date) -> int:
    """How many days a period beginning with `first` and ending with `last` lasts."""
    return (last - first).days + 1
