"""Store settings (managers only): model, authority limits, escalation contacts, categories,
returns policy, jurisdiction and idle lock."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGridLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPlainTextEdit, QPushButton, QScrollArea,
                               QSpinBox, QVBoxLayout, QWidget)

from desktop_app.domain.language import Language
from desktop_app.domain.errors import DomainError, ValidationFailed
from desktop_app.domain.jurisdiction import Jurisdiction
from desktop_app.domain.schema.choices import CHANNELS
from desktop_app.domain.staff import StaffMember
from desktop_app.domain.validation import format_pence
from desktop_app.services import policy as policy_service
from desktop_app.services.context import AppContext
from desktop_app.ui.forms import FieldRows
from desktop_app.ui.language import NATIVE_NAMES
from desktop_app.ui.text import tr_data, tr_error

CONTACT_ROWS = 4


class SettingsScreen(QWidget):
    back = Signal()
    saved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user: StaffMember | None = None
        self.setObjectName("settingsScreen")
        outer = QVBoxLayout(self)
        title = QLabel(self.tr("Store settings"), self)
        title.setProperty("role", "title")
        outer.addWidget(title)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        body = QWidget(scroll)
        form = QFormLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.rows = FieldRows(form, body)
        self.model = QComboBox(body)
        for model in ctx.catalogue.models.values():
            self.model.addItem(f"{model.name} – {tr_data(model.summary)}", model.id)
        self.rows.add("model_id", self.tr("Complaint-handling model"), self.model)
        self.staff_limit = self.rows.add(
            "staff_limit", self.tr("Staff may agree up to (£)"), QLineEdit(body),
            self.tr("A refund or goodwill amount above this needs a supervisor or manager."))
        self.supervisor_limit = self.rows.add(
            "supervisor_limit", self.tr("Supervisors may agree up to (£)"), QLineEdit(body))
        self.jurisdiction = QComboBox(body)
        for item in Jurisdiction:
            self.jurisdiction.addItem(tr_data(item.label), item.value)
        self.rows.add("jurisdiction", self.tr("The store is in"), self.jurisdiction)
        self.returns_policy = QPlainTextEdit(body)
        self.returns_policy.setMaximumHeight(110)
        self.returns_policy.setTabChangesFocus(True)
        self.rows.add("returns_policy", self.tr("Returns policy shown to staff"),
                      self.returns_policy)
        self.idle = QSpinBox(body)
        self.idle.setRange(1, 60)
        self.idle.setSuffix(self.tr(" min"))
        self.rows.add("idle_lock_minutes", self.tr("Lock the screen after"), self.idle)
        self.channel = QComboBox(body)
        for value, label in CHANNELS:
            self.channel.addItem(tr_data(label), value)
        self.rows.add("default_channel", self.tr("Complaints usually reach us"), self.channel)
        self.language = QComboBox(body)
        self.language.setObjectName("storeLanguage")
        for lang in (Language.ENGLISH, Language.WELSH):
            self.language.addItem(NATIVE_NAMES[lang], lang.value)
        self.rows.add("language", self.tr("The till speaks, unless a person chooses"),
                      self.language)
        self.hold_back = QCheckBox(self.tr("Keep customers' contact details and signatures "
                                           "out of what is sent to head office"), body)
        self.hold_back.setObjectName("holdBackContact")
        self.rows.add("hold_back_contact", self.tr("Head office"), self.hold_back)

        contacts = QWidget(body)
        grid = QGridLayout(contacts)
        grid.setContentsMargins(0, 0, 0, 0)
        for column, heading in enumerate((self.tr("Name"), self.tr("Role"),
                                          self.tr("How to reach them"))):
            grid.addWidget(QLabel(f"<b>{heading}</b>", contacts), 0, column)
        self.contact_edits: list[tuple[QLineEdit, QLineEdit, QLineEdit]] = []
        for row in range(1, CONTACT_ROWS + 1):
            edits = tuple(QLineEdit(contacts) for _ in range(3))
            for column, (edit, name) in enumerate(zip(edits, ("name", "role", "how"), strict=True)):
                edit.setObjectName(f"contact_{row}_{name}")
                edit.setAccessibleName(self.tr("Escalation contact %1 %2")
                                       .replace("%1", str(row)).replace("%2", name))
                grid.addWidget(edit, row, column)
            self.contact_edits.append(edits)
        self.rows.add("contacts", self.tr("Escalation contacts"), contacts)

        self.categories = QListWidget(body)
        self.categories.setMinimumHeight(180)
        for category in ctx.catalogue.categories:
            item = QListWidgetItem(tr_data(category.label))
            item.setData(Qt.ItemDataRole.UserRole, category.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            self.categories.addItem(item)
        self.rows.add("categories", self.tr("Categories staff can choose"), self.categories)

        self.message = QLabel("", self)
        self.message.setObjectName("settingsMessage")
        outer.addWidget(self.message)
        save = QPushButton(self.tr("Save settings"), self)
        save.setObjectName("saveSettingsButton")
        save.setProperty("primary", True)
        save.clicked.connect(self._save)
        back = QPushButton(self.tr("Back"), self)
        back.setObjectName("settingsBackButton")
        back.clicked.connect(self.back)
        outer.addWidget(save)
        outer.addWidget(back)

    def show_for(self, user: StaffMember) -> None:
        self.user = user
        policy = policy_service.current_policy(self.ctx)
        store = policy_service.current_store(self.ctx)
        self.model.setCurrentIndex(max(self.model.findData(policy.model_id), 0))
        self.staff_limit.setText(format_pence(policy.limits.staff_pence).lstrip("£"))
        self.supervisor_limit.setText(format_pence(policy.limits.supervisor_pence).lstrip("£"))
        self.jurisdiction.setCurrentIndex(max(self.jurisdiction.findData(store.jurisdiction.value), 0))
        self.returns_policy.setPlainText(policy.returns_policy)
        self.idle.setValue(policy.idle_lock_minutes)
        self.channel.setCurrentIndex(max(self.channel.findData(policy.default_channel), 0))
        self.hold_back.setChecked(policy.hold_back_contact)
        self.language.setCurrentIndex(max(self.language.findData(policy.language), 0))
        for edits, contact in zip(self.contact_edits, list(policy.escalation_contacts) +
                                  [None] * CONTACT_ROWS, strict=False):
            for edit, value in zip(edits, (contact.name, contact.role, contact.how_to_reach)
                                   if contact else ("", "", ""), strict=True):
                edit.setText(value)
        for index in range(self.categories.count()):
            item = self.categories.item(index)
            enabled = item.data(Qt.ItemDataRole.UserRole) not in policy.disabled_categories
            item.setCheckState(Qt.CheckState.Checked if enabled else Qt.CheckState.Unchecked)
        self.message.clear()
        self.rows.show({})

    def _save(self) -> None:
        disabled = [self.categories.item(i).data(Qt.ItemDataRole.UserRole)
                    for i in range(self.categories.count())
                    if self.categories.item(i).checkState() != Qt.CheckState.Checked]
        try:
            policy_service.apply_settings(
                self.ctx, self.user, model_id=self.model.currentData(),
                staff_limit=self.staff_limit.text(), supervisor_limit=self.supervisor_limit.text(),
                contacts=[tuple(e.text() for e in edits) for edits in self.contact_edits],
                disabled_categories=disabled, returns_policy=self.returns_policy.toPlainText(),
                jurisdiction=self.jurisdiction.currentData(), idle_lock_minutes=self.idle.value(),
                default_channel=self.channel.currentData(),
                hold_back_contact=self.hold_back.isChecked(),
                language=self.language.currentData())
        except ValidationFailed as failed:
            self.rows.show(failed.errors)
            self.message.setText(self.tr("Not saved: please correct the fields marked."))
            return
        except DomainError as error:
            self.message.setText(tr_error(error))
            return
        self.rows.show({})
        self.message.setText(self.tr("Settings saved."))
        self.saved.emit()
