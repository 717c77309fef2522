"""Managers add staff accounts (name, staff code, role, PIN)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QPushButton, QVBoxLayout, QWidget)

from desktop_app.domain.errors import DomainError, ValidationFailed
from desktop_app.domain.staff import Role, StaffMember
from desktop_app.services import auth
from desktop_app.services.context import AppContext
from desktop_app.ui.forms import FieldRows


class StaffScreen(QWidget):
    back = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user: StaffMember | None = None
        self.setObjectName("staffScreen")
        outer = QHBoxLayout(self)
        left = QVBoxLayout()
        title = QLabel(self.tr("Staff accounts"), self)
        title.setProperty("role", "title")
        left.addWidget(title)
        self.list = QListWidget(self)
        self.list.setObjectName("staffAccounts")
        self.list.setAccessibleName(self.tr("Staff accounts"))
        left.addWidget(self.list, 1)
        outer.addLayout(left, 1)
        right = QVBoxLayout()
        heading = QLabel(self.tr("Add a member of staff"), self)
        heading.setProperty("role", "title")
        right.addWidget(heading)
        form = QFormLayout()
        self.rows = FieldRows(form, self)
        self.name = self.rows.add("name", self.tr("Name"), QLineEdit(self))
        self.code = self.rows.add("code", self.tr("Staff code"), QLineEdit(self))
        self.role = QComboBox(self)
        for role in Role:
            self.role.addItem(self.tr(role.label), role.value)
        self.rows.add("role", self.tr("Role"), self.role)
        self.pin = self.rows.add("pin", self.tr("PIN"), QLineEdit(self),
                                 self.tr("4 to 8 digits (managers: 6 to 8)."))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        right.addLayout(form)
        self.message = QLabel("", self)
        self.message.setObjectName("staffMessage")
        right.addWidget(self.message)
        add = QPushButton(self.tr("Add"), self)
        add.setObjectName("addStaffButton")
        add.setProperty("primary", True)
        add.clicked.connect(self._add)
        done = QPushButton(self.tr("Back"), self)
        done.setObjectName("staffBackButton")
        done.clicked.connect(self.back)
        right.addWidget(add)
        right.addWidget(done)
        right.addStretch(1)
        outer.addLayout(right, 1)

    def show_for(self, user: StaffMember) -> None:
        self.user = user
        self.list.clear()
        for member in auth.staff_list(self.ctx):
            self.list.addItem(f"{member.name} ({member.code}) – {self.tr(member.role.label)}")

    def _add(self) -> None:
        try:
            member = auth.add_staff(self.ctx, self.user, name=self.name.text(),
                                    code=self.code.text(), role=Role(self.role.currentData()),
                                    pin=self.pin.text())
        except ValidationFailed as failed:
            self.rows.show(failed.errors)
            return
        except DomainError as error:
            self.message.setText(str(error))
            return
        finally:
            self.pin.clear()
        self.rows.show({})
        self.name.clear()
        self.code.clear()
        self.message.setText(self.tr("Added %1.").replace("%1", member.name))
        self.show_for(self.user)
