"""On the home screen: feedback a supervisor or manager left on one of this person's
complaints, one review at a time, until they acknowledge it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.domain.errors import DomainError
from desktop_app.domain.review import ReviewNotice
from desktop_app.domain.schema.complaint import REVIEW
from desktop_app.domain.staff import StaffMember
from desktop_app.services import reviews
from desktop_app.services.context import AppContext
from desktop_app.ui.text import tr_data, tr_error


class FeedbackBanner(QFrame):
    open_complaint = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user: StaffMember | None = None
        self.notices: list[ReviewNotice] = []
        self.setObjectName("feedbackBanner")
        self.setProperty("role", "info")
        row = QHBoxLayout(self)
        column = QVBoxLayout()
        self.heading = QLabel(self)
        self.heading.setObjectName("feedbackHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(self.heading)
        self.text = QLabel(self)
        self.text.setObjectName("feedbackText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(self.text)
        row.addLayout(column, 1)
        self.open_button = QPushButton(self.tr("Open the complaint"), self)
        self.open_button.setObjectName("openFeedbackButton")
        self.open_button.clicked.connect(self._open)
        row.addWidget(self.open_button)
        self.acknowledge_button = QPushButton(self.tr("I have read it"), self)
        self.acknowledge_button.setObjectName("acknowledgeFeedbackButton")
        self.acknowledge_button.setToolTip(self.tr(
            "Says to your manager that you have read this feedback"))
        self.acknowledge_button.clicked.connect(self.acknowledge)
        row.addWidget(self.acknowledge_button)
        self.hide()

    def show_feedback(self, user: StaffMember, notices: list[ReviewNotice]) -> None:
        self.user, self.notices = user, notices
        self.setVisible(bool(notices))
        if not notices:
            return
        first = notices[0]
        heading = self.tr("Feedback on %1 from %2 (%3)").replace("%1", first.reference) \
            .replace("%2", first.review.staff_name) \
            .replace("%3", first.review.at.strftime("%d/%m/%Y"))
        if len(notices) > 1:
            heading += " " + self.tr("(%1 more after it.)").replace("%1", str(len(notices) - 1))
        self.heading.setText(heading)
        self.text.setText(f"{tr_data(REVIEW['went_well'].label)}: {first.review.went_well}\n"
                          f"{tr_data(REVIEW['work_on'].label)}: {first.review.work_on}")

    def _open(self) -> None:
        if self.notices:
            self.open_complaint.emit(self.notices[0].reference)

    def acknowledge(self) -> None:
        if not self.notices or self.user is None:
            return
        try:
            reviews.acknowledge_feedback(self.ctx, self.user, self.notices[0].reference)
        except DomainError as error:
            self.text.setText(tr_error(error))
            return
        self.show_feedback(self.user, self.notices[1:])
