"""SQLAlchemy 2 typed mappings, one module per area. Importing this registers them all."""

from desktop_app.storage.orm.base import Base
from desktop_app.storage.orm.complaints import (AmendmentRow, ClarifyingAnswerRow, ComplaintRow,
                                                EscalationDecisionRow, FollowUpRow, OptionRow,
                                                ReviewRow, SignatureRow)
from desktop_app.storage.orm.figures import ComplaintDayFiguresRow
from desktop_app.storage.orm.incidents import (DisclosureRow, IncidentPersonRow, IncidentRow,
                                               IncidentUpdateRow)
from desktop_app.storage.orm.outbox import OutboxRow
from desktop_app.storage.orm.store import (AuditRow, DraftRow, SequenceRow, SettingRow, StaffRow,
                                           StoreRow, SubjectRequestRow)

__all__ = [
    "AmendmentRow", "AuditRow", "Base", "ClarifyingAnswerRow", "ComplaintDayFiguresRow",
    "ComplaintRow", "DisclosureRow",
    "DraftRow", "EscalationDecisionRow", "FollowUpRow", "IncidentPersonRow", "IncidentRow",
    "IncidentUpdateRow", "OptionRow", "OutboxRow", "ReviewRow", "SequenceRow", "SettingRow", "SignatureRow", "StaffRow",
    "StoreRow", "SubjectRequestRow",
]
