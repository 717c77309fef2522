"""Starting the window: Qt application, style, translations, database, first screen.

The first window appears before the database layer (SQLAlchemy), Alembic or reportlab are
imported: a starting window is shown at once, and the database is opened from the event
loop right after it is on screen.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import APP_NAME, __version__
from desktop_app.locations import resource

# Smoke tests and benchmarks: TILL_SMOKE_TEST=1 quits with status 0 once the main window is
# ready; TILL_SMOKE_TEST=first quits as soon as the first (starting) window is on screen.
SMOKE_TEST_ENV = "TILL_SMOKE_TEST"


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("TillComplaintLogger")
    style = resource("styles", "till.qss")
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    icon = resource("icons", "app.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    install_translations(app)
    return app


def install_translations(app: QApplication) -> None:
    """English (UK) is the source language; other languages load from resources/translations."""
    locale = QLocale.system()
    for folder, prefix in ((str(resource("translations")), "till"),
                           (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), "qtbase")):
        translator = QTranslator(app)
        if translator.load(locale, prefix, "_", folder):
            app.installTranslator(translator)


def open_context(db: str | None):  # noqa: ANN201 - AppContext, imported late on purpose
    from desktop_app.services import maintenance
    from desktop_app.services.context import explain_failure, open_app, resolve_db_path

    path = resolve_db_path(db)
    try:
        if not recover_if_damaged(path):
            return None
        return open_app(path, before_upgrade=maintenance.backup_before_upgrade)
    except Exception as error:  # noqa: BLE001 - a sentence for the person, never a traceback
        QMessageBox.critical(None, APP_NAME, explain_failure(error))
    return None


def recover_if_damaged(path) -> bool:  # noqa: ANN001 - a Path
    """Before opening: a damaged file is explained, the newest good backup offered and the
    damaged file kept aside. A file that cannot be opened now (locked by another program,
    a read-only folder) or one from a newer version is explained and never replaced."""
    from datetime import datetime

    from desktop_app.domain.errors import DomainError
    from desktop_app.services import maintenance

    found = maintenance.startup_check(path)
    if found.ok:
        return True
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, found.message)
    box.setObjectName("damagedDatabaseBox" if found.damaged else "unavailableDatabaseBox")
    can_restore = found.damaged and found.newest_good_backup is not None
    box.setStandardButtons((QMessageBox.StandardButton.Ok if can_restore else
                            QMessageBox.StandardButton.NoButton) | QMessageBox.StandardButton.Close)
    if can_restore:
        box.button(QMessageBox.StandardButton.Ok).setText(
            QApplication.translate("Startup", "Restore the newest backup"))
    if box.exec() != QMessageBox.StandardButton.Ok or not can_restore:
        return False
    try:
        maintenance.restore_after_damage(path, found.newest_good_backup, now=datetime.now())
    except (DomainError, OSError) as error:
        QMessageBox.critical(None, APP_NAME, str(error))
        return False
    return True


class StartupChores:
    """Off the UI thread at start-up: today's automatic backup (its own read connection),
    then the retention sweep (through the one writer, like any save)."""

    def __init__(self, ctx) -> None:  # noqa: ANN001 - an AppContext
        from PySide6.QtCore import QRunnable, QThreadPool

        self.ctx = ctx
        self.path = ctx.db.path
        runnable = QRunnable.create(self.run)
        QThreadPool.globalInstance().start(runnable)

    def run(self) -> None:
        import logging
        from datetime import datetime

        from desktop_app.services import data_protection, maintenance
        log = logging.getLogger(__name__)
        try:
            days = maintenance.keep_days_from_file(self.path)
            maintenance.automatic_backup(self.path, now=datetime.now(), keep_days=days)
        except Exception:  # noqa: BLE001 - a failed daily backup must never stop the till
            log.warning("The automatic backup failed", exc_info=True)
        try:
            data_protection.retention_sweep(self.ctx)
        except Exception:  # noqa: BLE001 - tried again at the next start; never stops the till
            log.warning("The retention sweep failed", exc_info=True)


class Startup:
    """Shows the starting window, then opens the database and swaps in the main window."""

    def __init__(self, app: QApplication, db: str | None) -> None:
        from desktop_app.ui.splash import StartingWindow

        self.app = app
        self.db = db
        self.ctx = None
        self.window = None
        self.exit_code = 0
        self.starting = StartingWindow()
        self.starting.show()
        if os.environ.get(SMOKE_TEST_ENV) == "first":
            QTimer.singleShot(0, self.app.quit)
        else:
            QTimer.singleShot(0, self.finish)

    def finish(self) -> None:
        self.ctx = open_context(self.db)
        if self.ctx is None:
            self.exit_code = 1
            self.starting.close()
            self.app.quit()
            return
        from desktop_app.ui.main_window import MainWindow

        self.window = MainWindow(self.ctx)
        self.window.show()
        self.starting.close()
        if not os.environ.get(SMOKE_TEST_ENV):
            self.chores = StartupChores(self.ctx)
        if os.environ.get(SMOKE_TEST_ENV):
            QTimer.singleShot(0, self.app.quit)


def run_gui(db: str | None = None) -> int:
    app = make_application()
    startup = Startup(app, db)
    try:
        code = app.exec()
    finally:
        from PySide6.QtCore import QThreadPool
        QThreadPool.globalInstance().waitForDone(30_000)     # start-up chores finish first
        if startup.ctx is not None:
            startup.ctx.close()
    return startup.exit_code or code
