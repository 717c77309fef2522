"""First run: name the store and create its first manager."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
                               QWidget)

from desktop_app.domain.errors import ValidationFailed
from desktop_app.domain.jurisdiction import Jurisdiction
from desktop_app.services import setup
from desktop_app.services.context import AppContext
from desktop_app.ui.text import tr_data
from desktop_app.ui.forms import FieldRows


class FirstRunScreen(QWidget):
    done = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("firstRunScreen")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(60, 30, 60, 30)
        title = QLabel(self.tr("Welcome to Till Complaint Logger"), self)
        title.setProperty("role", "title")
        outer.addWidget(title)
        intro = QLabel(self.tr("Set up this till: tell us about the store and create the first "
                               "manager account. Everything stays on this PC."), self)
        intro.setWordWrap(True)
        outer.addWidget(intro)
        form = QFormLayout()
        outer.addLayout(form)
        self.rows = FieldRows(form, self)
        self.store_name = self.rows.add("store_name", self.tr("Store name"), QLineEdit(self))
        self.store_code = self.rows.add("store_code", self.tr("Store code"), QLineEdit(self),
                                        self.tr("2 to 8 letters or digits; it starts every "
                                                "reference, e.g. GLA01-2026-000123."))
        self.jurisdiction = QComboBox(self)
        for item in Jurisdiction:
            self.jurisdiction.addItem(tr_data(item.label), item.value)
        self.rows.add("jurisdiction", self.tr("The store is in"), self.jurisdiction)
        self.manager_name = self.rows.add("manager_name", self.tr("Manager's name"), QLineEdit(self))
        self.manager_code = self.rows.add("manager_code", self.tr("Manager's staff code"),
                                          QLineEdit(self))
        self.pin = self.rows.add("pin", self.tr("Manager's PIN"), QLineEdit(self),
                                 self.tr("6 to 8 digits. Keep it to yourself."))
        self.pin_again = self.rows.add("pin_again", self.tr("PIN again"), QLineEdit(self))
        for edit in (self.pin, self.pin_again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.submit = QPushButton(self.tr("Set up this till"), self)
        self.submit.setObjectName("setUpButton")
        self.submit.setProperty("primary", True)
        self.submit.clicked.connect(self._set_up)
        self.rows.submit_on_enter(self._set_up)
        outer.addWidget(self.submit)
        outer.addStretch(1)

    def _set_up(self) -> None:
        if self.pin.text() != self.pin_again.text():
            self.rows.show({"pin_again": self.tr("The two PINs are not the same.")})
            return
        try:
            setup.initialise(self.ctx, store_name=self.store_name.text(),
                             store_code=self.store_code.text(),
                             jurisdiction=self.jurisdiction.currentData(),
                             manager_name=self.manager_name.text(),
                             manager_code=self.manager_code.text(), pin=self.pin.text())
        except ValidationFailed as failed:
            self.rows.show(failed.errors)
            return
        self.rows.show({})
        self.pin.clear()
        self.pin_again.clear()
        self.done.emit()
