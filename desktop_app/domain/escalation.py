"""When a complaint must go above the staff member: the rules, in one place.

Escalating needlessly and failing to escalate are both named mistakes (seeds), so the
wizard asks these rules rather than leaving it to judgement alone; the staff member can
still choose to escalate.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from desktop_app.domain.phrase import phrase
from desktop_app.domain.staff import Role
from desktop_app.domain.validation import format_pence

if TYPE_CHECKING:
    from desktop_app.domain.procedure import Category


class Trigger(StrEnum):
    REQUESTED = "requested"
    CUSTOMER_DISAGREES = "customer_disagrees"
    ALWAYS_ESCALATED_CATEGORY = "always_escalated_category"
    OVER_AUTHORITY = "over_authority"

    @property
    def label(self) -> str:
        return _TRIGGER_LABELS[self]

    @property
    def required(self) -> bool:
        """The policy requires escalating (not only the staff member's choice)."""
        return self is not Trigger.REQUESTED


_TRIGGER_LABELS = {
    Trigger.REQUESTED: phrase("The staff member chose to escalate"),
    Trigger.CUSTOMER_DISAGREES: phrase("The customer did not agree with the resolution"),
    Trigger.ALWAYS_ESCALATED_CATEGORY: phrase("The category is always escalated"),
    Trigger.OVER_AUTHORITY: phrase("The resolution was above the staff member's authority"),
}


@dataclass(frozen=True)
class AuthorityLimits:
    """The most a role may agree (refund or goodwill) without a manager."""

    staff_pence: int = 2_000
    supervisor_pence: int = 10_000

    def limit_for(self, role: Role) -> int | None:
        if role is Role.MANAGER:
            return None
        return self.staff_pence if role is Role.STAFF else self.supervisor_pence

    def allows(self, role: Role, cost_pence: int | None) -> bool:
        limit = self.limit_for(role)
        return limit is None or cost_pence is None or cost_pence <= limit


@dataclass(frozen=True)
class Reason:
    trigger: Trigger
    message: str


def escalation_reasons(*, role: Role, limits: AuthorityLimits, category: Category | None,
                       chosen_cost_pence: int | None, customer_agrees: bool | None,
                       staff_requested: bool, approver_role: Role | None = None,
                       ) -> tuple[Reason, ...]:
    """Why this complaint has to be escalated; empty when it need not be."""
    reasons: list[Reason] = []
    if category is not None and category.always_escalate:
        reasons.append(Reason(Trigger.ALWAYS_ESCALATED_CATEGORY, category.escalation_reason or
                              phrase("Complaints about '{label}' are always escalated.",
                                     label=category.label)))
    if not limits.allows(role, chosen_cost_pence):
        approved = approver_role is not None and limits.allows(approver_role, chosen_cost_pence)
        if not approved:
            reasons.append(Reason(Trigger.OVER_AUTHORITY, _over_authority(
                role, format_pence(chosen_cost_pence), format_pence(limits.limit_for(role)))))
    if customer_agrees is False:
        reasons.append(Reason(Trigger.CUSTOMER_DISAGREES,
                              phrase("The customer does not agree with the resolution "
                                     "offered.")))
    if staff_requested:
        reasons.append(Reason(Trigger.REQUESTED, phrase("You chose to escalate this complaint.")))
    return tuple(reasons)


def _over_authority(role: Role, cost: str, limit: str) -> str:
    if role is Role.STAFF:
        return phrase("The chosen resolution costs {cost}, above the {limit} a staff member "
                      "may agree. A supervisor or manager can approve it with their PIN, or it "
                      "is escalated.", cost=cost, limit=limit)
    return phrase("The chosen resolution costs {cost}, above the {limit} a supervisor may "
                  "agree. A manager can approve it with their PIN, or it is escalated.",
                  cost=cost, limit=limit)
