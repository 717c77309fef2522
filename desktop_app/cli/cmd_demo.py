"""`demo --complaints N --incidents M --seed S [--years Y]`: made-up data in a demonstration
store, over one year per 100,000 complaints unless --years says otherwise.

Without --db it uses demo.db beside the real store's database, never the real one."""

from __future__ import annotations

import sys
from argparse import Namespace, _SubParsersAction

from desktop_app.cli.common import open_context
from desktop_app.services import demo
from desktop_app.services.db_location import default_db_path


def register(commands: _SubParsersAction) -> None:
    parser = commands.add_parser(
        "demo", help="made-up, varied records in a demonstration store of their own")
    parser.add_argument("--complaints", type=int, default=200)
    parser.add_argument("--incidents", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--years", type=int, choices=range(1, 11), metavar="1-10",
                        help="spread over this many years before today (default: one per "
                             "100,000 complaints)")
    parser.set_defaults(run=run)


def run(args: Namespace) -> int:
    if not args.db:
        args.db = str(default_db_path().with_name("demo.db"))
    ctx = open_context(args)
    try:
        made = demo.demonstration_store(ctx, complaints=args.complaints,
                                        incidents=args.incidents, seed=args.seed,
                                        years=args.years, progress=_progress(args.complaints))
    finally:
        ctx.close()
    print(f"Added {made[0]} complaints and {made[1]} incidents (seed {args.seed}) to the "
          f"demonstration store in {args.db}. Sign in as {demo.DEMO_STORE['manager_code']}, "
          f"PIN {demo.DEMO_STORE['pin']}.")
    return 0


def _progress(total: int):  # noqa: ANN202 - a progress callback
    """A line every tenth of a large run, on standard error (the result goes to stdout)."""
    step = max(demo.BATCH, total // 10)

    def show(done: int) -> None:
        if total >= 10 * demo.BATCH and (done % step < demo.BATCH or done == total):
            print(f"  {done:,} of {total:,} complaints written", file=sys.stderr, flush=True)
    return show
