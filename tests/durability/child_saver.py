"""Child process for the crash test: saves complaints through the real service for ever,
printing each reference only after save_complaint has returned (the moment a customer would
be told it), and after every third a head-office bundle into BUNDLES, printing its path once
make_bundle has returned. The parent kills it with SIGKILL at random moments.

    python -m tests.durability.child_saver DB_PATH BUNDLES
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop_app.services import auth, complaints, head_office_link
from desktop_app.services.context import open_app
from tests.services.test_complaints_service import full_answers


def main() -> None:
    ctx = open_app(Path(sys.argv[1]))
    bundles = Path(sys.argv[2])
    user = auth.sign_in(ctx, "S01", "1357")
    saved = 0
    while True:
        form = complaints.start_complaint(ctx, user)
        form.answers = full_answers()
        print(complaints.save_complaint(ctx, form).reference, flush=True)
        saved += 1
        if saved % 3 == 0:
            made = head_office_link.make_bundle(ctx, None, bundles)
            print(f"bundle {made.path}", flush=True)


if __name__ == "__main__":
    main()
