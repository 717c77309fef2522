"""Child process that keeps a database open, as a running till does, and saves on request.

    python -m tests.durability.child_holder DB_PATH

It prints READY once the database is open. Each line "save" on standard input saves a
complaint and prints its reference; "quit" (or the end of input) closes and exits.
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop_app.services import auth, complaints
from desktop_app.services.context import open_app
from tests.services.test_complaints_service import full_answers


def main() -> None:
    ctx = open_app(Path(sys.argv[1]))
    user = auth.sign_in(ctx, "S01", "1357")
    print("READY", flush=True)
    for line in sys.stdin:
        if line.strip() != "save":
            break
        form = complaints.start_complaint(ctx, user)
        form.answers = full_answers()
        print(complaints.save_complaint(ctx, form).reference, flush=True)
    ctx.close()


if __name__ == "__main__":
    main()
