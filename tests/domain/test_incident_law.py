"""RIDDOR thresholds and the legal notes per jurisdiction, table-driven."""

from datetime import date

import pytest

from desktop_app.domain.incident_kinds import BehaviourKind as B
from desktop_app.domain.incident_kinds import Trigger
from desktop_app.domain.incident_kinds import SpecifiedInjury as I
from desktop_app.domain.incident_law import RiddorStatus, disclaimer, legal_context, riddor
from desktop_app.domain.jurisdiction import Jurisdiction as J

AFTER = date(2026, 3, 10)
BEFORE_SCOTTISH_ACT = date(2021, 8, 23)
R, REC, NA = RiddorStatus.REPORT, RiddorStatus.RECORD, RiddorStatus.NOT_APPLICABLE


# Each row from the regulations: RIDDOR 2013 (GB) regs. 2(1), 4(1) specified injuries and
# 4(2) over-seven-day (within 15 days), 5 non-workers to hospital, 6 deaths, 12 over-three-
# day records; RIDDOR (NI) 1997 reg. 3: major injuries and over-three-day (within 10 days).
RIDDOR_CASES = [
    # days, physical, injuries, public, nation -> status, due (None: no report), at once
    pytest.param(None, True, (), False, J.ENGLAND, NA, None, False, id="GB nothing known"),
    pytest.param(3, True, (), False, J.ENGLAND, NA, None, False,
                 id="GB reg. 12: 3 days is not over three"),
    pytest.param(4, True, (), False, J.ENGLAND, REC, None, False, id="GB reg. 12: 4 days record"),
    pytest.param(7, True, (), False, J.WALES, REC, None, False,
                 id="GB reg. 4(2): 7 days is not over seven"),
    pytest.param(8, True, (), False, J.SCOTLAND, R, date(2026, 3, 25), False,
                 id="GB reg. 4(2): 8 days, report within 15 days"),
    # a broken arm with no time off: a specified injury, at once and within 10 days
    pytest.param(0, True, (I.FRACTURE,), False, J.ENGLAND, R, date(2026, 3, 20), True,
                 id="GB reg. 4(1)(a): fracture, no time off"),
    pytest.param(0, True, (I.UNCONSCIOUS,), False, J.ENGLAND, R, date(2026, 3, 20), True,
                 id="GB reg. 4(1)(g): knocked unconscious"),
    pytest.param(0, True, (I.DIED,), False, J.ENGLAND, R, date(2026, 3, 20), True,
                 id="GB reg. 6: death"),
    # NI-only major injuries do not count in Great Britain
    pytest.param(0, True, (I.DISLOCATION,), False, J.ENGLAND, NA, None, False,
                 id="GB: a dislocation alone is not specified"),
    # verbal abuse with ten days off: not an accident (reg. 2(1) physical violence only)
    pytest.param(10, False, (), False, J.ENGLAND, NA, None, False,
                 id="GB reg. 2(1): verbal abuse, 10 days off"),
    # a member of the public taken to hospital: reg. 5, at once and within 10 days
    pytest.param(None, True, (), True, J.ENGLAND, R, date(2026, 3, 20), True,
                 id="GB reg. 5: public to hospital"),
    pytest.param(None, False, (), True, J.ENGLAND, R, date(2026, 3, 20), True,
                 id="GB reg. 5: public to hospital after abuse"),
    # Northern Ireland: over three days is reported, within 10 days, to HSENI
    pytest.param(3, True, (), False, J.NORTHERN_IRELAND, NA, None, False,
                 id="NI reg. 3: 3 days not reportable"),
    pytest.param(4, True, (), False, J.NORTHERN_IRELAND, R, date(2026, 3, 20), False,
                 id="NI reg. 3(2): 4 days, report within 10 days"),
    pytest.param(0, True, (I.DISLOCATION,), False, J.NORTHERN_IRELAND, R, date(2026, 3, 20),
                 True, id="NI Sch. 1: dislocated shoulder is major"),
    pytest.param(0, True, (I.SCALPING,), False, J.NORTHERN_IRELAND, NA, None, False,
                 id="NI: scalping alone is not on the 1997 list"),
]


@pytest.mark.parametrize(("days", "physical", "injuries", "public", "nation", "status", "due",
                          "at_once"), RIDDOR_CASES)
def test_riddor_by_nation(days, physical, injuries, public, nation, status, due, at_once):
    found = riddor(days, physical=physical, injuries=injuries, public_to_hospital=public,
                   jurisdiction=nation, occurred=AFTER)
    assert found.status is status
    assert found.due == due
    assert found.without_delay is at_once
    assert found.authority == ("HSENI" if nation is J.NORTHERN_IRELAND else "HSE")
    if due is not None:
        assert f"{due.day} March 2026" in found.text and found.authority in found.text
        assert found.authority in found.action and f"{due.day} March 2026" in found.action
        if at_once:
            assert "without delay" in found.text


def test_negative_days_are_refused():
    with pytest.raises(ValueError, match="negative"):
        riddor(-1)


def test_the_days_counted_include_rest_days_and_not_the_day_itself():
    for days in (2, 5, 9):
        text = riddor(days, occurred=AFTER).text
        assert "weekends and rest days included, not the day of the incident" in text


def test_verbal_abuse_with_time_off_says_why_it_is_not_riddor():
    text = riddor(10, physical=False).text
    assert text.startswith("Not reportable under RIDDOR: it covers physical violence")


def test_without_the_incident_date_the_deadline_is_said_in_days():
    found = riddor(9)
    assert found.due is None and "within 15 days of the incident" in found.text


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
        # England and Wales: both notes concern assault; s68A only from 28 June 2022.
        (J.ENGLAND, [B.PHYSICAL_ASSAULT], None, AFTER,
         ["Sentencing Act 2020, s68A", "Crime and Policing Bill"]),
        (J.WALES, [B.SPITTING_OR_COUGHING], None, AFTER,
         ["Sentencing Act 2020, s68A", "Crime and Policing Bill"]),
        (J.ENGLAND, [B.PHYSICAL_ASSAULT], None, date(2022, 6, 27), ["Crime and Policing Bill"]),
        (J.ENGLAND, [B.PHYSICAL_ASSAULT], None, date(2022, 6, 28),
         ["Sentencing Act 2020, s68A", "Crime and Policing Bill"]),
        (J.ENGLAND, [B.VERBAL_ABUSE], None, AFTER, []),
        (J.ENGLAND, [B.DAMAGE_TO_PROPERTY], None, AFTER, []),
        # Northern Ireland: general law only.
        (J.NORTHERN_IRELAND, [B.THREATS], None, AFTER, ["Northern Ireland"]),
        # A hate incident adds its own note everywhere.
        (J.NORTHERN_IRELAND, [B.HATE_MOTIVATED], None, AFTER,
         ["Northern Ireland", "Hate incident"]),
        (J.ENGLAND, [B.HATE_MOTIVATED], None, AFTER, ["Hate incident"]),
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
    assert bill.text.startswith("Not in force as far as this program knows (checked 1 "
                                "December 2026)")
    assert all(n.confirmed_law for n in notes if n is not bill)


def test_values_may_be_plain_strings_as_stored():
    notes = legal_context(J.SCOTLAND, ["verbal_abuse"], "age_restricted_sale_refused", AFTER)
    assert "aggravated" in notes[0].text


def test_disclaimer_says_not_legal_advice():
    assert "not legal advice" in disclaimer()


def test_scotland_with_no_incident_date_yet_asks_for_it_rather_than_failing():
    (note,) = legal_context(J.SCOTLAND, [B.VERBAL_ABUSE], None, None)
    assert "give the date of the incident" in note.text
    assert legal_context(J.SCOTLAND, [B.DAMAGE_TO_PROPERTY], None, None) == ()
