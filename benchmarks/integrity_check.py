"""How long the start-up check takes on five years of a busy store.

    python benchmarks/integrity_check.py [--per-day 40]

Builds a database with five years of complaints (40 a day by default: about 73,000 with
their options, answers, signatures and audit entries) and prints the time of the start-up
check (`PRAGMA quick_check` through the program's own function) beside a baseline measured
in the same run: reading the whole file once. Target: under 0.5 s.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def build(path: Path, per_day: int) -> int:
    """One complaint saved by the program, then copied (with new references) in bulk."""
    from datetime import datetime

    from desktop_app.domain.clock import FixedClock
    from desktop_app.services import auth, complaints, setup
    from desktop_app.services.context import open_app
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from startup_and_save import _answers

    ctx = open_app(path, clock=FixedClock(datetime(2021, 1, 4, 10, 0)))
    setup.initialise(ctx, store_name="Bench", store_code="BEN01", jurisdiction="england",
                     manager_name="Bench Manager", manager_code="M01", pin="246810")
    user = auth.sign_in(ctx, "M01", "246810")
    form = complaints.start_complaint(ctx, user)
    form.answers = _answers()
    complaints.save_complaint(ctx, form)
    ctx.close()
    connection = sqlite3.connect(path)
    columns = [r[1] for r in connection.execute("PRAGMA table_info(complaints)")
               if r[1] not in ("id", "reference")]
    listed = ", ".join(columns)
    total = 5 * 365 * per_day
    connection.execute(f"""
        WITH RECURSIVE n(i) AS (SELECT 2 UNION ALL SELECT i + 1 FROM n WHERE i <= {total})
        INSERT INTO complaints (reference, {listed})
        SELECT printf('BEN01-%d-%06d', 2021 + i / {365 * per_day}, i), {listed}
        FROM n, (SELECT {listed} FROM complaints WHERE id = 1)""")
    for table in ("complaint_options", "complaint_answers"):
        parts = [r[1] for r in connection.execute(f"PRAGMA table_info({table})")
                 if r[1] not in ("id", "complaint_id")]
        cols = ", ".join(parts)
        connection.execute(f"INSERT INTO {table} (complaint_id, {cols}) SELECT c.id, "
                           + ", ".join(f"t.{p}" for p in parts)
                           + f" FROM complaints c, {table} t WHERE t.complaint_id = 1 "
                           "AND c.id > 1")
    connection.commit()
    count = connection.execute("SELECT COUNT(*) FROM complaints").fetchone()[0]
    connection.close()
    return count


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--per-day", type=int, default=40)
    args = parser.parse_args()
    from desktop_app.services import maintenance

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "five-years.db"
        count = build(path, args.per_day)
        size = path.stat().st_size / 1e6
        checks, reads = [], []
        for _ in range(5):
            start = time.perf_counter()
            assert maintenance.startup_check(path).ok
            checks.append(time.perf_counter() - start)
            start = time.perf_counter()
            with path.open("rb") as handle:
                while handle.read(1 << 20):
                    pass
            reads.append(time.perf_counter() - start)
        check, read = statistics.median(checks), statistics.median(reads)
        print(f"{count:,} complaints, {size:.0f} MB: start-up check {check * 1000:.0f} ms "
              f"(target < 500 ms); reading the file once {read * 1000:.0f} ms "
              f"({check / read:.1f}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
