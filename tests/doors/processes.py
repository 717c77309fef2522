"""Real processes for the door tests: the command line, a till holding the database open,
another program's SQLite lock, and permission checks that apply even to root."""

from __future__ import annotations

import os
import selectors
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ENV = dict(os.environ, PYTHONPATH=str(ROOT))


def ordinary_user(command: list[str]) -> list[str]:
    """Root ignores file permissions; without CAP_DAC_OVERRIDE it meets them as their owner,
    like a till's own user account."""
    if os.geteuid() != 0:
        return command
    return ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", "--", *command]


def cli(*args: str, stdin: str = "", as_user: bool = False,
        prelude: str = "") -> subprocess.CompletedProcess:
    """`complaint-logger ARGS`; `prelude` is Python run first in the same process (limits)."""
    code = (f"{prelude}\nimport sys\nfrom desktop_app.launcher import main\n"
            f"sys.exit(main({list(args)!r}))")
    command = [sys.executable, "-c", code]
    return subprocess.run(ordinary_user(command) if as_user else command, input=stdin,
                          text=True, capture_output=True, cwd=ROOT, env=ENV, timeout=180)


def read_line(child: subprocess.Popen) -> str:
    """The child's next line, waited for on the pipe (never a clock)."""
    selector = selectors.DefaultSelector()
    selector.register(child.stdout, selectors.EVENT_READ)
    if not selector.select(timeout=60):
        raise AssertionError("the child said nothing for a minute")
    line = child.stdout.readline()
    if not line:
        raise AssertionError(f"the child exited ({child.poll()}): {child.stderr.read()}")
    return line.strip()


@contextmanager
def child(module: str, *args: str, ready: str) -> Iterator[subprocess.Popen]:
    process = subprocess.Popen([sys.executable, "-m", module, *args], cwd=ROOT, env=ENV,
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    try:
        assert read_line(process) == ready
        yield process
    finally:
        if process.poll() is None:
            process.stdin.close()
            process.wait(timeout=60)


def ask(process: subprocess.Popen, line: str) -> str:
    process.stdin.write(line + "\n")
    process.stdin.flush()
    return read_line(process)
