"""Renders the manager's workspace to PNG at 1024x768, to look at after changing it.

    QT_QPA_PLATFORM=offscreen python scripts/render_workspace.py [--out screenshots]

A demonstration store (made-up people, from the demo generator) with a year of complaints:
the list filtered and searched, the follow-up queue, the escalations waiting, the
dashboard, and the follow-up, decision and closing dialogs.
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


def settle(app) -> None:  # noqa: ANN001
    """Let background queries finish and their answers arrive."""
    from PySide6.QtCore import QThreadPool

    for _ in range(5):
        QThreadPool.globalInstance().waitForDone(30_000)
        app.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default=str(ROOT / "screenshots"))
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    from desktop_app.domain.clock import FixedClock
    from desktop_app.domain.complaint import Status
    from desktop_app.domain.record_filter import ComplaintFilter
    from desktop_app.services import demo, setup
    from desktop_app.services.context import open_app
    from desktop_app.ui.aftercare_dialogs import CloseDialog, DecisionDialog, FollowUpDialog
    from desktop_app.ui.app import make_application
    from desktop_app.ui.main_window import MainWindow

    app = make_application()
    with tempfile.TemporaryDirectory() as folder:
        ctx = open_app(Path(folder) / "demo.db", clock=FixedClock(datetime(2026, 11, 20, 16, 0)))
        manager = setup.initialise(ctx, store_name="Example Store", store_code="EXA01",
                                   jurisdiction="england", manager_name="Alex Example",
                                   manager_code="M01", pin="246810")
        demo.fill(ctx, complaints=900, incidents=30, seed=11)
        window = MainWindow(ctx)
        window.resize(1024, 768)
        window.show()
        window.show_home(manager)
        settle(app)
        window.grab().save(str(out / "w00-home.png"))
        window.show_workspace()
        workspace = window.workspace
        settle(app)
        window.grab().save(str(out / "w01-list.png"))
        workspace.list.show_filter(ComplaintFilter(statuses=(Status.AWAITING_FOLLOW_UP,),
                                                   text="kettle"))
        settle(app)
        window.grab().save(str(out / "w02-list-filtered.png"))
        workspace.show_tab(workspace.follow_ups)
        settle(app)
        window.grab().save(str(out / "w03-follow-ups.png"))
        workspace.show_tab(workspace.escalations)
        settle(app)
        window.grab().save(str(out / "w04-escalations.png"))
        workspace.show_tab(workspace.dashboard)
        settle(app)
        window.grab().save(str(out / "w05-dashboard.png"))
        queue = workspace.escalations.table
        if queue.rowCount():
            view = window.open_complaint(queue.item(0, 0).text())
            settle(app)
            window.grab().save(str(out / "w06-escalated-complaint.png"))
            for number, kind in ((7, DecisionDialog), (8, FollowUpDialog), (9, CloseDialog)):
                dialog = view.open_dialog(kind)
                dialog.save()           # empty: shows the messages beside the fields
                settle(app)
                dialog.grab().save(str(out / f"w{number:02d}-{dialog.objectName()}.png"))
                dialog.done(0)
        window.close()
        ctx.close()
    print(f"Wrote workspace screenshots to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
