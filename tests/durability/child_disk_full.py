"""Child process for the disk-full test: files may not grow past a limit (RLIMIT_FSIZE), as
on a full disk. Saves until refused, printing each reference shown and then the refusal.

    python -m tests.durability.child_disk_full DB_PATH LIMIT_BYTES
"""

from __future__ import annotations

import resource
import signal
import sys
from pathlib import Path

from desktop_app.domain.errors import StorageError
from desktop_app.services import auth, complaints
from desktop_app.services.context import open_app
from tests.services.test_complaints_service import full_answers


def main() -> None:
    ctx = open_app(Path(sys.argv[1]))
    user = auth.sign_in(ctx, "S01", "1357")
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)      # a write past the limit fails instead
    limit = int(sys.argv[2])
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    typed = full_answers() | {"customer_account": "Long account. " * 300}
    for _ in range(10_000):
        form = complaints.start_complaint(ctx, user)
        form.answers = dict(typed)
        try:
            print(complaints.save_complaint(ctx, form).reference, flush=True)
        except StorageError as refused:
            kept = form.answers["customer_account"] == typed["customer_account"]
            print(f"REFUSED {kept} {refused}", flush=True)
            return
    print("NEVER REFUSED", flush=True)


if __name__ == "__main__":
    main()
