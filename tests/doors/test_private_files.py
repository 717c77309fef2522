"""After a day's use every file and folder under the data folder is private to the user,
and no partial file is left behind, not even by a backup that failed on a full stick."""

from __future__ import annotations

import os
import stat
from datetime import datetime

from desktop_app.services import maintenance
from desktop_app.services.context import open_app
from tests.conftest import MANAGER_PIN, set_up_store
from tests.doors.processes import ask, child, cli

AS_MANAGER = ("--user", "M01", "--pin-stdin")
# Files may not grow past 64 KiB in this process, as on a nearly full USB stick.
FULL_STICK = ("import resource, signal\nsignal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
              "resource.setrlimit(resource.RLIMIT_FSIZE, (65536, 65536))")


def every_path(folder):
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            yield os.path.join(root, name)


def test_a_days_use_leaves_only_private_files_and_no_partial_ones(tmp_path):
    data = tmp_path / "TillComplaintLogger"              # made by the program
    db = data / "complaints.db"
    ctx = open_app(db)
    set_up_store(ctx)
    ctx.close()
    with child("tests.durability.child_holder", str(db), ready="READY") as till:
        for _ in range(5):
            ask(till, "save")
    maintenance.automatic_backup(db, now=datetime.now())          # the start-up chore
    steps = [
        ("backup", "--out", str(data / "usb" / "till.db"), *AS_MANAGER),
        ("report", "summary", "--from", "2020-01-01", "--to", "2030-12-31", "--out",
         str(data / "reports" / "summary.pdf"), *AS_MANAGER),
        ("export", "--format", "csv", "--from", "2020-01-01", "--to", "2030-12-31", "--out",
         str(data / "exports" / "period.csv"), *AS_MANAGER),
        ("check",),
    ]
    for step in steps:
        done = cli("--db", str(db), *step, stdin=MANAGER_PIN + "\n")
        assert done.returncode == 0, (step, done.stderr)
    failed = cli("--db", str(db), "backup", "--out", str(data / "stick" / "big.db"),
                 *AS_MANAGER, stdin=MANAGER_PIN + "\n", prelude=FULL_STICK)
    assert failed.returncode == 2 and "Traceback" not in failed.stderr
    assert "The backup could not be written" in failed.stderr and "disk is full" in failed.stderr
    assert not (data / "stick" / "big.db").exists()

    listed = list(every_path(data))
    assert len(listed) >= 12, listed
    loose = [(p, oct(stat.S_IMODE(os.stat(p).st_mode))) for p in listed
             if stat.S_IMODE(os.stat(p).st_mode) & 0o077]
    assert loose == []
    assert [p for p in listed if p.endswith((".partial", ".restoring"))] == []
    assert stat.S_IMODE(os.stat(data).st_mode) == 0o700


def test_an_existing_database_that_others_can_read_is_tightened_on_opening(ctx, db_path):
    wal = db_path.with_name(db_path.name + "-wal")
    ctx.close()
    os.chmod(db_path, 0o644)
    again = open_app(db_path)
    try:
        for path in (db_path, wal):
            assert stat.S_IMODE(os.stat(path).st_mode) == 0o600, path
    finally:
        again.close()


def test_a_backup_to_a_folder_that_is_a_file_is_a_sentence(ctx, db_path, tmp_path):
    ctx.close()
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    done = cli("--db", str(db_path), "backup", "--out", str(blocker / "till.db"), *AS_MANAGER,
               stdin=MANAGER_PIN + "\n")
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.startswith("complaint-logger: The backup could not be written")
