"""The quality rules, each with records that evidence its marking point and records that
do not; and the marking points as data, every one answered by a rule."""

from __future__ import annotations

import importlib.util
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from desktop_app.domain.aftercare import ContactKind, Decision, FollowUp, NextStep
from desktop_app.domain.complaint import (ClarifyingAnswer, Complaint, Escalation,
                                          SolutionOption, Status)
from desktop_app.domain.quality import (RULES, Evidence, MarkingPointError, QualityContext,
                                        parse_points, quality_check)
from desktop_app.services.quality import marking_points

AT = datetime(2026, 3, 10, 10, 30)
ROOT = Path(__file__).resolve().parents[2]
ESCALATED = Escalation("Morag Manager", "Over my limit", AT, ("over_authority",))


def complete(**changes) -> Complaint:
    """A record that evidences every point that applies to it."""
    values = dict(
        store_code="GLA01", model_id="lass", staff_id=1, opened_at=AT, saved_at=AT,
        customer_account="The kettle I bought stopped heating after ten days of use.",
        paraphrase="So your new kettle no longer heats, and you would like your money back.",
        customer_feelings="Frustrated", desired_outcome="A refund", product="Kettle",
        channel="in_store", category="faulty_goods", purchase_date=date(2026, 2, 28),
        clarifying_answers=(ClarifyingAnswer("When did it fail?", "On the tenth day"),),
        root_cause="A faulty thermostat in this batch from the supplier",
        apology_given=True, empathy_statement="I can see why that is annoying.",
        customer_challenging=False,
        options=(SolutionOption("Refund", 1299, "Now", "Money back today"),
                 SolutionOption("Replacement", 1299, "Now", "A working kettle today")),
        chosen_option=0, justification="Within 30 days: the short-term right to reject.",
        legal_hint="Short-term right to reject (CRA 2015 s22)", legal_rules="cra_s22",
        customer_agrees=True, customer_name="Jane Customer", thanked=True,
        further_assistance_offered=True, reflection_went_well="I read it back calmly.",
        reflection_differently="Check the batch number first.", reference="GLA01-2026-000001")
    values.update(changes)
    return Complaint(**values)


def verdict(rule: str, complaint: Complaint, context: QualityContext | None = None) -> Evidence:
    return RULES[rule](complaint, context or QualityContext("Faulty or damaged goods")).evidence


def test_a_complete_record_evidences_every_point_that_applies():
    checks = quality_check(complete(), QualityContext("Faulty or damaged goods"))
    assert [c.rule for c in checks if c.evidence is Evidence.MISSING] == []
    assert {c.rule for c in checks if c.evidence is Evidence.NOT_NEEDED} == {
        "de_escalated", "escalation_per_policy", "kept_informed", "closed_properly"}


EVIDENCED, MISSING, NOT_NEEDED = Evidence.EVIDENCED, Evidence.MISSING, Evidence.NOT_NEEDED
CASES = [
    # rule, changes to the complete record, verdict
    ("identified", {}, EVIDENCED),
    ("identified", {"purchase_date": None}, MISSING),
    ("identified", {"purchase_date": None, "receipt_number": "R123"}, EVIDENCED),
    ("identified", {"desired_outcome": ""}, MISSING),
    ("listened", {}, EVIDENCED),
    ("listened", {"paraphrase": "The kettle I bought stopped heating after ten days of use"},
     MISSING),                                              # copied, not read back
    ("listened", {"paraphrase": "ok"}, MISSING),
    ("clarified", {}, EVIDENCED),
    ("clarified", {"clarifying_answers": (ClarifyingAnswer("When?", " "),)}, MISSING),
    ("clarified", {"clarifying_answers": ()}, NOT_NEEDED),
    ("empathy", {}, EVIDENCED),
    ("empathy", {"apology_given": False}, MISSING),
    ("empathy", {"empathy_statement": "", "customer_feelings": ""}, MISSING),
    ("de_escalated", {"customer_challenging": True, "de_escalation": ("calm_tone",)},
     EVIDENCED),
    ("de_escalated", {"customer_challenging": True,
                      "de_escalation_words": "I can see this has really upset you"}, EVIDENCED),
    ("de_escalated", {"customer_challenging": True}, MISSING),
    ("de_escalated", {"customer_challenging": None}, MISSING),
    ("de_escalated", {}, NOT_NEEDED),
    ("root_cause", {}, EVIDENCED),
    ("root_cause", {"root_cause": "Faulty goods"}, MISSING),         # the category again
    ("root_cause", {"root_cause": "It was damaged and faulty"}, MISSING),
    ("root_cause", {"root_cause": "The kettle I bought stopped heating after ten days"},
     MISSING),                                                      # what happened, again
    ("root_cause", {"root_cause": "Bad"}, MISSING),
    ("options_weighed", {}, EVIDENCED),
    ("options_weighed", {"options": (SolutionOption("Refund", 1299, "Now", "Money back"),)},
     MISSING),
    ("options_weighed", {"options": (SolutionOption("Refund", 1299, "Now", "Money back"),
                                     SolutionOption("Voucher"))}, MISSING),
    ("justified", {}, EVIDENCED),
    ("justified", {"justification": "ok"}, MISSING),
    ("justified", {"chosen_option": None}, MISSING),
    ("policy_and_law", {}, EVIDENCED),
    ("policy_and_law", {"legal_hint": ""}, MISSING),
    ("escalation_per_policy", {"escalation": ESCALATED, "status": Status.ESCALATED}, EVIDENCED),
    ("escalation_per_policy", {"customer_agrees": False}, MISSING),   # should have gone up
    ("escalation_per_policy", {"escalation": replace(ESCALATED, triggers=("requested",))},
     MISSING),                                                       # was it needed?
    ("escalation_per_policy", {"escalation": replace(ESCALATED, triggers=())}, MISSING),
    ("escalation_per_policy", {}, NOT_NEEDED),
    ("kept_informed", {"escalation": ESCALATED, "follow_ups": [FollowUp(
        date(2026, 3, 11), "phone", "Told them it is with the manager",
        kind=ContactKind.UPDATE)]}, EVIDENCED),
    ("kept_informed", {"escalation": ESCALATED, "status": Status.ESCALATED}, MISSING),
    ("kept_informed", {"escalation": ESCALATED, "decisions": [Decision(
        AT, 2, "Refund", "Within the right to reject", NextStep.TELL_CUSTOMER)]}, MISSING),
    ("kept_informed", {}, NOT_NEEDED),
    ("agreed", {}, EVIDENCED),
    ("agreed", {"customer_agrees": False}, EVIDENCED),               # a recorded no
    ("agreed", {"customer_agrees": None}, MISSING),
    ("followed_up", {}, EVIDENCED),                                  # agreed at the till
    ("followed_up", {"follow_up_needed": True, "follow_up_due": date(2026, 3, 17)}, MISSING),
    ("followed_up", {"follow_up_needed": True, "follow_ups": [FollowUp(
        date(2026, 3, 17), "phone", "It works", confirmed_resolved=True)]}, EVIDENCED),
    ("closed_properly", {"status": Status.CLOSED}, EVIDENCED),
    ("closed_properly", {"status": Status.CLOSED, "customer_agrees": False,
                         "closure_note": "Customer could not be reached after three calls"},
     EVIDENCED),
    ("closed_properly", {"status": Status.CLOSED, "customer_agrees": False}, MISSING),
    ("closed_properly", {}, NOT_NEEDED),
    ("thanked", {}, EVIDENCED),
    ("thanked", {"thanked": False}, MISSING),
    ("further_assistance", {}, EVIDENCED),
    ("further_assistance", {"further_assistance_offered": False}, MISSING),
    ("reflected", {}, EVIDENCED),
    ("reflected", {"reflection_went_well": "", "reflection_differently": "",
                   "improvement_suggestion": "Check batches"}, MISSING),
    ("procedure_followed", {}, EVIDENCED),
    ("procedure_followed", {"thanked": False, "apology_given": False}, MISSING),
]


@pytest.mark.parametrize(("rule", "changes", "expected"), CASES,
                         ids=[f"{r}-{n}" for n, (r, _c, _e) in enumerate(CASES)])
def test_each_rule(rule, changes, expected):
    assert verdict(rule, complete(**changes)) is expected


def test_every_rule_has_cases_both_ways():
    seen = {(rule, expected) for rule, _changes, expected in CASES}
    for rule in RULES:
        assert (rule, EVIDENCED) in seen and (rule, MISSING) in seen, rule


def test_a_category_that_always_escalates_must_be_escalated():
    context = QualityContext("Discrimination", always_escalated=True)
    assert verdict("escalation_per_policy", complete(), context) is MISSING
    assert verdict("escalation_per_policy", complete(escalation=replace(
        ESCALATED, triggers=("always_escalated_category",))), context) is EVIDENCED


def test_every_marking_point_of_the_briefs_maps_to_rules_and_every_rule_to_a_point():
    points = marking_points()
    assert len(points) == 19 and {p.brief for p in points} == {"000", "001", "002", "003",
                                                               "004"}
    assert {r for p in points for r in p.rules} == set(RULES)
    seeds = ROOT.parent / "shared" / "seeds"       # the briefs, where the project has them
    for brief in sorted(seeds.glob("*.txt")) if seeds.is_dir() else ():
        text = brief.read_text(encoding="utf-8")
        written = [line[2:].strip() for line in text.split("Examiner Marking Points", 1)[1]
                   .splitlines() if line.startswith("- ")]
        assert written == [p.text for p in points if p.brief == brief.name[:3]], brief.name


def test_a_point_with_an_unknown_rule_or_a_rule_with_no_point_is_refused():
    with pytest.raises(MarkingPointError, match="unknown: no_such_rule"):
        parse_points({"points": [{"brief": "000", "text": "x", "rules": ["no_such_rule"]}]},
                     "test")
    with pytest.raises(MarkingPointError, match="answer no marking point"):
        parse_points({"points": [{"brief": "000", "text": "x", "rules": ["thanked"]}]}, "test")


def test_the_marking_points_document_is_up_to_date():
    spec = importlib.util.spec_from_file_location(
        "write_marking_points_doc", ROOT / "scripts" / "write_marking_points_doc.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.DOC.read_text(encoding="utf-8") == module.document(), \
        "run scripts/write_marking_points_doc.py"
