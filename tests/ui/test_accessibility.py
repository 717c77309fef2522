"""Every input has an objectName and an accessible name; docs/ui-automation.md lists them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QWidget
from PySide6.QtGui import QAccessible

from desktop_app.services import complaints
from desktop_app.ui.aftercare_dialogs import CloseDialog, DecisionDialog, FollowUpDialog
from desktop_app.ui.inventory import inputs
from tests.conftest import MANAGER_PIN
from tests.ui.helpers import open_window, sign_in

ROOT = Path(__file__).resolve().parents[2]


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface else ""


def unnamed(root: QWidget) -> list[str]:
    problems = []
    for widget in inputs(root):
        if not widget.objectName():
            problems.append(f"{type(widget).__name__} without objectName under {root.objectName()}")
        elif not accessible_name(widget) and not isinstance(widget, QAbstractButton):
            problems.append(f"{widget.objectName()} has no accessible name")
    return problems


def test_every_input_of_every_screen_and_wizard_step_is_named(qtbot, ctx, manager):
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "M01", MANAGER_PIN)
    problems = []
    for screen in (window.first_run, window.sign_in, window.home, window.settings, window.staff,
                   window.lock_screen, window.audit_screen, window.backups,
                   window.reports):
        problems += unnamed(screen)
    for model_id in ctx.catalogue.models:
        wizard = window.open_wizard(complaints.start_complaint(ctx, manager, model_id=model_id))
        for page in wizard.step_pages:
            problems += unnamed(page)
        window._wizard_closed()
    for screen in (window.incident_flow.report(manager), window.incident_flow.follow_ups(manager),
                   window.incident_flow.browse(manager)):
        problems += unnamed(screen)
    window.incident_flow.close_all()
    window.show_workspace()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace)
    for index in range(window.workspace.tabs.count()):
        problems += unnamed(window.workspace.tabs.widget(index))
    reference = _complaint(ctx, manager)
    view = window.open_complaint(reference)
    for kind in (FollowUpDialog, DecisionDialog, CloseDialog):
        dialog = view.open_dialog(kind)
        problems += unnamed(dialog)
        dialog.done(0)
    assert problems == []


def _complaint(ctx, user) -> str:  # noqa: ANN001
    from tests.services.test_aftercare import escalated
    return escalated(ctx, user)


def test_the_automation_document_is_up_to_date(qtbot):
    import importlib.util
    spec = importlib.util.spec_from_file_location("doc", ROOT / "scripts" / "write_ui_automation_doc.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    expected = module.build()
    current = (ROOT / "docs" / "ui-automation.md").read_text(encoding="utf-8")
    assert current == expected, "run scripts/write_ui_automation_doc.py"
