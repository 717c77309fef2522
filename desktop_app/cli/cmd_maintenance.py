"""`backup --out FILE`, `restore FILE` and `check`: the database's safety from the command line.

They work on the file itself (whoever can read the file can copy it), so they ask for no
PIN; `restore` refuses a backup that does not check out and keeps the file it replaces.
"""

from __future__ import annotations

from argparse import Namespace, _SubParsersAction
from datetime import datetime
from pathlib import Path

from desktop_app.cli.common import CommandError
from desktop_app.services import maintenance
from desktop_app.services.context import resolve_db_path


def register(commands: _SubParsersAction) -> None:
    backup = commands.add_parser("backup", help="write a checked backup of the database")
    backup.add_argument("--out", required=True, metavar="FILE", type=Path)
    backup.set_defaults(run=run_backup)
    restore = commands.add_parser("restore", help="replace the database with a checked backup")
    restore.add_argument("file", metavar="FILE", type=Path)
    restore.set_defaults(run=run_restore)
    check = commands.add_parser("check", help="check the database and the audit trail")
    check.set_defaults(run=run_check)


def _database(args: Namespace) -> Path:
    path = resolve_db_path(args.db)
    if not path.exists():
        raise CommandError(f"There is no database at {path}.")
    return path


def run_backup(args: Namespace) -> int:
    target = maintenance.backup_to(_database(args), args.out)
    print(f"Backed up to {target} (checked).")
    return 0


def run_restore(args: Namespace) -> int:
    path = resolve_db_path(args.db)
    if not args.file.exists():
        raise CommandError(f"There is no backup at {args.file}.")
    kept = maintenance.restore(path, args.file, now=datetime.now())
    print(f"Restored {args.file.name} to {path}."
          + (f" The replaced database is kept as {kept.name}." if kept else ""))
    return 0


def run_check(args: Namespace) -> int:
    report = maintenance.check(_database(args))
    if report.ok:
        print("OK: the database is intact and the audit trail has not been altered.")
        return 0
    print("PROBLEMS FOUND:")
    for problem in report.problems:
        print(f"  - {problem}")
    return 1
