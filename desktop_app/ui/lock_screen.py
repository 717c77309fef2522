"""The locked till: nothing of the work underneath shows until someone gives their PIN.

The person who was signed in gets back exactly where they were; anyone else signs in
afresh, and the first person's unfinished form is kept as a draft only they (or a manager)
can open.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop_app.domain.staff import StaffMember
from desktop_app.services import auth
from desktop_app.services.context import AppContext
from desktop_app.ui.background import BackgroundQuery


class LockScreen(QWidget):
    unlocked = Signal(object)      # the StaffMember who unlocked it

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("lockScreen")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(200, 60, 200, 60)
        layout.addStretch(1)
        title = QLabel(self.tr("This till is locked"), self)
        title.setProperty("role", "title")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        self.who = QLabel(self)
        self.who.setObjectName("lockedFor")
        self.who.setWordWrap(True)
        self.who.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.who)
        self.code = QLineEdit(self)
        self.code.setObjectName("lockCode")
        self.code.setAccessibleName(self.tr("Staff code"))
        self.code.setPlaceholderText(self.tr("Staff code"))
        layout.addWidget(self.code)
        self.pin = QLineEdit(self)
        self.pin.setObjectName("lockPin")
        self.pin.setAccessibleName(self.tr("PIN"))
        self.pin.setPlaceholderText(self.tr("PIN"))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.returnPressed.connect(self._unlock)
        self.code.returnPressed.connect(self.pin.setFocus)
        layout.addWidget(self.pin)
        self.button = QPushButton(self.tr("Unlock"), self)
        self.button.setObjectName("unlockTillButton")
        self.button.setProperty("primary", True)
        self.button.clicked.connect(self._unlock)
        self.checking = BackgroundQuery(self)
        self.checking.done.connect(self._checked)
        self.checking.failed.connect(self._refused)
        layout.addWidget(self.button)
        self.message = QLabel(self)
        self.message.setObjectName("lockMessage")
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def lock_for(self, user: StaffMember) -> None:
        self.who.setText(self.tr("%1, enter your PIN to carry on. Someone else can sign in "
                                 "with their own code; %1's work is kept for them.")
                         .replace("%1", user.name))
        self.code.setText(user.code)
        self.pin.clear()
        self.message.clear()
        self.pin.setFocus()

    def _unlock(self) -> None:
        """The PIN is checked on the pool, as at sign-in (argon2 is slow on purpose)."""
        if self.checking.busy:
            return
        self.button.setEnabled(False)
        self.checking.run(auth.sign_in, self.ctx, self.code.text(), self.pin.text())
        self.pin.clear()

    def _checked(self, member: StaffMember) -> None:
        self.button.setEnabled(True)
        self.unlocked.emit(member)

    def _refused(self, message: str) -> None:
        self.button.setEnabled(True)
        self.message.setText(message)
