"""Field validation with examples a person would type."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain import validation as v
from desktop_app.domain.errors import FieldError


@pytest.mark.parametrize("typed, pence", [
    ("12.50", 1250), ("£12.5", 1250), (" £ 3 ", 300), ("1,200.00", 120000), ("0.01", 1), (7, 7),
])
def test_money(typed, pence):
    assert v.money_pence("amount", typed) == pence


@pytest.mark.parametrize("typed", ["12.505", "£-3", "abc", "12,34", "1e5"])
def test_bad_money_is_explained(typed):
    with pytest.raises(FieldError, match="pounds and pence"):
        v.money_pence("amount", typed)


@pytest.mark.parametrize("typed", ["07700 900123", "020 7946 0000", "+44 7700 900123",
                                   "+353 1 234 5678", "0044 7700 900123", "(01632) 960001"])
def test_phone_numbers_in_uk_and_international_forms(typed):
    assert v.phone("phone", typed) == typed


@pytest.mark.parametrize("typed", ["12345", "07700 90012x", "+1 23", "7700900123"])
def test_bad_phone_numbers(typed):
    with pytest.raises(FieldError):
        v.phone("phone", typed)


@pytest.mark.parametrize("typed, ok", [("jane@example.co.uk", True), ("a.b+c@mail.example", True),
                                       ("jane@", False), ("Jane <jane@example.com>", False),
                                       ("no at sign", False)])
def test_email(typed, ok):
    if ok:
        assert v.email("email", typed) == typed
    else:
        with pytest.raises(FieldError):
            v.email("email", typed)


def test_text_strips_control_characters_but_keeps_lines_and_unicode():
    assert v.clean_text(" a\x00b\r\nc\u202e\U0001F600 \x1b") == "ab\nc\u202e\U0001F600"


def test_text_too_long_says_how_long():
    with pytest.raises(FieldError, match="4 characters, the most is 3"):
        v.text("k", "abcd", max_length=3, label="It")


def test_dates_in_the_future_are_refused_where_that_makes_no_sense():
    with pytest.raises(FieldError, match="future"):
        v.past_date("purchase_date", date(2026, 3, 11), today=date(2026, 3, 10))
    assert v.past_date("purchase_date", date(2026, 3, 10), today=date(2026, 3, 10))


def test_pins_are_digits_of_the_right_length():
    assert v.pin("pin", "1234") == "1234"
    for bad in ("123", "123456789", "12a4", "١٢٣٤"):
        with pytest.raises(FieldError):
            v.pin("pin", bad)
