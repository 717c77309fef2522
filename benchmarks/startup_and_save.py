"""Start-up and save speed, each against a baseline measured in the same run.

    QT_QPA_PLATFORM=offscreen python benchmarks/startup_and_save.py [--runs 5]

1. Time to first window: `python -m desktop_app` (with TILL_SMOKE_TEST=1, it quits once its
   first window is shown) against a bare PySide6 window started the same way. Target ≤ 2×.
   Also checks that reportlab and alembic were not imported before the first window.
2. Time to save a complaint through the real service (validation, reference, ORM, commit)
   against a raw sqlite3 insert of the same rows (complaint, two options, answers, signature,
   sequence) with the same durability settings (WAL, synchronous=FULL). Target ≤ 3×.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

BARE_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
from PySide6.QtCore import QTimer
app = QApplication(sys.argv)
w = QMainWindow(); w.resize(1024, 768); w.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""

PROBE_IMPORTS = """
import sys, runpy, os
from PySide6.QtCore import QTimer
import desktop_app.ui.app as ui_app
original = ui_app.run_gui
def run_gui(db=None):
    from PySide6.QtWidgets import QApplication
    def report():
        print("reportlab" in sys.modules, "alembic" in sys.modules, flush=True)
    QTimer.singleShot(0, report)
    return original(db)
ui_app.run_gui = run_gui
sys.argv = ["complaint-logger", "--db", sys.argv[1]]
from desktop_app.launcher import main
sys.exit(main(sys.argv[1:]))
"""


def _timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True, cwd=ROOT)
    return time.perf_counter() - start


def startup(runs: int, folder: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TILL_SMOKE_TEST="1",
               PYTHONPATH=str(ROOT))
    db = folder / "startup.db"
    subprocess.run([sys.executable, "-m", "desktop_app", "--db", str(db), "init",
                    "--store-name", "Bench", "--store-code", "BEN01", "--jurisdiction", "england",
                    "--manager-name", "Bench Manager", "--manager-code", "M01", "--pin-stdin"],
                   input="246810\n", text=True, env=env, check=True, cwd=ROOT, capture_output=True)
    bare, app = [], []
    for _ in range(runs):
        bare.append(_timed([sys.executable, "-c", BARE_WINDOW], env))
        app.append(_timed([sys.executable, "-m", "desktop_app", "--db", str(db)], env))
    probe = subprocess.run([sys.executable, "-c", PROBE_IMPORTS, str(db)], env=env, text=True,
                           capture_output=True, cwd=ROOT)
    b, a = statistics.median(bare), statistics.median(app)
    print(f"first window: bare PySide6 {b * 1000:.0f} ms, Till Complaint Logger {a * 1000:.0f} ms,"
          f" ratio {a / b:.2f}x (target <= 2x)")
    print(f"imported before the first window: reportlab/alembic = {probe.stdout.strip()}")


def _answers() -> dict:
    return {
        "customer_account": "The kettle stopped working after two weeks.",
        "paraphrase": "So the kettle stopped working.", "customer_feelings": "Frustrated",
        "desired_outcome": "A refund", "product": "Kettle", "supply_type": "goods",
        "channel": "in_store", "amount": "24.99", "receipt_number": "R1",
        "category": "faulty_goods", "clarifying_answers": [["When?", "Two weeks ago"]],
        "root_cause": "Faulty batch", "five_whys": ["Thermostat failed"],
        "apology_given": True, "options": [
            {"description": "Refund", "cost": "15.00", "time": "Now", "impact": "Money back"},
            {"description": "Replace", "cost": "24.99", "time": "Now", "impact": "New kettle"}],
        "chosen_option": 0, "justification": "Within 30 days", "customer_agrees": "yes",
        "customer_name": "Jane", "signature_png": b"\x89PNG" + b"\0" * 2000, "thanked": True,
        "follow_up_needed": False, "satisfaction": 4, "contact_consent": False,
    }


def save(runs: int, folder: Path) -> None:
    from desktop_app.domain.clock import FixedClock
    from desktop_app.services import auth, complaints, setup
    from desktop_app.services.context import open_app

    ctx = open_app(folder / "save.db", clock=FixedClock(datetime(2026, 3, 10, 10, 30)))
    setup.initialise(ctx, store_name="Bench", store_code="BEN01", jurisdiction="england",
                     manager_name="Bench Manager", manager_code="M01", pin="246810")
    user = auth.sign_in(ctx, "M01", "246810")
    form = complaints.start_complaint(ctx, user)
    form.answers = _answers()
    service_times = []
    for _ in range(runs):
        start = time.perf_counter()
        complaints.save_complaint(ctx, form)
        service_times.append(time.perf_counter() - start)
    ctx.close()

    raw = sqlite3.connect(folder / "raw.db", isolation_level=None)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=FULL")
    raw.execute("PRAGMA foreign_keys=ON")
    raw.executescript("""
        CREATE TABLE seq (k TEXT PRIMARY KEY, last INTEGER);
        CREATE TABLE c (id INTEGER PRIMARY KEY, ref TEXT UNIQUE, account TEXT, paraphrase TEXT,
                        product TEXT, amount INTEGER, category TEXT, root TEXT, status TEXT,
                        opened TEXT, saved TEXT, a1 TEXT, a2 TEXT, a3 TEXT, a4 TEXT, a5 TEXT);
        CREATE TABLE o (id INTEGER PRIMARY KEY, c INTEGER REFERENCES c(id), pos INTEGER,
                        d TEXT, cost INTEGER, t TEXT, i TEXT);
        CREATE TABLE q (id INTEGER PRIMARY KEY, c INTEGER REFERENCES c(id), q TEXT, a TEXT);
        CREATE TABLE s (c INTEGER PRIMARY KEY REFERENCES c(id), png BLOB);
    """)
    raw_times = []
    signature = b"\x89PNG" + b"\0" * 2000
    for number in range(runs):
        start = time.perf_counter()
        raw.execute("BEGIN IMMEDIATE")
        raw.execute("INSERT INTO seq VALUES ('k', 1) ON CONFLICT(k) DO UPDATE SET last = last + 1")
        cursor = raw.execute("INSERT INTO c (ref, account, paraphrase, product, amount, category, "
                             "root, status, opened, saved, a1, a2, a3, a4, a5) VALUES "
                             "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                             (f"R{number}", "The kettle", "So", "Kettle", 2499, "faulty", "Batch",
                              "closed", "2026", "2026", "a", "b", "c", "d", "e"))
        cid = cursor.lastrowid
        raw.executemany("INSERT INTO o (c, pos, d, cost, t, i) VALUES (?,?,?,?,?,?)",
                        [(cid, 0, "Refund", 1500, "Now", "x"), (cid, 1, "Replace", 2499, "Now", "y")])
        raw.execute("INSERT INTO q (c, q, a) VALUES (?,?,?)", (cid, "When?", "Two weeks"))
        raw.execute("INSERT INTO s VALUES (?, ?)", (cid, signature))
        raw.execute("COMMIT")
        raw_times.append(time.perf_counter() - start)
    raw.close()
    s, r = statistics.median(service_times), statistics.median(raw_times)
    print(f"save a complaint: raw sqlite3 {r * 1000:.2f} ms, service {s * 1000:.2f} ms, "
          f"ratio {s / r:.2f}x (target <= 3x)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--saves", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        startup(args.runs, Path(folder))
        save(args.saves, Path(folder))
    return 0


if __name__ == "__main__":
    sys.exit(main())
