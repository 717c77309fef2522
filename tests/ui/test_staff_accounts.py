"""A manager unlocks a locked-out account and resets a forgotten PIN on the staff screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_app.services import auth
from desktop_app.services.auth import SignInFailed
from tests.conftest import MANAGER_PIN, STAFF_PIN
from tests.ui.helpers import open_window, sign_in

CLICK = Qt.MouseButton.LeftButton


def _lock_out(ctx) -> None:
    for _ in range(5):
        with pytest.raises(SignInFailed):
            auth.sign_in(ctx, "S01", "0000")


def _select(screen, code: str) -> None:
    for row in range(screen.list.count()):
        if screen.list.item(row).data(Qt.ItemDataRole.UserRole) == code:
            rect = screen.list.visualItemRect(screen.list.item(row))
            from PySide6.QtTest import QTest
            QTest.mouseClick(screen.list.viewport(), CLICK, pos=rect.center())
            return
    raise AssertionError(f"{code} not listed")


def test_locked_account_is_marked_and_unlocked_by_the_manager(qtbot, ctx):
    _lock_out(ctx)
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "M01", MANAGER_PIN)
    qtbot.mouseClick(window.home.staff_button, CLICK)
    screen = window.staff
    assert not screen.unlock_button.isEnabled()              # nothing chosen yet
    _select(screen, "S01")
    assert "locked" in screen.list.currentItem().text()
    qtbot.mouseClick(screen.unlock_button, CLICK)
    assert screen.account_message.text() == "S01 can sign in again."
    assert "locked" not in screen.list.currentItem().text()
    assert auth.sign_in(ctx, "S01", STAFF_PIN).code == "S01"


def test_reset_pin_checks_the_new_pin_and_never_keeps_it_on_screen(qtbot, ctx):
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "M01", MANAGER_PIN)
    qtbot.mouseClick(window.home.staff_button, CLICK)
    screen = window.staff
    _select(screen, "S01")
    qtbot.keyClicks(screen.new_pin, "12")
    qtbot.mouseClick(screen.reset_button, CLICK)
    assert "4 to 8 digits" in screen.account_message.text()
    assert screen.new_pin.text() == ""
    qtbot.keyClicks(screen.new_pin, "5757")
    qtbot.mouseClick(screen.reset_button, CLICK)
    assert "New PIN set for S01" in screen.account_message.text()
    assert screen.new_pin.text() == ""
    assert auth.sign_in(ctx, "S01", "5757").code == "S01"


def test_a_leaver_is_switched_off_and_back_on_and_a_role_changed(qtbot, ctx):
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "M01", MANAGER_PIN)
    qtbot.mouseClick(window.home.staff_button, CLICK)
    screen = window.staff
    _select(screen, "S01")
    assert screen.leaver_button.text() == "Has left: switch off"
    qtbot.mouseClick(screen.leaver_button, CLICK)
    assert "can no longer sign in" in screen.account_message.text()
    assert "has left" in screen.list.currentItem().text()
    with pytest.raises(SignInFailed):
        auth.sign_in(ctx, "S01", STAFF_PIN)
    assert screen.leaver_button.text() == "Back at work: switch on"
    qtbot.mouseClick(screen.leaver_button, CLICK)
    assert auth.sign_in(ctx, "S01", STAFF_PIN).code == "S01"
    screen.new_role.setCurrentIndex(screen.new_role.findData("supervisor"))
    qtbot.mouseClick(screen.role_button, CLICK)
    assert screen.account_message.text() == "S01 is now supervisor."
    assert auth.sign_in(ctx, "S01", STAFF_PIN).role.value == "supervisor"


def test_the_only_manager_cannot_be_demoted_or_switched_off(qtbot, ctx):
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "M01", MANAGER_PIN)
    qtbot.mouseClick(window.home.staff_button, CLICK)
    screen = window.staff
    _select(screen, "M01")
    screen.new_role.setCurrentIndex(screen.new_role.findData("staff"))
    qtbot.mouseClick(screen.role_button, CLICK)
    assert "only manager" in screen.account_message.text()
    qtbot.mouseClick(screen.leaver_button, CLICK)
    assert "your own account" in screen.account_message.text()
    assert auth.sign_in(ctx, "M01", MANAGER_PIN).role.value == "manager"
