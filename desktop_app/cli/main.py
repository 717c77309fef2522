"""`complaint-logger [--db PATH] COMMAND ...`: the command-line entry point."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from desktop_app import __version__
from desktop_app.cli.common import CommandError, describe
from desktop_app.domain.errors import DomainError

# Each module registers one command (see cmd_init.py for the shape).
COMMAND_MODULES = ("cmd_init", "cmd_maintenance", "cmd_report", "cmd_export", "cmd_import",
                   "cmd_demo", "cmd_head_office_link", "cmd_head_office")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="complaint-logger",
        description="Till Complaint Logger: guided complaint and incident records, offline.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", metavar="PATH",
                        help="database file (default: $COMPLAINT_LOGGER_DB, then the user data folder)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"desktop_app.cli.{name}").register(commands)
    return parser


def run(argv: Sequence[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help()
        return 2
    try:
        return args.run(args)
    except CommandError as error:
        message = str(error)
    except DomainError as error:
        message = describe(error)
    except KeyboardInterrupt:
        message = "Stopped. Nothing was half-saved."
    except Exception as error:  # noqa: BLE001 - a sentence, never a traceback
        from desktop_app.services.context import explain_failure

        message = explain_failure(error)
    print(f"complaint-logger: {message}", file=sys.stderr)
    return 2


def main(argv: Sequence[str] | None = None) -> int:
    return run(sys.argv[1:] if argv is None else argv)
