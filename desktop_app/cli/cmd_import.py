"""`import FILE --user CODE`: bring in a JSON export (a replacement till, head office)."""

from __future__ import annotations

from argparse import Namespace, _SubParsersAction
from pathlib import Path

from desktop_app.cli.common import CommandError, add_user_arguments, open_context, signed_in
from desktop_app.services import exchange


def register(commands: _SubParsersAction) -> None:
    parser = commands.add_parser(
        "import", help="import a JSON export (managers); all or nothing, safe to repeat")
    parser.add_argument("file", type=Path, metavar="FILE")
    add_user_arguments(parser)
    parser.set_defaults(run=run)


def run(args: Namespace) -> int:
    try:
        data = args.file.read_bytes()
    except OSError as error:
        raise CommandError(f"Could not read {args.file}: {error.strerror or error}.") from error
    ctx = open_context(args)
    try:
        user = signed_in(args, ctx)
        result = exchange.import_document(ctx, user, data)
    finally:
        ctx.close()
    print(f"Imported {len(result.complaints_added)} complaints and "
          f"{len(result.incidents_added)} incidents; {result.already_here} were already here.")
    if result.staff_added:
        print("Staff added as inactive accounts (they cannot sign in here until a manager "
              f"sets a PIN): {', '.join(result.staff_added)}.")
    return 0
