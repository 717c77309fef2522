"""Sign in: choose your name (or type your staff code), then your PIN.

At start-up a copy of this screen is the first window, up before the database layer is
imported (ui.splash, ui.app): the person can type their code and PIN at once, and the main
window's screen carries on with what was typed and a Sign in already pressed. So this
module imports no service at its top; `auth` is imported when there is a database.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QPushButton, QVBoxLayout, QWidget)

from desktop_app.domain.language import Language
from desktop_app.domain.staff import StaffMember
from desktop_app.ui.language import NATIVE_NAMES, other_offered
from desktop_app.ui.background import BackgroundQuery
from desktop_app.ui.forms import show_message

if TYPE_CHECKING:
    from desktop_app.services.context import AppContext


class SignInScreen(QWidget):
    signed_in = Signal(object)     # StaffMember
    language_chosen = Signal(object)   # Language: speak it now, and keep it for whoever signs in

    def __init__(self, ctx: AppContext | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pressed_early = False    # Sign in pressed with no database yet
        #: chosen here before signing in: kept as the person's own (ui.main_window)
        self.chosen_language: Language | None = None
        self.setObjectName("signInScreen")
        outer = QHBoxLayout(self)
        outer.setContentsMargins(40, 30, 40, 30)
        left = QVBoxLayout()
        who = QLabel(self.tr("Who are you?"), self)
        who.setProperty("role", "title")
        left.addWidget(who)
        self.names = QListWidget(self)
        self.names.setObjectName("staffList")
        self.names.setAccessibleName(self.tr("Staff"))
        self.names.setStyleSheet("QListWidget::item { min-height: 48px; font-size: 18px; }")
        self.names.itemClicked.connect(self._chosen)
        self.names.itemActivated.connect(self._chosen)
        left.addWidget(self.names, 1)
        outer.addLayout(left, 1)

        right = QVBoxLayout()
        self.language_button = QPushButton(self)
        self.language_button.setObjectName("languageButton")
        self.language_button.clicked.connect(self._language)
        self.language_button.hide()               # shown where the store offers Welsh
        right.addWidget(self.language_button, 0, Qt.AlignmentFlag.AlignRight)
        right.addSpacing(20)
        code_label = QLabel(self.tr("Staff code"), self)
        self.code = QLineEdit(self)
        self.code.setObjectName("staffCode")
        self.code.setAccessibleName(self.tr("Staff code"))
        code_label.setBuddy(self.code)
        pin_label = QLabel(self.tr("PIN"), self)
        self.pin = QLineEdit(self)
        self.pin.setObjectName("pin")
        self.pin.setAccessibleName(self.tr("PIN"))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        pin_label.setBuddy(self.pin)
        self.pin.returnPressed.connect(self._sign_in)
        self.code.returnPressed.connect(self.pin.setFocus)
        self.signing = BackgroundQuery(self)
        self.signing.done.connect(self._signed)
        self.signing.failed.connect(self._refused)
        self.button = QPushButton(self.tr("Sign in"), self)
        self.button.setObjectName("signInButton")
        self.button.setProperty("primary", True)
        self.button.clicked.connect(self._sign_in)
        self.message = QLabel("", self)
        self.message.setObjectName("signInMessage")
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        for widget in (code_label, self.code, pin_label, self.pin, self.button, self.message):
            right.addWidget(widget)
        right.addStretch(1)
        outer.addLayout(right, 1)

    def refresh(self) -> None:
        """A fresh screen: the staff list read again, nothing typed."""
        self._list_staff()
        self._offer_languages()
        self.code.clear()
        self.pin.clear()
        self.message.clear()
        self.code.setFocus()

    def tell(self, text: str) -> None:
        """A word for the next person to sign in (not an error)."""
        show_message(self.message, text, role="prompt")

    def carry_on_from(self, first: SignInScreen) -> QLineEdit:
        """What was typed on the screen shown before the file was open (ui.splash), and a
        Sign in pressed there, carried on here; the field the person was in is returned,
        for the focus to stay there."""
        typing_in = self.code
        for mine, theirs in ((self.code, first.code), (self.pin, first.pin)):
            mine.setText(theirs.text())
            if theirs.hasFocus():
                typing_in = mine
        if first.pressed_early:
            self._sign_in()
        return typing_in

    def _offer_languages(self) -> None:
        """One button for the other language, named in that language (Cymraeg, English)."""
        if self.ctx is None:
            return
        self.other_language = other_offered(self.ctx)
        self.language_button.setVisible(self.other_language is not None)
        if self.other_language is not None:
            self.language_button.setText(NATIVE_NAMES[self.other_language])

    def _language(self) -> None:
        self.language_chosen.emit(self.other_language)

    def _list_staff(self) -> None:
        self.names.clear()
        if self.ctx is None:
            return
        from desktop_app.services import auth

        for member in auth.staff_list(self.ctx):
            item = QListWidgetItem(f"{member.name}  ({member.code})")
            item.setData(Qt.ItemDataRole.UserRole, member.code)
            self.names.addItem(item)

    def _chosen(self, item: QListWidgetItem) -> None:
        self.code.setText(item.data(Qt.ItemDataRole.UserRole))
        self.pin.setFocus()

    def _sign_in(self) -> None:
        """On the pool: checking a PIN is slow on purpose (argon2) and may wait a moment for
        the writer, so the window never stalls on it."""
        if self.signing.busy or self.pressed_early:
            return
        self.button.setEnabled(False)
        if self.ctx is None:
            self.pressed_early = True
            self.message.setText(self.tr("Opening the complaint records…"))
            return
        from desktop_app.services import auth

        self.message.setText(self.tr("Signing in…"))
        self.signing.run(auth.sign_in, self.ctx, self.code.text(), self.pin.text())

    def _signed(self, member: StaffMember) -> None:
        self.button.setEnabled(True)
        self.pin.clear()
        self.message.clear()
        self.signed_in.emit(member)

    def _refused(self, message: str) -> None:
        self.button.setEnabled(True)
        self.pin.clear()
        self.message.setText(message)
        self.pin.setFocus()
