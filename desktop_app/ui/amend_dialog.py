"""Correct one detail of a saved complaint; the record keeps the old value and the reason."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from desktop_app.domain.amendment import AMENDABLE, as_text, current_value, form_value, spec_for
from desktop_app.domain.complaint import Complaint
from desktop_app.domain.errors import DomainError, ValidationFailed
from desktop_app.domain.staff import StaffMember
from desktop_app.services import complaints
from desktop_app.services.context import AppContext
from desktop_app.ui.forms import FieldRows, confirm_discard
from desktop_app.ui.text import tr_data, tr_error
from desktop_app.ui.fields.editors import FieldEditor, editor_for


class AmendDialog(QDialog):
    amended = Signal(object)        # the complaint as it now reads

    def __init__(self, ctx: AppContext, user: StaffMember, complaint: Complaint,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.user, self.complaint = ctx, user, complaint
        self.categories = complaints.amendment_context(ctx).categories
        self.setObjectName("amendDialog")
        self.setWindowTitle(self.tr("Correct a detail of %1").replace("%1", complaint.reference))
        self.resize(620, 360)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The record keeps what it said before, who corrected it, when "
                               "and why."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.rows = FieldRows(form, self)
        self.field = self.rows.add("field", self.tr("Detail"), QComboBox(self))
        for key, amendable in AMENDABLE.items():
            self.field.addItem(tr_data(amendable.label), key)
        self.current = self.rows.add("current", self.tr("It says now"), QLabel(self))
        self.current.setWordWrap(True)
        self.holder = QWidget(self)
        self.holder_layout = QVBoxLayout(self.holder)
        self.holder_layout.setContentsMargins(0, 0, 0, 0)
        self.rows.add("value", self.tr("It should say"), self.holder)
        self.reason = self.rows.add("reason", self.tr("Why"), QLineEdit(self))
        layout.addLayout(form)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("Save the correction"), self)
        self.save_button.setObjectName("saveAmendmentButton")
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.setObjectName("cancelAmendmentButton")
        cancel.clicked.connect(self.reject)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self.editor: FieldEditor | None = None
        self.field.currentIndexChanged.connect(self._show_field)
        self._show_field()

    @property
    def key(self) -> str:
        return self.field.currentData()

    def _show_field(self) -> None:
        if self.editor is not None:
            self.holder_layout.removeWidget(self.editor.widget)
            self.editor.widget.deleteLater()
        spec = spec_for(self.key, self.categories)
        self.editor = editor_for(spec, self.field.currentText(), self.holder)
        value = current_value(self.complaint, self.key)
        self.editor.set_value(form_value(spec, value))
        self.holder_layout.addWidget(self.editor.widget)
        self.current.setText(as_text(spec, value) or self.tr("(nothing recorded)"))
        self.rows.show({})

    def _typed(self) -> bool:
        spec = spec_for(self.key, self.categories)
        before = form_value(spec, current_value(self.complaint, self.key))
        return bool(self.reason.text().strip()) or self.editor.value() != before

    def save(self) -> None:
        try:
            amended = complaints.amend_complaint(self.ctx, self.user, self.complaint.reference,
                                                 self.key, self.editor.value(),
                                                 self.reason.text())
        except ValidationFailed as failed:
            self.rows.show(failed.errors)
            return
        except DomainError as error:
            self.rows.show({"field": tr_error(error)})
            return
        self.amended.emit(amended)
        self.accept()

    def reject(self) -> None:
        """Cancel asks first when something was typed: nothing is lost without asking."""
        if self._typed() and not confirm_discard(
                self, self.tr("Discard the correction?"),
                self.tr("What you typed for this correction will be lost. Discard it?")):
            return
        super().reject()
