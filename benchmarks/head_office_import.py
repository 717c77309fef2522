"""Head office: importing a store's bundles, and the league table over what was imported,
each beside a baseline measured in the same run.

    python benchmarks/head_office_import.py [--complaints 100000] [--stores 200]
                                            [--folder /tmp/ho-bench]

A throwaway PostgreSQL (scripts/throwaway_postgres.py) and a demonstration till made by the
program's own `demo` fill; the till seals its bundles (files of 5,000 changes) and head
office imports them. Printed: bundles per second and complaints per second imported
(target: 1,000,000 complaints in 10 minutes), and the league table's query beside the raw
SQL PostgreSQL runs for it (the statement SQLAlchemy sent, captured and replayed with
psycopg), and the same for the abuse hot-spot grid.

The queries are timed over `--stores` stores: once imported, the records are shared out
among that many stores in as many regions as a chain has (an UPDATE of the store code,
so the rows are the imported ones, spread as a chain's would be).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from sqlalchemy import event  # noqa: E402

from desktop_app.domain.clock import FixedClock  # noqa: E402
from desktop_app.services import (auth, demo, head_office, head_office_link,  # noqa: E402
                                  setup)
from desktop_app.services.context import open_app  # noqa: E402
from throwaway_postgres import ThrowawayPostgres  # noqa: E402
from desktop_app.services.head_office_figures import (LeagueKpi, abuse_hot_spots,  # noqa: E402
                                                      league_table)

NOW = datetime(2026, 3, 10, 18, 0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--complaints", type=int, default=100_000)
    parser.add_argument("--stores", type=int, default=200)
    parser.add_argument("--folder", type=Path,
                        default=Path(tempfile.gettempdir()) / "ho-bench")
    args = parser.parse_args()
    args.folder.mkdir(parents=True, exist_ok=True)
    with ThrowawayPostgres() as server:
        url = server.create_database("bench")
        keys = args.folder / "keys"
        head_office.initialise(url, keys)
        ho = head_office.open_head_office(url, keys, FixedClock(NOW))
        db = args.folder / f"till-{args.complaints}.db"
        for leftover in args.folder.glob(f"till-{args.complaints}.db*"):
            leftover.unlink()
        till = open_app(db, clock=FixedClock(NOW))
        setup.initialise(till, store_name="Bench", store_code="BEN01",
                         jurisdiction="england", manager_name="M", manager_code="M01",
                         pin="246810")
        manager = auth.sign_in(till, "M01", "246810")
        demo.fill(till, complaints=args.complaints, incidents=args.complaints // 100, seed=1)
        head_office_link.install_head_office_key(
            till, manager, (keys / head_office.PUBLIC_KEY_FILE).read_bytes())
        head_office.register_store(ho, "BEN01", head_office_link.export_store_key(till),
                                   name="Bench", region="Bench")
        started = time.perf_counter()
        made = head_office_link.make_bundle(till, manager, args.folder / "bundles")
        sealing = time.perf_counter() - started
        till.close()
        started = time.perf_counter()
        for path in made.paths:
            head_office.import_bundle(ho, path, args.folder / "acks")
        importing = time.perf_counter() - started
        total = made.counts["complaints"] + made.counts["incidents"]
        print(f"records: {total:,} in {len(made.paths)} bundles")
        print(f"till seals them: {sealing:.1f} s ({total / sealing:,.0f} records/s)")
        print(f"head office imports them: {importing:.1f} s ({total / importing:,.0f} "
              f"records/s; 1,000,000 complaints would take "
              f"{1_000_000 / (total / importing) / 60:.1f} min, target 10)")

        _spread(ho, args.stores)
        sent: list[tuple[str, object]] = []

        @event.listens_for(ho.engine, "before_cursor_execute")
        def capture(conn, cursor, statement, parameters, context, executemany):  # noqa: ANN001
            sent.append((statement, parameters))

        year = (date(2025, 3, 11), date(2026, 3, 10))
        import psycopg
        with psycopg.connect(host=str(server.folder), port=server.port, user="postgres",
                             dbname="bench") as connection:
            for name, table, query in (
                    ("league table", "ho_complaints", lambda: league_table(
                        ho, *year, kpi=LeagueKpi.FIRST_CONTACT, today=NOW.date())),
                    ("abuse hot-spot grid", "ho_incidents",
                     lambda: abuse_hot_spots(ho, *year))):
                timings = []
                for _ in range(5):
                    sent.clear()
                    started = time.perf_counter()
                    found = query()
                    timings.append(time.perf_counter() - started)
                statement, parameters = next((s, p) for s, p in sent if table in s)
                raw = []
                for _ in range(5):
                    started = time.perf_counter()
                    connection.execute(statement, parameters).fetchall()
                    raw.append(time.perf_counter() - started)
                print(f"{name}, {args.stores} stores over a year ({len(found):,} rows): "
                      f"{statistics.median(timings) * 1000:.0f} ms, target 1,000 (raw SQL of "
                      f"the same statement {statistics.median(raw) * 1000:.0f} ms)")
        ho.close()


def _spread(ho, stores: int) -> None:  # noqa: ANN001 - a HeadOffice
    """Share the imported records out among `stores` stores in ten regions."""
    from sqlalchemy import text

    with ho.engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO ho_stores (code, name, region, registered_at) "
            "SELECT 'S' || lpad(n::text, 4, '0'), 'Store ' || n, 'Region ' || (n % 10), "
            "localtimestamp FROM generate_series(1, :n) AS n"), {"n": stores})
        for table in ("ho_complaints", "ho_incidents"):
            connection.execute(text(
                f"UPDATE {table} SET store_code = 'S' || lpad((1 + abs(hashtext(reference)) "
                f"% :n)::text, 4, '0')"), {"n": stores})
        connection.execute(text("ANALYZE"))


if __name__ == "__main__":
    main()
