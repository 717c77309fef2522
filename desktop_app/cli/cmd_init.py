"""`init`: set up the store and its first manager without a screen (IT roll-out)."""

from __future__ import annotations

from argparse import Namespace, _SubParsersAction

from desktop_app.cli.common import CommandError, open_context, read_pin
from desktop_app.domain.jurisdiction import Jurisdiction
from desktop_app.services import setup


def register(commands: _SubParsersAction) -> None:
    parser = commands.add_parser("init", help="set up the store and its first manager")
    parser.add_argument("--store-name", required=True)
    parser.add_argument("--store-code", required=True)
    parser.add_argument("--jurisdiction", required=True, choices=[j.value for j in Jurisdiction])
    parser.add_argument("--manager-name", required=True)
    parser.add_argument("--manager-code", required=True)
    parser.add_argument("--pin-stdin", action="store_true", help="read the manager's PIN from stdin")
    parser.set_defaults(run=run)


def run(args: Namespace) -> int:
    pin = read_pin(args, "New manager PIN (6 to 8 digits): ")
    ctx = open_context(args)
    try:
        if setup.is_set_up(ctx):
            raise CommandError(f"{ctx.db_path} is already set up for a store.")
        manager = setup.initialise(
            ctx, store_name=args.store_name, store_code=args.store_code,
            jurisdiction=args.jurisdiction, manager_name=args.manager_name,
            manager_code=args.manager_code, pin=pin)
        print(f"Set up {args.store_code.upper()} in {ctx.db_path}; manager {manager.code}.")
    finally:
        ctx.close()
    return 0
