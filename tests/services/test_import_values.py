"""Import applies exactly the checks the form applies, and the record rules: each kind of
bad value is refused with a message naming the record, the field and the rule, and the
database is left as it was (only the audit entry of the attempt aside)."""

from __future__ import annotations

import base64
import copy
import json
from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.domain.schema.complaint import COMPLAINT
from desktop_app.domain.schema.field import Field, Kind
from desktop_app.domain.schema.incident import INCIDENT
from desktop_app.domain.validation import MAX_AMOUNT_PENCE
from desktop_app.services import exchange
from tests.samples import png
from tests.services.test_import import _digest

FIRST = "complaints[0]"


def _refused(ctx, user, document) -> str:  # noqa: ANN001
    data = document if isinstance(document, bytes) else json.dumps(document).encode()
    with pytest.raises(exchange.ImportRefused) as refused:
        exchange.import_document(ctx, user, data)
    return str(refused.value)


def _changed(document: dict, **values) -> dict:
    changed = copy.deepcopy(document)
    changed["complaints"][0].update(values)
    return changed


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


CASES = {
    "negative amount": ({"amount_pence": -500}, "amount: Amount paid cannot be negative"),
    "huge amount": ({"amount_pence": 10**30}, "amount: Amount paid looks too large"),
    "satisfaction 99": ({"satisfaction": 99}, "satisfaction: Customer's satisfaction (1 to 5) "
                                              "should be from 1 to 5"),
    "option 7 of 2": ({"chosen_option": 6}, "chosen_option: Option offered: option 7 does "
                                            "not exist"),
    "closed without a reason": ({"status": "closed", "customer_agrees": False,
                                 "closed_at": "2026-03-10T12:00:00", "closure_note": "",
                                 "escalation": None, "follow_up_needed": False,
                                 "follow_up_due": None, "follow_up_method": ""},
                                "closure_note: How it was closed: closed without the "
                                "customer's agreement"),
    "saved before opened": ({"saved_at": "2026-03-01T09:00:00"},
                            "saved_at: Saved: it cannot be saved before it was opened"),
    "unknown model": ({"model_id": "six_sigma"}, "model_id: Model: choose one of the listed"),
    "unknown channel": ({"channel": "fax"}, "channel: How the complaint reached us: choose"),
    "unknown category": ({"category": "weather"}, "category: Category: choose one"),
    "another store": ({"store_code": "EDI02"}, "store_code: Store: the record is from store "
                                               "'EDI02'; this is GLA01"),
    "bought in 2099": ({"purchase_date": "2099-01-01"}, "purchase_date: Date of purchase "
                                                        "cannot be in the future"),
    "too long": ({"customer_feelings": "x" * 501}, "customer_feelings: How the customer "
                                                   "feels is too long"),
    "50 MB": ({"customer_account": "x" * 50_000_000},
              "customer_account: What happened, in the customer's words is too long"),
    "signature not a PNG": ({"signature_png": _b64(b"hello, not an image")},
                            "signature_png: Customer's signature is not a PNG image"),
    "signature 20000 square": ({"signature_png": _b64(png(20_000, 20_000))},
                               "signature_png: Customer's signature is 20,000 × 20,000 pixels"),
    "no reference": ({"reference": ""}, f"{FIRST}: reference is missing"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_each_bad_value_is_refused_naming_the_field_and_rule(ctx, manager, exported, case):
    values, says = CASES[case]
    before = _digest(ctx.db.path)
    message = _refused(ctx, manager, _changed(exported, **values))
    assert says in message, message
    assert FIRST in message
    assert _digest(ctx.db.path) == before


def test_a_staff_name_of_twenty_thousand_letters_is_refused(ctx, manager, exported):
    changed = _changed(exported, staff_code="NEW1", staff_name="N" * 20_000)
    assert "Staff code 'NEW1': The name is too long" in _refused(ctx, manager, changed)


def test_nesting_and_size_are_bounded_and_never_a_traceback(ctx, manager, exported):
    before = _digest(ctx.db.path)
    deep = b'{"schema_version": 1, "complaints": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    assert "nested far too deep" in _refused(ctx, manager, deep)
    big = b" " * (exchange.MAX_IMPORT_BYTES + 1)
    assert f"at most {exchange.MAX_IMPORT_BYTES // 2**20} MB" in _refused(ctx, manager, big)
    digits = b'{"schema_version": 1, "complaints": [' + b"9" * 5_000 + b"]}"
    assert "not readable JSON" in _refused(ctx, manager, digits)
    assert _digest(ctx.db.path) == before


def test_a_different_duplicate_names_the_fields_that_differ(ctx, manager, exported):
    changed = _changed(exported, product="Toaster", satisfaction=2)
    message = _refused(ctx, manager, changed)
    assert "already here with different details (product, satisfaction differ)" in message


# ---- generated out-of-range values for every field ---------------------------------------
def _out_of_range(f: Field) -> st.SearchStrategy:
    """JSON values the form would refuse for this field."""
    wrong_type = st.one_of(st.lists(st.integers(), min_size=1, max_size=2),
                           st.dictionaries(st.text(max_size=3), st.integers(), min_size=1,
                                           max_size=1))
    if f.is_text:
        too_long = st.text(alphabet="abcé ŵ£<&", min_size=1, max_size=40).map(
            lambda t, n=f.max_length: "y" * (n + 1) + t)
        return st.one_of(too_long, wrong_type, st.integers())
    if f.kind is Kind.MONEY:
        return st.one_of(st.integers(max_value=-1), st.integers(min_value=MAX_AMOUNT_PENCE + 1))
    if f.kind is Kind.PAST_DATE:
        return st.dates(min_value=date(2026, 3, 11), max_value=date(2199, 12, 31)).map(
            date.isoformat)
    if f.kind is Kind.FUTURE_DATE:
        return st.dates(min_value=date(2000, 1, 1), max_value=date(2026, 3, 9)).map(
            date.isoformat)
    if f.kind is Kind.DATETIME:
        return st.datetimes(min_value=datetime(2027, 1, 1), max_value=datetime(2199, 1, 1)).map(
            datetime.isoformat)
    if f.kind in (Kind.CHOICE,):
        return st.text(min_size=1, max_size=12).filter(lambda t: t not in f.choice_values)
    if f.kind is Kind.RATING:
        return st.one_of(st.integers(max_value=0), st.integers(min_value=6))
    if f.kind is Kind.COUNT:
        return st.one_of(st.integers(max_value=-1),
                         st.integers(min_value=(f.maximum or 10**6) + 1))
    if f.kind in (Kind.CHECK, Kind.YES_NO):
        return st.one_of(st.integers(), st.text(min_size=1, max_size=5))
    if f.kind is Kind.CHOICES:
        return st.lists(st.text(min_size=1, max_size=8).filter(
            lambda t: t not in f.choice_values), min_size=1, max_size=3)
    raise AssertionError(f"no out-of-range values for {f.kind}")


def _generated_fields(schema, kinds_to_skip=(Kind.PART, Kind.STAFF, Kind.STAFF_LIST,
                                             Kind.REFERENCE, Kind.PNG, Kind.TEXT_LIST,
                                             Kind.CALL_TIMES, Kind.DATE)):
    """Fields of the record itself (not its parts) whose JSON key is their attribute;
    the kinds skipped have cases of their own above."""
    return [f for f in schema if f.stored and f.kind not in kinds_to_skip
            and f.name not in ("store_code",)]


COMPLAINT_FIELDS = _generated_fields(COMPLAINT)
INCIDENT_FIELDS = _generated_fields(INCIDENT)


@settings(max_examples=120, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_any_out_of_range_value_in_any_field_is_refused(ctx, manager, exported, data):
    """The database is unchanged by every refusal, so one database serves every example."""
    which = data.draw(st.sampled_from(["complaints", "incidents"]))
    f = data.draw(st.sampled_from(COMPLAINT_FIELDS if which == "complaints"
                                  else INCIDENT_FIELDS), label="field")
    value = data.draw(_out_of_range(f), label="value")
    changed = copy.deepcopy(exported)
    changed[which][0][f.name] = value
    before = _digest(ctx.db.path)
    message = _refused(ctx, manager, changed)
    assert f"{which}[0]" in message and (f".{f.key}:" in message or f".{f.name}" in message), \
        message
    assert _digest(ctx.db.path) == before


def test_there_are_out_of_range_values_for_every_generated_field():
    for f in COMPLAINT_FIELDS + INCIDENT_FIELDS:
        assert isinstance(_out_of_range(f), st.SearchStrategy), f.key
    assert {"amount", "satisfaction", "purchase_date", "days_off_work", "behaviours",
            "location", "account"} <= {f.key for f in COMPLAINT_FIELDS + INCIDENT_FIELDS}
