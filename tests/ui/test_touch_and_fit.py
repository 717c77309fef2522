"""Every screen at 1024×768 as a till shows it: each control a finger can hit (44×44 px,
WCAG 2.5.5), no text cut off, and the window itself no bigger than the screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate

from desktop_app.domain.language import Language
from desktop_app.services import complaints, language
from desktop_app.ui import language as spoken
from desktop_app.ui.aftercare_dialogs import CloseDialog, DecisionDialog, FollowUpDialog
from tests.conftest import MANAGER_PIN
from tests.services.test_aftercare import escalated
from tests.ui.helpers import fill_step, open_window, sign_in
from tests.ui.layout_audit import clipped_text, small_targets
from tests.ui.wizard_driver import WizardDriver

SCREEN_W, SCREEN_H = 1024, 768
#: 768 less a title bar and a taskbar: what a maximised window has on a till.
USABLE_H = 700


def audit(qtbot, window, screen, name: str) -> list[str]:  # noqa: ANN001
    window.stack.setCurrentWidget(screen)
    qtbot.waitExposed(screen)
    problems = [f"{name}: {p}" for p in small_targets(screen) + clipped_text(screen)]
    hint = window.minimumSizeHint()
    if hint.width() > SCREEN_W or hint.height() > USABLE_H:
        problems.append(f"{name}: the window needs {hint.width()}×{hint.height()}")
    return problems


@pytest.mark.parametrize("welsh", [False, True], ids=["English", "Cymraeg"])
def test_every_screen_fits_a_till_and_every_target_a_finger(qtbot, request, welsh):
    """In both languages: Welsh runs longer, so a Cardiff manager who chose Cymraeg walks
    the same screens (the usability test, run in Welsh as in English)."""
    if welsh:
        ctx, manager = request.getfixturevalue("cardiff")
        manager = language.choose(ctx, manager, Language.WELSH)
    else:
        ctx, manager = request.getfixturevalue("ctx"), request.getfixturevalue("manager")
    window = open_window(qtbot, ctx)
    window.resize(SCREEN_W, SCREEN_H)
    sign_in(qtbot, window, "M01", MANAGER_PIN)
    assert spoken.current() is (Language.WELSH if welsh else Language.ENGLISH)
    problems = audit(qtbot, window, window.home, "home")
    for name in ("settings", "staff", "audit_screen", "backups", "reports", "data_protection"):
        screen = getattr(window, name)
        screen.show_for(manager)
        problems += audit(qtbot, window, screen, name)
    for model_id in ctx.catalogue.models:
        wizard = window.open_wizard(complaints.start_complaint(ctx, manager, model_id=model_id))
        driver = WizardDriver(qtbot, wizard)
        today = QDate(ctx.clock.now().date())
        while True:
            problems += audit(qtbot, window, wizard, f"{model_id} {driver.page.step.id}")
            if driver.page is wizard.step_pages[-1]:
                break
            fill_step(driver, today)
            driver.next()
        window._wizard_closed()
    for screen, name in ((window.incident_flow.report(manager), "incident report"),
                         (window.incident_flow.browse(manager), "incidents")):
        problems += audit(qtbot, window, screen, name)
    window.incident_flow.close_all()
    window.show_workspace()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace)
    qtbot.waitUntil(lambda: not window.workspace.list.model.busy
                    and not window.workspace.queues.busy)   # the counts shown, as a person sees
    for index in range(window.workspace.tabs.count()):
        window.workspace.tabs.setCurrentIndex(index)
        problems += audit(qtbot, window, window.workspace,
                          f"workspace {window.workspace.tabs.tabText(index)}")
    view = window.open_complaint(escalated(ctx, manager))
    problems += audit(qtbot, window, view, "complaint")
    for kind in (FollowUpDialog, DecisionDialog, CloseDialog):
        dialog = view.open_dialog(kind)
        qtbot.waitExposed(dialog)
        problems += [f"{kind.__name__}: {p}" for p in small_targets(dialog) + clipped_text(dialog)]
        dialog.done(0)
    for index in range(window.stack.count()):
        page = window.stack.widget(index)
        if page.minimumSizeHint().width() > SCREEN_W or page.minimumSizeHint().height() > USABLE_H:
            problems.append(f"{page.objectName()} needs {page.minimumSizeHint().toTuple()}")
    assert problems == []


def test_text_a_column_cuts_is_whole_on_hover(qtbot, ctx, staff):
    """A category too long for its column still reads in full, on the home screen's list."""
    from PySide6.QtCore import Qt

    from tests.services.test_data_protection import save_complaint

    save_complaint(ctx, staff, category="not_as_described")
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "M01", MANAGER_PIN)
    table = window.home.recent
    texts = {table.item(0, c).text(): table.item(0, c).data(Qt.ItemDataRole.ToolTipRole)
             for c in range(table.columnCount())}
    assert texts and all(tip == text for text, tip in texts.items() if text)
