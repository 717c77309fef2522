"""Unfinished complaints: kept while typing, offered back after sign-out or a kill."""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit

from desktop_app.services import complaint_drafts
from tests.conftest import MANAGER_PIN, STAFF_PIN, SUPERVISOR_PIN
from tests.ui.draft_child import TYPED
from tests.ui.helpers import home_loaded, open_window, sign_in, start

CLICK = Qt.MouseButton.LeftButton
ROOT = Path(__file__).resolve().parents[2]


def _account(window) -> QPlainTextEdit:  # noqa: ANN001
    return window.wizard.currentPage().findChild(QPlainTextEdit, "field_customer_account")


def _type_half_a_complaint(qtbot, window, text: str = "Half typed: the kettle") -> None:  # noqa: ANN001
    driver = start(qtbot, window)
    driver.type("field_customer_account", text)
    with qtbot.waitSignal(window.wizard.draft_due, timeout=10_000):
        pass                                        # the typing pause keeps a draft


def test_sign_out_keeps_the_form_and_only_its_author_or_a_manager_gets_it_back(qtbot, ctx, staff):
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "S01", STAFF_PIN)
    _type_half_a_complaint(qtbot, window)
    window.sign_out_action.trigger()                         # Ctrl+L in the middle of the form
    assert window.stack.currentWidget() is window.sign_in and window.wizard is None

    sign_in(qtbot, window, "V01", SUPERVISOR_PIN)               # someone else: nothing shown
    assert not window.home.drafts_banner.isVisible()
    window.sign_out()

    sign_in(qtbot, window, "S01", STAFF_PIN)
    assert window.home.drafts_banner.isVisible()
    qtbot.mouseClick(window.home.resume_button, CLICK)
    assert _account(window).toPlainText() == "Half typed: the kettle"
    window.sign_out()

    sign_in(qtbot, window, "M01", MANAGER_PIN)
    assert "Sam Staff" in window.home.draft_text.text()


def test_discarding_asks_first_and_then_it_is_gone(qtbot, ctx, staff, dialogs):
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "S01", STAFF_PIN)
    _type_half_a_complaint(qtbot, window)
    window.sign_out()
    sign_in(qtbot, window, "S01", STAFF_PIN)
    dialogs.expect(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(window.home.discard_button, CLICK)
    assert len(complaint_drafts.pending_drafts(ctx, staff)) == 1
    dialogs.expect(QMessageBox.StandardButton.Discard)
    qtbot.mouseClick(window.home.discard_button, CLICK)
    assert complaint_drafts.pending_drafts(ctx, staff) == []
    home_loaded(qtbot, window)
    assert not window.home.drafts_banner.isVisible()


def test_cancelling_a_resumed_complaint_throws_its_draft_away(qtbot, ctx, staff, dialogs):
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "S01", STAFF_PIN)
    _type_half_a_complaint(qtbot, window)
    dialogs.expect(QMessageBox.StandardButton.Discard)
    window.wizard.reject()
    assert complaint_drafts.pending_drafts(ctx, staff) == []


def test_after_the_program_is_killed_the_draft_is_offered_back(qtbot, ctx, db_path, staff):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    child = subprocess.Popen([sys.executable, "-m", "tests.ui.draft_child", str(db_path)],
                             cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
    try:
        selector = selectors.DefaultSelector()
        selector.register(child.stdout, selectors.EVENT_READ)
        assert selector.select(timeout=60), "the child never kept a draft"
        assert child.stdout.readline().strip() == "DRAFT_KEPT"
    finally:
        os.kill(child.pid, signal.SIGKILL)          # a power cut, as far as the program knows
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "S01", STAFF_PIN)
    assert window.home.drafts_banner.isVisible()
    qtbot.mouseClick(window.home.resume_button, CLICK)
    assert _account(window).toPlainText() == TYPED
