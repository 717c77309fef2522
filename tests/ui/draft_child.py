"""Child process for the draft kill test: types half a complaint, waits for the draft, then idles.

    python -m tests.ui.draft_child DB_PATH

Prints DRAFT_KEPT once the draft is on disk and then runs the event loop until it is killed.
"""

from __future__ import annotations

import os
import sys
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QPlainTextEdit  # noqa: E402

from desktop_app.domain.clock import FixedClock  # noqa: E402
from desktop_app.services.context import open_app  # noqa: E402
from desktop_app.ui.app import make_application  # noqa: E402
from desktop_app.ui.main_window import MainWindow  # noqa: E402

TYPED = "Kettle died after a fortnight; the customer is upset ŵŷ 🙂"


def main() -> None:
    app = make_application()
    ctx = open_app(Path(sys.argv[1]), clock=FixedClock(datetime(2026, 3, 10, 10, 40)))
    window = MainWindow(ctx)
    window.show()
    screen = window.sign_in
    QTest.keyClicks(screen.code, "S01")
    QTest.keyClicks(screen.pin, "1357")
    QTest.mouseClick(screen.button, Qt.MouseButton.LeftButton)   # the PIN is checked on the pool

    def start_typing() -> None:
        QTest.mouseClick(window.home.new_button, Qt.MouseButton.LeftButton)
        account = window.wizard.currentPage().findChild(QPlainTextEdit,
                                                        "field_customer_account")
        account.setFocus()
        account.insertPlainText(TYPED)      # the debounce timer then keeps a draft
        window.wizard.draft_due.connect(kept)   # after keep_draft: runs once it is saved

    def kept() -> None:
        if window.wizard.form.draft_id is not None:
            print("DRAFT_KEPT", flush=True)

    screen.signed_in.connect(lambda _member: QTimer.singleShot(0, start_typing))
    sys.exit(app.exec())


if __name__ == "__main__":
    main()
