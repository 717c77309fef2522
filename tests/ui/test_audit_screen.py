"""The manager reads and filters the audit trail, and checks it was not altered."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from desktop_app.services import audit
from tests.conftest import MANAGER_PIN, STAFF_PIN
from tests.ui.helpers import open_window, sign_in

CLICK = Qt.MouseButton.LeftButton


def _column(table, column: int) -> list[str]:  # noqa: ANN001
    return [table.item(row, column).text() for row in range(table.rowCount())]


def test_manager_filters_the_trail_and_checks_it(qtbot, ctx, db_path):
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "S01", STAFF_PIN)
    assert not window.home.audit_button.isVisible()          # staff never see it
    window.sign_out()
    sign_in(qtbot, window, "M01", MANAGER_PIN)
    qtbot.mouseClick(window.home.audit_button, CLICK)
    screen = window.audit_screen
    assert window.stack.currentWidget() is screen
    assert "S01" in _column(screen.table, 1) and "M01" in _column(screen.table, 1)

    qtbot.keyClicks(screen.staff_code, "s01")
    qtbot.mouseClick(screen.findChild(QPushButton,
                                      "auditShowButton"), CLICK)
    assert set(_column(screen.table, 1)) == {"S01"}
    assert set(_column(screen.table, 2)) == {"Sign in", "Sign out"}

    screen.staff_code.clear()
    screen.action.setCurrentIndex(screen.action.findData("staff_change"))
    screen.refresh()
    assert set(_column(screen.table, 2)) == {"Staff change"}

    check = screen.findChild(QPushButton,
                             "checkChainButton")
    qtbot.mouseClick(check, CLICK)
    assert screen.chain_status.text().startswith("Checked: no entry")
    with sqlite3.connect(db_path) as connection:                # someone edits it by hand
        connection.execute("DROP TRIGGER audit_log_no_update")
        connection.execute("UPDATE audit_log SET staff_code = 'X1' WHERE id = 2")
    qtbot.mouseClick(check, CLICK)
    assert "has been altered" in screen.chain_status.text()
    assert "Audit entry 2: its contents were changed." in screen.chain_status.text()


def test_a_welsh_manager_is_told_in_welsh_which_entry_was_altered(qtbot, cardiff, tmp_path):
    from desktop_app.domain.language import Language
    from desktop_app.ui import language as spoken

    ctx, _ = cardiff
    window = open_window(qtbot, ctx)
    qtbot.mouseClick(window.sign_in.language_button, CLICK)       # Cymraeg
    sign_in(qtbot, window, "M01", MANAGER_PIN)
    assert spoken.current() is Language.WELSH
    with sqlite3.connect(tmp_path / "cardiff.db") as connection:
        connection.execute("DROP TRIGGER audit_log_no_update")
        connection.execute("UPDATE audit_log SET staff_code = 'X1' WHERE id = 1")
    qtbot.mouseClick(window.home.audit_button, CLICK)
    qtbot.mouseClick(window.audit_screen.findChild(QPushButton, "checkChainButton"), CLICK)
    shown = window.audit_screen.chain_status.text()
    assert "Cofnod archwilio 1: cafodd ei gynnwys ei newid." in shown, shown


def test_manager_prints_and_exports_the_filtered_trail(qtbot, ctx, tmp_path, monkeypatch):
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "M01", MANAGER_PIN)
    qtbot.mouseClick(window.home.audit_button, CLICK)
    screen = window.audit_screen
    qtbot.keyClicks(screen.staff_code, "m01")
    target = tmp_path / "trail.csv"
    monkeypatch.setattr(screen, "choose_csv_path", lambda: str(target))
    qtbot.mouseClick(screen.export_button, CLICK)
    assert screen.chain_status.text() == f"Exported to {target}"
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("id,at,staff_code,action")
    assert {line.split(",")[2] for line in lines[1:]} == {"M01"}

    qtbot.mouseClick(screen.print_button, CLICK)
    preview = screen.preview
    assert preview is not None and preview.isVisible() and preview.pages
    preview.accept()
    actions = [e.action for e in audit.trail(ctx, window.user)]
    assert "export" in actions and "print" in actions
