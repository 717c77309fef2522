"""From what the wizard collected (a dict of answers) to a checked Complaint.

The answers dict is what a draft stores and what the wizard fills: plain values keyed by
record field (see domain/schema). `step_errors` checks one step, so that the wizard can
say what is wrong beside each field before moving on; `build_complaint` checks the whole
form again and builds the record — the service never trusts the UI's earlier checks.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from desktop_app.domain import validation as v
from desktop_app.domain.complaint import (Approval, ClarifyingAnswer, Complaint, Escalation,
                                          SolutionOption, initial_status)
from desktop_app.domain.errors import FieldError, ValidationFailed
from desktop_app.domain.escalation import AuthorityLimits, Reason, Trigger, escalation_reasons
from desktop_app.domain.phrase import phrase
from desktop_app.domain.procedure import Category, Model, Step, StepKind
from desktop_app.domain.schema import rules
from desktop_app.domain.schema.complaint import (ANSWER, COMPLAINT, ESCALATION,
                                                 ESCALATION_ANSWERS, OPTION, asked_answers)
from desktop_app.domain.schema.field import Field
from desktop_app.domain.schema.values import Checking, check
from desktop_app.domain.staff import Role

MIN_OPTIONS = rules.MIN_OPTIONS
MAX_WHYS = COMPLAINT["five_whys"].max_items
_ANY_DAY = Checking(today=date.max)


@dataclass(frozen=True)
class FormContext:
    today: date
    categories: Mapping[str, Category]
    role: Role = Role.STAFF
    limits: AuthorityLimits = field(default_factory=AuthorityLimits)

    @property
    def checking(self) -> Checking:
        return Checking(today=self.today, choices={"categories": frozenset(self.categories)})


def clean_field(spec: Field, raw: Any, ctx: FormContext) -> Any:
    """Check one plain field; return its cleaned value or raise FieldError."""
    return check(spec, raw, ctx.checking)


def _clean(key: str, raw: Any, ctx: FormContext, *, required: bool | None = None) -> Any:
    return check(COMPLAINT[key], raw, ctx.checking, required=required)


def _collect(checks: Iterable[tuple[str, Any]]) -> dict[str, str]:
    errors: dict[str, str] = {}
    for key, run in checks:
        try:
            run()
        except FieldError as error:
            errors.setdefault(key, error.message)
    return errors


def _conditional_errors(answers: Mapping[str, Any], keys: set[str]) -> dict[str, str]:
    errors: dict[str, str] = {}
    if "follow_up_due" in keys or "follow_up_method" in keys:
        errors |= {k: m for k, m in rules.follow_up_rule(
            bool(answers.get("follow_up_needed")), answers.get("follow_up_due"),
            answers.get("follow_up_method")).items() if k in keys}
    if answers.get("contact_consent") and {"contact_phone", "contact_email"} & keys:
        errors |= rules.contact_rule(True, v.clean_text(answers.get("contact_phone")),
                                     v.clean_text(answers.get("contact_email")))
    return errors


def _options(answers: Mapping[str, Any]) -> list[SolutionOption]:
    options = []
    for index, raw in enumerate(answers.get("options") or ()):
        number = index + 1
        values = {}
        for f in OPTION.where(form=True):
            try:
                values[f.name] = check(f, raw.get(f.key), _ANY_DAY, required=False)
            except FieldError as error:
                raise FieldError("options", phrase("Option {number}: {message}", number=number,
                                                   message=error.message)) from None
        if not any(v_ not in ("", None) for v_ in values.values()):
            continue  # an empty row is not an option
        if not values["description"]:
            raise FieldError("options", phrase("Option {number} needs a description.",
                                               number=number))
        options.append(SolutionOption(**values, remedy_code=str(raw.get("remedy_code") or "")))
    return options


def options_errors(answers: Mapping[str, Any]) -> dict[str, str]:
    try:
        options = _options(answers)
    except FieldError as error:
        return {"options": error.message}
    return rules.options_rule(len(options), answers.get("chosen_option"))


def chosen_cost(answers: Mapping[str, Any]) -> int | None:
    try:
        options = _options(answers)
    except FieldError:
        return None
    chosen = answers.get("chosen_option")
    if isinstance(chosen, int) and 0 <= chosen < len(options):
        return options[chosen].cost_pence
    return None


def agrees(answers: Mapping[str, Any]) -> bool | None:
    value = answers.get("customer_agrees")
    return {"yes": True, "no": False}.get(value) if isinstance(value, str) else value


def escalation_needed(answers: Mapping[str, Any], ctx: FormContext) -> tuple[Reason, ...]:
    approver = answers.get("approval") or {}
    approver_role = Role(approver["role"]) if approver.get("role") else None
    return escalation_reasons(
        role=ctx.role, limits=ctx.limits, category=ctx.categories.get(answers.get("category")),
        chosen_cost_pence=chosen_cost(answers), customer_agrees=agrees(answers),
        staff_requested=bool(answers.get("escalate_requested")), approver_role=approver_role)


def step_errors(step: Step, answers: Mapping[str, Any], ctx: FormContext) -> dict[str, str]:
    """What is wrong on this step, keyed by field; empty when the step may be left."""
    return _check_step(step, answers, ctx)[0]


def _check_step(step: Step, answers: Mapping[str, Any], ctx: FormContext,
                ) -> tuple[dict[str, str], dict[str, Any]]:
    """The step's problems, and the cleaned values of its plain fields."""
    keys = set(step.fields)
    errors: dict[str, str] = {}
    cleaned: dict[str, Any] = {}
    asked = asked_answers(answers)
    for key in step.fields:
        spec = COMPLAINT[key]
        if not spec.asked(asked):
            cleaned[key] = spec.empty          # not asked: nothing kept from earlier answers
            continue
        try:
            cleaned[key] = _clean(key, answers.get(key), ctx)
        except FieldError as error:
            errors.setdefault(error.key or key, error.message)
    dated = {k: value for k, value in cleaned.items() if k in rules.PURCHASE_DATES}
    for key, message in rules.purchase_dates_rule(dated).items():
        errors.setdefault(key, message)
    for key, message in _conditional_errors(answers, keys).items():
        errors.setdefault(key, message)
    kind = step.kind
    if kind is StepKind.QUESTIONS:
        category = ctx.categories.get(answers.get("category") or "")
        if category is None:
            errors["category"] = phrase("Choose the category that fits the complaint best.")
        elif category.questions and not any(
                v.clean_text(a) for _, a in answers.get("clarifying_answers") or ()):
            errors["clarifying_answers"] = (phrase("Ask at least one clarifying question and "
                                                   "note the answer, rather than assuming."))
    elif kind is StepKind.DIAGNOSIS:
        errors.update(_collect([("root_cause", lambda: _clean("root_cause",
                                                               answers.get("root_cause"), ctx)),
                                ("five_whys", lambda: _clean("five_whys",
                                                             answers.get("five_whys"), ctx))]))
    elif kind is StepKind.OPTIONS:
        errors.update(options_errors(answers))
        try:       # the options page asks why this option, and the record keeps it
            cleaned["justification"] = _clean("justification", answers.get("justification"),
                                              ctx)
        except FieldError as error:
            errors.setdefault("justification", error.message)
    elif kind is StepKind.AGREEMENT:
        errors.update(rules.agreement_rule(agrees(answers),
                                           v.clean_text(answers.get("customer_name")),
                                           answers.get("signature_png")))
        errors.update(_collect([(key, lambda key=key: _clean(key, answers.get(key), ctx))
                                for key in ("customer_name", "signature_png")]))
    elif kind is StepKind.ESCALATION and escalation_needed(answers, ctx):
        errors.update(_collect([
            (key, lambda key=key, part=part: check(ESCALATION[part], answers.get(key),
                                                   ctx.checking))
            for key, part in ESCALATION_ANSWERS.items()]))
    return errors, cleaned


def build_complaint(model: Model, answers: Mapping[str, Any], ctx: FormContext, *,
                    store_code: str, staff_id: int, opened_at: datetime, saved_at: datetime,
                    ) -> Complaint:
    """Check every step again and build the record; raise ValidationFailed otherwise."""
    errors: dict[str, str] = {}
    plain: dict[str, Any] = {}
    for step in model.steps:
        step_problems, cleaned = _check_step(step, answers, ctx)
        for key, message in step_problems.items():
            errors.setdefault(key, message)
        plain.update(cleaned)
    if errors:
        raise ValidationFailed(errors)
    if not plain.get("contact_consent"):
        plain["contact_phone"] = plain["contact_email"] = ""   # data minimisation
    if not plain.get("follow_up_needed"):
        plain["follow_up_due"], plain["follow_up_method"] = None, ""
    amount = plain.pop("amount", None)
    reasons = escalation_needed(answers, ctx)
    escalation = None
    if reasons:
        escalation = Escalation(
            to=v.clean_text(answers.get("escalated_to")),
            reason=v.clean_text(answers.get("escalation_reason")), at=saved_at,
            triggers=tuple(r.trigger.value for r in reasons))
    approval = None
    raw_approval = answers.get("approval")
    if raw_approval and not any(r.trigger == Trigger.OVER_AUTHORITY for r in reasons):
        approval = Approval(int(raw_approval["id"]), str(raw_approval["name"]),
                            datetime.fromisoformat(raw_approval["at"]))
    complaint = Complaint(
        store_code=store_code, model_id=model.id, staff_id=staff_id,
        opened_at=opened_at, saved_at=saved_at, amount_pence=amount,
        category=str(answers["category"]),
        clarifying_answers=tuple(
            ClarifyingAnswer(v.clean_text(q), check(ANSWER["answer"], a, ctx.checking))
            for q, a in answers.get("clarifying_answers") or () if v.clean_text(a)),
        root_cause=v.clean_text(answers.get("root_cause")),
        five_whys=_clean("five_whys", list((answers.get("five_whys") or ())[:MAX_WHYS]), ctx),
        options=tuple(_options(answers)), chosen_option=answers.get("chosen_option"),
        approval=approval, escalation=escalation,
        customer_agrees=agrees(answers), customer_name=v.clean_text(answers.get("customer_name")),
        signature_png=answers.get("signature_png") or None,
        **plain,
    )
    complaint.status = initial_status(complaint)
    if complaint.status.value == "closed":
        complaint.closed_at = saved_at
        complaint.closure_note = "Customer agreed to the resolution at the till."
    return complaint
