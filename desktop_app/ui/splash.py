"""The first window, shown at once while the database is opened and checked.

A store that exists gets its sign-in screen straight away (`SignInFirst`): the person types
their code and PIN while the database layer is imported on a worker, and the main window's
sign-in screen carries on with what was typed when the file is open. A first start, with no store yet, gets
`StartingWindow` until the first-run form is ready.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedLayout, QVBoxLayout, QWidget

from desktop_app import APP_NAME, __version__
from desktop_app.ui.sign_in import SignInScreen

WIDTH, HEIGHT = 1024, 768
FRAME = (16, 48)            # the most a window manager's borders and title bar take


class FirstWindow(QWidget):
    """The top-level window: a first page now, the main window once the file is open."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setWindowTitle(APP_NAME)
        self.resize(WIDTH, HEIGHT)
        self.pages = QStackedLayout(self)
        self.pages.setContentsMargins(0, 0, 0, 0)
        self.sign_in: SignInScreen | None = None

    def show_fitted(self) -> None:
        """1024×768 where the screen has room for that and the title bar around it (a
        manager's monitor); otherwise maximised, so that on a till's 1024×768 or 1366×768
        screen the title bar and the bottom row stay on screen, above the taskbar."""
        room = self.screen().availableGeometry()
        # The window manager's frame is not known before the window is shown; a title bar
        # and borders take up to FRAME pixels, so anything tighter is a till's screen.
        if room.width() < WIDTH + FRAME[0] or room.height() < HEIGHT + FRAME[1]:
            self.showMaximized()
        else:
            self.show()
            self.move(room.center() - self.rect().center())

    def take_in(self, main_window: QWidget) -> None:
        """The main window fills this one from now on (the first page is let go)."""
        first = self.pages.currentWidget()
        self.pages.addWidget(main_window)
        self.pages.setCurrentWidget(main_window)
        if first is not None:
            self.pages.removeWidget(first)
            first.deleteLater()
        self.sign_in = None


class StartingWindow(FirstWindow):
    def __init__(self) -> None:
        super().__init__("startingWindow")
        page = QWidget(self)
        self.pages.addWidget(page)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        title = QLabel(APP_NAME, self)
        title.setProperty("role", "title")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        self.status = QLabel(self.tr("Opening the complaint records…"), self)
        self.status.setObjectName("startingStatus")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.status)
        version = QLabel(self.tr("Version %1").replace("%1", __version__), self)
        version.setAlignment(Qt.AlignmentFlag.AlignCenter)
        version.setProperty("role", "help")
        layout.addWidget(version)
        layout.addStretch(1)


class SignInFirst(FirstWindow):
    """The sign-in screen on its own, before the database is open."""

    def __init__(self) -> None:
        super().__init__("signInFirstWindow")
        self.sign_in = SignInScreen(None, self)
        self.pages.addWidget(self.sign_in)
        self.sign_in.code.setFocus()
