"""How the complaint list behaves at 1,000,000 complaints.

    QT_QPA_PLATFORM=offscreen python benchmarks/workspace.py [--complaints 1000000]
        [--db /tmp/workspace.db] [--runs 5]

Builds the database (or reuses --db when it already holds complaints): the demo generator
makes 2,000 varied complaints, which SQL then copies, each copy moved back in time, until
there are --complaints of them spread over ten years (about 100,000 a year); customers'
surnames vary (each ~250 times), older follow-ups are closed with a few left overdue, some
recent ones are open, and the full-text index is rebuilt. Then it prints, each beside a
raw sqlite3 query returning the same rows in the same run:

- the first page: the count and the newest 200 through the service. Target 100 ms;
- a filtered search (a status and a category with a word, and a customer's surname).
  Target 100 ms;
- the dashboard for a year. Target 1 s;
- memory while paging through the whole list to the end with the list model's own paging
  code (its page cache and keyset requests, calling the service): RSS at 10%, 50%, 100%.

The database is kept in the temporary folder, never in the repository.
"""

from __future__ import annotations

import argparse
import resource
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
NOW = datetime(2026, 11, 20, 17, 0)
YEARS = 10
PIN = "246810"

_FIRST = ("Alex", "Sam", "Jo", "Priya", "Tomasz", "Sian", "Aoife", "Callum", "Ngozi", "Mei")
_PART1 = ("Ash", "Brad", "Carn", "Dun", "El", "Fair", "Glen", "Har", "Kil", "Lang",
          "Mar", "Nor", "Pen", "Ros", "Strath", "Tre", "Wal", "Whit", "York", "Bal")
_PART2 = ("by", "dale", "ford", "gate", "ham", "ley", "more", "ton", "well", "wick",
          "burn", "combe", "field", "hurst", "mouth", "stead", "thorpe", "wood", "shaw", "side")
_PART3 = ("", "s", "e", "er", "ie", "ock", "an", "y", "ett", "in")


def bench_name(number: int) -> str:
    """A made-up customer: 10 first names, 4,000 surnames."""
    surname = (_PART1[(number // 10) % 20] + _PART2[(number // 200) % 20]
               + _PART3[(number // 4000) % 10])
    return f"{_FIRST[number % 10]} {surname}"


def _shifted(column: str, days: str) -> str:
    """A datetime column moved by `days` (an SQL expression; back when negative), keeping
    SQLAlchemy's six-digit fraction."""
    return (f"strftime('%Y-%m-%d %H:%M:%S', {column}, ({days}) || ' days') "
            f"|| substr({column}, 20)")


def build(path: Path, total: int) -> None:
    from desktop_app.domain.clock import FixedClock
    from desktop_app.services import demo, setup
    from desktop_app.services.context import open_app

    ctx = open_app(path, clock=FixedClock(NOW))
    setup.initialise(ctx, store_name="Bench Store", store_code="BEN01", jurisdiction="wales",
                     manager_name="Bench Manager", manager_code="M01", pin=PIN)
    demo.fill(ctx, complaints=min(SEED_COMPLAINTS, total), incidents=50, seed=7)
    ctx.close()
    raw = sqlite3.connect(path, isolation_level=None)
    raw.create_function("bench_name", 1, bench_name, deterministic=True)
    raw.execute("PRAGMA journal_mode = WAL")
    raw.execute("PRAGMA synchronous = OFF")
    raw.execute("PRAGMA cache_size = -200000")
    raw.execute("BEGIN")
    # The search index is filled in one go at the end: the triggers go, and come back as
    # they were.
    triggers = raw.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                           "AND name LIKE 'complaints_fts_%'").fetchall()
    for name, _sql in triggers:
        raw.execute(f"DROP TRIGGER {name}")
    columns = [r[1] for r in raw.execute("PRAGMA table_info(complaints)")
               if r[1] not in ("id", "reference")]
    seed = raw.execute("SELECT max(id) FROM complaints").fetchone()[0]
    raw.execute("UPDATE complaints SET customer_name = bench_name(id)")
    copies = -(-total // seed) - 1
    days = YEARS * 365
    for k in range(1, copies + 1):
        offset = k * seed
        # each copy lands on a day spread evenly over the years, at the seed's time of day
        day = f"date('{NOW:%Y-%m-%d}', '-' || ((id + {offset}) * 7919 % {days}) || ' days')"
        shift = f"(julianday({day}) - julianday(date(saved_at)))"
        moved = {c: _shifted(c, "delta") for c in ("opened_at", "saved_at", "closed_at",
                                                  "escalated_at", "approved_at")}
        moved |= {c: f"date({c}, delta || ' days')" for c in ("follow_up_due",
                                                             "purchase_date")}
        moved["customer_name"] = f"bench_name(id + {offset})"
        values = ", ".join(moved.get(c, c) for c in columns)
        raw.execute(
            f"INSERT INTO complaints (id, reference, {', '.join(columns)}) "
            f"SELECT id + {offset}, printf('BEN01-%s-%06d', substr({moved['saved_at']}, 1, 4), "
            f"id + {offset}), {values} FROM (SELECT *, {shift} AS delta FROM complaints "
            f"WHERE id <= {seed} AND id + {offset} <= {total})")
    # Old follow-ups and escalations were dealt with; a few were forgotten (overdue). Some
    # recent complaints are still open.
    cutoff = str(NOW - timedelta(days=90))
    raw.execute("UPDATE complaints SET status = 'closed', closed_at = "
                f"{_shifted('saved_at', '5')} WHERE saved_at < ? AND id % 97 != 0 "
                "AND status IN ('open', 'awaiting_follow_up', 'escalated')", (cutoff,))
    raw.execute("UPDATE complaints SET follow_up_needed = 1, follow_up_method = 'phone', "
                "follow_up_due = date(saved_at, '+3 days') WHERE id % 97 = 0 "
                "AND status IN ('open', 'awaiting_follow_up', 'escalated')")
    raw.execute("UPDATE complaints SET status = 'open', closed_at = NULL, closure_note = '' "
                "WHERE id % 13 = 0 AND status = 'closed' AND saved_at >= ?",
                (str(NOW - timedelta(days=60)),))
    raw.execute("INSERT INTO complaints_fts(complaints_fts) VALUES ('rebuild')")
    for _name, sql in triggers:
        raw.execute(sql)
    raw.execute("COMMIT")
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.close()



def rss_mb() -> float:
    """Resident memory now (Linux /proc), or the peak where /proc is missing."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _service_year_figures(ctx, manager, start: date, end: date) -> tuple[str, object]:  # noqa: ANN001
    """The dashboard's own service call, as the screen makes it."""
    from desktop_app.services.dashboard import dashboard
    return "services.dashboard.dashboard", lambda: dashboard(ctx, manager, start, end)


_RAW_PAGE = ("SELECT c.reference FROM complaints c {where} "
             "ORDER BY c.saved_at DESC, c.id DESC LIMIT 200")
_FTS = "c.id IN (SELECT rowid FROM complaints_fts WHERE complaints_fts MATCH ?)"


def _line(label: str, ours: float, raw: float, target: str) -> None:
    print(f"{label:<52} {ours * 1000:8.1f} ms   (raw sqlite3 {raw * 1000:8.1f} ms; "
          f"target {target})")


def measure(path: Path, runs: int) -> None:
    from desktop_app.domain.clock import FixedClock
    from desktop_app.domain.complaint import Status
    from desktop_app.domain.record_filter import ComplaintFilter
    from desktop_app.services import auth, complaint_list
    from desktop_app.services.context import open_app
    from desktop_app.ui.workspace.complaint_list_model import PAGE_ROWS, PageCache, fetch_page

    ctx = open_app(path, clock=FixedClock(NOW))
    manager = auth.sign_in(ctx, "M01", PIN)
    raw = sqlite3.connect(path)
    total = raw.execute("SELECT count(*) FROM complaints").fetchone()[0]
    print(f"{total:,} complaints, {path.stat().st_size / 1e6:,.0f} MB")

    # 1. the first page: count and the newest 200
    everything = ComplaintFilter()
    first = complaint_list.first_page(ctx, manager, everything)

    def raw_first() -> list:
        raw.execute("SELECT count(*) FROM complaints").fetchone()
        return raw.execute(_RAW_PAGE.format(where="")).fetchall()
    assert [r.reference for r in first.rows] == [r[0] for r in raw_first()]
    _line("first page (count + 200 newest)",
          timed(lambda: complaint_list.first_page(ctx, manager, everything), runs),
          timed(raw_first, runs), "100 ms")

    # 2. searches: a status and a category with a word; a customer's surname; a reference
    surname = bench_name(123_457 % total).split()[1]
    reference = raw.execute("SELECT reference FROM complaints WHERE id = ?",
                            (total * 2 // 3,)).fetchone()[0]
    searches = (
        ("closed + faulty goods + 'kettle'",
         ComplaintFilter(statuses=(Status.CLOSED,), category="faulty_goods", text="kettle"),
         "c.status = 'closed' AND c.category = 'faulty_goods' AND " + _FTS, ('"kettle"*',)),
        ("escalated + 'refund'", ComplaintFilter(statuses=(Status.ESCALATED,), text="refund"),
         "c.status = 'escalated' AND " + _FTS, ('"refund"*',)),
        (f"surname '{surname.lower()[:-1]}' (typed, prefix)",
         ComplaintFilter(text=surname.lower()[:-1]), _FTS, (f'"{surname.lower()[:-1]}"*',)),
        ("the word 'kettle' alone", ComplaintFilter(text="kettle"), _FTS, ('"kettle"*',)),
        ("a reference typed whole", ComplaintFilter(text=reference), "c.reference = ?",
         (reference,)),
    )
    for label, flt, where, params in searches:
        def ours(flt: ComplaintFilter = flt) -> complaint_list.FirstPage:
            return complaint_list.first_page(ctx, manager, flt)

        def baseline(where: str = where, params: tuple = params) -> list:
            raw.execute(f"SELECT count(*) FROM complaints c WHERE {where}", params).fetchone()
            return raw.execute(_RAW_PAGE.format(where=f"WHERE {where}"), params).fetchall()
        found = ours()
        assert [r.reference for r in found.rows] == [r[0] for r in baseline()], label
        _line(f"search: {label} ({found.total:,})", timed(ours, runs), timed(baseline, runs),
              "100 ms")

    # 3. the dashboard for a year
    start, end = date(2025, 1, 1), date(2025, 12, 31)
    what, year = _service_year_figures(ctx, manager, start, end)
    low, high = f"{start} 00:00:00", f"{end + timedelta(days=1)} 00:00:00"
    count = raw.execute("SELECT count(*) FROM complaints WHERE saved_at >= ? AND saved_at < ?",
                        (low, high)).fetchone()[0]
    print(f"dashboard for 2025 ({count:,} complaints) via {what}:")
    _line("  year figures", timed(year, max(1, runs // 2)),
          timed(lambda: raw.execute("SELECT * FROM complaints WHERE saved_at >= ? AND "
                                    "saved_at < ?", (low, high)).fetchall(), max(1, runs // 2)),
          "1 s")

    # 4. paging to the end with the list model's own code: memory stays flat
    cache, pages = PageCache(), -(-total // PAGE_ROWS)
    marks = {max(0, pages // 10 - 1): "10%", max(0, pages // 2 - 1): "50%", pages - 1: "100%"}
    print(f"paging through all {pages:,} pages of {PAGE_ROWS} (keyset from the page above):")
    print(f"  RSS before {rss_mb():7.1f} MB  (includes the reader's memory-mapped database "
          "pages, shared with the page cache)")
    started, seen, key = time.perf_counter(), 0, None
    for page in range(pages):
        rows = fetch_page(ctx, manager, everything, cache.request_for(page))
        cache.store(page, rows)
        seen += len(rows)
        if page in marks:
            print(f"  RSS at {marks[page]:>4} {rss_mb():7.1f} MB  ({seen:,} rows read, "
                  f"{len(cache)} pages cached)")
    ours = time.perf_counter() - started
    assert seen == total, (seen, total)
    started = time.perf_counter()
    columns = ("saved_at, id, reference, category, status, staff_id, model_id, "
               "follow_up_due, closed_at")
    for _ in range(pages):
        if key is None:
            found = raw.execute(f"SELECT {columns} FROM complaints ORDER BY saved_at DESC, "
                                "id DESC LIMIT ?", (PAGE_ROWS,)).fetchall()
        else:
            found = raw.execute(f"SELECT {columns} FROM complaints WHERE (saved_at, id) < "
                                "(?, ?) ORDER BY saved_at DESC, id DESC LIMIT ?",
                                (*key, PAGE_ROWS)).fetchall()
        key = found[-1][:2] if found else key
    baseline = time.perf_counter() - started
    print(f"  whole list {ours:6.1f} s, {ours / pages * 1000:.1f} ms a page   (raw sqlite3 "
          f"keyset, same columns, {baseline:.1f} s)")
    print(f"  peak RSS of the whole run {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}"
          " MB (the dashboard's year of figures and mapped database pages included)")
    raw.close()
    ctx.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--complaints", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, help="build here, or reuse it if it has complaints")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = args.db or Path(folder) / "workspace.db"
        reuse = path.exists() and sqlite3.connect(path).execute(
            "SELECT count(*) FROM sqlite_master WHERE name = 'complaints'").fetchone()[0]
        if not reuse:
            started = time.perf_counter()
            build(path, args.complaints)
            print(f"built {args.complaints:,} complaints in {time.perf_counter() - started:.0f} s")
        measure(path, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
