"""Building a complaint from the wizard's answers: what is required, what is derived."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop_app.domain.complaint import Status
from desktop_app.domain.complaint_form import FormContext, build_complaint, step_errors
from desktop_app.domain.errors import ValidationFailed
from desktop_app.domain.escalation import AuthorityLimits, Trigger, escalation_reasons
from desktop_app.domain.procedure import Category, Model, Step, StepKind
from desktop_app.domain.staff import Role
from tests.samples import SIGNATURE

STEPS = (
    Step("listen", "Listen", "Listen", StepKind.FORM, "Listen.", fields=(
        "customer_account", "paraphrase", "customer_feelings", "desired_outcome")),
    Step("details", "Listen", "Details", StepKind.FORM, "Details.", fields=(
        "product", "supply_type", "purchase_date", "amount", "channel")),
    Step("clarify", "Listen", "Clarify", StepKind.QUESTIONS, "Ask."),
    Step("apologise", "Apologise", "Apologise", StepKind.FORM, "Sorry.", fields=("apology_given",)),
    Step("diagnose", "Solve", "Diagnose", StepKind.DIAGNOSIS, "Why?"),
    Step("options", "Solve", "Options", StepKind.OPTIONS, "Weigh."),
    Step("agreement", "Solve", "Agreement", StepKind.AGREEMENT, "Agree?"),
    Step("escalate", "Solve", "Escalate", StepKind.ESCALATION, "Up."),
    Step("thank", "Say thank you", "Thanks", StepKind.FORM, "Thanks.", fields=(
        "thanked", "follow_up_needed", "follow_up_due", "follow_up_method", "contact_consent",
        "contact_phone", "contact_email")),
)
MODEL = Model("test", "Test", "", STEPS)
FAULTY = Category("faulty_goods", "Faulty", ("When did it fail?",), "faulty")
DISCRIMINATION = Category("discrimination", "Discrimination", ("What happened?",), "other",
                          always_escalate=True, escalation_reason="Equality Act 2010.")
OPENED = datetime(2026, 3, 10, 10, 0)


def ctx(role: Role = Role.STAFF) -> FormContext:
    return FormContext(today=date(2026, 3, 10), role=role,
                       categories={c.id: c for c in (FAULTY, DISCRIMINATION)})


def answers(**changes) -> dict:
    base = {
        "customer_account": "It broke.", "paraphrase": "It broke, you say.",
        "customer_feelings": "Cross", "desired_outcome": "Refund", "product": "Kettle",
        "supply_type": "goods", "purchase_date": date(2026, 3, 1), "amount": "£24.99",
        "channel": "in_store", "category": "faulty_goods",
        "clarifying_answers": [["When did it fail?", "Yesterday"]], "apology_given": True,
        "root_cause": "Bad batch", "five_whys": ["Thermostat", "", "Supplier"],
        "options": [{"description": "Refund", "cost": "15", "time": "Now", "impact": "Money"},
                    {"description": "Replace", "cost": "24.99", "time": "Now", "impact": "Kettle"},
                    {"description": "", "cost": "", "time": "", "impact": ""}],
        "chosen_option": 0, "justification": "Within 30 days", "customer_agrees": "yes",
        "customer_name": "Jane", "thanked": True, "follow_up_needed": False,
        "contact_consent": False, "contact_phone": "07700 900123",
    }
    base.update(changes)
    return base


def build(form_answers: dict, context: FormContext | None = None):
    return build_complaint(MODEL, form_answers, context or ctx(), store_code="GLA01", staff_id=2,
                           opened_at=OPENED, saved_at=datetime(2026, 3, 10, 10, 4))


def test_a_complete_form_builds_a_closed_first_contact_complaint():
    complaint = build(answers())
    assert complaint.status is Status.CLOSED
    assert complaint.resolved_at_first_contact
    assert complaint.amount_pence == 2499
    assert [o.description for o in complaint.options] == ["Refund", "Replace"]
    assert complaint.five_whys == ("Thermostat", "Supplier")
    assert complaint.handling_seconds == 240
    assert complaint.contact_phone == ""           # no consent: not kept


def test_contact_details_are_kept_only_with_consent():
    complaint = build(answers(contact_consent=True))
    assert complaint.contact_phone == "07700 900123"


def test_consent_without_any_contact_detail_is_refused():
    errors = step_errors(STEPS[-1], answers(contact_consent=True, contact_phone=""), ctx())
    assert "phone number or an email" in errors["contact_phone"]


def test_follow_up_needs_a_date_and_a_method():
    errors = step_errors(STEPS[-1], answers(follow_up_needed=True), ctx())
    assert set(errors) == {"follow_up_due", "follow_up_method"}
    complaint = build(answers(follow_up_needed=True, follow_up_due=date(2026, 3, 13),
                              follow_up_method="phone"))
    assert complaint.status is Status.AWAITING_FOLLOW_UP
    assert not complaint.resolved_at_first_contact


def test_a_follow_up_date_in_the_past_is_refused():
    errors = step_errors(STEPS[-1], answers(follow_up_needed=True, follow_up_due=date(2026, 3, 9),
                                            follow_up_method="phone"), ctx())
    assert errors["follow_up_due"].endswith("cannot be in the past.")


@pytest.mark.parametrize("options, message", [
    ([{"description": "Refund", "cost": "1"}], "at least 2 options"),
    ([{"description": "", "cost": "5"}, {"description": "B"}], "Option 1 needs a description"),
    ([{"description": "A", "cost": "five"}, {"description": "B"}], "pounds and pence"),
])
def test_options_need_two_described_and_priced_sensibly(options, message):
    errors = step_errors(STEPS[5], answers(options=options, chosen_option=0), ctx())
    assert message in errors["options"]


def test_an_option_must_be_chosen():
    errors = step_errors(STEPS[5], answers(chosen_option=None), ctx())
    assert "Choose the option" in errors["chosen_option"]


def test_agreement_needs_a_name_or_signature():
    errors = step_errors(STEPS[6], answers(customer_name=""), ctx())
    assert "name" in errors["customer_name"]
    assert step_errors(STEPS[6], answers(customer_name="", signature_png=SIGNATURE), ctx()) == {}


def test_clarifying_questions_must_be_asked():
    errors = step_errors(STEPS[2], answers(clarifying_answers=[["When did it fail?", " "]]), ctx())
    assert "clarifying question" in errors["clarifying_answers"]


def test_a_disagreeing_customer_needs_the_escalation_step_filled():
    form = answers(customer_agrees="no")
    errors = step_errors(STEPS[7], form, ctx())
    assert set(errors) == {"escalated_to", "escalation_reason"}
    complaint = build(form | {"escalated_to": "Manager", "escalation_reason": "Wants more"})
    assert complaint.status is Status.ESCALATED
    assert complaint.escalation.triggers == ("customer_disagrees",)


def test_the_escalation_step_is_not_required_when_nothing_escalates():
    assert step_errors(STEPS[7], answers(), ctx()) == {}


def test_discrimination_is_always_escalated():
    complaint = build(answers(category="discrimination",
                              clarifying_answers=[["What happened?", "Refused service"]],
                              escalated_to="Manager", escalation_reason="Equality Act"))
    assert complaint.escalation.triggers == ("always_escalated_category",)


@pytest.mark.parametrize("role, cost, escalates", [
    (Role.STAFF, 2000, False), (Role.STAFF, 2001, True), (Role.SUPERVISOR, 10000, False),
    (Role.SUPERVISOR, 10001, True), (Role.MANAGER, 10_000_000, False),
])
def test_authority_limits(role, cost, escalates):
    reasons = escalation_reasons(role=role, limits=AuthorityLimits(), category=FAULTY,
                                 chosen_cost_pence=cost, customer_agrees=True,
                                 staff_requested=False)
    assert (Trigger.OVER_AUTHORITY in {r.trigger for r in reasons}) is escalates


def test_a_supervisor_approval_within_their_limit_removes_the_authority_trigger():
    over = answers(options=[{"description": "Refund", "cost": "45"},
                            {"description": "Voucher", "cost": "10"}])
    assert step_errors(STEPS[7], over, ctx()) != {}
    approved = over | {"approval": {"id": 3, "name": "Suzy", "role": "supervisor",
                                    "at": "2026-03-10T10:02:00"}}
    complaint = build(approved)
    assert complaint.escalation is None
    assert complaint.approval.approver_name == "Suzy"


def test_build_refuses_an_incomplete_form_naming_every_field():
    with pytest.raises(ValidationFailed) as failed:
        build(answers(customer_account="", product="", thanked=False))
    assert {"customer_account", "product", "thanked"} <= set(failed.value.errors)
