"""Render the main window and every wizard step to PNG at 1024×768, for looking at.

    QT_QPA_PLATFORM=offscreen python scripts/render_screens.py [--model lass] [--out screenshots]

Uses a throwaway database with made-up people; writes into an ignored folder.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QDate  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_app.domain.clock import FixedClock  # noqa: E402
from desktop_app.domain.staff import Role  # noqa: E402
from desktop_app.domain.store import StorePolicy  # noqa: E402
from desktop_app.services import auth, policy, setup  # noqa: E402
from desktop_app.services.context import open_app  # noqa: E402
from desktop_app.ui.app import make_application  # noqa: E402
from desktop_app.ui.main_window import MainWindow  # noqa: E402


class _Bot:
    """Just enough of qtbot for the wizard driver outside pytest."""

    def keyClicks(self, widget, text):  # noqa: N802, ANN001
        widget.insert(text) if hasattr(widget, "insert") else widget.insertPlainText(text)

    def mouseClick(self, widget, button, pos=None):  # noqa: N802, ANN001
        widget.click() if hasattr(widget, "click") else None

    def mousePress(self, widget, button, pos):  # noqa: N802, ANN001
        from PySide6.QtTest import QTest
        QTest.mousePress(widget, button, pos=pos)

    def mouseMove(self, widget, pos):  # noqa: N802, ANN001
        from PySide6.QtTest import QTest
        QTest.mouseMove(widget, pos)

    def mouseRelease(self, widget, button, pos):  # noqa: N802, ANN001
        from PySide6.QtTest import QTest
        QTest.mouseRelease(widget, button, pos=pos)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", default="lass")
    parser.add_argument("--out", default=str(ROOT / "screenshots"))
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    from tests.ui.helpers import fill_step
    from tests.ui.wizard_driver import WizardDriver

    app = make_application()
    with tempfile.TemporaryDirectory() as folder:
        ctx = open_app(Path(folder) / "demo.db", clock=FixedClock(datetime(2026, 3, 10, 10, 30)))
        manager = setup.initialise(ctx, store_name="Example Store", store_code="EXA01",
                                   jurisdiction="england", manager_name="Alex Example",
                                   manager_code="M01", pin="246810")
        auth.add_staff(ctx, manager, name="Sam Example", code="S01", role=Role.STAFF, pin="1357")
        with ctx.uow() as uow:
            policy.save_policy(uow, StorePolicy(model_id=args.model))
            uow.commit()
        window = MainWindow(ctx)
        window.resize(1024, 768)
        window.show()
        window.grab().save(str(out / "00-sign-in.png"))
        window.show_home(auth.sign_in(ctx, "S01", "1357"))
        app.processEvents()
        window.grab().save(str(out / "01-home.png"))
        wizard = window.start_complaint()
        driver = WizardDriver(_Bot(), wizard)
        number = 2
        while True:
            app.processEvents()
            window.grab().save(str(out / f"{number:02d}-{args.model}-{driver.page.step.id}-empty.png"))
            fill_step(driver, QDate(2026, 3, 10), cost="35.00")
            app.processEvents()
            window.grab().save(str(out / f"{number:02d}-{args.model}-{driver.page.step.id}.png"))
            number += 1
            if wizard.nextId() == -1:
                break
            wizard.next()
        wizard.accept()
        app.processEvents()
        window.grab().save(str(out / f"{number:02d}-saved.png"))
        window.show_home(manager)
        window.show_settings()
        app.processEvents()
        window.grab().save(str(out / f"{number + 1:02d}-settings.png"))
        window.show_data_protection()
        screen = window.data_protection
        screen.name.setText("Jane Example")
        screen.find()
        screen.erase()          # nothing ticked: shows the messages beside the fields
        app.processEvents()
        window.grab().save(str(out / f"{number + 2:02d}-data-protection.png"))
        screen.tabs.setCurrentIndex(1)
        app.processEvents()
        window.grab().save(str(out / f"{number + 3:02d}-retention.png"))
        window.show_audit()
        app.processEvents()
        window.grab().save(str(out / f"{number + 4:02d}-audit.png"))
        ctx.close()
    print(f"Wrote screenshots to {out}")
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
