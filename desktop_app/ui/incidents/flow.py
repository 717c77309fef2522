"""Moving between the incident screens inside the main window's stack.

The main window keeps one `IncidentFlow` and calls `report(user)`, `report(user,
complaint_reference=...)` (from a complaint that turned abusive), `browse(user)`,
`follow_ups(user)` or `open(user, reference)`. Screens are pushed onto the window's
QStackedWidget and removed again when closed; when the last one closes, `done()` runs
(the main window passes its "back to home").
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QStackedWidget, QWidget

from desktop_app.domain.errors import DomainError
from desktop_app.domain.staff import StaffMember
from desktop_app.services import incidents
from desktop_app.services.context import AppContext
from desktop_app.ui.incidents.incident_form import IncidentForm
from desktop_app.ui.incidents.incident_view import IncidentView
from desktop_app.ui.incidents.outstanding_list import IncidentList, OutstandingList
from desktop_app.ui.text import tr_error


class IncidentFlow(QObject):
    saved = Signal(str)                   # an incident was recorded or completed
    complaint_requested = Signal(str)     # "Open linked complaint" in a view

    def __init__(self, ctx: AppContext, stack: QStackedWidget, done: Callable[[], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stack = stack
        self.done = done
        self.screens: list[QWidget] = []

    # ---- entry points -----------------------------------------------------------------------
    def report(self, user: StaffMember, *, complaint_reference: str = "") -> IncidentForm | None:
        try:
            start = (incidents.start_from_complaint(self.ctx, user, complaint_reference)
                     if complaint_reference else incidents.start_incident(self.ctx, user))
        except DomainError as error:
            QMessageBox.warning(self.stack, self.tr("Cannot start the report"), tr_error(error))
            return None
        form = IncidentForm(self.ctx, user, start=start)
        form.saved.connect(lambda reference: self._saved(form, user, reference))
        form.closed.connect(lambda: self._pop(form))
        return self._push(form)

    def browse(self, user: StaffMember) -> IncidentList:
        listing = IncidentList(self.ctx, user)
        listing.open_requested.connect(lambda reference: self.open(user, reference))
        listing.closed.connect(lambda: self._pop(listing))
        return self._push(listing)

    def follow_ups(self, user: StaffMember) -> OutstandingList | None:
        if not incidents.is_manager(user):
            return None
        listing = OutstandingList(self.ctx, user)
        listing.open_requested.connect(lambda reference: self.open(user, reference))
        listing.all_requested.connect(lambda: self._browse_from_outstanding(user))
        listing.closed.connect(lambda: self._pop(listing))
        return self._push(listing)

    def open(self, user: StaffMember, reference: str) -> IncidentView:
        view = IncidentView(self.ctx, user, reference)
        view.closed.connect(lambda: self._pop(view))
        view.complete_requested.connect(lambda ref: self._complete(view, user, ref))
        view.changed.connect(lambda *_: self._refresh_lists())
        view.complaint_requested.connect(self.complaint_requested)
        return self._push(view)

    def _browse_from_outstanding(self, user: StaffMember) -> None:
        self.browse(user)

    # ---- moving --------------------------------------------------------------------------
    def _complete(self, view: IncidentView, user: StaffMember, reference: str) -> None:
        try:
            incident = incidents.get_incident(self.ctx, user, reference)
        except DomainError as error:
            QMessageBox.warning(self.stack, self.tr("Cannot open the incident"), tr_error(error))
            return
        form = IncidentForm(self.ctx, user, incident=incident)
        form.saved.connect(lambda ref: self._completed(form, view, ref))
        form.closed.connect(lambda: self._pop(form))
        self._push(form)

    def _completed(self, form: IncidentForm, view: IncidentView, reference: str) -> None:
        self._pop(form)
        view.reload()
        self._refresh_lists()
        self.saved.emit(reference)

    def _saved(self, form: IncidentForm, user: StaffMember, reference: str) -> None:
        self._pop(form, finish=False)
        self.saved.emit(reference)
        view = self.open(user, reference)
        view.message.setText(self.tr("Saved as %1. You can complete it later from "
                                     "'Incidents'.").replace("%1", reference))

    def _refresh_lists(self) -> None:
        for screen in self.screens:
            if isinstance(screen, (IncidentList, OutstandingList)):
                screen.refresh()

    def _push(self, widget: QWidget) -> QWidget:
        self.screens.append(widget)
        self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
        return widget

    def _pop(self, widget: QWidget, *, finish: bool = True) -> None:
        if widget in self.screens:
            self.screens.remove(widget)
            self.stack.removeWidget(widget)
            widget.deleteLater()
        if self.screens:
            self.stack.setCurrentWidget(self.screens[-1])
        elif finish:
            self.done()

    def keep_drafts(self) -> None:
        """Locking or signing out: whatever report is being typed is kept for its author."""
        for screen in self.screens:
            if isinstance(screen, IncidentForm) and screen.incident is None:
                screen.save_draft()

    def close_all(self) -> None:
        """Signing out: keep drafts of anything being typed, then drop every screen."""
        self.keep_drafts()
        for screen in list(reversed(self.screens)):
            self._pop(screen, finish=False)
