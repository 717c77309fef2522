"""Head office's window: a head-office person signs in (as their own PostgreSQL role),
then sees the stores, the league table, trends, abuse by hour, RIDDOR cases and repeat
customers, finds records by their words, and prints the period pack.
Views that show incidents appear only for people with the incident right."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QFormLayout, QHBoxLayout, QLabel, QLineEdit, QMainWindow,
                               QPushButton, QStackedWidget, QTabWidget, QVBoxLayout, QWidget)

from desktop_app.domain.clock import Clock
from desktop_app.domain.errors import DomainError
from desktop_app.domain.language import Language
from desktop_app.services import head_office
from desktop_app.services.head_office import Viewer
from desktop_app.ui.head_office.pack_dialog import PackDialog
from desktop_app.ui.head_office.tabs import (AbuseView, LeagueView, RegionBox, RepeatView,
                                             RiddorView, SearchView, StoresView, TrendsView)
from desktop_app.ui import language as spoken
from desktop_app.ui.language import NATIVE_NAMES
from desktop_app.ui.text import tr_error


class SignInPage(QWidget):
    signed_in = Signal(object)           # a Viewer
    language_chosen = Signal(object)     # a Language: speak it from now on

    def __init__(self, url: str, clock: Clock | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.url, self.clock = url, clock
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 30, 40, 30)
        top = QHBoxLayout()
        title = QLabel(self.tr("Head office"), self)
        title.setProperty("role", "title")
        top.addWidget(title, 1)
        # head office serves every nation: Welsh is always offered, named in Welsh
        self.other_language = (Language.WELSH if spoken.current() is Language.ENGLISH
                               else Language.ENGLISH)
        self.language_button = QPushButton(NATIVE_NAMES[self.other_language], self)
        self.language_button.setObjectName("languageButton")
        self.language_button.clicked.connect(
            lambda: self.language_chosen.emit(self.other_language))
        top.addWidget(self.language_button)
        outer.addLayout(top)
        form = QFormLayout()
        self.code = QLineEdit(self)
        self.code.setObjectName("headOfficeCode")
        self.password = QLineEdit(self)
        self.password.setObjectName("headOfficePassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Your code"), self.code)
        form.addRow(self.tr("Password"), self.password)
        outer.addLayout(form)
        self.button = QPushButton(self.tr("Sign in"), self)
        self.button.setObjectName("headOfficeSignIn")
        self.button.setProperty("primary", True)
        self.button.clicked.connect(self.sign_in)
        self.password.returnPressed.connect(self.sign_in)
        self.code.returnPressed.connect(self.password.setFocus)
        outer.addWidget(self.button)
        self.message = QLabel(self)
        self.message.setObjectName("headOfficeSignInMessage")
        self.message.setWordWrap(True)
        outer.addWidget(self.message)
        outer.addStretch(1)

    def sign_in(self) -> None:
        try:
            viewer = head_office.sign_in_at(self.url, self.code.text(), self.password.text(),
                                            self.clock)
        except DomainError as error:
            self.message.setText(tr_error(error))
            self.password.clear()
            return
        self.password.clear()
        self.signed_in.emit(viewer)


class HeadOfficeWindow(QMainWindow):
    def __init__(self, url: str, clock: Clock | None = None) -> None:
        super().__init__()
        self.setObjectName("headOfficeWindow")
        self.setWindowTitle(self.tr("Till Complaint Logger: head office"))
        self.viewer: Viewer | None = None
        self.url, self.clock = url, clock
        self.stack = QStackedWidget(self)
        self.sign_in_page = self._sign_in_page()
        self.setCentralWidget(self.stack)
        self.resize(1366, 768)

    def _sign_in_page(self) -> SignInPage:
        page = SignInPage(self.url, self.clock, self)
        page.signed_in.connect(self._signed_in)
        page.language_chosen.connect(self.speak)
        self.stack.addWidget(page)
        return page

    def speak(self, language: Language) -> None:
        """Switch language at the sign-in page: the page is rebuilt in it, the code typed
        kept; the views are built in it at sign-in."""
        if not spoken.apply(language):
            return
        old, code = self.sign_in_page, self.sign_in_page.code.text()
        self.sign_in_page = self._sign_in_page()
        self.sign_in_page.code.setText(code)
        self.stack.setCurrentWidget(self.sign_in_page)
        self.stack.removeWidget(old)
        old.deleteLater()
        self.setWindowTitle(self.tr("Till Complaint Logger: head office"))

    def _signed_in(self, viewer: Viewer) -> None:
        self.viewer = viewer
        page = QWidget(self)
        layout = QVBoxLayout(page)
        who = QLabel(self.tr("%1 · %2").replace("%1", viewer.name).replace(
            "%2", viewer.region or self.tr("the whole chain")), page)
        who.setObjectName("headOfficeWho")
        layout.addWidget(who)
        self.tabs = QTabWidget(page)
        self.tabs.setObjectName("headOfficeTabs")
        self.stores = StoresView(viewer, self.tabs)
        self.league = LeagueView(viewer, self.tabs)
        self.tabs.addTab(self.stores, self.tr("Stores"))
        self.tabs.addTab(self.league, self.tr("League table"))
        self.trends = TrendsView(viewer, self.tabs)
        self.tabs.addTab(self.trends, self.tr("Trends"))
        self.views = [self.stores, self.league, self.trends]
        if viewer.incidents:
            self.abuse, self.riddor = AbuseView(viewer, self.tabs), RiddorView(viewer, self.tabs)
            self.tabs.addTab(self.abuse, self.tr("Abuse by hour"))
            self.tabs.addTab(self.riddor, self.tr("RIDDOR"))
            self.views += [self.abuse, self.riddor]
        self.repeat = RepeatView(viewer, self.tabs)
        self.tabs.addTab(self.repeat, self.tr("Repeat customers"))
        self.search = SearchView(viewer, self.tabs)
        self.tabs.addTab(self.search, self.tr("Find"))
        self.views += [self.repeat, self.search]
        layout.addWidget(self.tabs, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        pack = QPushButton(self.tr("Period pack…"), page)
        pack.setObjectName("headOfficePack")
        pack.clicked.connect(self.open_pack)
        sign_out = QPushButton(self.tr("Sign out"), page)
        sign_out.setObjectName("headOfficeSignOut")
        sign_out.clicked.connect(self.sign_out)
        buttons.addWidget(pack)
        buttons.addWidget(sign_out)
        layout.addLayout(buttons)
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        self.stores.refresh()
        regions = sorted({s.region for s in self.stores.found})
        for box in page.findChildren(RegionBox):
            box.set_regions(regions)
        self.tabs.currentChanged.connect(lambda index: self.tabs.widget(index).refresh())

    def open_pack(self) -> PackDialog:
        dialog = PackDialog(self.viewer, self.stores.found, self)
        dialog.show()
        return dialog

    def sign_out(self) -> None:
        page = self.stack.currentWidget()
        if self.viewer is not None:
            self.viewer.close()
            self.viewer = None
        self.stack.setCurrentWidget(self.sign_in_page)
        if page is not self.sign_in_page:
            self.stack.removeWidget(page)
            page.deleteLater()

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        if self.viewer is not None:
            self.viewer.close()
        super().closeEvent(event)


def run_head_office(url: str) -> int:
    from desktop_app.ui.app import make_application

    app = make_application()
    window = HeadOfficeWindow(url)
    window.show()
    return app.exec()
