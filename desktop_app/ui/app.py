"""Starting the window: Qt application, style, translations, database, first screen."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import APP_NAME, __version__
from desktop_app.locations import resource
from desktop_app.services.context import (AppContext, DatabaseLocationError, SchemaTooNew,
                                          open_app, resolve_db_path)

SMOKE_TEST_ENV = "TILL_SMOKE_TEST"   # quit with status 0 once the first window is shown


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
    for folder, prefix in ((str(resource("translations")), "till_"),
                           (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), "qtbase_")):
        translator = QTranslator(app)
        if translator.load(locale, prefix.rstrip("_"), "_", folder):
            app.installTranslator(translator)


def open_context(db: str | None) -> AppContext | None:
    path = resolve_db_path(db)
    try:
        return open_app(path)
    except (SchemaTooNew, DatabaseLocationError) as error:
        QMessageBox.critical(None, APP_NAME, str(error))
    except OSError as error:
        QMessageBox.critical(None, APP_NAME, f"The database at {path} could not be opened: "
                                             f"{error.strerror or error}.")
    return None


def run_gui(db: str | None = None) -> int:
    app = make_application()
    ctx = open_context(db)
    if ctx is None:
        return 1
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(ctx)
    window.show()
    if os.environ.get(SMOKE_TEST_ENV):
        QTimer.singleShot(0, app.quit)
    try:
        return app.exec()
    finally:
        ctx.close()
