"""The abusive-behaviour report: one scrolling, touch-friendly form in sections.

Built for someone who has just been abused at the till: the essentials (when, where, who,
what happened, what kind) are at the top and can be saved at once; everything else can be
completed later. What is typed is kept in a draft a few seconds after each change, so an
interruption loses nothing. Opened with a saved incident, the form completes it: what was
recorded is shown but locked; only blanks can be filled in.

Emits `saved(reference)` after a commit and `closed()` when the person leaves the form.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDateTimeEdit, QFrame,
                               QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QPlainTextEdit, QPushButton, QScrollArea, QSpinBox,
                               QTimeEdit, QVBoxLayout, QWidget)

from desktop_app.domain.errors import DomainError, ValidationFailed
from desktop_app.domain.incident import Incident
from desktop_app.domain.incident_form import Level
from desktop_app.domain.incident_kinds import (BehaviourKind, CalledParty,
                                               DeescalationTechnique, InjuryLevel,
                                               ProtectedCharacteristic, Trigger)
from desktop_app.domain.staff import StaffMember
from desktop_app.services import incidents
from desktop_app.services.context import AppContext
from desktop_app.services.incidents import IncidentStart
from desktop_app.ui.text import tr_data

DRAFT_DELAY_MS = 2_000
NOT_KNOWN = -1          # the days-off spin box's "not known yet"
LOCATIONS = ("Till", "Shop floor", "Customer service desk", "Entrance", "Stockroom",
             "Car park")


def _label(text: str) -> str:
    return tr_data(text, "incidents")


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
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.checks: dict[str, dict[str, QCheckBox]] = {}
        self.called_times: dict[str, QTimeEdit] = {}
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
        self.body = QVBoxLayout(body)
        self.body.setSpacing(12)
        for build in (self._when_where, self._account, self._behaviours, self._people,
                      self._trigger, self._deescalation, self._called, self._injury,
                      self._cctv, self._person, self._welfare, self._law):
            self.body.addWidget(build())
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
    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        column = QVBoxLayout()
        title = QLabel(self.tr("Complete incident %1").replace("%1", self.incident.reference)
                       if self.incident else self.tr("Report abusive behaviour"), self)
        title.setProperty("role", "title")
        title.setObjectName("incidentTitle")
        column.addWidget(title)
        note = QLabel(self.tr("A restricted record: only managers and the people named in it "
                              "can open it. Save the essentials now and complete it later."),
                      self)
        note.setProperty("role", "help")
        note.setWordWrap(True)
        column.addWidget(note)
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

    def _section(self, title: str) -> tuple[QGroupBox, QVBoxLayout]:
        box = QGroupBox(title, self)
        box.setAccessibleName(title)
        layout = QVBoxLayout(box)
        layout.setSpacing(6)
        return box, layout

    def _field(self, layout: QVBoxLayout | QGridLayout, key: str, label: str, widget: QWidget,
               *, help_text: str = "", at: tuple[int, int] | None = None) -> QWidget:
        """A labelled input with its error line; objectName = key, accessible name = label."""
        widget.setObjectName(key)
        widget.setAccessibleName(label)
        column = QVBoxLayout()
        column.setSpacing(2)
        caption = QLabel(label, self)
        caption.setObjectName(f"label_{key}")
        caption.setBuddy(widget)
        caption.setWordWrap(True)
        column.addWidget(caption)
        column.addWidget(widget)
        if help_text:
            hint = QLabel(help_text, self)
            hint.setProperty("role", "help")
            hint.setWordWrap(True)
            column.addWidget(hint)
        self._error_label(column, key)
        if at is not None and isinstance(layout, QGridLayout):
            layout.addLayout(column, *at)
        else:
            layout.addLayout(column)
        self.inputs[key] = widget
        self._watch(widget)
        return widget

    def _error_label(self, layout: QVBoxLayout | QGridLayout, key: str) -> QLabel:
        error = QLabel("", self)
        error.setProperty("role", "error")
        error.setObjectName(f"error_{key}")
        error.setWordWrap(True)
        error.hide()
        if isinstance(layout, QGridLayout):
            layout.addWidget(error, layout.rowCount(), 0, 1, layout.columnCount() or 1)
        else:
            layout.addWidget(error)
        self.errors[key] = error
        return error

    def _checkbox_grid(self, layout: QVBoxLayout, key: str, items: list[tuple[str, str]],
                       columns: int = 2, prefix: str | None = None) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        boxes: dict[str, QCheckBox] = {}
        for index, (value, label) in enumerate(items):
            box = QCheckBox(label, self)
            box.setObjectName(f"{prefix or key}_{value}")
            box.setAccessibleName(label)
            grid.addWidget(box, index // columns, index % columns)
            boxes[value] = box
            self._watch(box)
        layout.addLayout(grid)
        self.checks[key] = boxes
        self._error_label(layout, key)
        return grid

    def _watch(self, widget: QWidget) -> None:
        for signal in ("textChanged", "toggled", "currentIndexChanged", "dateTimeChanged",
                       "dateChanged", "timeChanged", "valueChanged", "editTextChanged"):
            if hasattr(widget, signal):
                getattr(widget, signal).connect(self._changed)

    def _when_where(self) -> QGroupBox:
        box, layout = self._section(self.tr("1. When and where"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        when = QDateTimeEdit(self)
        when.setCalendarPopup(True)
        when.setDisplayFormat("dd/MM/yyyy HH:mm")
        when.setMinimumHeight(44)
        self._field(grid, "occurred_at", self.tr("Date and time it happened"), when, at=(0, 0))
        where = QComboBox(self)
        where.setEditable(True)
        where.addItems([""] + [self.tr(x) for x in LOCATIONS])
        where.lineEdit().setPlaceholderText(self.tr("e.g. Till 2, beer and wine aisle"))
        self._field(grid, "location", self.tr("Where in the store"), where, at=(0, 1))
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        return box

    def _people(self) -> QGroupBox:
        box, layout = self._section(self.tr("4. Who it happened to, and who saw it"))
        staff = [(str(s.id), f"{s.name} ({s.code})") for s in self.start.staff]
        layout.addWidget(QLabel(self.tr("Staff it happened to (tick everyone affected)"), self))
        self._checkbox_grid(layout, "affected", staff, columns=3)
        layout.addWidget(QLabel(self.tr("Staff who saw it"), self))
        self._checkbox_grid(layout, "staff_witnesses", staff, columns=3, prefix="witness")
        row = QHBoxLayout()
        self.witness_name = QLineEdit(self)
        self.witness_name.setObjectName("witness_name")
        self.witness_name.setAccessibleName(self.tr("Other witness: name or description"))
        self.witness_name.setPlaceholderText(self.tr("Other witness: name or description"))
        self.witness_contact = QLineEdit(self)
        self.witness_contact.setObjectName("witness_contact")
        self.witness_contact.setAccessibleName(self.tr("Contact, only if needed"))
        self.witness_contact.setPlaceholderText(self.tr("Contact, only if needed"))
        add = QPushButton(self.tr("Add witness"), self)
        add.setObjectName("addWitnessButton")
        add.clicked.connect(self._add_witness)
        row.addWidget(self.witness_name, 2)
        row.addWidget(self.witness_contact, 2)
        row.addWidget(add)
        layout.addLayout(row)
        self.witness_list = QListWidget(self)
        self.witness_list.setObjectName("other_witnesses")
        self.witness_list.setAccessibleName(self.tr("Other witnesses"))
        self.witness_list.setMaximumHeight(84)
        self.witness_list.hide()
        self.inputs["other_witnesses"] = self.witness_list
        layout.addWidget(self.witness_list)
        self.remove_witness = QPushButton(self.tr("Remove selected witness"), self)
        self.remove_witness.setObjectName("removeWitnessButton")
        self.remove_witness.clicked.connect(self._remove_witness)
        self.remove_witness.hide()
        layout.addWidget(self.remove_witness, 0, Qt.AlignmentFlag.AlignLeft)
        self._error_label(layout, "other_witnesses")
        self._witnesses: list[dict[str, str]] = []
        return box

    def _account(self) -> QGroupBox:
        box, layout = self._section(self.tr("2. What happened, in your own words"))
        account = QPlainTextEdit(self)
        account.setMinimumHeight(110)
        account.setPlaceholderText(self.tr("What was said and done, in the order it happened. "
                                           "Write their words as they said them."))
        self._field(layout, "account", self.tr("What happened"), account)
        self.star_button = QPushButton(self.tr("Show STAR prompts (Situation, Task, Action, "
                                               "Result)"), self)
        self.star_button.setObjectName("starButton")
        self.star_button.setCheckable(True)
        layout.addWidget(self.star_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.star_box = QWidget(self)
        self.star_box.setObjectName("starPrompts")
        star = QGridLayout(self.star_box)
        star.setContentsMargins(0, 0, 0, 0)
        prompts = (
            ("situation", self.tr("Situation"), self.tr("Where were you, what was going on?")),
            ("task", self.tr("Task"), self.tr("What were you doing or asked to do?")),
            ("action", self.tr("Action"), self.tr("What did you and others do and say?")),
            ("result", self.tr("Result"), self.tr("How did it end? Anyone hurt, anything "
                                                  "damaged?")),
        )
        for index, (key, label, hint) in enumerate(prompts):
            edit = QPlainTextEdit(self)
            edit.setFixedHeight(70)
            edit.setPlaceholderText(hint)
            self._field(star, key, label, edit, help_text=hint, at=(index // 2, index % 2))
        self.star_box.setVisible(False)
        self.star_button.toggled.connect(self.star_box.setVisible)
        layout.addWidget(self.star_box)
        return box

    def _behaviours(self) -> QGroupBox:
        box, layout = self._section(self.tr("3. What kind of behaviour (tick all that apply)"))
        self._checkbox_grid(layout, "behaviours",
                            [(k.value, _label(k.label)) for k in BehaviourKind], columns=2,
                            prefix="behaviours")
        self.characteristics = QFrame(self)
        self.characteristics.setObjectName("characteristicsBox")
        self.characteristics.setProperty("role", "prompt")
        inner = QVBoxLayout(self.characteristics)
        hint = QLabel(self.tr("Hate-motivated: what did you, or anyone else, perceive it "
                              "to target?"), self)
        hint.setWordWrap(True)
        inner.addWidget(hint)
        self._checkbox_grid(inner, "protected_characteristics",
                            [(k.value, _label(k.label)) for k in ProtectedCharacteristic],
                            columns=3, prefix="characteristic")
        layout.addWidget(self.characteristics)
        self._field(layout, "behaviour_other", self.tr("Other behaviour: what was it?"),
                    QLineEdit(self))
        self.checks["behaviours"][HATE].toggled.connect(self._sync_visibility)
        self.checks["behaviours"][OTHER].toggled.connect(self._sync_visibility)
        return box

    def _trigger(self) -> QGroupBox:
        box, layout = self._section(self.tr("5. What triggered it"))
        grid = QGridLayout()
        combo = QComboBox(self)
        combo.addItem(self.tr("Choose…"), "")
        for trigger in Trigger:
            combo.addItem(_label(trigger.label), trigger.value)
        self._field(grid, "trigger", self.tr("What triggered it"), combo, at=(0, 0))
        self._field(grid, "trigger_other", self.tr("Other trigger: what was it?"),
                    QLineEdit(self), at=(0, 1))
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        combo.currentIndexChanged.connect(self._sync_visibility)
        return box

    def _deescalation(self) -> QGroupBox:
        box, layout = self._section(self.tr("6. What you tried to calm things down"))
        self._checkbox_grid(layout, "deescalation",
                            [(k.value, _label(k.label)) for k in DeescalationTechnique],
                            columns=3, prefix="technique")
        self._field(layout, "deescalation_other", self.tr("Anything else you tried"),
                    QLineEdit(self))
        return box

    def _called(self) -> QGroupBox:
        box, layout = self._section(self.tr("7. Who was called, and the police"))
        grid = QGridLayout()
        self.checks["called"] = {}
        for row, party in enumerate(CalledParty):
            check = QCheckBox(_label(party.label), self)
            check.setObjectName(f"called_{party.value}")
            check.setAccessibleName(_label(party.label))
            when = QTimeEdit(self)
            when.setDisplayFormat("HH:mm")
            when.setObjectName(f"called_{party.value}_time")
            when.setAccessibleName(self.tr("Time %1 was called").replace(
                "%1", _label(party.label)))
            when.setEnabled(False)
            when.setMinimumSize(120, 44)
            check.toggled.connect(when.setEnabled)
            check.toggled.connect(lambda on, edit=when: self._default_time(on, edit))
            grid.addWidget(check, row, 0)
            grid.addWidget(QLabel(self.tr("at"), self), row, 1)
            grid.addWidget(when, row, 2)
            self.checks["called"][party.value] = check
            self.called_times[party.value] = when
            self._watch(check)
            self._watch(when)
        grid.setColumnStretch(3, 1)
        layout.addLayout(grid)
        self._error_label(layout, "called")
        row = QGridLayout()
        attended = QCheckBox(self.tr("Police attended"), self)
        attended.setObjectName("police_attended")
        attended.setAccessibleName(self.tr("Police attended"))
        row.addWidget(attended, 0, 0)
        self.inputs["police_attended"] = attended
        self._watch(attended)
        self._field(row, "crime_reference", self.tr("Crime reference number"), QLineEdit(self),
                    at=(0, 1))
        row.setColumnStretch(1, 1)
        layout.addLayout(row)
        return box

    def _injury(self) -> QGroupBox:
        box, layout = self._section(self.tr("8. Injury"))
        grid = QGridLayout()
        combo = QComboBox(self)
        for level in InjuryLevel:
            combo.addItem(_label(level.label), level.value)
        self._field(grid, "injury", self.tr("Injury"), combo, at=(0, 0))
        days = QSpinBox(self)
        days.setRange(NOT_KNOWN, 366)
        days.setSpecialValueText(self.tr("Not known yet"))
        days.setValue(NOT_KNOWN)
        self._field(grid, "days_off_work", self.tr("Days off work because of it"), days,
                    at=(0, 1))
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        self._field(layout, "injury_details", self.tr("Injury and first aid given"),
                    QLineEdit(self))
        self.riddor_frame = QFrame(self)
        self.riddor_frame.setObjectName("riddorFrame")
        self.riddor_frame.setProperty("role", "warning")
        inner = QVBoxLayout(self.riddor_frame)
        self.riddor_label = QLabel(self.riddor_frame)
        self.riddor_label.setObjectName("riddorMessage")
        self.riddor_label.setWordWrap(True)
        inner.addWidget(self.riddor_label)
        layout.addWidget(self.riddor_frame)
        days.valueChanged.connect(self._refresh_guidance)
        return box

    def _cctv(self) -> QGroupBox:
        box, layout = self._section(self.tr("9. CCTV"))
        row = QGridLayout()
        captured = QCheckBox(self.tr("CCTV captured it"), self)
        captured.setObjectName("cctv_captured")
        captured.setAccessibleName(self.tr("CCTV captured it"))
        self.inputs["cctv_captured"] = captured
        self._watch(captured)
        row.addWidget(captured, 0, 0)
        self._field(row, "cctv_reference", self.tr("CCTV reference (camera, time or file)"),
                    QLineEdit(self), at=(0, 1))
        row.setColumnStretch(1, 1)
        layout.addLayout(row)
        note = QLabel(self.tr("A manager logs each disclosure of the footage (date, to whom, "
                              "which organisation, why) from the incident's page."), self)
        note.setProperty("role", "help")
        note.setWordWrap(True)
        layout.addWidget(note)
        return box

    def _person(self) -> QGroupBox:
        box, layout = self._section(self.tr("10. The person (only as far as needed)"))
        guidance = QFrame(self)
        guidance.setObjectName("personGuidance")
        guidance.setProperty("role", "hint")
        inner = QVBoxLayout(guidance)
        text = QLabel(self.tr(
            "Describe only what would help someone recognise them again: height, build, "
            "clothing, anything they carried, which way they went. Do not guess or record "
            "their ethnicity, religion, health, sexuality or other personal details, and do "
            "not write opinions or labels. If they are known (e.g. a loyalty card name), say "
            "so only if the police or your manager need it."), guidance)
        text.setObjectName("personGuidanceText")
        text.setWordWrap(True)
        inner.addWidget(text)
        layout.addWidget(guidance)
        edit = QPlainTextEdit(self)
        edit.setFixedHeight(70)
        self._field(layout, "person_description", self.tr("Description of the person"), edit)
        return box

    def _welfare(self) -> QGroupBox:
        box, layout = self._section(self.tr("11. Looking after you"))
        grid = QGridLayout()
        offered = QCheckBox(self.tr("Support was offered"), self)
        offered.setObjectName("welfare_support_offered")
        offered.setAccessibleName(self.tr("Support was offered"))
        self.inputs["welfare_support_offered"] = offered
        self._watch(offered)
        grid.addWidget(offered, 0, 0)
        self.debrief_booked = QCheckBox(self.tr("Debrief booked for"), self)
        self.debrief_booked.setObjectName("debrief_booked")
        self.debrief_booked.setAccessibleName(self.tr("Debrief booked for"))
        self._watch(self.debrief_booked)
        grid.addWidget(self.debrief_booked, 0, 1)
        debrief = QDateEdit(self)
        debrief.setCalendarPopup(True)
        debrief.setDisplayFormat("dd/MM/yyyy")
        debrief.setObjectName("debrief_date")
        debrief.setAccessibleName(self.tr("Debrief date"))
        debrief.setEnabled(False)
        debrief.setMinimumHeight(44)
        self.debrief_booked.toggled.connect(debrief.setEnabled)
        self.inputs["debrief_date"] = debrief
        self._watch(debrief)
        grid.addWidget(debrief, 0, 2)
        done = QCheckBox(self.tr("Welfare follow-up done"), self)
        done.setObjectName("welfare_done")
        done.setAccessibleName(self.tr("Welfare follow-up done"))
        self.inputs["welfare_done"] = done
        self._watch(done)
        grid.addWidget(done, 0, 3)
        grid.setColumnStretch(4, 1)
        layout.addLayout(grid)
        self._error_label(layout, "welfare_support_offered")
        self._error_label(layout, "debrief_date")
        return box

    def _law(self) -> QGroupBox:
        box, layout = self._section(self.tr("The law (guidance, not legal advice)"))
        self.law_label = QLabel(self)
        self.law_label.setObjectName("legalNotes")
        self.law_label.setTextFormat(Qt.TextFormat.PlainText)
        self.law_label.setWordWrap(True)
        layout.addWidget(self.law_label)
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
        text = {key: w.toPlainText() if isinstance(w, QPlainTextEdit) else w.text()
                for key, w in self.inputs.items() if isinstance(w, (QPlainTextEdit, QLineEdit))}
        called = {party: self._time_text(party)
                  for party, box in self.checks["called"].items() if box.isChecked()}
        days = self.inputs["days_off_work"].value()
        answers: dict[str, Any] = {
            **text,
            "occurred_at": self.inputs["occurred_at"].dateTime().toString("yyyy-MM-ddTHH:mm"),
            "location": self.inputs["location"].currentText(),
            "affected": [int(v) for v, b in self.checks["affected"].items() if b.isChecked()],
            "staff_witnesses": [int(v) for v, b in self.checks["staff_witnesses"].items()
                                if b.isChecked()],
            "other_witnesses": [dict(w) for w in self._witnesses],
            "behaviours": self._ticked("behaviours"),
            "protected_characteristics": self._ticked("protected_characteristics")
            if self.checks["behaviours"][HATE].isChecked() else [],
            "trigger": self.inputs["trigger"].currentData() or "",
            "deescalation": self._ticked("deescalation"),
            "called": called,
            "police_attended": self.inputs["police_attended"].isChecked(),
            "injury": self.inputs["injury"].currentData(),
            "days_off_work": None if days == NOT_KNOWN else days,
            "cctv_captured": self.inputs["cctv_captured"].isChecked(),
            "welfare_support_offered": self.inputs["welfare_support_offered"].isChecked(),
            "debrief_date": self.inputs["debrief_date"].date().toString("yyyy-MM-dd")
            if self.debrief_booked.isChecked() else None,
            "welfare_done": self.inputs["welfare_done"].isChecked(),
            "complaint_reference": self.start.complaint_reference
            if self.incident is None else self.incident.complaint_reference,
        }
        return answers

    def _time_text(self, party: str) -> str:
        """00:00 is the edit's empty state: the time was not noted."""
        time = self.called_times[party].time()
        return "" if time == QTime(0, 0) else time.toString("HH:mm")

    def _ticked(self, key: str) -> list[str]:
        return [value for value, box in self.checks[key].items() if box.isChecked()]

    def load(self, answers: dict[str, Any]) -> None:
        self._loading = True
        try:
            for key, widget in self.inputs.items():
                value = answers.get(key)
                if isinstance(widget, QPlainTextEdit) and value is not None:
                    widget.setPlainText(str(value))
                elif isinstance(widget, QLineEdit) and value is not None:
                    widget.setText(str(value))
            occurred = answers.get("occurred_at")
            if occurred:
                self.inputs["occurred_at"].setDateTime(
                    QDateTime.fromString(str(occurred)[:16], "yyyy-MM-ddTHH:mm"))
            self.inputs["location"].setCurrentText(str(answers.get("location") or ""))
            for key in ("affected", "staff_witnesses", "behaviours",
                        "protected_characteristics", "deescalation"):
                chosen = {str(x) for x in answers.get(key) or ()}
                for value, box in self.checks[key].items():
                    box.setChecked(value in chosen)
            self._witnesses = [dict(w) for w in answers.get("other_witnesses") or ()]
            self._show_witnesses()
            combo = self.inputs["trigger"]
            combo.setCurrentIndex(max(0, combo.findData(answers.get("trigger") or "")))
            called = dict(answers.get("called") or {})
            for party, box in self.checks["called"].items():
                box.setChecked(party in called)
                if called.get(party):
                    self.called_times[party].setTime(QTime.fromString(called[party], "HH:mm"))
            for key in ("police_attended", "cctv_captured", "welfare_support_offered",
                        "welfare_done"):
                self.inputs[key].setChecked(bool(answers.get(key)))
            injury = self.inputs["injury"]
            injury.setCurrentIndex(max(0, injury.findData(answers.get("injury") or "none")))
            days = answers.get("days_off_work")
            self.inputs["days_off_work"].setValue(NOT_KNOWN if days in (None, "") else int(days))
            debrief = answers.get("debrief_date")
            self.debrief_booked.setChecked(bool(debrief))
            self.inputs["debrief_date"].setDate(
                QDate.fromString(str(debrief), "yyyy-MM-dd") if debrief
                else QDate(self.start.opened_at.date()).addDays(1))
            reference = answers.get("complaint_reference")
            self.link_label.setText(self.tr("Linked to complaint %1").replace("%1", reference)
                                    if reference else "")
            self.link_label.setVisible(bool(reference))
        finally:
            self._loading = False
        self._sync_visibility()
        self._refresh_guidance()

    def _lock_recorded(self, incident: Incident) -> None:
        """Completing a saved report: what was recorded is shown but cannot be changed."""
        answers = incidents.form_answers(incident)
        for key, widget in self.inputs.items():
            value = answers.get(key)
            recorded = value not in (None, "", False, [], {}) and \
                not (key == "injury" and value == "none")
            if key in ("account", "occurred_at") or recorded:
                widget.setEnabled(False)
        for key, boxes in self.checks.items():
            for box in boxes.values():
                if box.isChecked():
                    box.setEnabled(False)
        for party, box in self.checks["called"].items():
            if box.isChecked() and answers["called"].get(party):
                self.called_times[party].setEnabled(False)
        if incident.debrief_date:
            self.debrief_booked.setEnabled(False)
        self._recorded_witnesses = len(self._witnesses)

    # ---- behaviour ---------------------------------------------------------------------------
    def _add_witness(self) -> None:
        name, contact = self.witness_name.text().strip(), self.witness_contact.text().strip()
        if not name and not contact:
            return
        self._witnesses.append({"name": name, "contact": contact})
        self.witness_name.clear()
        self.witness_contact.clear()
        self._show_witnesses()
        self._changed()

    def _remove_witness(self) -> None:
        row = self.witness_list.currentRow()
        locked = getattr(self, "_recorded_witnesses", 0)
        if row >= locked and row < len(self._witnesses):
            del self._witnesses[row]
            self._show_witnesses()
            self._changed()

    def _show_witnesses(self) -> None:
        self.witness_list.clear()
        for witness in self._witnesses:
            text = witness["name"] + (f" · {witness['contact']}" if witness.get("contact")
                                      else "")
            self.witness_list.addItem(text)
        self.witness_list.setVisible(bool(self._witnesses))
        self.remove_witness.setVisible(bool(self._witnesses))

    def _default_time(self, on: bool, edit: QTimeEdit) -> None:
        """Ticking 'called' fills in the time it happened, to be corrected if need be."""
        if on and not self._loading and edit.time() == QTime(0, 0):
            edit.setTime(self.inputs["occurred_at"].time())

    def _sync_visibility(self) -> None:
        self.characteristics.setVisible(self.checks["behaviours"][HATE].isChecked())
        other = self.checks["behaviours"][OTHER].isChecked()
        self.inputs["behaviour_other"].setVisible(other)
        self.findChild(QLabel, "label_behaviour_other").setVisible(other)
        trigger_other = self.inputs["trigger"].currentData() == Trigger.OTHER.value
        self.inputs["trigger_other"].setVisible(trigger_other)
        self.findChild(QLabel, "label_trigger_other").setVisible(trigger_other)

    def _changed(self, *_args: object) -> None:
        if self._loading:
            return
        self._refresh_guidance()
        if self.incident is None:
            self._draft_timer.start()

    def _refresh_guidance(self, *_args: object) -> None:
        if self._loading:
            return
        answers = self.answers()
        info = incidents.guidance(self.start.store.jurisdiction, answers)
        self.riddor_label.setText(info.riddor_text)
        self.riddor_frame.setVisible(bool(info.riddor_text))
        lines = [f"{note.title}\n{note.text}" for note in info.notes]
        lines.append(info.disclaimer)
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
        for key, label in self.errors.items():
            label.setText(errors.get(key, ""))
            label.setVisible(bool(errors.get(key)))
        self.summary.setText(self.tr("Please check %n answer(s) marked in red.", "",
                                     len(errors)) if errors else "")
        first = next((k for k in errors if k in self.errors), None)
        if first:
            target = self.inputs.get(first) or self.errors[first]
            self.scroll.ensureWidgetVisible(self.errors[first])
            if target.isEnabled() and target.isVisible():
                target.setFocus()

    def submit(self, level: Level) -> str | None:
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
            self.summary.setText(str(error))
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


HATE = BehaviourKind.HATE_MOTIVATED.value
OTHER = BehaviourKind.OTHER.value
