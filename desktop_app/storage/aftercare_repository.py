"""Follow-up contacts, escalation decisions and the workflow columns they move."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import case, func, select, update
from sqlalchemy.orm import Session

from desktop_app.domain.aftercare import ContactKind, Decision, FollowUp, NextStep, State
from desktop_app.domain.complaint import Status
from desktop_app.domain.record_filter import ComplaintFilter, ListedComplaint
from desktop_app.storage.complaint_list_repository import LISTED_COLUMNS, conditions
from desktop_app.storage.complaint_mapping import to_listed
from desktop_app.storage.orm import ComplaintRow, EscalationDecisionRow, FollowUpRow
from desktop_app.storage.staff_names import staff_names

_CHUNK = 900          # SQLite's variable limit, with room to spare


def _follow_up(row: FollowUpRow, names: dict[int, str]) -> FollowUp:
    return FollowUp(contacted_on=row.contacted_on, method=row.method, outcome=row.outcome,
                    customer_words=row.customer_words, confirmed_resolved=row.confirmed_resolved,
                    next_due=row.next_due, staff_id=row.staff_id, recorded_at=row.recorded_at,
                    staff_name=names.get(row.staff_id, ""), kind=ContactKind(row.kind))


def _decision(row: EscalationDecisionRow, names: dict[int, str]) -> Decision:
    return Decision(at=row.at, staff_id=row.staff_id, decision=row.decision, reason=row.reason,
                    outcome=NextStep(row.outcome), follow_up_due=row.follow_up_due,
                    staff_name=names.get(row.staff_id, ""), seen_at=row.seen_at)


def history_of(session: Session, complaint_ids: list[int], names: dict[int, str],
               ) -> tuple[dict[int, list[FollowUp]], dict[int, list[Decision]]]:
    """Contacts and decisions of many complaints, oldest first, a few queries in all."""
    contacts: dict[int, list[FollowUp]] = {}
    decisions: dict[int, list[Decision]] = {}
    for start in range(0, len(complaint_ids), _CHUNK):
        chunk = complaint_ids[start:start + _CHUNK]
        for row in session.scalars(select(FollowUpRow).where(FollowUpRow.complaint_id.in_(chunk))
                                   .order_by(FollowUpRow.recorded_at, FollowUpRow.id)):
            contacts.setdefault(row.complaint_id, []).append(_follow_up(row, names))
        for row in session.scalars(select(EscalationDecisionRow)
                                   .where(EscalationDecisionRow.complaint_id.in_(chunk))
                                   .order_by(EscalationDecisionRow.at, EscalationDecisionRow.id)):
            decisions.setdefault(row.complaint_id, []).append(_decision(row, names))
    return contacts, decisions


class AftercareRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def _id(self, reference: str) -> int:
        return self._session.scalars(select(ComplaintRow.id)
                                     .where(ComplaintRow.reference == reference)).one()

    def add_follow_up(self, reference: str, contact: FollowUp) -> None:
        self._session.add(self._follow_up_row(self._id(reference), contact))

    def add_decision(self, reference: str, decision: Decision) -> None:
        self._session.add(self._decision_row(self._id(reference), decision))

    def add_history(self, complaint_id: int, contacts: list[FollowUp],
                    decisions: list[Decision]) -> None:
        """History brought in with an imported complaint, as it was."""
        self._session.add_all([self._follow_up_row(complaint_id, c) for c in contacts])
        self._session.add_all([self._decision_row(complaint_id, d) for d in decisions])
        self._session.flush()

    def add_histories(self, histories: list[tuple[int, list[FollowUp], list[Decision]]],
                      ) -> None:
        """The history of many complaints at once (demonstration data), one flush."""
        for complaint_id, contacts, decisions in histories:
            self._session.add_all([self._follow_up_row(complaint_id, c) for c in contacts])
            self._session.add_all([self._decision_row(complaint_id, d) for d in decisions])
        self._session.flush()

    @staticmethod
    def _follow_up_row(complaint_id: int, c: FollowUp) -> FollowUpRow:
        return FollowUpRow(complaint_id=complaint_id, contacted_on=c.contacted_on,
                           recorded_at=c.recorded_at, staff_id=c.staff_id, method=c.method,
                           outcome=c.outcome, customer_words=c.customer_words,
                           confirmed_resolved=c.confirmed_resolved, next_due=c.next_due,
                           kind=c.kind.value)

    @staticmethod
    def _decision_row(complaint_id: int, d: Decision) -> EscalationDecisionRow:
        return EscalationDecisionRow(complaint_id=complaint_id, at=d.at, staff_id=d.staff_id,
                                     decision=d.decision, reason=d.reason,
                                     outcome=d.outcome.value, follow_up_due=d.follow_up_due,
                                     seen_at=d.seen_at)

    def set_state(self, reference: str, state: State) -> None:
        """The workflow columns only; the facts of the record are changed by amendment."""
        self._session.execute(
            update(ComplaintRow).where(ComplaintRow.reference == reference).values(
                status=state.status.value, follow_up_needed=state.follow_up_needed,
                follow_up_due=state.follow_up_due, closed_at=state.closed_at,
                closure_note=state.closure_note))

    def set_reflection(self, reference: str, went_well: str, differently: str) -> None:
        """The staff member's reflection, asked again at the follow-up (the record's own
        fields, not a correction of a fact: no amendment)."""
        self._session.execute(
            update(ComplaintRow).where(ComplaintRow.reference == reference).values(
                reflection_went_well=went_well, reflection_differently=differently))

    # ---- the queues ------------------------------------------------------------------------
    def follow_ups_due(self, today: date, *, staff_id: int | None = None,
                       limit: int = 500) -> list[ListedComplaint]:
        """Follow-ups due today or before and not yet done, the most overdue first (the
        list's own rule for an overdue follow-up, one day on)."""
        due = ComplaintFilter(overdue_on=today + timedelta(days=1), staff_id=staff_id)
        rows = self._session.execute(
            select(*LISTED_COLUMNS).where(*conditions(due))
            .order_by(ComplaintRow.follow_up_due, ComplaintRow.id).limit(limit)).all()
        names = staff_names(self._session, (row.staff_id for row in rows))
        return [to_listed(row, staff_name=names.get(row.staff_id, "")) for row in rows]

    def follow_ups_due_counts(self, today: date, *, staff_id: int | None = None,
                              ) -> tuple[int, int]:
        """(overdue, due today), counted in SQL on the open follow-ups' index."""
        due = ComplaintFilter(overdue_on=today + timedelta(days=1), staff_id=staff_id)
        late = case((ComplaintRow.follow_up_due < today, 1), else_=0)
        overdue, total = self._session.execute(
            select(func.coalesce(func.sum(late), 0), func.count())
            .select_from(ComplaintRow).where(*conditions(due))).one()
        return int(overdue), int(total) - int(overdue)

    def awaiting_decision_count(self) -> int:
        return self._session.scalar(select(func.count()).select_from(ComplaintRow).where(
            ComplaintRow.status == Status.ESCALATED.value)) or 0

    def awaiting_decision(self, *, limit: int = 500,
                          ) -> list[tuple[ListedComplaint, str, str, datetime | None]]:
        """Escalated complaints and to whom and why, the longest waiting first."""
        rows = self._session.execute(
            select(*LISTED_COLUMNS, ComplaintRow.escalated_to, ComplaintRow.escalation_reason,
                   ComplaintRow.escalated_at)
            .where(ComplaintRow.status == Status.ESCALATED.value)
            .order_by(ComplaintRow.escalated_at, ComplaintRow.id).limit(limit)).all()
        names = staff_names(self._session, (row.staff_id for row in rows))
        return [(to_listed(row, staff_name=names.get(row.staff_id, "")), row.escalated_to,
                 row.escalation_reason, row.escalated_at) for row in rows]

    def unseen_decisions(self, staff_id: int) -> list[tuple[str, Decision]]:
        """Decisions on complaints this person logged that they have not seen yet."""
        rows = self._session.execute(
            select(ComplaintRow.reference, EscalationDecisionRow)
            .join(ComplaintRow, ComplaintRow.id == EscalationDecisionRow.complaint_id)
            .where(ComplaintRow.staff_id == staff_id, EscalationDecisionRow.seen_at.is_(None),
                   EscalationDecisionRow.staff_id != staff_id)
            .order_by(EscalationDecisionRow.at, EscalationDecisionRow.id))
        names = staff_names(self._session)
        return [(reference, _decision(row, names)) for reference, row in rows]

    def mark_seen(self, staff_id: int, references: list[str], now: datetime) -> None:
        ids = select(ComplaintRow.id).where(ComplaintRow.reference.in_(references),
                                            ComplaintRow.staff_id == staff_id)
        self._session.execute(update(EscalationDecisionRow)
                              .where(EscalationDecisionRow.complaint_id.in_(ids),
                                     EscalationDecisionRow.seen_at.is_(None))
                              .values(seen_at=now))
