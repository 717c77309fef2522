"""Helpers shared by command-line commands: opening the database, reading a PIN, errors."""

from __future__ import annotations

import getpass
import sys
from argparse import Namespace

from desktop_app.domain.errors import DomainError, ValidationFailed
from desktop_app.services.context import AppContext, open_app, resolve_db_path


class CommandError(Exception):
    """Printed to stderr, exit status 2."""


def open_context(args: Namespace) -> AppContext:
    return open_app(resolve_db_path(args.db))


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
