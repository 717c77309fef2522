"""`backup --out FILE`, `restore FILE` and `check`: the database's safety from the command line.

`backup` and `restore` are a manager's, with their PIN, and audited: a backup holds every
customer's details. `restore` is refused while the program has the database open anywhere,
refuses a backup that does not check out and keeps the file it replaces. `check` only
reads.
"""

from __future__ import annotations

from argparse import Namespace, _SubParsersAction
from datetime import datetime
from pathlib import Path

from desktop_app.cli.common import (CommandError, add_user_arguments, open_context, read_pin,
                                    signed_in)
from desktop_app.services import maintenance
from desktop_app.services.db_location import resolve_db_path


def register(commands: _SubParsersAction) -> None:
    backup = commands.add_parser("backup", help="write a checked backup of the database "
                                                "(managers)")
    backup.add_argument("--out", required=True, metavar="FILE", type=Path)
    add_user_arguments(backup)
    backup.set_defaults(run=run_backup)
    restore = commands.add_parser("restore", help="replace the database with a checked backup "
                                                  "(managers; the program must be closed)")
    restore.add_argument("file", metavar="FILE", type=Path)
    add_user_arguments(restore)
    restore.set_defaults(run=run_restore)
    check = commands.add_parser("check", help="check the database and the audit trail")
    check.set_defaults(run=run_check)


def _database(args: Namespace) -> Path:
    path = resolve_db_path(args.db)
    if not path.exists():
        raise CommandError(f"There is no database at {path}.")
    return path


def _print_keys(args: Namespace) -> None:
    from desktop_app.services import head_office_link

    ctx = open_context(args)
    try:
        link = head_office_link.status(ctx)
    finally:
        ctx.close()
    print(f"This till's key: {link.store_fingerprint}")
    print(f"Head office's key: {link.head_office_fingerprint or 'not installed'}")
    print(f"Head office holds changes up to {link.acknowledged_through}; "
          f"{link.waiting} waiting.")


def run_backup(args: Namespace) -> int:
    _database(args)
    ctx = open_context(args)
    try:
        user = signed_in(args, ctx)
        target = maintenance.backup_to(ctx, user, args.out)
    finally:
        ctx.close()
    print(f"Backed up to {target} (checked).")
    return 0


def run_restore(args: Namespace) -> int:
    path = resolve_db_path(args.db)
    if not args.file.exists():
        raise CommandError(f"There is no backup at {args.file}.")
    pin = read_pin(args, f"PIN for {args.user}: ")
    kept = maintenance.restore(path, args.file, code=args.user, pin=pin, now=datetime.now())
    print(f"Restored {args.file.name} to {path}."
          + (f" The replaced database is kept as {kept.name}." if kept else ""))
    return 0


def run_check(args: Namespace) -> int:
    report = maintenance.check(_database(args))
    if report.ok:
        print("OK: the database is intact and the audit trail has not been altered.")
        _print_keys(args)
        return 0
    print("PROBLEMS FOUND:")
    for problem in report.problems:
        print(f"  - {problem}")
    return 1
