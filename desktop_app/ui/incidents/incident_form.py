"""The abusive-behaviour report: one scrolling, touch-friendly form in sections.

Built for someone who has just been abused at the till: the essentials (when, where, who,
what happened, what kind) are at the top and can be saved at once; everything else can be
completed later. What is typed is kept in a draft a few seconds after each change, so an
interruption loses nothing. Opened with a saved incident, the form completes it: what was
recorded is shown but locked; only blanks can be filled in.

Each input is built by the field-editor engine (ui/fields) from the incident's record
schema (domain/schema/incident.py): its label, help, limits and editor come from there.
This module only says which section each field sits in; who was called and witnesses who
are not staff are composite parts (composite_parts.py).

Emits `saved(reference)` after a commit and `closed()` when the person leaves the form.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLayout,
                               QPushButton, QScrollArea, QVBoxLayout, QWidget)

from desktop_app.domain.errors import DomainError, ValidationFailed
from desktop_app.domain.incident import Incident
from desktop_app.domain.incident_form import Level
from desktop_app.domain.incident_kinds import BehaviourKind, Trigger
from desktop_app.domain.schema.incident import INCIDENT
from desktop_app.domain.staff import StaffMember
from desktop_app.services import incidents
from desktop_app.services.context import AppContext
from desktop_app.services.incidents import IncidentStart
from desktop_app.ui.check_wait import when_checked
from desktop_app.ui.fields.editors import SuggestEditor
from desktop_app.ui.fields.rows import EditorRows, styled_label
from desktop_app.ui.incidents.composite_parts import CalledTimes, OtherWitnesses
from desktop_app.ui.text import INCIDENT_CONTEXT, said, tr_error

DRAFT_DELAY_MS = 2_000
LOCATIONS = ("Till", "Shop floor", "Customer service desk", "Entrance", "Stockroom",
             "Car park")
HATE = BehaviourKind.HATE_MOTIVATED.value
OTHER = BehaviourKind.OTHER.value
#: How each field's editor is set out here (the engine's options), by field key.
OPTIONS: dict[str, dict[str, Any]] = {
    "location": {"editor": SuggestEditor, "suggestions": LOCATIONS},
    "account": {"height": 120},
    "situation": {"height": 70}, "task": {"height": 70}, "action": {"height": 70},
    "result": {"height": 70}, "person_description": {"height": 70},
    "behaviours": {"prefix": "behaviours", "columns": 2},
    "specified_injuries": {"prefix": "specified_injuries", "columns": 1},
    "protected_characteristics": {"prefix": "characteristic", "columns": 3},
    "deescalation": {"prefix": "technique", "columns": 3},
    "affected": {"prefix": "affected", "columns": 3},
    "staff_witnesses": {"prefix": "witness", "columns": 3},
    "injury": {"no_blank": True},
}
#: Answers the cross-field rules check but that are not one editor (messages shown here).
_ERROR_LINES = ("called",)


class IncidentForm(QWidget):
    saved = Signal(str)
    closed = Signal()

    def __init__(self, ctx: AppContext, user: StaffMember, *, start: IncidentStart | None = None,
                 incident: Incident | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user = user
        self.incident = incident                       # set: completing a saved report
        self.start = start or incidents.start_incident(ctx, user)
        self.draft_id: int | None = self.start.draft_id
        self._loading = False
        self.setObjectName("incidentForm")
        self.setAccessibleName(self.tr("Report abusive behaviour"))

        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 10, 16, 10)
        outer.setSpacing(6)
        outer.addLayout(self._header())
        self.drafts_banner = self._drafts_banner()
        outer.addWidget(self.drafts_banner)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("incidentScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self.scroll)
        body.setObjectName("incidentBody")
        self.rows = EditorRows(body, context=INCIDENT_CONTEXT)
        self.rows.changed.connect(self._changed)
        self.editors = self.rows.editors
        self.body = QVBoxLayout(body)
        self.body.setSpacing(12)
        for build in (self._when_where, self._account, self._behaviours, self._people,
                      self._trigger, self._deescalation, self._called, self._injury,
                      self._cctv, self._person, self._welfare, self._law):
            self.body.addWidget(build(body))
        self.body.addStretch(1)
        self.scroll.setWidget(body)
        outer.addWidget(self.scroll, 1)
        outer.addLayout(self._footer())

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft)

        self.load(incidents.form_answers(incident) if incident else self.start.answers)
        if incident is not None:
            self._lock_recorded(incident)
        self._refresh_drafts_banner()

    # ---- building ------------------------------------------------------------------------
    def _add(self, layout: QLayout, key: str, at: tuple[int, int] | None = None) -> None:
        options = dict(OPTIONS.get(key, {}))
        if key in ("affected", "staff_witnesses"):
            options["choices"] = [(str(s.id), f"{s.name} ({s.code})") for s in self.start.staff]
        self.rows.add(layout, INCIDENT[key], at=at, **options)

    def _section(self, parent: QWidget, title: str, *keys: str,
                 columns: int = 1) -> tuple[QGroupBox, QVBoxLayout]:
        """A titled box with these fields, `columns` to a row."""
        box = QGroupBox(title, parent)
        box.setAccessibleName(title)
        layout = QVBoxLayout(box)
        layout.setSpacing(6)
        if columns > 1:
            grid = QGridLayout()
            grid.setHorizontalSpacing(16)
            for index, key in enumerate(keys):
                self._add(grid, key, at=(index // columns, index % columns))
            for column in range(columns):
                grid.setColumnStretch(column, 1)
            layout.addLayout(grid)
        else:
            for key in keys:
                self._add(layout, key)
        return box, layout

    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        column = QVBoxLayout()
        title = QLabel(self.tr("Complete incident %1").replace("%1", self.incident.reference)
                       if self.incident else self.tr("Report abusive behaviour"), self)
        title.setProperty("role", "title")
        title.setObjectName("incidentTitle")
        column.addWidget(title)
        column.addWidget(styled_label(self.tr(
            "A restricted record: only managers and the people named in it can open it. "
            "Save the essentials now and complete it later."), "help", self))
        self.link_label = QLabel(self)
        self.link_label.setObjectName("complaintLink")
        self.link_label.setProperty("role", "help")
        column.addWidget(self.link_label)
        row.addLayout(column, 1)
        return row

    def _drafts_banner(self) -> QFrame:
        frame = QFrame(self)
        frame.setObjectName("draftsBanner")
        frame.setProperty("role", "hint")
        row = QHBoxLayout(frame)
        self.drafts_text = QLabel(frame)
        self.drafts_text.setWordWrap(True)
        row.addWidget(self.drafts_text, 1)
        self.resume_button = QPushButton(self.tr("Carry on with it"), frame)
        self.resume_button.setObjectName("resumeDraftButton")
        self.resume_button.clicked.connect(self.resume_latest_draft)
        row.addWidget(self.resume_button)
        frame.hide()
        return frame

    def _when_where(self, parent: QWidget) -> QGroupBox:
        return self._section(parent, self.tr("1. When and where"), "occurred_at", "location",
                             columns=2)[0]

    def _account(self, parent: QWidget) -> QGroupBox:
        box, layout = self._section(parent, self.tr("2. What happened, in your own words"),
                                    "account")
        self.star_button = QPushButton(self.tr("Show STAR prompts (Situation, Task, Action, "
                                               "Result)"), box)
        self.star_button.setObjectName("starButton")
        self.star_button.setCheckable(True)
        layout.addWidget(self.star_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.star_box = QWidget(box)
        self.star_box.setObjectName("starPrompts")
        star = QGridLayout(self.star_box)
        star.setContentsMargins(0, 0, 0, 0)
        for index, key in enumerate(("situation", "task", "action", "result")):
            self._add(star, key, at=(index // 2, index % 2))
        self.star_box.setVisible(False)
        self.star_button.toggled.connect(self.star_box.setVisible)
        layout.addWidget(self.star_box)
        return box

    def _behaviours(self, parent: QWidget) -> QGroupBox:
        box, layout = self._section(parent, self.tr("3. What kind of behaviour (tick all that "
                                                    "apply)"), "behaviours")
        self.characteristics = QFrame(box)
        self.characteristics.setObjectName("characteristicsBox")
        self.characteristics.setProperty("role", "prompt")
        self._add(QVBoxLayout(self.characteristics), "protected_characteristics")
        layout.addWidget(self.characteristics)
        self._add(layout, "behaviour_other")
        return box

    def _people(self, parent: QWidget) -> QGroupBox:
        box, layout = self._section(parent, self.tr("4. Who it happened to, and who saw it"),
                                    "affected", "staff_witnesses")
        self.witnesses = OtherWitnesses(INCIDENT["other_witnesses"], box, layout)
        self.witnesses.changed.connect(self._changed)
        layout.addWidget(self.rows.error_label("other_witnesses"))
        return box

    def _trigger(self, parent: QWidget) -> QGroupBox:
        return self._section(parent, self.tr("5. What triggered it"), "trigger",
                             "trigger_other", columns=2)[0]

    def _deescalation(self, parent: QWidget) -> QGroupBox:
        return self._section(parent, self.tr("6. What you tried to calm things down"),
                             "deescalation", "deescalation_other")[0]

    def _called(self, parent: QWidget) -> QGroupBox:
        box, layout = self._section(parent, self.tr("7. Who was called, and the police"))
        self.called = CalledTimes(INCIDENT["called"], box, layout,
                                  lambda: self.editors["occurred_at"].time())
        self.called.changed.connect(self._changed)
        for key in _ERROR_LINES:
            layout.addWidget(self.rows.error_label(key))
        row = QGridLayout()
        self._add(row, "police_attended", at=(0, 0))
        self._add(row, "crime_reference", at=(0, 1))
        row.setColumnStretch(1, 1)
        layout.addLayout(row)
        return box

    def _injury(self, parent: QWidget) -> QGroupBox:
        box, layout = self._section(parent, self.tr("8. Injury"), "injury", "days_off_work",
                                    columns=2)
        self._add(layout, "injury_details")
        self._add(layout, "specified_injuries")
        self._add(layout, "public_to_hospital")
        self.riddor_frame = QFrame(box)
        self.riddor_frame.setObjectName("riddorFrame")
        self.riddor_frame.setProperty("role", "warning")
        self.riddor_label = QLabel(self.riddor_frame)
        self.riddor_label.setObjectName("riddorMessage")
        self.riddor_label.setWordWrap(True)
        QVBoxLayout(self.riddor_frame).addWidget(self.riddor_label)
        layout.addWidget(self.riddor_frame)
        return box

    def _cctv(self, parent: QWidget) -> QGroupBox:
        box, layout = self._section(parent, self.tr("9. CCTV"), "cctv_captured",
                                    "cctv_reference", columns=2)
        layout.addWidget(styled_label(self.tr(
            "A manager logs each disclosure of the footage (date, to whom, which "
            "organisation, why) from the incident's page."), "help", box))
        return box

    def _person(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("10. The person (only as far as needed)"), parent)
        layout = QVBoxLayout(box)
        guidance = QFrame(box)
        guidance.setObjectName("personGuidance")
        guidance.setProperty("role", "hint")
        text = styled_label(self.tr(
            "Describe only what would help someone recognise them again: height, build, "
            "clothing, anything they carried, which way they went. Do not guess or record "
            "their ethnicity, religion, health, sexuality or other personal details, and do "
            "not write opinions or labels. If they are known (e.g. a loyalty card name), say "
            "so only if the police or your manager need it."), "", guidance)
        text.setObjectName("personGuidanceText")
        QVBoxLayout(guidance).addWidget(text)
        layout.addWidget(guidance)
        self._add(layout, "person_description")
        return box

    def _welfare(self, parent: QWidget) -> QGroupBox:
        box, _ = self._section(parent, self.tr("11. Looking after you"),
                               "welfare_support_offered", "debrief_date", "welfare_done",
                               columns=3)
        return box

    def _law(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("The law (guidance, not legal advice)"), parent)
        self.law_label = QLabel(box)
        self.law_label.setObjectName("legalNotes")
        self.law_label.setTextFormat(Qt.TextFormat.PlainText)
        self.law_label.setWordWrap(True)
        column = QVBoxLayout(box)
        column.addWidget(self.law_label)
        return box

    def _footer(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.summary = QLabel(self)
        self.summary.setObjectName("errorSummary")
        self.summary.setProperty("role", "error")
        self.summary.setWordWrap(True)
        row.addWidget(self.summary, 1)
        self.close_button = QPushButton(self.tr("Close (keeps what you typed)"), self)
        self.close_button.setObjectName("closeButton")
        self.close_button.clicked.connect(self.close_form)
        row.addWidget(self.close_button)
        if self.incident is None:
            self.essentials_button = QPushButton(self.tr("Save now, complete later"), self)
            self.essentials_button.setObjectName("saveEssentialsButton")
            self.essentials_button.setProperty("primary", True)
            self.essentials_button.clicked.connect(lambda: self.submit(Level.ESSENTIALS))
            row.addWidget(self.essentials_button)
            self.complete_button = QPushButton(self.tr("Save complete report"), self)
            self.complete_button.setObjectName("saveCompleteButton")
            self.complete_button.clicked.connect(lambda: self.submit(Level.COMPLETE))
            row.addWidget(self.complete_button)
        else:
            self.close_button.setText(self.tr("Close without saving"))
            self.complete_button = QPushButton(self.tr("Save added details"), self)
            self.complete_button.setObjectName("saveAddedButton")
            self.complete_button.setProperty("primary", True)
            self.complete_button.clicked.connect(lambda: self.submit(Level.COMPLETE))
            row.addWidget(self.complete_button)
        return row

    # ---- answers <-> widgets ---------------------------------------------------------------
    def answers(self) -> dict[str, Any]:
        answers = self.rows.values()
        if HATE not in answers["behaviours"]:
            answers["protected_characteristics"] = []
        answers["other_witnesses"] = self.witnesses.value()
        answers["called"] = self.called.value()
        answers["complaint_reference"] = (self.start.complaint_reference if self.incident is None
                                          else self.incident.complaint_reference)
        return answers

    def load(self, answers: dict[str, Any]) -> None:
        self._loading = self.called.loading = True
        try:
            # a debrief is booked for the next day unless someone says otherwise
            self.editors["debrief_date"].options["default"] = \
                self.start.opened_at.date() + timedelta(days=1)
            self.rows.load({**answers, "injury": answers.get("injury") or "none",
                            "debrief_date": answers.get("debrief_date")})
            self.witnesses.set_value(answers.get("other_witnesses"))
            self.called.set_value(dict(answers.get("called") or {}))
            reference = answers.get("complaint_reference")
            self.link_label.setText(self.tr("Linked to complaint %1").replace("%1", reference)
                                    if reference else "")
            self.link_label.setVisible(bool(reference))
        finally:
            self._loading = self.called.loading = False
        self._sync_visibility()
        self._refresh_guidance()

    def _lock_recorded(self, incident: Incident) -> None:
        """Completing a saved report: what was recorded is shown but cannot be changed."""
        answers = incidents.form_answers(incident)
        for key, editor in self.editors.items():
            value = answers.get(key)
            if key == "account":
                editor.widget.setEnabled(False)     # the account stays as first recorded
            elif not (key == "injury" and value == "none"):
                editor.lock(value)
        self.called.lock(answers["called"])
        self.witnesses.locked = len(self.witnesses.people)

    # ---- behaviour ---------------------------------------------------------------------------
    def _sync_visibility(self) -> None:
        ticked = self.editors["behaviours"].value()
        self.characteristics.setVisible(HATE in ticked)
        self.rows.set_visible("behaviour_other", OTHER in ticked)
        self.rows.set_visible("trigger_other",
                              self.editors["trigger"].value() == Trigger.OTHER.value)

    def _changed(self, *_args: object) -> None:
        if self._loading:
            return
        self._sync_visibility()
        self._refresh_guidance()
        if self.incident is None:
            self._draft_timer.start()

    def _refresh_guidance(self) -> None:
        if self._loading:
            return
        info = incidents.guidance(self.start.store.jurisdiction, self.answers())
        self.riddor_label.setText(said(info.riddor_text))
        self.riddor_frame.setVisible(bool(info.riddor_text))
        lines = [f"{said(note.title)}\n{said(note.text)}" for note in info.notes]
        lines += [said(info.disclaimer), said(info.checked)]
        self.law_label.setText("\n\n".join(line for line in lines if line))

    def _refresh_drafts_banner(self) -> None:
        if self.incident is not None or self.draft_id is not None:
            self.drafts_banner.hide()
            return
        drafts = incidents.pending_drafts(self.ctx, self.user)
        if drafts:
            latest = drafts[-1]
            self.drafts_text.setText(self.tr("You have an unfinished report started at %1. "
                                             "Carry on with it, or start this new one.")
                                     .replace("%1", latest.started_at.strftime("%d/%m %H:%M")))
        self.drafts_banner.setVisible(bool(drafts))

    def resume_latest_draft(self) -> None:
        drafts = incidents.pending_drafts(self.ctx, self.user)
        if not drafts:
            self.drafts_banner.hide()
            return
        self.start = incidents.resume_draft(self.ctx, self.user, drafts[-1].id)
        self.draft_id = self.start.draft_id
        self.load(self.start.answers)
        self.drafts_banner.hide()

    def save_draft(self) -> None:
        """Keep what is typed so far (a new report only; completing writes nothing until saved)."""
        self._draft_timer.stop()
        if self.incident is not None:
            return
        self.draft_id = incidents.save_draft(self.ctx, self.user, self.answers(),
                                             draft_id=self.draft_id,
                                             started_at=self.start.opened_at)

    def show_errors(self, errors: dict[str, str]) -> None:
        first = self.rows.show_errors(errors)
        self.summary.setText(self.tr("Please check %n answer(s) marked in red.", "",
                                     len(errors)) if errors else "")
        if first:
            editor = self.editors.get(first)
            self.scroll.ensureWidgetVisible(self.rows.errors[first])
            target = editor.focus_widget if editor else None
            if target is not None and target.isEnabled() and target.isVisible():
                target.setFocus()

    def submit(self, level: Level) -> str | None:
        """The reference saved, or None (the errors, or a note while the start-up check
        runs: then it saves by itself afterwards)."""
        if not when_checked(self, self.ctx, lambda: self.submit(level)):
            return None
        answers = self.answers()
        try:
            if self.incident is None:
                saved = incidents.record_incident(self.ctx, self.user, answers, level=level,
                                                  draft_id=self.draft_id)
            else:
                saved = incidents.complete_incident(self.ctx, self.user,
                                                    self.incident.reference, answers)
        except ValidationFailed as error:
            self.show_errors(error.errors)
            return None
        except DomainError as error:
            self.show_errors({})
            self.summary.setText(tr_error(error))
            return None
        self._draft_timer.stop()
        self.draft_id = None
        self.show_errors({})
        self.saved.emit(saved.reference)
        return saved.reference

    def close_form(self) -> None:
        if self.incident is None and self._draft_timer.isActive():
            self.save_draft()
        self._draft_timer.stop()
        self.closed.emit()

    def hideEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt's name
        """Interrupted (screen locked, window switched): keep what was typed now."""
        if self.incident is None and self._draft_timer.isActive():
            self.save_draft()
        super().hideEvent(event)
