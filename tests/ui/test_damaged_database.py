"""A damaged database at start-up: a clear explanation, the newest good backup offered, and
the damaged file kept aside."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QMessageBox

from desktop_app.services import maintenance
from desktop_app.ui.app import make_application, recover_if_damaged

NOW = datetime(2026, 3, 10, 10, 30)


def _damage(path) -> None:  # noqa: ANN001
    data = bytearray(path.read_bytes())
    data[0:16] = b"not sqlite, sorry"[:16]
    path.write_bytes(bytes(data))


def test_restore_from_the_newest_backup_when_asked(ctx, db_path, dialogs):
    make_application()
    maintenance.automatic_backup(db_path, now=NOW)
    ctx.close()
    _damage(db_path)
    dialogs.expect(QMessageBox.StandardButton.Ok)
    assert recover_if_damaged(db_path) is True
    assert "damaged" in dialogs.seen[0] and "10 March 2026" in dialogs.seen[0]
    assert maintenance.startup_check(db_path).ok
    assert list(db_path.parent.glob("complaints.damaged-*.db"))


def test_quitting_leaves_the_damaged_file_untouched(ctx, db_path, dialogs):
    make_application()
    maintenance.automatic_backup(db_path, now=NOW)
    ctx.close()
    _damage(db_path)
    before = db_path.read_bytes()
    dialogs.expect(QMessageBox.StandardButton.Close)
    assert recover_if_damaged(db_path) is False
    assert db_path.read_bytes() == before


def test_without_a_backup_it_says_whom_to_ask(ctx, db_path, dialogs):
    make_application()
    ctx.close()
    _damage(db_path)
    dialogs.expect(QMessageBox.StandardButton.Close)
    assert recover_if_damaged(db_path) is False
    assert "No good backup" in dialogs.seen[0]
