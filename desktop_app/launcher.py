"""The program's entry point: the window, or a command when one is given.

It sits above both the UI and the command line so that neither imports the other.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence


def _wants_gui(argv: Sequence[str]) -> bool:
    """No command given (only --db PATH, perhaps): start the window."""
    rest = list(argv)
    while rest:
        head = rest.pop(0)
        if head == "--db" and rest:
            rest.pop(0)
        elif head.startswith("--db="):
            continue
        else:
            return False
    return True


def _head_office_gui(argv: Sequence[str]) -> str | None:
    """`head-office [--database URL] [--keys DIR] gui`: the database to open, or None."""
    if not argv or argv[0] != "head-office" or "gui" not in argv:
        return None
    import argparse

    parser = argparse.ArgumentParser(prog="complaint-logger head-office gui")
    parser.add_argument("--database", default=os.environ.get("COMPLAINT_LOGGER_HEAD_OFFICE_DB"))
    parser.add_argument("--keys")
    parser.add_argument("action", choices=["gui"])
    args = parser.parse_args(list(argv[1:]))
    if not args.database:
        parser.error("say which database: --database postgresql://...")
    return args.database


def main(argv: Sequence[str] | None = None) -> int:
    # Everything this process creates holds personal data: private from its first byte
    # (the modules that write files also ask for 0600 themselves).
    os.umask(0o077)
    argv = list(sys.argv[1:] if argv is None else argv)
    head_office_db = _head_office_gui(argv)
    if head_office_db is not None or _wants_gui(argv):
        from desktop_app import desktop_libraries

        if not desktop_libraries.window_can_open():
            return 1
    if head_office_db is not None:
        from desktop_app.ui.head_office.window import run_head_office

        return run_head_office(head_office_db)
    if _wants_gui(argv):
        from desktop_app.ui.app import run_gui

        db = None
        for index, item in enumerate(argv):
            if item == "--db" and index + 1 < len(argv):
                db = argv[index + 1]
            elif item.startswith("--db="):
                db = item.split("=", 1)[1]
        return run_gui(db)
    from desktop_app.cli.main import run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
