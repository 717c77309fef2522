"""Writes docs/ui-automation.md from the live widgets (run after changing a screen).

    QT_QPA_PLATFORM=offscreen python scripts/write_ui_automation_doc.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def build() -> str:
    import tempfile
    from datetime import datetime

    from desktop_app.domain.clock import FixedClock
    from desktop_app.services import auth, setup
    from desktop_app.services.context import open_app
    from desktop_app.ui.app import make_application
    from desktop_app.ui.inventory import describe
    from desktop_app.ui.main_window import MainWindow

    make_application()
    lines = ["# UI automation names", "",
             "Every input has a stable `objectName` and an accessible name (its visible label).",
             "They are an interface for automation and assistive technology: change them only",
             "with care, and regenerate this file with `scripts/write_ui_automation_doc.py`",
             "(a test fails when it is out of date).", ""]
    with tempfile.TemporaryDirectory() as folder:
        ctx = open_app(Path(folder) / "doc.db", clock=FixedClock(datetime(2026, 3, 10, 10, 0)))
        first = MainWindow(ctx)
        sections = [("First run", first.first_run)]
        setup.initialise(ctx, store_name="Doc", store_code="DOC1", jurisdiction="england",
                         manager_name="Doc Manager", manager_code="M01", pin="246810")
        window = MainWindow(ctx)
        manager = auth.sign_in(ctx, "M01", "246810")
        window.show_home(manager)
        sections += [("Sign in", window.sign_in), ("Home", window.home),
                     ("Store settings", window.settings), ("Staff accounts", window.staff),
                     ("Complaint saved", window.saved_screen), ("Locked till", window.lock_screen),
                     ("Audit trail", window.audit_screen), ("Backups", window.backups),
                     ("Reports for head office", window.reports)]
        for model_id, model in sorted(ctx.catalogue.models.items()):
            from desktop_app.services import complaints
            wizard = window.open_wizard(complaints.start_complaint(ctx, manager, model_id=model_id))
            for page in wizard.step_pages:
                sections.append((f"Complaint wizard ({model.name}): {page.step.title} "
                                 f"(`{page.objectName()}`)", page))
            sections.append((f"Complaint wizard ({model.name}): buttons", None))
            window._wizard_closed()
        form = window.incident_flow.report(manager)
        sections.append(("Report abusive behaviour", form))
        outstanding = window.incident_flow.follow_ups(manager)
        sections.append(("Incidents: actions outstanding", outstanding))
        sections.append(("Incidents: all", window.incident_flow.browse(manager)))
        window.workspace.show_for(manager)       # its tabs, as show_workspace ends
        tabs = window.workspace.tabs
        sections += [(f"Complaints and follow-ups: {tabs.tabText(i).split(' (')[0]}",
                      tabs.widget(i)) for i in range(tabs.count())]
        from desktop_app.ui.aftercare_dialogs import CloseDialog, DecisionDialog, FollowUpDialog
        from tests.services.test_aftercare import escalated
        view = window.open_complaint(escalated(ctx, manager))
        for kind in (FollowUpDialog, DecisionDialog, CloseDialog):
            sections.append((f"Dialog: {kind.__name__}", view.open_dialog(kind)))
        for title, widget in sections:
            lines += [f"## {title}", "", "| objectName | kind | accessible name |", "|---|---|---|"]
            if widget is None:
                rows = [("nextButton", "QPushButton", "Next"), ("backButton", "QPushButton", "Back"),
                        ("saveButton", "QPushButton", "Save complaint"),
                        ("cancelButton", "QPushButton", "Cancel"), ("stepList", "QListWidget", "")]
            else:
                rows = describe(widget)
            lines += [f"| `{name}` | {kind} | {label.replace('|', '/')} |" for name, kind, label in rows]
            lines.append("")
        window.incident_flow.close_all()
        ctx.close()
    return "\n".join(lines)


if __name__ == "__main__":
    (ROOT / "docs" / "ui-automation.md").write_text(build(), encoding="utf-8")
    print("wrote docs/ui-automation.md")
