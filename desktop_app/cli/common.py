"""Helpers shared by command-line commands: opening the database, reading a PIN, errors."""

from __future__ import annotations

import getpass
import sys
from argparse import Namespace
from datetime import date
from pathlib import Path

from desktop_app.domain.errors import DomainError, ValidationFailed
from desktop_app.domain.staff import StaffMember
from desktop_app.services.context import AppContext, open_app
from desktop_app.services.db_location import resolve_db_path


class CommandError(Exception):
    """Printed to stderr, exit status 2."""


def open_context(args: Namespace) -> AppContext:
    """The start-up check first, as the window does: a damaged, locked or newer file is
    refused with its reason before anything is written to it."""
    from desktop_app.services import maintenance

    path = resolve_db_path(args.db)
    found = maintenance.startup_check(path)
    if found.damaged:
        raise CommandError(found.message + " To restore it: complaint-logger --db "
                           f"{path} restore BACKUP --user CODE.")
    if not found.ok:
        raise CommandError(found.message)
    return open_app(path, before_upgrade=maintenance.backup_before_upgrade)


def read_pin(args: Namespace, prompt: str = "PIN: ") -> str:
    if getattr(args, "pin_stdin", False):
        line = sys.stdin.readline()
        if not line:
            raise CommandError("No PIN on standard input.")
        return line.strip()
    if not sys.stdin.isatty():
        raise CommandError("No terminal to ask for the PIN: use --pin-stdin.")
    return getpass.getpass(prompt)


def describe(error: DomainError) -> str:
    if isinstance(error, ValidationFailed):
        return "\n".join(f"  {key}: {message}" for key, message in error.errors.items())
    return str(error)


def add_user_arguments(parser) -> None:  # noqa: ANN001 - an argparse parser
    parser.add_argument("--user", required=True, metavar="CODE",
                        help="your staff code (a manager's for personal data)")
    parser.add_argument("--pin-stdin", action="store_true", help="read your PIN from stdin")


def signed_in(args: Namespace, ctx: AppContext) -> StaffMember:
    """The person running the command, signed in with their PIN (lockout and audit apply)."""
    from desktop_app.services import auth

    pin = read_pin(args, f"PIN for {args.user}: ")
    return auth.sign_in(ctx, args.user, pin)


def parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CommandError(f"{text} is not a date: use YYYY-MM-DD, e.g. 2026-03-31.") from None


def write_out(path: Path, data: bytes) -> None:
    """Write a file the command made, readable by this user only, all or nothing."""
    from desktop_app.private_files import write_private

    try:
        write_private(path, data)
    except OSError as error:
        raise CommandError(f"Could not write {path}: {error.strerror or error}.") from None
