"""The window while the start-up page check runs: sign in and type as usual; a save waits
for the check with a note and then goes through by itself; damage found offers the backup."""

from __future__ import annotations

import sqlite3
import threading
from datetime import datetime

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QMessageBox

from desktop_app.services import maintenance
from desktop_app.services.integrity_gate import CheckState, IntegrityGate
from desktop_app.ui.app import StartupChores
from tests.conftest import STAFF_PIN
from tests.services.test_start_up_check import damage_a_page
from tests.ui.helpers import fill_step, open_window, sign_in, start

TODAY = QDate(2026, 3, 10)


def walk_to_the_end(driver) -> None:  # noqa: ANN001
    while True:
        fill_step(driver, TODAY)
        if driver.wizard.nextId() == -1:
            return
        driver.next()


def saved_count(ctx) -> int:  # noqa: ANN001
    with sqlite3.connect(ctx.db.path) as raw:
        return raw.execute("SELECT count(*) FROM complaints").fetchone()[0]


def test_a_save_during_the_check_shows_a_note_then_saves_by_itself(qtbot, ctx, clock):
    ctx.integrity = IntegrityGate.pending()
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "S01", STAFF_PIN)             # signing in does not wait
    driver = start(qtbot, window)
    window.idle.stop()
    walk_to_the_end(driver)
    driver.click("saveButton")
    note = window.findChild(QDialog, "checkWaitNote")
    assert note is not None and note.isVisible()
    assert saved_count(ctx) == 0 and window.wizard is not None   # waiting, form as it was

    with qtbot.waitSignal(window.complaint_saved, timeout=10_000) as saved:
        threading.Thread(target=ctx.integrity.settle, args=(True,)).start()
    assert saved.args[0].reference == "GLA01-2026-000001" and saved_count(ctx) == 1
    qtbot.waitUntil(lambda: window.findChild(QDialog, "checkWaitNote") is None)


def test_damage_found_refuses_the_save_and_keeps_the_form(qtbot, ctx, clock):
    ctx.integrity = IntegrityGate.pending()
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "S01", STAFF_PIN)
    driver = start(qtbot, window)
    window.idle.stop()
    walk_to_the_end(driver)
    ctx.integrity.settle(False, "The database file is damaged. Nothing more can be saved.")
    driver.click("saveButton")
    assert "damaged" in driver.wizard.save_error
    assert driver.wizard.isVisible() and saved_count(ctx) == 0


def test_damage_found_after_opening_offers_the_newest_backup(qtbot, ctx, dialogs):
    maintenance.automatic_backup(ctx.db.path, now=datetime(2026, 3, 10, 8, 0))
    damage_a_page(ctx.db.path)
    ctx.integrity = IntegrityGate.pending()
    window = open_window(qtbot, ctx)
    dialogs.expect(QMessageBox.StandardButton.Ok)       # "Restore the newest backup"
    chores = StartupChores(ctx, window)
    qtbot.waitUntil(lambda: bool(dialogs.seen) and ctx.integrity.state is CheckState.SOUND,
                    timeout=10_000)
    assert "damaged" in dialogs.seen[0] and "Settings, Backups" in dialogs.seen[0]
    assert maintenance.startup_check(ctx.db.path).ok
    assert window.stack.currentWidget() is window.sign_in
    assert chores.ctx is ctx
