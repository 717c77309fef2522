"""From what the wizard collected (a dict of answers) to a checked Complaint.

The answers dict is what a draft stores and what the wizard fills: plain values keyed by
record field (see record_fields). `step_errors` checks one step, so that the wizard can
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
from desktop_app.domain.escalation import AuthorityLimits, Reason, escalation_reasons
from desktop_app.domain.procedure import Category, Model, Step, StepKind
from desktop_app.domain.record_fields import FIELDS, FieldKind, FieldSpec
from desktop_app.domain.staff import Role

MIN_OPTIONS = 2
MAX_WHYS = 5


@dataclass(frozen=True)
class FormContext:
    today: date
    categories: Mapping[str, Category]
    role: Role = Role.STAFF
    limits: AuthorityLimits = field(default_factory=AuthorityLimits)
    labels: Mapping[str, str] = field(default_factory=dict)   # key -> visible label

    def label(self, key: str) -> str:
        return self.labels.get(key, "This")


def clean_field(spec: FieldSpec, raw: Any, ctx: FormContext) -> Any:
    """Check one plain field; return its cleaned value or raise FieldError."""
    label = ctx.label(spec.key)
    kind = spec.kind
    if spec.is_text:
        return v.text(spec.key, raw, required=spec.required, max_length=spec.max_length,
                      label=label)
    if kind is FieldKind.MONEY:
        return v.money_pence(spec.key, raw, required=spec.required, label=label)
    if kind is FieldKind.PAST_DATE:
        return v.past_date(spec.key, raw, today=ctx.today, required=spec.required, label=label)
    if kind is FieldKind.FUTURE_DATE:
        return v.future_date(spec.key, raw, today=ctx.today, required=spec.required, label=label)
    if kind is FieldKind.CHOICE:
        allowed = {value for value, _ in spec.choices}
        if raw in (None, ""):
            if spec.required:
                raise FieldError(spec.key, f"Please choose one: {label}.")
            return ""
        if raw not in allowed:
            raise FieldError(spec.key, f"{label}: choose one of the listed answers.")
        return raw
    if kind is FieldKind.CHECK:
        if spec.required and not raw:
            raise FieldError(spec.key, f"Please confirm: {label}.")
        return bool(raw)
    if kind is FieldKind.RATING:
        return v.rating(spec.key, raw, label=label)
    if kind is FieldKind.PHONE:
        return v.phone(spec.key, raw, label=label)
    if kind is FieldKind.EMAIL:
        return v.email(spec.key, raw, label=label)
    raise AssertionError(f"unhandled field kind {kind}")  # pragma: no cover


def _collect(checks: Iterable[tuple[str, Any]]) -> dict[str, str]:
    errors: dict[str, str] = {}
    for key, check in checks:
        try:
            check()
        except FieldError as error:
            errors.setdefault(error.key or key, error.message)
    return errors


def _conditional_errors(answers: Mapping[str, Any], keys: set[str], ctx: FormContext,
                        ) -> dict[str, str]:
    errors: dict[str, str] = {}
    if answers.get("follow_up_needed"):
        if "follow_up_due" in keys and not answers.get("follow_up_due"):
            errors["follow_up_due"] = "Set the date you will follow up by."
        if "follow_up_method" in keys and not answers.get("follow_up_method"):
            errors["follow_up_method"] = "Choose how you will follow up."
    if answers.get("contact_consent") and {"contact_phone", "contact_email"} & keys:
        if not v.clean_text(answers.get("contact_phone")) and \
                not v.clean_text(answers.get("contact_email")):
            errors["contact_phone"] = ("The customer agreed to be contacted: "
                                       "add a phone number or an email address.")
    return errors


def _options(answers: Mapping[str, Any]) -> list[SolutionOption]:
    options = []
    for index, raw in enumerate(answers.get("options") or ()):
        description = v.text(f"options.{index}.description", raw.get("description"),
                             max_length=500, label="The option")
        if not description and not v.clean_text(raw.get("cost")) and \
                not v.clean_text(raw.get("time")) and not v.clean_text(raw.get("impact")):
            continue  # an empty row is not an option
        if not description:
            raise FieldError("options", f"Option {index + 1} needs a description.")
        try:
            cost = v.money_pence("options", raw.get("cost"), label=f"Option {index + 1}'s cost")
        except FieldError as error:
            raise FieldError("options", error.message) from None
        options.append(SolutionOption(
            description=description, cost_pence=cost,
            time=v.text("options", raw.get("time"), max_length=200, label="The time"),
            impact=v.text("options", raw.get("impact"), max_length=500, label="The impact"),
            remedy_code=str(raw.get("remedy_code") or "")))
    return options


def options_errors(answers: Mapping[str, Any]) -> dict[str, str]:
    try:
        options = _options(answers)
    except FieldError as error:
        return {"options": error.message}
    errors: dict[str, str] = {}
    if len(options) < MIN_OPTIONS:
        errors["options"] = (f"Weigh at least {MIN_OPTIONS} options against cost, time and "
                             f"impact (you have {len(options)}).")
    chosen = answers.get("chosen_option")
    if chosen is None or not isinstance(chosen, int) or not 0 <= chosen < len(options):
        errors.setdefault("chosen_option", "Choose the option you are offering the customer.")
    return errors


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
    for key in step.fields:
        try:
            cleaned[key] = clean_field(FIELDS[key], answers.get(key), ctx)
        except FieldError as error:
            errors.setdefault(error.key or key, error.message)
    for key, message in _conditional_errors(answers, keys, ctx).items():
        errors.setdefault(key, message)
    kind = step.kind
    if kind is StepKind.QUESTIONS:
        category = ctx.categories.get(answers.get("category") or "")
        if category is None:
            errors["category"] = "Choose the category that fits the complaint best."
        elif category.questions and not any(
                v.clean_text(a) for _, a in answers.get("clarifying_answers") or ()):
            errors["clarifying_answers"] = ("Ask at least one clarifying question and note "
                                            "the answer, rather than assuming.")
    elif kind is StepKind.DIAGNOSIS:
        errors.update(_collect([("root_cause", lambda: v.text(
            "root_cause", answers.get("root_cause"), required=True, max_length=2_000,
            label="The root cause"))]))
    elif kind is StepKind.OPTIONS:
        errors.update(options_errors(answers))
    elif kind is StepKind.AGREEMENT:
        agreed = agrees(answers)
        if agreed is None:
            errors["customer_agrees"] = "Ask the customer whether they agree, and record it."
        elif agreed and not v.clean_text(answers.get("customer_name")) \
                and not answers.get("signature_png"):
            errors["customer_name"] = "Type the customer's name, or ask them to sign."
        errors.update(_collect([("customer_name", lambda: v.text(
            "customer_name", answers.get("customer_name"), max_length=120,
            label="The customer's name"))]))
    elif kind is StepKind.ESCALATION and escalation_needed(answers, ctx):
        errors.update(_collect([
            ("escalated_to", lambda: v.text("escalated_to", answers.get("escalated_to"),
                                            required=True, label="Who it goes to")),
            ("escalation_reason", lambda: v.text(
                "escalation_reason", answers.get("escalation_reason"), required=True,
                max_length=2_000, label="The reason")),
        ]))
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
    if raw_approval and not any(r.trigger == "over_authority" for r in reasons):
        approval = Approval(int(raw_approval["id"]), str(raw_approval["name"]),
                            datetime.fromisoformat(raw_approval["at"]))
    complaint = Complaint(
        store_code=store_code, model_id=model.id, staff_id=staff_id,
        opened_at=opened_at, saved_at=saved_at, amount_pence=amount,
        category=str(answers["category"]),
        clarifying_answers=tuple(
            ClarifyingAnswer(v.clean_text(q), v.text("clarifying_answers", a, max_length=2_000))
            for q, a in answers.get("clarifying_answers") or () if v.clean_text(a)),
        root_cause=v.clean_text(answers.get("root_cause")),
        five_whys=tuple(w for w in (v.text("five_whys", x, max_length=500) for x in
                                    (answers.get("five_whys") or ())[:MAX_WHYS]) if w),
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
