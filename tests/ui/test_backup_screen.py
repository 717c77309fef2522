"""A manager backs up to a chosen folder and restores from a backup, through the screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.services import auth
from desktop_app.domain.staff import Role
from desktop_app.storage import backup as store
from tests.conftest import MANAGER_PIN
from tests.ui.helpers import open_window, sign_in

CLICK = Qt.MouseButton.LeftButton


def test_back_up_to_a_usb_stick_then_restore_it(qtbot, ctx, manager, tmp_path, monkeypatch,
                                                 dialogs):
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "M01", MANAGER_PIN)
    qtbot.mouseClick(window.home.backups_button, CLICK)
    screen = window.backups
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(screen, "choose_folder", lambda: str(usb))
    qtbot.mouseClick(screen.backup_button, CLICK)
    assert screen.message.text().startswith("Backed up and checked")
    (made,) = store.backups_in(usb)
    assert store.check_file(made).ok

    auth.add_staff(ctx, manager, name="Added Later", code="L01", role=Role.STAFF, pin="4444")
    monkeypatch.setattr(screen, "choose_backup", lambda: str(made))
    dialogs.expect(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(screen.restore_button, CLICK)
    assert "L01" in [m.code for m in auth.staff_list(ctx)]           # nothing happened
    dialogs.expect(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(screen.restore_button, CLICK)
    assert window.stack.currentWidget() is window.sign_in             # sign in again
    assert "L01" not in [m.code for m in auth.staff_list(ctx)]       # the backup's state
    assert list(ctx.db.path.parent.glob("complaints.replaced-*.db"))


def test_a_broken_backup_is_refused_with_a_reason(qtbot, ctx, tmp_path, monkeypatch, dialogs):
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "M01", MANAGER_PIN)
    qtbot.mouseClick(window.home.backups_button, CLICK)
    screen = window.backups
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"nonsense" * 100)
    monkeypatch.setattr(screen, "choose_backup", lambda: str(broken))
    dialogs.expect(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(screen.restore_button, CLICK)
    assert "was not restored" in screen.message.text()
    assert window.stack.currentWidget() is screen


def test_the_manager_sets_how_long_backups_are_kept(qtbot, ctx):
    from desktop_app.services import maintenance
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "M01", MANAGER_PIN)
    qtbot.mouseClick(window.home.backups_button, CLICK)
    screen = window.backups
    screen.keep.setValue(90)
    qtbot.mouseClick(screen.keep_button, CLICK)
    assert maintenance.keep_days(ctx) == 90
    assert "90 days" in screen.about.text()


def test_the_screen_lists_the_backups_on_disk_and_the_last_good_one(qtbot, ctx, db_path,
                                                                    monkeypatch, tmp_path):
    from datetime import datetime

    from desktop_app.services import maintenance
    older = maintenance.automatic_backup(db_path, now=datetime(2026, 3, 8, 9, 15))
    newer = maintenance.automatic_backup(db_path, now=datetime(2026, 3, 9, 9, 20))
    newer.write_bytes(b"damaged" * 100)                  # the newest is no good
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "M01", MANAGER_PIN)
    qtbot.mouseClick(window.home.backups_button, CLICK)
    screen = window.backups
    rows = [[screen.table.item(r, c).text() for c in range(3)]
            for r in range(screen.table.rowCount())]
    assert [r[0] for r in rows] == ["09/03/2026 09:20", "08/03/2026 09:15"]
    assert screen.last_good.text() == "Last good backup: 08/03/2026 at 09:15"
    assert older.exists()
    full = tmp_path / "full-stick"
    full.write_text("a file, so no folder can be made here")
    monkeypatch.setattr(screen, "choose_folder", lambda: str(full / "sub"))
    qtbot.mouseClick(screen.backup_button, CLICK)
    assert screen.message.text().startswith("The backup could not be written")
