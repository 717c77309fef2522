"""The validation layer under random and hostile input: it cleans or refuses with a message,
and never crashes, loses printable text or lets control characters through."""

from __future__ import annotations

import unicodedata
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain import validation as v
from desktop_app.domain.errors import FieldError

HOSTILE = st.one_of(
    st.text(),
    st.text(alphabet=st.characters(codec="utf-8")),
    st.sampled_from(["<b>", "</i><img src=/etc/passwd>", "=cmd|' /C calc'!A0", "\x00\x1b[31m",
                     "مرحبا بالعالم", "שלום", "🙂👍🏽🇬🇧", "\u202eevil", "Ŵŷ Łódź", "a\r\nb\rc",
                     "\ufeffBOM", "'; DROP TABLE complaints; --", "x" * 50_000]),
)
TODAY = date(2026, 3, 10)


def _no_controls(text: str) -> bool:
    return not any(unicodedata.category(ch) == "Cc" and ch not in "\n\t" for ch in text)


@given(HOSTILE)
@settings(max_examples=300)
def test_free_text_is_cleaned_never_crashes_and_keeps_what_is_printable(raw):
    try:
        cleaned = v.text("account", raw, max_length=20_000, label="What happened")
    except FieldError as error:
        assert error.key == "account" and "What happened" in error.message
        return
    assert _no_controls(cleaned)
    assert cleaned == cleaned.strip()
    assert unicodedata.is_normalized("NFC", cleaned)
    kept = [ch for ch in unicodedata.normalize("NFC", raw.replace("\r", "\n"))
            if ch in "\n\t" or (unicodedata.category(ch) not in ("Cc", "Cs") and ch != "\ufeff")]
    assert len(cleaned) <= len(kept)
    assert set(cleaned) <= set(kept)


@given(HOSTILE)
def test_money_is_pence_or_a_clear_message(raw):
    try:
        pence = v.money_pence("amount", raw)
    except FieldError as error:
        assert "pounds and pence" in error.message or "too large" in error.message.lower() \
            or "amount" in error.message.lower()
        return
    assert pence is None or (isinstance(pence, int) and 0 <= pence <= v.MAX_AMOUNT_PENCE)


@given(st.integers(min_value=0, max_value=9_999_999), st.integers(min_value=0, max_value=99))
def test_every_pounds_and_pence_amount_round_trips(pounds, pence):
    typed = f"£{pounds:,}.{pence:02d}"
    assert v.money_pence("amount", typed) == pounds * 100 + pence
    assert v.format_pence(pounds * 100 + pence) == typed


@given(HOSTILE)
def test_phone_and_email_accept_or_explain(raw):
    for check in (v.phone, v.email):
        try:
            result = check("contact", raw)
        except FieldError as error:
            assert error.key == "contact" and error.message.endswith(".")
        else:
            assert _no_controls(result)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_past_dates_refuse_the_future_with_a_message(day):
    try:
        assert v.past_date("purchase_date", day, today=TODAY) == day
        assert day <= TODAY
    except FieldError as error:
        assert day > TODAY and "future" in error.message


@given(st.text())
def test_pins_are_digits_only(raw):
    try:
        assert v.pin("pin", raw).isdigit()
    except FieldError as error:
        assert "PIN" in error.message
