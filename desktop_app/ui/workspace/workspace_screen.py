"""The manager's workspace: find any record, see what needs doing, and see the patterns.

Tabs: every complaint (paged list and search), follow-ups due, escalations waiting
(supervisors and managers) and the dashboard (whoever may read the period summary). A
figure clicked on the dashboard opens the list filtered to the records behind it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from desktop_app.domain.permissions import Action, Subject, allowed
from desktop_app.domain.record_filter import ComplaintFilter
from desktop_app.domain.staff import StaffMember
from desktop_app.services import aftercare
from desktop_app.services.dashboard import may_see_dashboard
from desktop_app.services.context import AppContext
from desktop_app.ui.background import BackgroundQuery
from desktop_app.ui.workspace.list_screen import ComplaintListScreen
from desktop_app.ui.workspace.queues import EscalationQueue, FollowUpQueue


class WorkspaceScreen(QWidget):
    back = Signal()
    open_complaint = Signal(str)
    open_incident = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user: StaffMember | None = None
        self.setObjectName("workspaceScreen")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 10, 16, 10)
        top = QHBoxLayout()
        title = QLabel(self.tr("Complaints and follow-ups"), self)
        title.setProperty("role", "title")
        top.addWidget(title, 1)
        back = QPushButton(self.tr("Back"), self)
        back.setObjectName("workspaceBackButton")
        back.clicked.connect(self.back)
        top.addWidget(back)
        outer.addLayout(top)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("workspaceTabs")
        outer.addWidget(self.tabs, 1)
        self._list: ComplaintListScreen | None = None
        self._follow_ups: FollowUpQueue | None = None
        self._escalations: EscalationQueue | None = None
        self._dashboard = None
        self.tabs.currentChanged.connect(self._tab_changed)
        self.queues = BackgroundQuery(self)
        self.queues.done.connect(self._show_queues)

    # Each tab is built on first use, or ahead of it by `preparing_for`.
    @property
    def list(self) -> ComplaintListScreen:
        if self._list is None:
            self._list = ComplaintListScreen(self.ctx, self)
            self._list.open_complaint.connect(self.open_complaint)
            self._list.open_incident.connect(self.open_incident)
        return self._list

    @property
    def follow_ups(self) -> FollowUpQueue:
        if self._follow_ups is None:
            self._follow_ups = FollowUpQueue(self.ctx, self)
            self._follow_ups.open_complaint.connect(self.open_complaint)
        return self._follow_ups

    @property
    def escalations(self) -> EscalationQueue:
        if self._escalations is None:
            self._escalations = EscalationQueue(self.ctx, self)
            self._escalations.open_complaint.connect(self.open_complaint)
        return self._escalations

    @property
    def dashboard(self):  # noqa: ANN201 - DashboardScreen
        if self._dashboard is None:
            from desktop_app.ui.workspace.dashboard_screen import DashboardScreen
            self._dashboard = DashboardScreen(self.ctx, self)
            self._dashboard.show_records.connect(self.show_records)
        return self._dashboard

    def preparing_for(self, user: StaffMember) -> Iterator[Callable[[], object]]:
        """What `show_for(user)` shows, built ahead a tab at a time (ui.idle_steps) while
        the person is on the home screen, so opening the workspace is not one long stall."""
        yield lambda: self.list
        yield lambda: self.follow_ups
        if allowed(user, Subject.COMPLAINT, Action.DECIDE):
            yield lambda: self.escalations
        if may_see_dashboard(user):
            yield lambda: self.dashboard
        yield lambda: self._tabs_for(user)
        yield self.ensurePolished

    def _tabs_for(self, user: StaffMember) -> None:
        """The tabs this person may see; left as they are when they already are."""
        wanted = [(self.list, self.tr("All complaints")), (self.follow_ups, "")]
        if allowed(user, Subject.COMPLAINT, Action.DECIDE):
            wanted.append((self.escalations, ""))
        if may_see_dashboard(user):
            wanted.append((self.dashboard, self.tr("Dashboard")))
        if [self.tabs.widget(i) for i in range(self.tabs.count())] == [w for w, _ in wanted]:
            return
        self.tabs.blockSignals(True)
        while self.tabs.count():
            self.tabs.removeTab(0)
        for widget, title in wanted:
            self.tabs.addTab(widget, title)
        self.tabs.blockSignals(False)

    def show_for(self, user: StaffMember) -> None:
        if self.user is not None and self.user.id != user.id:
            for queue in (self.follow_ups, self.escalations):   # not the last person's counts
                if self.tabs.indexOf(queue) >= 0:
                    self.tabs.setTabText(self.tabs.indexOf(queue), "")
        self.user = user
        self.follow_ups.user = self.escalations.user = user
        self._tabs_for(user)
        self.list.show_for(user)
        self.refresh_queues()
        self.tabs.setCurrentWidget(self.list)

    def refresh_queues(self) -> None:
        """After a follow-up, decision or closing, or on coming back to the workspace: both
        queues in one read on the pool."""
        if self.tabs.indexOf(self.follow_ups) >= 0 and not self.tabs.tabText(
                self.tabs.indexOf(self.follow_ups)):
            self.tabs.setTabText(self.tabs.indexOf(self.follow_ups), self.tr("Follow-ups due"))
        if self.tabs.indexOf(self.escalations) >= 0 and not self.tabs.tabText(
                self.tabs.indexOf(self.escalations)):
            self.tabs.setTabText(self.tabs.indexOf(self.escalations), self.tr("Escalations"))
        self.queues.run(aftercare.queues, self.ctx, self.user)

    def _show_queues(self, queues: aftercare.WorkQueues) -> None:
        self.follow_ups.show_queue(queues.follow_ups)
        overdue, today = self.follow_ups.counts
        self.tabs.setTabText(self.tabs.indexOf(self.follow_ups),
                             self.tr("Follow-ups due (%1)").replace("%1", f"{overdue + today:,}"))
        if self.tabs.indexOf(self.escalations) >= 0:
            self.escalations.show_waiting(queues.escalations, queues.escalated_total)
            self.tabs.setTabText(self.tabs.indexOf(self.escalations),
                                 self.tr("Escalations (%1)").replace(
                                     "%1", f"{self.escalations.count:,}"))

    def refresh(self) -> None:
        if self.user is None:                 # built ahead, never shown: nothing to renew
            return
        self.refresh_queues()
        self.list.show_for(self.user)

    def show_tab(self, widget: QWidget) -> None:
        self.tabs.setCurrentWidget(widget)

    def show_records(self, flt: ComplaintFilter) -> None:
        """A figure on the dashboard: the complaints behind it, in the list."""
        self.tabs.setCurrentWidget(self.list)
        self.list.show_filter(flt)

    def _tab_changed(self, index: int) -> None:
        if self._dashboard is not None and self.tabs.widget(index) is self._dashboard:
            self.dashboard.show_for(self.user)
