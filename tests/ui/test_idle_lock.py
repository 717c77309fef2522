"""The idle lock: hides the screen after the store's idle time; work goes back only to its author."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit

from desktop_app.services import audit, complaint_drafts
from tests.conftest import MANAGER_PIN, STAFF_PIN, SUPERVISOR_PIN
from tests.ui.helpers import open_window, sign_in, start

CLICK = Qt.MouseButton.LeftButton


def _typing(qtbot, window, text: str = "The customer says the fridge is warm"):  # noqa: ANN001
    driver = start(qtbot, window)
    driver.type("field_customer_account", text)
    return driver


def _go_idle(qtbot, window, clock, minutes: float = 2) -> None:  # noqa: ANN001
    clock.advance(minutes=minutes)
    with qtbot.waitSignal(window.idle.idle, timeout=5_000):
        pass


def _unlock(qtbot, window, code: str, pin: str) -> None:  # noqa: ANN001
    screen = window.lock_screen
    screen.code.clear()
    qtbot.keyClicks(screen.code, code)
    qtbot.keyClicks(screen.pin, pin)
    qtbot.mouseClick(screen.button, CLICK)
    qtbot.waitUntil(lambda: not screen.checking.busy)      # the PIN is checked on the pool


def test_activity_keeps_it_open_and_idleness_locks_it(qtbot, ctx, clock):
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "S01", STAFF_PIN)
    driver = _typing(qtbot, window)
    clock.advance(minutes=1, seconds=50)
    driver.type("field_paraphrase", "So it is warm")        # activity resets the count
    clock.advance(minutes=1)
    window.idle.check()
    assert window.stack.currentWidget() is window.wizard
    _go_idle(qtbot, window, clock, minutes=1)
    assert window.stack.currentWidget() is window.lock_screen
    assert not window.wizard.isVisible()                     # nothing of the form shows


def test_the_same_person_carries_on_where_they_were(qtbot, ctx, clock):
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "S01", STAFF_PIN)
    _typing(qtbot, window)
    _go_idle(qtbot, window, clock)
    _unlock(qtbot, window, "S01", "0000")
    assert "do not match" in window.lock_screen.message.text()
    assert window.lock_screen.pin.text() == ""
    _unlock(qtbot, window, "S01", STAFF_PIN)
    assert window.stack.currentWidget() is window.wizard
    account = window.wizard.currentPage().findChild(QPlainTextEdit, "field_customer_account")
    assert account.toPlainText() == "The customer says the fridge is warm"


def test_someone_else_never_sees_the_form_it_waits_for_its_author(qtbot, ctx, clock, staff,
                                                                  supervisor, manager):
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "S01", STAFF_PIN)
    _typing(qtbot, window)
    _go_idle(qtbot, window, clock)
    _unlock(qtbot, window, "V01", SUPERVISOR_PIN)
    assert window.stack.currentWidget() is window.home and window.wizard is None
    assert window.user.code == "V01"
    assert not window.home.drafts_banner.isVisible()
    assert complaint_drafts.pending_drafts(ctx, supervisor) == []
    window.sign_out()
    sign_in(qtbot, window, "S01", STAFF_PIN)
    qtbot.mouseClick(window.home.resume_button, CLICK)
    account = window.wizard.currentPage().findChild(QPlainTextEdit, "field_customer_account")
    assert account.toPlainText() == "The customer says the fridge is warm"
    actions = [e.action for e in reversed(audit.trail(ctx, manager, staff_code="S01"))]
    assert "locked" in actions


def test_the_store_setting_sets_the_idle_time(qtbot, ctx, clock, manager):
    from desktop_app.services import policy
    from dataclasses import replace
    policy.change_policy(ctx, manager, replace(policy.current_policy(ctx), idle_lock_minutes=10))
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "M01", MANAGER_PIN)
    clock.advance(minutes=9)
    window.idle.check()
    assert window.stack.currentWidget() is window.home
    _go_idle(qtbot, window, clock, minutes=1)
    assert window.stack.currentWidget() is window.lock_screen
