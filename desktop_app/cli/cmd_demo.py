"""`demo --complaints N --incidents M --seed S`: made-up data for demonstrations."""

from __future__ import annotations

from argparse import Namespace, _SubParsersAction

from desktop_app.cli.common import open_context
from desktop_app.services import demo


def register(commands: _SubParsersAction) -> None:
    parser = commands.add_parser("demo", help="fill the database with made-up, varied data")
    parser.add_argument("--complaints", type=int, default=200)
    parser.add_argument("--incidents", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    parser.set_defaults(run=run)


def run(args: Namespace) -> int:
    ctx = open_context(args)
    try:
        made = demo.fill(ctx, complaints=args.complaints, incidents=args.incidents,
                         seed=args.seed)
    finally:
        ctx.close()
    print(f"Added {made[0]} complaints and {made[1]} incidents (seed {args.seed}).")
    return 0
