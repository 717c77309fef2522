"""Starting the window: Qt application, style, translations, database, first screen.

The first window appears before the database layer (SQLAlchemy), Alembic or reportlab are
imported. A store that exists shows its sign-in screen at once (ui.splash.SignInFirst):
the person types while the database layers are imported and the file opened on a worker,
and a Sign in pressed meanwhile goes ahead when the file is open. A first start shows a
starting window until the first-run form is ready. Opening reads only the file's header,
versions and triggers; the page check, today's backup and the retention sweep follow on
the pool (services.startup), so the sign-in screen is up whatever the size of the file.
"""

from __future__ import annotations

import os
import sys
import threading

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import APP_NAME, __version__
from desktop_app.locations import resource
from desktop_app.ui.main_thread_gc import collect_on_ui_thread, settled_after_start
from desktop_app.ui.text import tr_error
from desktop_app.ui.wheel_guard import guard_the_wheel

# Smoke tests and benchmarks: TILL_SMOKE_TEST=1 quits with status 0 once the main window is
# ready; TILL_SMOKE_TEST=first quits as soon as the first (starting) window is on screen.
SMOKE_TEST_ENV = "TILL_SMOKE_TEST"


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("TillComplaintLogger")
    style = resource("styles", "till.qss")
    if style.exists():   # its images are in resources/icons, wherever that folder is
        app.setStyleSheet(style.read_text(encoding="utf-8").replace(
            "url(ICONS/", f"url({resource('icons').as_posix()}/"))
    icon = resource("icons", "app.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    install_translations(app)
    guard_the_wheel(app)
    collect_on_ui_thread(app, after_start=True)
    return app


def install_translations(app: QApplication) -> None:
    """Qt's own words (its dialogs' buttons) follow the PC's language. The till's own
    language is the store's or the person's choice, not the PC's (ui.language, applied by
    the main window): English (UK) until then."""
    translator = QTranslator(app)
    if translator.load(QLocale.system(), "qtbase", "_",
                       QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(translator)


def open_context(db: str | None):  # noqa: ANN201 - AppContext, imported late on purpose
    from desktop_app.services import maintenance
    from desktop_app.services.context import explain_failure, open_app
    from desktop_app.services.db_location import resolve_db_path

    path = resolve_db_path(db)
    try:
        if not recover_if_damaged(path):
            return None
        return open_app(path, before_upgrade=maintenance.backup_before_upgrade)
    except Exception as error:  # noqa: BLE001 - a sentence for the person, never a traceback
        QMessageBox.critical(None, APP_NAME, explain_failure(error))
    return None


def open_quietly(db: str | None):  # noqa: ANN201 - (AppContext | None, str)
    """On a worker while the starting window shows: import the database layers and open the
    file. Nothing here touches a widget; what needs a person (a damaged or unavailable file,
    a refusal) is left to the UI thread, which asks as `open_context` does."""
    import importlib

    from desktop_app.services import auth, maintenance, setup
    from desktop_app.services.context import explain_failure, open_app
    from desktop_app.services.db_location import resolve_db_path

    importlib.import_module("desktop_app.ui.main_window")   # its imports; no widget made
    path = resolve_db_path(db)
    try:
        if not maintenance.startup_check(path, thorough=False).ok:
            return None, ""
        ctx = open_app(path, before_upgrade=maintenance.backup_before_upgrade)
    except Exception as error:  # noqa: BLE001 - a sentence for the person, never a traceback
        return None, explain_failure(error)
    # The main window's first two reads, asked once here so that SQLAlchemy has compiled
    # them before the UI thread asks (each costs milliseconds the first time only).
    setup.is_set_up(ctx)
    auth.staff_list(ctx)
    return ctx, ""


def recover_if_damaged(path) -> bool:  # noqa: ANN001 - a Path
    """Before opening, a look at the header, versions and triggers (every page is read in
    the background afterwards): a damaged file is explained, the newest good backup offered
    and the damaged file kept aside. A file that cannot be opened now (locked by another
    program, a read-only folder) or one from a newer version is explained and never
    replaced."""
    from datetime import datetime

    from desktop_app.domain.errors import DomainError
    from desktop_app.services import maintenance

    found = maintenance.startup_check(path, thorough=False)
    if found.ok:
        return True
    if not ask_to_restore(found.message, damaged=found.damaged,
                          backup=found.newest_good_backup):
        return False
    try:
        maintenance.restore_after_damage(path, found.newest_good_backup, now=datetime.now())
    except (DomainError, OSError) as error:
        QMessageBox.critical(None, APP_NAME, tr_error(error))
        return False
    return True


def ask_to_restore(message: str, *, damaged: bool, backup, parent=None) -> bool:  # noqa: ANN001
    """The damaged (or unavailable) file explained; True if the person chose the backup."""
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, message,
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("damagedDatabaseBox" if damaged else "unavailableDatabaseBox")
    can_restore = damaged and backup is not None
    box.setStandardButtons((QMessageBox.StandardButton.Ok if can_restore else
                            QMessageBox.StandardButton.NoButton) | QMessageBox.StandardButton.Close)
    if can_restore:
        box.button(QMessageBox.StandardButton.Ok).setText(
            QApplication.translate("Startup", "Restore the newest backup"))
    return box.exec() == QMessageBox.StandardButton.Ok and can_restore


class StartupChores:
    """After the window is up, off the UI thread: the page check, today's backup and the
    retention sweep (services.startup). A save waits for the check; damage found is
    explained with the newest good backup offered, as at opening."""

    def __init__(self, ctx, window=None) -> None:  # noqa: ANN001 - AppContext, MainWindow
        from PySide6.QtCore import QRunnable, QThreadPool

        from desktop_app.services import startup
        from desktop_app.ui.check_wait import GateWatcher

        self.ctx, self.window = ctx, window
        self.stop = threading.Event()
        self.watcher = GateWatcher()
        self.watcher.settled.connect(self._answered)
        self.watcher.watch(ctx.integrity)
        QThreadPool.globalInstance().start(QRunnable.create(
            lambda: startup.after_opening(ctx, stop=self.stop)))

    def _answered(self, state: str) -> None:
        from desktop_app.domain.errors import DomainError
        from desktop_app.services import maintenance
        from desktop_app.services.integrity_gate import CheckState

        if state != CheckState.DAMAGED.value:
            return
        backup = maintenance.newest_good_backup(self.ctx.db.path)
        if not ask_to_restore(self.ctx.integrity.message, damaged=True, backup=backup,
                              parent=self.window):
            return
        try:
            maintenance.restore_damaged_in_place(self.ctx, backup)
        except (DomainError, OSError) as error:
            QMessageBox.critical(self.window, APP_NAME, tr_error(error))
            return
        if self.window is not None:
            self.window.after_restore()


class Startup:
    """Shows the starting window, then opens the database and swaps in the main window.
    The sign-in screen is up before anything that grows with the data has run."""

    def __init__(self, app: QApplication, db: str | None) -> None:
        from desktop_app.services.db_location import resolve_db_path, store_exists
        from desktop_app.ui.splash import SignInFirst, StartingWindow

        self.app = app
        self.db = db
        self.ctx = None
        self.window = None
        self.exit_code = 0
        # A store that exists: its sign-in screen at once, typed into while the file opens.
        self.starting = SignInFirst() if store_exists(resolve_db_path(db)) else StartingWindow()
        self.starting.show_fitted()
        if os.environ.get(SMOKE_TEST_ENV) == "first":
            QTimer.singleShot(0, self.app.quit)
            return
        from desktop_app.ui.background import BackgroundQuery

        # Importing SQLAlchemy and opening the file take a few hundred milliseconds: on a
        # worker, so the window never stops answering meanwhile.
        self.opening = BackgroundQuery()
        self.opening.done.connect(self.finish)
        self.opening.failed.connect(lambda message: self.finish((None, message)))
        QTimer.singleShot(0, lambda: self.opening.run(open_quietly, self.db))

    @property
    def sign_in(self):  # noqa: ANN201 - SignInScreen | None
        """The sign-in screen the person can type in now, wherever it is."""
        if self.window is not None and self.window.isVisible():
            return self.window.sign_in
        return self.starting.sign_in

    def finish(self, opened: tuple) -> None:
        self.ctx, refused = opened
        if refused:
            QMessageBox.critical(None, APP_NAME, refused)
        elif self.ctx is None:               # damaged or unavailable: explained, as before
            self.ctx = open_context(self.db)
        if self.ctx is None:
            self.exit_code = 1
            self.starting.close()
            self.app.quit()
            return
        from desktop_app.ui.main_window import MainWindow

        # Two turns of the event loop, so that neither is a stall the person feels: the
        # main window is built, then it carries on with what was typed and takes over.
        self.window = MainWindow(self.ctx)
        QTimer.singleShot(0, self._take_over)

    def _take_over(self) -> None:
        from desktop_app.services.integrity_gate import IntegrityGate

        first, typing_in = self.starting.sign_in, None
        if first is not None and self.window.stack.currentWidget() is self.window.sign_in:
            typing_in = self.window.sign_in.carry_on_from(first)
        self.starting.take_in(self.window)
        if typing_in is not None:
            typing_in.setFocus()
        settled_after_start()
        if os.environ.get(SMOKE_TEST_ENV):         # a smoke test only looks, then quits
            QTimer.singleShot(0, self.app.quit)
            return
        self.ctx.integrity = IntegrityGate.pending()
        self.chores = StartupChores(self.ctx, self.window)


def run_gui(db: str | None = None) -> int:
    app = make_application()
    startup = Startup(app, db)
    try:
        code = app.exec()
    finally:
        from PySide6.QtCore import QThreadPool
        chores = getattr(startup, "chores", None)
        if chores is not None:
            chores.stop.set()                       # the sweep carries on at the next start
        QThreadPool.globalInstance().waitForDone(30_000)
        if startup.ctx is not None:
            startup.ctx.close()
    return startup.exit_code or code
