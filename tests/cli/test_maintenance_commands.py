"""`backup`, `restore` and `check` as real processes."""

from __future__ import annotations

import sqlite3

from desktop_app.storage import backup as store
from tests.cli.test_init_command import run
from tests.conftest import MANAGER_PIN, STAFF_PIN

AS_MANAGER = ("--user", "M01", "--pin-stdin")


def _references(path) -> set[str]:
    with sqlite3.connect(path) as connection:
        return {r[0] for r in connection.execute("SELECT code FROM staff")}


def test_backup_check_and_restore(ctx, db_path, tmp_path, manager):
    ctx.close()
    out = tmp_path / "usb" / "till.db"
    made = run("--db", str(db_path), "backup", "--out", str(out), *AS_MANAGER,
               stdin=MANAGER_PIN + "\n")
    assert made.returncode == 0, made.stderr
    assert store.check_file(out).ok and "checked" in made.stdout

    checked = run("--db", str(db_path), "check")
    assert checked.returncode == 0 and checked.stdout.startswith("OK")

    with sqlite3.connect(db_path) as connection:          # something changes after the backup
        connection.execute("UPDATE staff SET code = 'Z99' WHERE code = 'S01'")
    restored = run("--db", str(db_path), "restore", str(out), *AS_MANAGER,
                   stdin=MANAGER_PIN + "\n")
    assert restored.returncode == 0, restored.stderr
    assert "replaced database is kept" in restored.stdout
    assert "S01" in _references(db_path) and "Z99" not in _references(db_path)
    kept = next(tmp_path.glob("complaints.replaced-*.db"))
    assert "Z99" in _references(kept)


def test_check_reports_tampering_with_status_1(ctx, db_path):
    ctx.close()
    with sqlite3.connect(db_path) as connection:
        connection.execute("DROP TRIGGER audit_log_no_update")
        connection.execute("UPDATE audit_log SET action = 'view' WHERE id = 1")
    result = run("--db", str(db_path), "check")
    assert result.returncode == 1
    assert "PROBLEMS FOUND" in result.stdout and "Audit entry 1" in result.stdout


def test_a_bad_backup_is_refused_and_nothing_changes(ctx, db_path, tmp_path):
    ctx.close()
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database" * 100)
    before = db_path.read_bytes()
    result = run("--db", str(db_path), "restore", str(bad), *AS_MANAGER,
                 stdin=MANAGER_PIN + "\n")
    assert result.returncode == 2 and "was not restored" in result.stderr
    assert db_path.read_bytes() == before
    missing = run("--db", str(tmp_path / "nothing.db"), "check")
    assert missing.returncode == 2 and "no database" in missing.stderr


def test_backup_and_restore_need_a_managers_pin_and_are_audited(ctx, db_path, tmp_path):
    ctx.close()
    out = tmp_path / "till.db"
    for user, pin in (("S01", STAFF_PIN), ("M01", "999999")):
        refused = run("--db", str(db_path), "backup", "--out", str(out), "--user", user,
                      "--pin-stdin", stdin=pin + "\n")
        assert refused.returncode == 2 and not out.exists(), refused.stderr
        assert "Traceback" not in refused.stderr
    made = run("--db", str(db_path), "backup", "--out", str(out), *AS_MANAGER,
               stdin=MANAGER_PIN + "\n")
    assert made.returncode == 0, made.stderr
    refused = run("--db", str(db_path), "restore", str(out), "--user", "S01", "--pin-stdin",
                  stdin=STAFF_PIN + "\n")
    assert refused.returncode == 2 and "manager" in refused.stderr
    restored = run("--db", str(db_path), "restore", str(out), *AS_MANAGER,
                   stdin=MANAGER_PIN + "\n")
    assert restored.returncode == 0, restored.stderr
    def actions(path) -> list[tuple]:
        with sqlite3.connect(path) as connection:
            return list(connection.execute(
                "SELECT action, staff_code, record_ref FROM audit_log ORDER BY id"))

    (replaced,) = tmp_path.glob("complaints.replaced-*.db")
    # the backup's entry follows the copy; the restorer signed in to the replaced file
    assert ("backup", "M01", "till.db") in actions(replaced)[-4:]
    assert actions(db_path)[-1] == ("restore", "M01", "till.db")   # in the restored file
    assert run("--db", str(db_path), "check").returncode == 0


def test_restore_over_a_damaged_database_checks_the_pin_in_the_backup(ctx, db_path, tmp_path):
    ctx.close()
    out = tmp_path / "till.db"
    assert run("--db", str(db_path), "backup", "--out", str(out), *AS_MANAGER,
               stdin=MANAGER_PIN + "\n").returncode == 0
    db_path.write_bytes(b"damaged beyond use" * 300)
    for suffix in ("-wal", "-shm"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    wrong = run("--db", str(db_path), "restore", str(out), "--user", "M01", "--pin-stdin",
                stdin="135791\n")
    assert wrong.returncode == 2 and "do not match" in wrong.stderr
    restored = run("--db", str(db_path), "restore", str(out), *AS_MANAGER,
                   stdin=MANAGER_PIN + "\n")
    assert restored.returncode == 0, restored.stderr
    assert run("--db", str(db_path), "check").returncode == 0
