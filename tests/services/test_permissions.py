"""Every role against every action of the permission matrix, through the service layer."""

from __future__ import annotations

import importlib.util
from datetime import date
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.domain.errors import PermissionDenied
from desktop_app.domain.incident_form import default_answers
from desktop_app.domain.permissions import MATRIX, Action, Scope, Subject, scope
from desktop_app.domain.record_filter import ComplaintFilter
from desktop_app.domain.staff import Role
from desktop_app.services import (aftercare, audit, auth, coaching, complaint_list, complaints,
                                  data_protection, exchange, incidents, policy, reporting, reviews)
from desktop_app.services.audit import AuditFilter
from tests.services.test_complaints_service import full_answers

EMPTY = b'{"schema_version": 1, "complaints": [], "incidents": []}'
ROLES = {Role.STAFF: "staff", Role.SUPERVISOR: "supervisor", Role.MANAGER: "manager"}


class World:
    """A store with a complaint and two incidents: one each person is in, one they are not."""

    def __init__(self, ctx, users: dict[Role, object]) -> None:  # noqa: ANN001
        self.ctx = ctx
        self.users = users
        form = complaints.start_complaint(ctx, users[Role.STAFF])
        form.answers = full_answers()
        self.complaint = complaints.save_complaint(ctx, form).reference
        self.own_complaint: dict[Role, str] = {}
        for role, user in users.items():
            mine = complaints.start_complaint(ctx, user)
            mine.answers = full_answers()
            self.own_complaint[role] = complaints.save_complaint(ctx, mine).reference
        self.open_complaint: dict[Role, str] = {}
        for role, user in users.items():
            waiting = complaints.start_complaint(ctx, user)
            waiting.answers = full_answers() | {
                "follow_up_needed": True, "follow_up_due": date(2026, 3, 12),
                "follow_up_method": "phone"}
            self.open_complaint[role] = complaints.save_complaint(ctx, waiting).reference
        escalated = complaints.start_complaint(ctx, users[Role.STAFF])
        escalated.answers = full_answers() | {
            "customer_agrees": "no", "escalated_to": "Store manager",
            "escalation_reason": "The customer wants more."}
        self.escalated = complaints.save_complaint(ctx, escalated).reference
        self.own_incident: dict[Role, str] = {}
        for role, user in users.items():
            self.own_incident[role] = self.incident(user)
        self.foreign_incident = self.incident(users[Role.MANAGER], for_nobody=True)

    def answers_of(self, reference: str) -> dict:
        manager = self.users[Role.MANAGER]
        return incidents.form_answers(incidents.get_incident(self.ctx, manager, reference))

    def incident(self, reporter, *, for_nobody: bool = False) -> str:  # noqa: ANN001
        answers = default_answers(now=self.ctx.clock.now(), reporter_id=reporter.id)
        answers.update(location="Till 3", account="Shouted at the till",
                       behaviours=["verbal_abuse"])
        return incidents.record_incident(self.ctx, reporter, answers).reference


def _someone_else(world: World, role: Role):  # noqa: ANN202 - a StaffMember
    return world.users[Role.MANAGER if role is not Role.MANAGER else Role.STAFF]


def _calls(world: World, role: Role, involved: bool) -> dict[tuple[Subject, Action], Callable]:
    ctx, user = world.ctx, world.users[role]
    incident = world.own_incident[role] if involved else world.foreign_incident
    return {
        (Subject.COMPLAINT, Action.CREATE): lambda: complaints.start_complaint(ctx, user),
        (Subject.COMPLAINT, Action.VIEW): lambda: complaints.get_complaint(ctx, user,
                                                                           world.complaint),
        (Subject.INCIDENT, Action.CREATE): lambda: world.incident(user),
        (Subject.INCIDENT, Action.VIEW): lambda: incidents.get_incident(ctx, user, incident),
        (Subject.INCIDENT, Action.AMEND): lambda: incidents.complete_incident(
            ctx, user, incident, world.answers_of(incident) | {"cctv_captured": True}),
        (Subject.AUDIT, Action.VIEW): lambda: audit.trail(ctx, user),
        (Subject.SETTINGS, Action.AMEND): lambda: policy.change_policy(
            ctx, user, policy.current_policy(ctx)),
        (Subject.STAFF, Action.CREATE): lambda: auth.add_staff(
            ctx, user, name="New Starter", code=f"N{role.rank}{int(involved)}",
            role=Role.STAFF, pin="4826"),
        (Subject.STAFF, Action.VIEW): lambda: auth.locked_staff(ctx, user),
        (Subject.STAFF, Action.AMEND): lambda: auth.unlock(ctx, user, "S01"),
        (Subject.COMPLAINT, Action.PRINT): lambda: reporting.complaint_report(
            ctx, user, world.own_complaint[role] if involved else
            world.own_complaint[Role.MANAGER if role is not Role.MANAGER else Role.STAFF]),
        (Subject.COMPLAINT, Action.EXPORT): lambda: exchange.export_period(
            ctx, user, date(2026, 3, 1), date(2026, 3, 31), "json"),
        (Subject.INCIDENT, Action.PRINT): lambda: reporting.incident_report(ctx, user, incident),
        (Subject.INCIDENT, Action.EXPORT): lambda: reporting.incidents_summary(
            ctx, user, date(2026, 3, 1), date(2026, 3, 31)),
        (Subject.COMPLAINT, Action.ERASE): lambda: data_protection.erase_personal_data(
            ctx, user, complaints=[world.own_complaint[role] if involved else world.complaint],
            incidents=[], reason="Customer's letter", received_on=date(2026, 3, 9)),
        (Subject.INCIDENT, Action.ERASE): lambda: data_protection.erase_personal_data(
            ctx, user, complaints=[], incidents=[incident], reason="Witness asked in writing",
            received_on=date(2026, 3, 9)),
        (Subject.COMPLAINT, Action.AMEND): lambda: complaints.amend_complaint(
            ctx, user, world.own_complaint[role] if involved else
            world.own_complaint[Role.MANAGER if role is not Role.MANAGER else Role.STAFF],
            "product", f"Toaster {role.value} {involved}", "Wrong product recorded"),
        (Subject.COMPLAINT, Action.IMPORT): lambda: exchange.import_document(ctx, user, EMPTY),
        (Subject.INCIDENT, Action.IMPORT): lambda: exchange.import_document(ctx, user, EMPTY),
        (Subject.AUDIT, Action.PRINT): lambda: reporting.audit_report(ctx, user, AuditFilter()),
        (Subject.AUDIT, Action.EXPORT): lambda: audit.export_trail(ctx, user, AuditFilter()),
        (Subject.COMPLAINT, Action.FOLLOW_UP): lambda: aftercare.record_follow_up(
            ctx, user, world.open_complaint[role] if involved else
            world.open_complaint[Role.MANAGER if role is not Role.MANAGER else Role.STAFF],
            {"contacted_on": date(2026, 3, 10), "method": "phone", "outcome": "Rang them",
             "confirmed_resolved": True}),
        (Subject.COMPLAINT, Action.CLOSE): lambda: aftercare.close_complaint(
            ctx, user, world.open_complaint[role] if involved else
            world.open_complaint[Role.MANAGER if role is not Role.MANAGER else Role.STAFF],
            "The customer could not be reached at all."),
        (Subject.INCIDENT, Action.FOLLOW_UP): lambda: incidents.add_update(
            ctx, user, incident, "note", "Checked on the staff member"),
        (Subject.COACHING, Action.VIEW): lambda: coaching.coaching(
            ctx, user, user.code if involved else _someone_else(world, role).code,
            date(2026, 3, 1), date(2026, 3, 31)),
        (Subject.COACHING, Action.PRINT): lambda: coaching.coaching_report(
            ctx, user, user.code if involved else _someone_else(world, role).code,
            date(2026, 3, 1), date(2026, 3, 31)),
        # nobody reviews their own complaint (a rule of its own, tested with the reviews)
        (Subject.COACHING, Action.REVIEW): lambda: reviews.review_complaint(
            ctx, user, world.own_complaint[_someone_else(world, role).role],
            {"went_well": "Listened without interrupting.",
             "work_on": "Offer two options before escalating."}),
        (Subject.COMPLAINT, Action.DECIDE): lambda: aftercare.decide_escalation(
            ctx, user, world.escalated, {"decision": "Refund", "reason": "Our fault, plainly.",
                                         "outcome": "referred"}),
    }


CHECKED = [
    (Subject.COMPLAINT, Action.CREATE), (Subject.COMPLAINT, Action.VIEW),
    (Subject.INCIDENT, Action.CREATE), (Subject.INCIDENT, Action.VIEW),
    (Subject.INCIDENT, Action.AMEND), (Subject.AUDIT, Action.VIEW),
    (Subject.SETTINGS, Action.AMEND), (Subject.STAFF, Action.CREATE),
    (Subject.STAFF, Action.VIEW), (Subject.STAFF, Action.AMEND),
    (Subject.COMPLAINT, Action.PRINT), (Subject.COMPLAINT, Action.EXPORT),
    (Subject.INCIDENT, Action.PRINT), (Subject.INCIDENT, Action.EXPORT),
    (Subject.COMPLAINT, Action.ERASE), (Subject.INCIDENT, Action.ERASE),
    (Subject.AUDIT, Action.PRINT), (Subject.AUDIT, Action.EXPORT),
    (Subject.COMPLAINT, Action.AMEND), (Subject.COMPLAINT, Action.IMPORT),
    (Subject.INCIDENT, Action.IMPORT), (Subject.COMPLAINT, Action.FOLLOW_UP),
    (Subject.COMPLAINT, Action.CLOSE), (Subject.COMPLAINT, Action.DECIDE),
    (Subject.INCIDENT, Action.FOLLOW_UP), (Subject.COACHING, Action.VIEW),
    (Subject.COACHING, Action.PRINT), (Subject.COACHING, Action.REVIEW),
]
CELLS = [(subject, action, role, involved)
         for (subject, action) in CHECKED
         for role in ROLES
         for involved in (True, False)]


@pytest.fixture
def world(ctx, staff, supervisor, manager) -> World:
    return World(ctx, {Role.STAFF: staff, Role.SUPERVISOR: supervisor, Role.MANAGER: manager})


@pytest.mark.parametrize(("subject", "action", "role", "involved"), CELLS,
                         ids=[f"{s.value}-{a.value}-{r.value}-{'own' if i else 'other'}"
                              for s, a, r, i in CELLS])
def test_the_service_layer_enforces_the_matrix(world, subject, action, role, involved):
    call = _calls(world, role, involved)[(subject, action)]
    reach = scope(role, subject, action)
    expected = reach is Scope.ALL or (reach is Scope.OWN and involved)
    if expected:
        call()
    else:
        with pytest.raises(PermissionDenied):
            call()


#: Cells that are not a service call of their own, and why.
NOT_A_SERVICE = {
    (Subject.AUDIT, Action.CREATE): "written only by the services themselves",
    (Subject.AUDIT, Action.AMEND): "refused by database triggers (tests/services/test_audit.py)",
    (Subject.AUDIT, Action.ERASE): "refused by database triggers (tests/services/test_audit.py)",
    (Subject.SETTINGS, Action.VIEW): "settings are read by every screen; changing them is "
                                     "settings-amend",
}


#: Cells that narrow what a list shows rather than refuse (tested below).
NARROWING = [(Subject.COMPLAINT, Action.LIST), (Subject.INCIDENT, Action.LIST)]


def test_every_cell_of_the_matrix_is_checked_or_explained():
    assert set(MATRIX) == set(CHECKED) | set(NOT_A_SERVICE) | set(NARROWING)


@pytest.mark.parametrize("role", ROLES, ids=[r.value for r in ROLES])
def test_lists_show_what_the_matrix_lets_each_role_see(world, role):
    ctx, user = world.ctx, world.users[role]
    everyone = set(world.own_complaint.values())
    recent = {c.reference for c in complaints.recent_complaints(ctx, user, limit=100)}
    paged = {row.reference for row in complaint_list.first_page(ctx, user,
                                                                 ComplaintFilter()).rows}
    if scope(role, Subject.COMPLAINT, Action.LIST) is Scope.ALL:
        assert everyone <= recent and everyone <= paged
    else:
        mine = world.own_complaint[role]
        assert mine in recent and mine in paged
        assert not (everyone - {mine}) & (recent | paged)
    listed = {i.reference for i in incidents.list_incidents_for(ctx, user) if not i.restricted}
    assert world.own_incident[role] in listed
    assert (world.foreign_incident in listed) is (
        scope(role, Subject.INCIDENT, Action.LIST) is Scope.ALL)


def test_the_document_matches_the_matrix():
    root = Path(__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location("doc", root / "scripts" /
                                                  "write_permissions_doc.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    doc = (root / "docs" / "permissions.md").read_text(encoding="utf-8")
    assert doc == module.build(), "run scripts/write_permissions_doc.py"
