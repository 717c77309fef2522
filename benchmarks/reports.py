"""How long reports take: one complaint report, and the period summary over 100,000 complaints.

    python benchmarks/reports.py [--complaints 100000] [--runs 5]

Builds a database with the demo generator (2,000 varied complaints, then copied with their
options and answers until there are --complaints of them, all in the last year), and
prints, beside a baseline measured in the same run:

- one complaint report (the full record as PDF, through the service: read, permission,
  build, audit) against reading that complaint's rows with raw sqlite3. Target: 150 ms;
- the complaints summary for head office over every complaint against a raw sqlite3
  `SELECT *` of the same complaint rows. Target: 5 s.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timing import timed  # noqa: E402 - benchmarks/ is on the path when run as a script

SEED_COMPLAINTS = 2_000


def build(path: Path, total: int) -> None:
    from desktop_app.domain.clock import FixedClock
    from desktop_app.services import demo, setup
    from desktop_app.services.context import open_app

    ctx = open_app(path, clock=FixedClock(datetime(2026, 11, 20, 17, 0)))
    setup.initialise(ctx, store_name="Bench Store", store_code="BEN01", jurisdiction="wales",
                     manager_name="Bench Manager", manager_code="M01", pin="246810")
    demo.fill(ctx, complaints=min(SEED_COMPLAINTS, total), incidents=200, seed=7)
    ctx.close()
    connection = sqlite3.connect(path)
    columns = [r[1] for r in connection.execute("PRAGMA table_info(complaints)")
               if r[1] not in ("id", "reference")]
    listed = ", ".join(columns)
    seed = connection.execute("SELECT max(id) FROM complaints").fetchone()[0]
    copies = -(-total // seed) - 1
    for k in range(1, copies + 1):
        offset = k * seed
        connection.execute(
            f"INSERT INTO complaints (id, reference, {listed}) SELECT id + {offset}, "
            f"printf('BEN01-2026-%06d', id + {offset}), {listed} FROM complaints "
            f"WHERE id <= {seed} AND id + {offset} <= {total}")
        for table in ("complaint_options", "complaint_answers"):
            parts = [r[1] for r in connection.execute(f"PRAGMA table_info({table})")
                     if r[1] not in ("id", "complaint_id")]
            cols = ", ".join(parts)
            connection.execute(
                f"INSERT INTO {table} (complaint_id, {cols}) SELECT complaint_id + {offset}, "
                f"{cols} FROM {table} WHERE complaint_id <= {seed} "
                f"AND complaint_id + {offset} <= {total}")
    connection.commit()
    connection.close()



def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--complaints", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from desktop_app.services import auth, reporting
    from desktop_app.services.context import open_app

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.db"
        started = time.perf_counter()
        build(path, args.complaints)
        print(f"built {args.complaints:,} complaints in {time.perf_counter() - started:.1f} s "
              f"({path.stat().st_size / 1e6:.0f} MB)")
        ctx = open_app(path)
        manager = auth.sign_in(ctx, "M01", "246810")
        raw = sqlite3.connect(path)
        reference = raw.execute("SELECT reference FROM complaints ORDER BY id DESC LIMIT 1"
                                ).fetchone()[0]

        def raw_one() -> None:
            (complaint_id, *_rest) = raw.execute(
                "SELECT * FROM complaints WHERE reference = ?", (reference,)).fetchone()
            for table in ("complaint_options", "complaint_answers", "complaint_signatures"):
                raw.execute(f"SELECT * FROM {table} WHERE complaint_id = ?",
                            (complaint_id,)).fetchall()

        reporting.complaint_report(ctx, manager, reference)       # fonts registered once
        baseline = timed(raw_one, args.runs * 4)
        one = timed(lambda: reporting.complaint_report(ctx, manager, reference), args.runs * 2)
        print(f"one complaint report:  {one * 1000:7.1f} ms   (raw sqlite3 read of its rows "
              f"{baseline * 1000:.2f} ms; target 150 ms)")

        start, end = date(2025, 11, 1), date(2026, 11, 30)
        low, high = str(start), str(end + timedelta(days=1))
        count = raw.execute("SELECT count(*) FROM complaints WHERE saved_at >= ? AND "
                            "saved_at < ?", (low, high)).fetchone()[0]
        baseline = timed(lambda: raw.execute(
            "SELECT * FROM complaints WHERE saved_at >= ? AND saved_at < ?",
            (low, high)).fetchall(), max(1, args.runs // 2))
        summary = timed(lambda: reporting.complaints_summary(ctx, manager, start, end),
                        max(1, args.runs // 2))
        print(f"summary of {count:,}:   {summary:7.2f} s    (raw sqlite3 SELECT * of the rows "
              f"{baseline:.2f} s; target 5 s)")
        raw.close()
        ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
