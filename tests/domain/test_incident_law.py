"""RIDDOR thresholds and the legal notes per jurisdiction, table-driven."""

from datetime import date

import pytest

from desktop_app.domain.incident_kinds import BehaviourKind as B
from desktop_app.domain.incident_kinds import Trigger
from desktop_app.domain.incident_law import (
    RiddorStatus,
    disclaimer,
    legal_context,
    riddor_message,
    riddor_status,
)
from desktop_app.domain.jurisdiction import Jurisdiction as J

AFTER = date(2026, 3, 10)
BEFORE_SCOTTISH_ACT = date(2021, 8, 23)


@pytest.mark.parametrize(
    ("days", "specified", "expected"),
    [
        (None, False, RiddorStatus.NOT_APPLICABLE),
        (0, False, RiddorStatus.NOT_APPLICABLE),
        (3, False, RiddorStatus.NOT_APPLICABLE),   # "over three days" means four or more
        (4, False, RiddorStatus.RECORD),
        (7, False, RiddorStatus.RECORD),           # "over seven days" means eight or more
        (8, False, RiddorStatus.REPORT),
        (60, False, RiddorStatus.REPORT),
        (0, True, RiddorStatus.REPORT),            # a specified injury is reportable at once
    ],
)
def test_riddor_thresholds(days, specified, expected):
    assert riddor_status(days, specified_injury=specified) is expected


def test_negative_days_are_refused():
    with pytest.raises(ValueError, match="negative"):
        riddor_status(-1)


@pytest.mark.parametrize(
    ("status", "phrase"),
    [
        (RiddorStatus.REPORT, "Reportable to the HSE"),
        (RiddorStatus.REPORT, "within 15 days"),
        (RiddorStatus.RECORD, "record it"),
        (RiddorStatus.NOT_APPLICABLE, "Not reportable"),
    ],
)
def test_riddor_messages_say_what_to_do(status, phrase):
    assert phrase in riddor_message(status)


def _titles(notes):
    return [n.title for n in notes]


@pytest.mark.parametrize(
    ("jurisdiction", "kinds", "trigger", "when", "expected_titles"),
    [
        # Scotland: the 2021 Act covers abuse, threats and assault once in force.
        (J.SCOTLAND, [B.VERBAL_ABUSE], None, AFTER, ["Protection of Workers"]),
        (J.SCOTLAND, [B.PHYSICAL_ASSAULT], None, AFTER, ["Protection of Workers"]),
        (J.SCOTLAND, [B.DAMAGE_TO_PROPERTY], None, AFTER, []),
        (J.SCOTLAND, [], None, AFTER, ["Protection of Workers"]),
        (J.SCOTLAND, [B.THREATS], None, BEFORE_SCOTTISH_ACT, ["Protection of Workers"]),
        # England and Wales: s156 only for physical assault; the Bill for any abuse.
        (J.ENGLAND, [B.PHYSICAL_ASSAULT], None, AFTER,
         ["Police, Crime, Sentencing and Courts Act 2022", "Crime and Policing Bill"]),
        (J.WALES, [B.SPITTING_OR_COUGHING], None, AFTER,
         ["Police, Crime, Sentencing and Courts Act 2022", "Crime and Policing Bill"]),
        (J.ENGLAND, [B.VERBAL_ABUSE], None, AFTER, ["Crime and Policing Bill"]),
        (J.ENGLAND, [B.DAMAGE_TO_PROPERTY], None, AFTER, []),
        # Northern Ireland: general law only.
        (J.NORTHERN_IRELAND, [B.THREATS], None, AFTER, ["Northern Ireland"]),
        # A hate incident adds its own note everywhere.
        (J.NORTHERN_IRELAND, [B.HATE_MOTIVATED], None, AFTER,
         ["Northern Ireland", "Hate incident"]),
        (J.ENGLAND, [B.HATE_MOTIVATED], None, AFTER,
         ["Crime and Policing Bill", "Hate incident"]),
    ],
)
def test_legal_context_by_jurisdiction(jurisdiction, kinds, trigger, when, expected_titles):
    titles = _titles(legal_context(jurisdiction, kinds, trigger, when))
    assert len(titles) == len(expected_titles)
    for title, expected in zip(titles, expected_titles, strict=True):
        assert title.startswith(expected)


def test_scottish_act_is_aggravated_by_an_age_restricted_refusal():
    (note,) = legal_context(J.SCOTLAND, [B.VERBAL_ABUSE], Trigger.AGE_RESTRICTED_SALE_REFUSED,
                            AFTER)
    assert "aggravated" in note.text
    (plain,) = legal_context(J.SCOTLAND, [B.VERBAL_ABUSE], Trigger.REFUND_REFUSED, AFTER)
    assert "aggravated" not in plain.text


def test_before_the_scottish_act_the_general_law_is_named():
    (note,) = legal_context(J.SCOTLAND, [B.THREATS], None, BEFORE_SCOTTISH_ACT)
    assert "before the Act came into force" in note.text


def test_the_unconfirmed_english_offence_is_never_stated_as_law():
    notes = legal_context(J.ENGLAND, [B.PHYSICAL_ASSAULT], None, AFTER)
    bill = next(n for n in notes if n.title.startswith("Crime and Policing Bill"))
    assert bill.confirmed_law is False
    assert "Confirm its commencement" in bill.text
    assert all(n.confirmed_law for n in notes if n is not bill)


def test_values_may_be_plain_strings_as_stored():
    notes = legal_context(J.SCOTLAND, ["verbal_abuse"], "age_restricted_sale_refused", AFTER)
    assert "aggravated" in notes[0].text


def test_disclaimer_says_not_legal_advice():
    assert "not legal advice" in disclaimer()


def test_scotland_with_no_incident_date_yet_asks_for_it_rather_than_failing():
    (note,) = legal_context(J.SCOTLAND, [B.VERBAL_ABUSE], None, None)
    assert "give the date of the incident" in note.text


def test_riddor_counts_violence_only_when_it_is_physical():
    """RIDDOR 2013 reg. 2(1): an accident includes non-consensual physical violence to a
    person at work; abuse or threats alone are not one, whatever the time off."""
    from desktop_app.domain.incident_law import (NOT_PHYSICAL, RiddorStatus, is_physical,
                                                 riddor_message, riddor_status)

    assert not is_physical([B.VERBAL_ABUSE, B.THREATS])
    assert is_physical([B.VERBAL_ABUSE, B.PHYSICAL_ASSAULT]) and is_physical([])
    assert riddor_status(10, physical=False) is RiddorStatus.NOT_APPLICABLE
    assert riddor_status(10, physical=True) is RiddorStatus.REPORT
    assert riddor_message(RiddorStatus.NOT_APPLICABLE, physical=False, days_off_work=10) \
        == NOT_PHYSICAL
