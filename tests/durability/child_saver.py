"""Child process for the crash test: saves complaints through the real service for ever,
printing each reference only after save_complaint has returned (the moment a customer would
be told it). The parent kills it with SIGKILL at random moments.

    python -m tests.durability.child_saver DB_PATH
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
    while True:
        form = complaints.start_complaint(ctx, user)
        form.answers = full_answers()
        print(complaints.save_complaint(ctx, form).reference, flush=True)


if __name__ == "__main__":
    main()
