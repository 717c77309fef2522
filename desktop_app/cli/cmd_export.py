"""`export --format csv|json --from DATE --to DATE --out FILE --user CODE`."""

from __future__ import annotations

from argparse import Namespace, _SubParsersAction
from pathlib import Path

from desktop_app.cli.common import (add_user_arguments, open_context, parse_day,
                                    signed_in, write_out)
from desktop_app.services import exchange


def register(commands: _SubParsersAction) -> None:
    parser = commands.add_parser("export", help="export a period as JSON or CSV (managers)")
    parser.add_argument("--format", dest="export_format", choices=exchange.FORMATS,
                        default="json")
    parser.add_argument("--from", dest="start", required=True, metavar="DATE")
    parser.add_argument("--to", dest="end", required=True, metavar="DATE")
    parser.add_argument("--out", required=True, type=Path, metavar="FILE")
    add_user_arguments(parser)
    parser.set_defaults(run=run)


def run(args: Namespace) -> int:
    ctx = open_context(args)
    try:
        user = signed_in(args, ctx)
        data = exchange.export_period(ctx, user, parse_day(args.start), parse_day(args.end),
                                      args.export_format)
    finally:
        ctx.close()
    write_out(args.out, data)
    print(f"Exported to {args.out}.")
    return 0
