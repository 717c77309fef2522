"""Dates as typed at the till: every usual British way, and a clear word for the rest."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.typed_dates import NotADay, read_day, shown

NOV_21 = date(2026, 11, 21)


@pytest.mark.parametrize("typed", ["21/11/2026", "21-11-26", "21.11.2026", "21 11 26",
                                   "211126", "21112026", " 21 / 11 / 2026 ", "21/11/26"])
def test_the_usual_ways_of_typing_a_day_all_read_the_same(typed):
    assert read_day(typed) == NOV_21


def test_single_figure_days_and_months_with_separators():
    assert read_day("1/2/26") == date(2026, 2, 1)
    assert read_day("9 3 2025") == date(2025, 3, 9)


def test_nothing_typed_is_not_known():
    assert read_day("") is None and read_day("   ") is None


@pytest.mark.parametrize(("typed", "says"), [
    ("31/02/2026", "There is no 31/02/2026: that month has fewer days."),
    ("29/02/2025", "There is no 29/02/2025: that month has fewer days."),
    ("12/13/2026", "There is no month 13"),
    ("Not known1112026", "for example 21/11/2026"),
    ("2026-11-21", "for example 21/11/2026"),
    ("2111", "for example 21/11/2026"),
])
def test_what_is_not_a_day_is_refused_with_what_to_type(typed, says):
    with pytest.raises(NotADay, match=says):
        read_day(typed)


def test_a_leap_day_is_a_day():
    assert read_day("29/02/2028") == date(2028, 2, 29)


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)))
def test_what_the_program_shows_reads_back_as_the_same_day(day):
    assert read_day(shown(day)) == day
    assert read_day(day.strftime("%d%m%y")) == day
