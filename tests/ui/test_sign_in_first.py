"""Start-up as the person meets it: a store that exists shows its sign-in screen before the
database layer is loaded, and what is typed there, a Sign in already pressed included,
carries on once the file is open. A first start shows the starting window, then the
first-run form.

The file's opening is held back by the test (an event it releases), so "before the file is
open" is a fact of the test, not a race it hopes to win."""

from __future__ import annotations

import shutil
import threading

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication

from desktop_app.storage.audit_anchor import anchor_path
from desktop_app.ui import app as app_module
from desktop_app.ui.app import Startup, make_application
from tests.conftest import STAFF_PIN


@pytest.fixture
def held_open(monkeypatch):
    """Opening the file waits until the test lets it go."""
    release = threading.Event()
    opening = app_module.open_quietly

    def slow(db):  # noqa: ANN001, ANN202
        release.wait(30)
        return opening(db)

    monkeypatch.setattr(app_module, "open_quietly", slow)
    yield release
    release.set()


@pytest.fixture
def started(qtbot, held_open):
    """Startups made by a test (its file's opening held back), closed as the program
    closes them."""
    made: list[Startup] = []

    def start(db) -> Startup:  # noqa: ANN001
        made.append(Startup(make_application(), str(db)))
        made[-1].starting.activateWindow()
        qtbot.waitUntil(made[-1].starting.isActiveWindow)
        return made[-1]

    yield start
    held_open.set()
    for startup in made:
        QThreadPool.globalInstance().waitForDone(30_000)   # the opening
        chores = getattr(startup, "chores", None)
        if chores is not None:
            chores.stop.set()
        QThreadPool.globalInstance().waitForDone(30_000)
        for window in (startup.window, startup.starting):
            if window is not None:
                window.close()
                window.deleteLater()
        if startup.ctx is not None:
            startup.ctx.close()


def existing_store(db_path, store_template) -> None:  # noqa: ANN001
    shutil.copyfile(store_template, db_path)
    shutil.copyfile(anchor_path(store_template), anchor_path(db_path))


def test_the_sign_in_screen_takes_typing_before_the_file_is_open(
        qtbot, db_path, store_template, held_open, started):
    existing_store(db_path, store_template)
    startup = started(db_path)
    screen = startup.sign_in
    qtbot.waitExposed(startup.starting)
    assert startup.ctx is None and screen.isVisible()
    assert screen.names.count() == 0                     # the staff list needs the file

    qtbot.keyClicks(screen.code, "S01")
    qtbot.keyClick(screen.code, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is screen.pin
    qtbot.keyClicks(screen.pin, STAFF_PIN)
    qtbot.keyClick(screen.pin, Qt.Key.Key_Return)        # pressed before the file is open
    assert screen.message.text() == "Opening the complaint records…"
    assert not screen.button.isEnabled()

    held_open.set()
    qtbot.waitUntil(lambda: startup.window is not None
                    and startup.window.stack.currentWidget() is startup.window.home,
                    timeout=20_000)
    assert startup.window.user.code == "S01"
    assert startup.window.window() is startup.starting    # the same window, filled by it


def test_what_is_typed_stays_and_the_staff_list_fills_in_when_the_file_opens(
        qtbot, db_path, store_template, held_open, started):
    existing_store(db_path, store_template)
    startup = started(db_path)
    screen = startup.sign_in
    qtbot.waitExposed(startup.starting)
    qtbot.keyClicks(screen.code, "S0")

    held_open.set()
    qtbot.waitUntil(lambda: startup.window is not None and startup.window.isVisible(),
                    timeout=20_000)
    screen = startup.sign_in                             # the main window's, carrying on
    assert startup.window.stack.currentWidget() is screen
    assert screen.code.text() == "S0"
    assert QApplication.focusWidget() is screen.code     # the cursor where the person was
    listed = [screen.names.item(i).text() for i in range(screen.names.count())]
    assert "Sam Staff  (S01)" in listed and len(listed) == 3
    qtbot.keyClicks(screen.code, "1")
    qtbot.keyClick(screen.code, Qt.Key.Key_Return)
    qtbot.keyClicks(screen.pin, STAFF_PIN)
    qtbot.mouseClick(screen.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: startup.window.stack.currentWidget() is startup.window.home,
                    timeout=20_000)
    assert startup.window.user.code == "S01"


def test_a_first_start_shows_the_starting_window_then_the_first_run_form(
        qtbot, db_path, held_open, started):
    startup = started(db_path)                           # no file yet: a new store
    qtbot.waitExposed(startup.starting)
    assert startup.sign_in is None
    assert startup.starting.objectName() == "startingWindow"
    held_open.set()
    qtbot.waitUntil(lambda: startup.window is not None, timeout=20_000)
    assert startup.window.stack.currentWidget() is startup.window.first_run


def test_the_workspace_is_built_ahead_while_the_home_screen_shows(qtbot, ctx):
    from PySide6.QtWidgets import QWidget

    from tests.conftest import MANAGER_PIN
    from tests.ui.helpers import open_window, sign_in

    window = open_window(qtbot, ctx)
    assert window.findChild(QWidget, "workspaceScreen") is None
    sign_in(qtbot, window, "M01", MANAGER_PIN)
    qtbot.waitUntil(lambda: not window.preparing.busy)
    built = window.findChild(QWidget, "workspaceScreen")
    assert built is not None and window.stack.currentWidget() is window.home
    tabs = [built.tabs.tabText(i) for i in range(built.tabs.count())]
    assert tabs[0] == "All complaints" and tabs[-1] == "Dashboard"   # a manager's four
    assert len(tabs) == 4
    qtbot.mouseClick(window.home.workspace_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is built)
