"""The law's guidance is worded entirely from the catalogue: for every kind of purchase,
problem, sale, date and nation (and every RIDDOR and offence case), each sentence of the
consumer-law hint, the RIDDOR message and the offence notes is a phrase with Welsh, and any
plain text inside it is a citation ("s22(3)", "HSE") or one of the record's own labels,
which have Welsh of their own. A sentence built with an f-string would fail here."""

from __future__ import annotations

import importlib.util
import itertools
import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop_app.domain.consumer_law import Issue, PurchaseFacts, Sale, Supply, assess
from desktop_app.domain.incident_kinds import BehaviourKind, SpecifiedInjury, Trigger
from desktop_app.domain.incident_law import disclaimer, legal_context, riddor
from desktop_app.domain.jurisdiction import Jurisdiction
from desktop_app.domain.phrase import Phrase

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("update_translations",
                                               ROOT / "scripts" / "update_translations.py")
tools = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tools)
WELSH = tools.data_welsh("phrases", tools.PHRASES_WELSH)
LABELS = {**tools.data_welsh(), **tools.data_welsh("incidents")}
REPORTED = date(2026, 3, 10)
#: plain text a sentence may hold: citations and names of bodies, the same in Welsh
CITATION = re.compile(r"^(s\d[\w()\-, ]*|CCR 2013 [\w.\-, ]+|RIDDOR 2013|HSE|HSENI)$")


def untranslated(text: str) -> list[str]:
    """What in `text` (a phrase, and every value inside it) has no Welsh."""
    if isinstance(text, Phrase):
        placeholders_only = not re.sub(r"\{\w+\}|[\s,;]", "", text.template)
        missing = [] if placeholders_only or WELSH.get(text.template) else [text.template]
        for value in text.values.values():
            if isinstance(value, str):
                missing += untranslated(value)
        return missing
    if not text or CITATION.match(text) or text in LABELS:
        return []
    return [text]


def _facts() -> list[PurchaseFacts]:
    bought = (None, REPORTED - timedelta(days=10), REPORTED - timedelta(days=45),
              REPORTED - timedelta(days=250), REPORTED - timedelta(days=7 * 365))
    repairs = ((False, None, None), (True, None, None),
               (True, REPORTED - timedelta(days=8), None),
               (True, REPORTED - timedelta(days=8), REPORTED - timedelta(days=2)),
               (True, REPORTED - timedelta(days=8), REPORTED - timedelta(days=1)))
    found = []
    for supply, issue, sale, day, (tried, asked, back), nation in itertools.product(
            Supply, Issue, Sale, bought, repairs, ("england", "scotland", "northern_ireland")):
        found.append(PurchaseFacts(supply, issue, day, day, REPORTED, tried, nation,
                                   how_bought=sale, repair_requested=asked,
                                   repair_returned=back))
    extras = dict(perishable=True, second_hand=True, gift=True, motor_vehicle=True,
                  installed_on=REPORTED - timedelta(days=5),
                  fault_appeared=REPORTED - timedelta(days=3))
    for name, value in extras.items():
        for day in bought:
            for tried in (False, True):
                found.append(PurchaseFacts(Supply.GOODS, Issue.FAULTY, day, day, REPORTED,
                                           tried, "wales", **{name: value}))
    goods = dict(supply=Supply.GOODS, issue=Issue.FAULTY, reported_date=REPORTED)
    found += [
        PurchaseFacts(**goods, purchase_date=REPORTED, delivery_date=REPORTED + timedelta(days=2),
                      how_bought=Sale.ONLINE, perishable=True),        # reported before delivery
        PurchaseFacts(**goods, purchase_date=date(2026, 2, 1), delivery_date=None,
                      repair_or_replacement_tried=True, repair_requested=date(2026, 3, 1),
                      repair_returned=date(2026, 3, 8)),           # at least 7 days left after
        PurchaseFacts(**goods, purchase_date=date(2026, 1, 1), delivery_date=None,
                      repair_or_replacement_tried=True, repair_requested=date(2026, 1, 30),
                      repair_returned=date(2026, 2, 2)),           # paused, and ended since
    ]
    return found


def test_every_consumer_law_hint_is_worded_from_the_catalogue():
    missing: set[str] = set()
    for facts in _facts():
        hint = assess(facts)
        for remedy in hint.remedies:
            for text in (remedy.title, remedy.reasoning, remedy.option_text, remedy.time_text,
                         remedy.impact):
                missing.update(untranslated(text))
        for text in (*hint.notes, hint.disclaimer, hint.checked_text):
            missing.update(untranslated(text))
    assert sorted(missing) == []


def test_every_riddor_message_and_offence_note_is_worded_from_the_catalogue():
    missing: set[str] = set()
    injuries = ((), ("fracture",), ("died",), ("dislocation",), ("crush",))
    for days, physical, hurt, public, nation, occurred in itertools.product(
            (None, 0, 2, 4, 5, 8, 20), (True, False), injuries, (False, True),
            Jurisdiction, (None, REPORTED)):
        found = riddor(days, physical=physical, injuries=hurt, public_to_hospital=public,
                       jurisdiction=nation, occurred=occurred)
        missing.update(untranslated(found.text))
        missing.update(untranslated(found.action))
    kinds = ((), (BehaviourKind.VERBAL_ABUSE,), (BehaviourKind.PHYSICAL_ASSAULT,),
             (BehaviourKind.HATE_MOTIVATED, BehaviourKind.THREATS),
             (BehaviourKind.DAMAGE_TO_PROPERTY,))
    for nation, behaviours, trigger, day in itertools.product(
            Jurisdiction, kinds, (None, Trigger.AGE_RESTRICTED_SALE_REFUSED),
            (None, date(2020, 1, 1), date(2021, 12, 1), REPORTED)):
        for note in legal_context(nation, behaviours, trigger, day):
            missing.update(untranslated(note.title))
            missing.update(untranslated(note.text))
    missing.update(untranslated(disclaimer()))
    with pytest.raises(ValueError) as refused:
        riddor(-1)
    missing.update(untranslated(refused.value.args[0]))
    assert sorted(missing) == []


def test_the_check_finds_a_sentence_without_welsh():
    from desktop_app.domain.phrase import phrase

    assert untranslated(phrase("Within {days} days", days=14)) == []
    assert untranslated(phrase("A sentence no translator has seen.")) == [
        "A sentence no translator has seen."]
    assert untranslated(phrase("by {day}", day="10 March 2026")) == ["10 March 2026"]
    assert untranslated(phrase("{how}; {more}", how="s22(3)", more="Now")) == ["Now"]


def test_a_specified_injury_is_named_in_welsh_inside_the_riddor_message():
    found = riddor(0, injuries=(SpecifiedInjury.FRACTURE,), occurred=REPORTED)
    names = found.text.values["injuries"].values.values()
    assert all(LABELS.get(name) for name in names)
