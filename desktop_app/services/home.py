"""What the home screen shows after sign-in, read in one go on a worker thread: the
unfinished complaint to resume, decisions and feedback to see, the work waiting (counts) and the
recent complaints."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.domain.aftercare import DecisionNotice, WorkWaiting
from desktop_app.domain.complaint import Complaint
from desktop_app.services.complaint_drafts import ComplaintDraft
from desktop_app.domain.staff import StaffMember
from desktop_app.domain.review import ReviewNotice
from desktop_app.services import aftercare, complaint_drafts, complaints, reviews
from desktop_app.services.context import AppContext

RECENT = 15


@dataclass(frozen=True)
class HomeSummary:
    drafts: list[ComplaintDraft]
    notices: list[DecisionNotice]
    feedback: list[ReviewNotice]
    waiting: WorkWaiting
    recent: list[Complaint]


def summary(ctx: AppContext, user: StaffMember) -> HomeSummary:
    return HomeSummary(drafts=complaint_drafts.pending_drafts(ctx, user),
                       notices=aftercare.decisions_to_see(ctx, user),
                       feedback=reviews.feedback_to_see(ctx, user),
                       waiting=aftercare.work_waiting(ctx, user),
                       recent=complaints.recent_complaints(ctx, user, limit=RECENT))
