"""Another program holding the database's write lock: the save is refused with a clear
message after the busy timeout, the form keeps what was typed, nothing half-saved appears."""

from __future__ import annotations

import sqlite3

import pytest

from desktop_app.domain.errors import StorageError
from desktop_app.services import complaints
from tests.services.test_complaints_service import full_answers


def test_a_locked_database_refuses_the_save_and_keeps_the_form(ctx, db_path, staff):
    form = complaints.start_complaint(ctx, staff)
    form.answers = full_answers()
    typed = dict(form.answers)
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")                      # someone else is writing
    try:
        with pytest.raises(StorageError, match="busy"):
            complaints.save_complaint(ctx, form)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert form.answers == typed
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT COUNT(*) FROM complaints").fetchone()[0] == 0
    assert complaints.save_complaint(ctx, form).reference == "GLA01-2026-000001"
