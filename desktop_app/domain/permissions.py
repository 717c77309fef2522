"""Who may do what: the permission matrix, as data (docs/permissions.md is written from it).

A scope says how far a right reaches: every record, only records the person is part of
(they recorded it, or are named in it), or none. Services call `require()`; the UI asks
`allowed()` only to hide buttons that would be refused anyway.
"""

from __future__ import annotations

from enum import StrEnum

from desktop_app.domain.errors import PermissionDenied
from desktop_app.domain.phrase import phrase
from desktop_app.domain.staff import Role, StaffMember


class Action(StrEnum):
    CREATE = "create"
    VIEW = "view"
    AMEND = "amend"
    PRINT = "print"
    EXPORT = "export"
    ERASE = "erase"
    IMPORT = "import"
    FOLLOW_UP = "follow up"      # record a contact with the customer after the complaint
    CLOSE = "close"
    DECIDE = "decide"            # record the decision on an escalated complaint
    LIST = "list"                # see in lists and queues (own: only those they are part of)
    REVIEW = "review"            # give feedback on a record to the person who made it


class Subject(StrEnum):
    COMPLAINT = "complaint"
    INCIDENT = "incident"
    AUDIT = "audit"
    SETTINGS = "settings"
    STAFF = "staff"
    COACHING = "coaching"      # a person's figures, quality trend and the feedback they get


class Scope(StrEnum):
    ALL = "all"
    OWN = "own"        # records the person recorded or is named in
    NONE = "none"


_S, _V, _M = Role.STAFF, Role.SUPERVISOR, Role.MANAGER
A, O, N = Scope.ALL, Scope.OWN, Scope.NONE

#: (subject, action) -> scope for staff, supervisor, manager
MATRIX: dict[tuple[Subject, Action], tuple[Scope, Scope, Scope]] = {
    (Subject.COMPLAINT, Action.CREATE): (A, A, A),
    (Subject.COMPLAINT, Action.VIEW): (A, A, A),        # the complaints of their store
    (Subject.COMPLAINT, Action.LIST): (O, A, A),        # staff: their own in lists and queues
    (Subject.COMPLAINT, Action.AMEND): (O, A, A),
    (Subject.COMPLAINT, Action.PRINT): (O, A, A),       # staff: customer copy and receipt
    (Subject.COMPLAINT, Action.EXPORT): (N, N, A),
    (Subject.COMPLAINT, Action.ERASE): (N, N, A),
    (Subject.COMPLAINT, Action.IMPORT): (N, N, A),      # records moved from another till
    (Subject.COMPLAINT, Action.FOLLOW_UP): (O, A, A),
    (Subject.COMPLAINT, Action.CLOSE): (O, A, A),       # confirmation or a recorded reason
    (Subject.COMPLAINT, Action.DECIDE): (N, A, A),      # escalations go above staff
    (Subject.INCIDENT, Action.CREATE): (A, A, A),
    (Subject.INCIDENT, Action.VIEW): (O, O, A),         # never another person's incident
    (Subject.INCIDENT, Action.LIST): (O, O, A),         # managers see every incident listed
    (Subject.INCIDENT, Action.FOLLOW_UP): (N, N, A),    # updates, disclosures, follow-up list
    (Subject.INCIDENT, Action.AMEND): (O, O, A),        # add missing details; updates: manager
    (Subject.INCIDENT, Action.PRINT): (N, N, A),
    (Subject.INCIDENT, Action.EXPORT): (N, N, A),
    (Subject.INCIDENT, Action.ERASE): (N, N, A),
    (Subject.INCIDENT, Action.IMPORT): (N, N, A),
    (Subject.AUDIT, Action.CREATE): (N, N, N),          # written by the program only
    (Subject.AUDIT, Action.VIEW): (N, N, A),
    (Subject.AUDIT, Action.AMEND): (N, N, N),           # refused by the database as well
    (Subject.AUDIT, Action.PRINT): (N, N, A),
    (Subject.AUDIT, Action.EXPORT): (N, N, A),
    (Subject.AUDIT, Action.ERASE): (N, N, N),
    (Subject.SETTINGS, Action.VIEW): (N, N, A),
    (Subject.SETTINGS, Action.AMEND): (N, N, A),
    (Subject.STAFF, Action.CREATE): (N, N, A),
    (Subject.STAFF, Action.VIEW): (N, N, A),
    (Subject.STAFF, Action.AMEND): (N, N, A),           # unlock, reset a PIN, deactivate
    (Subject.COACHING, Action.VIEW): (O, A, A),         # staff: their own figures only
    (Subject.COACHING, Action.PRINT): (O, A, A),        # the period PDF for a review
    (Subject.COACHING, Action.REVIEW): (N, A, A),       # feedback on another's complaint
}

_COLUMN = {_S: 0, _V: 1, _M: 2}


def scope(role: Role, subject: Subject, action: Action) -> Scope:
    return MATRIX.get((subject, action), (N, N, N))[_COLUMN[role]]


def allowed(user: StaffMember, subject: Subject, action: Action, *,
            involved: bool = False) -> bool:
    reach = scope(user.role, subject, action)
    return reach is Scope.ALL or (reach is Scope.OWN and involved)


def sees_everyones(user: StaffMember, subject: Subject, action: Action = Action.LIST) -> bool:
    """True when the right reaches every record, not only the person's own."""
    return scope(user.role, subject, action) is Scope.ALL


def require(user: StaffMember, subject: Subject, action: Action, *,
            involved: bool = False) -> None:
    if not allowed(user, subject, action, involved=involved):
        raise PermissionDenied(refusal(subject, action))


def refusal(subject: Subject, action: Action) -> str:
    if subject is Subject.INCIDENT and action in (Action.VIEW, Action.AMEND):
        return phrase("Incident records are restricted: you can open the ones you reported or "
                      "are named in. Ask your manager.")
    if subject is Subject.COACHING and action is Action.REVIEW:
        return phrase("Only a supervisor or a manager can review a complaint and leave "
                      "feedback.")
    return _REFUSED[action](_THINGS[subject])


# One whole sentence for each action, so that a translation can mutate its verb.
_REFUSED = {
    Action.CREATE: lambda what: phrase("You cannot add {what}. Ask your manager.", what=what),
    Action.VIEW: lambda what: phrase("You cannot see {what}. Ask your manager.", what=what),
    Action.AMEND: lambda what: phrase("You cannot change {what}. Ask your manager.",
                                      what=what),
    Action.PRINT: lambda what: phrase("You cannot print {what}. Ask your manager.",
                                      what=what),
    Action.EXPORT: lambda what: phrase("You cannot export {what}. Ask your manager.",
                                       what=what),
    Action.ERASE: lambda what: phrase("You cannot erase {what}. Ask your manager.",
                                      what=what),
    Action.IMPORT: lambda what: phrase("You cannot import {what}. Ask your manager.",
                                       what=what),
    Action.FOLLOW_UP: lambda what: phrase("You cannot record a follow-up on {what}. Ask your "
                                          "manager.", what=what),
    Action.CLOSE: lambda what: phrase("You cannot close {what}. Ask your manager.",
                                      what=what),
    Action.DECIDE: lambda what: phrase("You cannot decide on {what}. Ask your manager.",
                                       what=what),
    Action.LIST: lambda what: phrase("You cannot list {what}. Ask your manager.", what=what),
}
_THINGS = {Subject.COMPLAINT: phrase("this complaint"),
           Subject.INCIDENT: phrase("incident records"),
           Subject.AUDIT: phrase("the audit trail"),
           Subject.SETTINGS: phrase("the store's settings"),
           Subject.STAFF: phrase("staff accounts"),
           Subject.COACHING: phrase("another person's coaching figures")}


def matrix_markdown() -> str:
    """The table in docs/permissions.md (a test checks the file matches)."""
    lines = ["| Record | Action | Staff | Supervisor | Manager |", "|---|---|---|---|---|"]
    words = {A: "yes", O: "own only", N: "no"}
    for (subject, action), scopes in MATRIX.items():
        lines.append(f"| {subject.value} | {action.value} | "
                     + " | ".join(words[s] for s in scopes) + " |")
    return "\n".join(lines)
