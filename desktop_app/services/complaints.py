"""Logging a complaint: start the form, check each step, save it with a reference."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from desktop_app.domain.amendment import ATTRIBUTE, Amendment, check_amendment
from desktop_app.domain.complaint import Complaint
from desktop_app.domain.complaint_form import FormContext, build_complaint, escalation_needed, step_errors
from desktop_app.domain.errors import DomainError, NotFound
from desktop_app.domain.escalation import Reason
from desktop_app.domain.language import Language, offers_welsh
from desktop_app.domain.permissions import Action, Subject, require, sees_everyones
from desktop_app.domain.phrase import phrase
from desktop_app.domain.procedure import Category, Model
from desktop_app.domain.reference import complaint_reference
from desktop_app.domain.staff import StaffMember
from desktop_app.domain.store import Store, StorePolicy
from desktop_app.services import reviews
from desktop_app.services.audit import AuditAction, RecordType, record
from desktop_app.services.context import AppContext
from desktop_app.services.policy import load_policy

if TYPE_CHECKING:
    from desktop_app.domain.solve_hint import SolveHint


@dataclass
class ComplaintForm:
    """Everything the wizard needs for one complaint, and the answers collected so far."""

    model: Model
    store: Store
    policy: StorePolicy
    categories: tuple[Category, ...]
    staff: StaffMember
    opened_at: datetime
    answers: dict[str, Any] = field(default_factory=dict)
    draft_id: int | None = None
    #: The step the person is on (kept with the draft, so a resumed one opens there).
    step_id: str = ""

    @property
    def context(self) -> FormContext:
        return FormContext(today=self.opened_at.date(),
                           categories={c.id: c for c in self.categories},
                           role=self.staff.role, limits=self.policy.limits)

    @property
    def defaults(self) -> dict[str, Any]:
        """What a field shows before anyone answers it: the store's usual channel, goods
        (most of what a till is asked about; a service is one choice away), and a customer
        who is not angry (one press says otherwise, and opens what calmed things)."""
        return {"channel": self.policy.default_channel, "supply_type": "goods",
                "how_bought": "in_shop", "customer_challenging": "no",
                "customer_language": Language.ENGLISH.value}

    @property
    def given(self) -> dict[str, Any]:
        """Answers the store gives, not the person: whether Welsh is offered (it decides
        whether the customer's language is asked)."""
        return {"welsh_offered": offers_welsh(self.store.jurisdiction)}

    @property
    def answered(self) -> dict[str, Any]:
        """What the record is built from: the store's given answers and the person's."""
        return {**self.given, **self.answers}

    def step_errors(self, step_id: str) -> dict[str, str]:
        return step_errors(self.model.step(step_id), self.answered, self.context)

    def escalation_reasons(self) -> tuple[Reason, ...]:
        return escalation_needed(self.answers, self.context)

    def category(self) -> Category | None:
        return self.context.categories.get(self.answers.get("category") or "")

    def solve_hint(self) -> SolveHint:
        """The consumer-law hint for what has been entered so far (guidance only)."""
        from desktop_app.domain.solve_hint import solve_hint
        return solve_hint(self.answers, self.category(), self.store.jurisdiction,
                          self.opened_at.date())

    def remedy_options(self) -> list[dict[str, str]]:
        from desktop_app.domain.solve_hint import remedy_options
        found = self.solve_hint().hint
        return remedy_options(found, str(self.answers.get("amount") or "")) if found else []


def start_complaint(ctx: AppContext, user: StaffMember, *, model_id: str | None = None,
                    ) -> ComplaintForm:
    with ctx.uow() as uow:
        store = uow.store.get()
        policy = load_policy(uow)
    if store is None:
        raise DomainError(phrase("The store has not been set up yet."))
    catalogue = ctx.catalogue
    categories = tuple(c for c in catalogue.categories if c.id not in policy.disabled_categories)
    return ComplaintForm(model=catalogue.model(model_id or policy.model_id), store=store,
                         policy=policy, categories=categories,
                         staff=user, opened_at=ctx.clock.now())


def save_complaint(ctx: AppContext, form: ComplaintForm) -> Complaint:
    """Validate everything again, give it the next reference and commit before returning."""
    saved_at = max(ctx.clock.now(), form.opened_at)
    complaint = build_complaint(form.model, form.answered, form.context,
                                store_code=form.store.code, staff_id=form.staff.id,
                                opened_at=form.opened_at, saved_at=saved_at)
    from desktop_app.domain.solve_hint import kept
    for name, value in kept(form.solve_hint()).items():     # the hint the Solve step showed
        setattr(complaint, name, value)
    with ctx.saving() as uow:
        sequence = uow.sequences.next("complaint", form.store.code, saved_at.year)
        complaint.reference = complaint_reference(form.store.code, saved_at.year, sequence)
        uow.complaints.add(complaint)
        if form.draft_id is not None:
            uow.drafts.delete(form.draft_id)
        record(ctx, uow, form.staff, AuditAction.CREATE, RecordType.COMPLAINT,
               complaint.reference)
        uow.commit()
    complaint.staff_name = form.staff.name
    return complaint


def recent_complaints(ctx: AppContext, user: StaffMember, *, limit: int = 20) -> list[Complaint]:
    """Staff see their own recent complaints; supervisors and managers see the store's."""
    staff_id = None if sees_everyones(user, Subject.COMPLAINT) else user.id
    with ctx.read_uow() as uow:
        return uow.complaints.recent(staff_id=staff_id, limit=limit)


def get_complaint(ctx: AppContext, user: StaffMember, reference: str) -> Complaint:
    with ctx.uow() as uow:
        complaint = uow.complaints.get(reference.strip().upper())
        if complaint is None:
            raise NotFound(phrase("No complaint with reference {reference}.", reference=reference))
        record(ctx, uow, user, AuditAction.VIEW, RecordType.COMPLAINT, complaint.reference)
        uow.commit()
    return reviews.as_seen_by(user, complaint)


def amendment_context(ctx: AppContext) -> FormContext:
    """What checking a correction needs: today and the store's categories."""
    return FormContext(today=ctx.clock.now().date(),
                       categories={c.id: c for c in ctx.catalogue.categories})


def amend_complaint(ctx: AppContext, user: StaffMember, reference: str, field_key: str,
                    raw_value: Any, reason: str) -> Complaint:
    """Correct one detail of a saved complaint. The old value, who, when and why are kept as
    an amendment; staff may correct their own complaints, supervisors and managers any."""
    reference = reference.strip().upper()
    with ctx.saving() as uow:
        complaint = uow.complaints.get(reference)
        if complaint is None:
            raise NotFound(phrase("No complaint with reference {reference}.", reference=reference))
        require(user, Subject.COMPLAINT, Action.AMEND, involved=complaint.staff_id == user.id)
        value, old_text, new_text = check_amendment(complaint, field_key, raw_value, reason,
                                                    amendment_context(ctx))
        amendment = Amendment(at=ctx.clock.now(), staff_id=user.id, field=field_key,
                              old_value=old_text, new_value=new_text,
                              reason=" ".join(reason.split()))
        uow.complaints.amend(reference, ATTRIBUTE.get(field_key, field_key), value, amendment)
        record(ctx, uow, user, AuditAction.AMEND, RecordType.COMPLAINT, reference)
        uow.commit()
        return uow.complaints.get(reference)
