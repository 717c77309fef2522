"""What a manager asks the complaint list for, and one line of the answer.

The list screen, the dashboard's click-through and the follow-up queue all describe the
records they want with a `ComplaintFilter`; storage turns it into SQL. Empty fields mean
"any". Dates are inclusive days of `saved_at`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from desktop_app.domain.complaint import FOLLOW_UP_OPEN, Status


@dataclass(frozen=True)
class ComplaintFilter:
    statuses: tuple[Status, ...] = ()
    category: str = ""
    date_from: date | None = None
    date_to: date | None = None
    staff_id: int | None = None
    model_id: str = ""
    text: str = ""                          # words in the reference, name, product or account
    # Set by the dashboard's click-through (a figure and the records behind it):
    channel: str = ""
    root_cause: str = ""                    # compared trimmed and case-folded
    escalated: bool | None = None
    first_contact: bool | None = None       # resolved at the first contact
    satisfaction_given: bool | None = None
    overdue_on: date | None = None          # follow-up due before this day and not done
    references: tuple[str, ...] = ()        # exactly these records (repeat complainants)
    caption: str = ""                       # what the dashboard clicked, shown above the list

    def but(self, **changes: object) -> ComplaintFilter:
        return replace(self, **changes)

    @property
    def is_empty(self) -> bool:
        return self == ComplaintFilter()


class FollowUpState:
    NONE = ""
    DUE_TODAY = "due_today"
    OVERDUE = "overdue"


@dataclass(frozen=True)
class ListedComplaint:
    """One line of the complaint list: enough to show and open it, nothing more."""

    id: int
    reference: str
    saved_at: datetime
    category: str
    status: Status
    staff_name: str
    model_id: str
    follow_up_due: date | None = None
    closed_at: datetime | None = None

    def age_days(self, today: date) -> int:
        """Days open: to today, or to the day it was closed."""
        end = self.closed_at.date() if self.closed_at else today
        return max(0, (end - self.saved_at.date()).days)

    def follow_up_state(self, today: date) -> str:
        if self.follow_up_due is None or self.status not in FOLLOW_UP_OPEN:
            return FollowUpState.NONE
        if self.follow_up_due < today:
            return FollowUpState.OVERDUE
        if self.follow_up_due == today:
            return FollowUpState.DUE_TODAY
        return FollowUpState.NONE
