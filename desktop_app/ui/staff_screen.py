"""Managers add staff accounts (name, staff code, role, PIN), unlock them and reset PINs."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPushButton, QVBoxLayout, QWidget)

from desktop_app.domain.errors import DomainError, ValidationFailed
from desktop_app.domain.staff import Role, StaffMember
from desktop_app.services import auth
from desktop_app.services.context import AppContext
from desktop_app.ui.forms import FieldRows
from desktop_app.ui.text import said, tr_data, tr_error


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
        left.addLayout(self._build_account_tools())
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
            self.role.addItem(tr_data(role.label), role.value)
        self.rows.add("role", self.tr("Role"), self.role)
        self.pin = self.rows.add("pin", self.tr("PIN"), QLineEdit(self),
                                 self.tr("4 to 8 digits (managers: 6 to 8)."))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.rows.submit_on_enter(self._add)
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

    def _build_account_tools(self) -> QVBoxLayout:
        """Unlock a locked-out account, or set a new PIN for someone who forgot theirs."""
        tools = QVBoxLayout()
        row = QHBoxLayout()
        self.unlock_button = QPushButton(self.tr("Unlock"), self)
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.clicked.connect(self._unlock)
        row.addWidget(self.unlock_button)
        self.new_pin = QLineEdit(self)
        self.new_pin.setObjectName("newPin")
        self.new_pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_pin.setPlaceholderText(self.tr("New PIN"))
        self.new_pin.setAccessibleName(self.tr("New PIN for the selected person"))
        row.addWidget(self.new_pin)
        self.reset_button = QPushButton(self.tr("Reset PIN"), self)
        self.reset_button.setObjectName("resetPinButton")
        self.reset_button.clicked.connect(self._reset_pin)
        self.new_pin.returnPressed.connect(self._reset_pin)
        row.addWidget(self.reset_button)
        tools.addLayout(row)
        changes = QHBoxLayout()
        self.new_role = QComboBox(self)
        self.new_role.setObjectName("newRole")
        self.new_role.setAccessibleName(self.tr("New role for the selected person"))
        for role in Role:
            self.new_role.addItem(tr_data(role.label), role.value)
        changes.addWidget(self.new_role)
        self.role_button = QPushButton(self.tr("Change role"), self)
        self.role_button.setObjectName("changeRoleButton")
        self.role_button.clicked.connect(self._change_role)
        changes.addWidget(self.role_button)
        self.leaver_button = QPushButton(self.tr("Has left: switch off"), self)
        self.leaver_button.setObjectName("leaverButton")
        self.leaver_button.clicked.connect(self._toggle_active)
        changes.addWidget(self.leaver_button)
        tools.addLayout(changes)
        self.account_message = QLabel("", self)
        self.account_message.setObjectName("accountMessage")
        self.account_message.setWordWrap(True)
        tools.addWidget(self.account_message)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self._selection_changed()
        return tools

    def show_for(self, user: StaffMember) -> None:
        self.user = user
        self.list.clear()
        self.members = auth.all_staff(self.ctx, user)
        locked = auth.locked_staff(self.ctx, user)
        for member in self.members:
            text = f"{member.name} ({member.code}) – {tr_data(member.role.label)}"
            if not member.active:
                text += "  " + self.tr("[has left: cannot sign in]")
            elif member.id in locked:
                text += "  " + self.tr("[locked: too many wrong PINs]")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, member.code)
            self.list.addItem(item)
        self._selection_changed()

    def selected_code(self) -> str:
        """The member chosen (selected), not merely the row the keyboard focus rests on."""
        chosen = self.list.selectedItems()
        return chosen[0].data(Qt.ItemDataRole.UserRole) if chosen else ""

    def selected_member(self) -> StaffMember | None:
        code = self.selected_code()
        return next((m for m in getattr(self, "members", []) if m.code == code), None)

    def _selection_changed(self) -> None:
        member = self.selected_member()
        for widget in (self.unlock_button, self.reset_button, self.new_role, self.role_button,
                       self.leaver_button):
            widget.setEnabled(member is not None)
        if member is not None:
            self.new_role.setCurrentIndex(max(self.new_role.findData(member.role.value), 0))
        self.leaver_button.setText(self.tr("Back at work: switch on")
                                   if member is not None and not member.active
                                   else self.tr("Has left: switch off"))

    def _change_role(self) -> None:
        self._change(role=Role(self.new_role.currentData()),
                     done=self.tr("%1 is now %2.").replace(
                         "%2", tr_data(Role(self.new_role.currentData()).label).lower()))

    def _toggle_active(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        self._change(active=not member.active,
                     done=self.tr("%1 can sign in again.") if not member.active else
                     self.tr("%1 can no longer sign in; their records keep their name."))

    def _change(self, *, done: str, **change) -> None:  # noqa: ANN003 - role or active
        code = self.selected_code()
        try:
            auth.change_account(self.ctx, self.user, code, **change)
        except DomainError as error:
            self.account_message.setText(tr_error(error))
            return
        self.account_message.setText(done.replace("%1", code))
        self._refresh_keeping(code)

    def _unlock(self) -> None:
        code = self.selected_code()
        try:
            auth.unlock(self.ctx, self.user, code)
        except DomainError as error:
            self.account_message.setText(tr_error(error))
            return
        self.account_message.setText(self.tr("%1 can sign in again.").replace("%1", code))
        self._refresh_keeping(code)

    def _reset_pin(self) -> None:
        code = self.selected_code()
        try:
            auth.reset_pin(self.ctx, self.user, code, self.new_pin.text())
        except ValidationFailed as failed:
            self.account_message.setText(said(failed.errors.get("pin")) or tr_error(failed))
            return
        except DomainError as error:
            self.account_message.setText(tr_error(error))
            return
        finally:
            self.new_pin.clear()
        self.account_message.setText(self.tr("New PIN set for %1. Tell them in person.")
                                     .replace("%1", code))
        self._refresh_keeping(code)

    def _refresh_keeping(self, code: str) -> None:
        self.show_for(self.user)
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == code:
                self.list.setCurrentRow(row)

    def _add(self) -> None:
        try:
            member = auth.add_staff(self.ctx, self.user, name=self.name.text(),
                                    code=self.code.text(), role=Role(self.role.currentData()),
                                    pin=self.pin.text())
        except ValidationFailed as failed:
            self.rows.show(failed.errors)
            return
        except DomainError as error:
            self.message.setText(tr_error(error))
            return
        finally:
            self.pin.clear()
        self.rows.show({})
        self.name.clear()
        self.code.clear()
        self.message.setText(self.tr("Added %1.").replace("%1", member.name))
        self.show_for(self.user)
