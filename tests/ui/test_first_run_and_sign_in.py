"""First run, sign-in, staff accounts and settings, through the real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from desktop_app.domain.store import DEFAULT_MODEL
from desktop_app.services import auth, complaints, policy
from desktop_app.services.context import open_app
from tests.conftest import MANAGER_PIN, STAFF_PIN
from tests.ui.helpers import signed_in, open_window, sign_in


def click(qtbot, widget) -> None:  # noqa: ANN001
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_first_run_sets_up_the_store_and_manager_then_signs_in(qtbot, db_path, clock):
    ctx = open_app(db_path, clock=clock)
    window = open_window(qtbot, ctx)
    screen = window.first_run
    assert window.stack.currentWidget() is screen
    click(qtbot, screen.submit)
    assert screen.rows.errors["store_name"].text() == "The store name is needed before you go on."
    qtbot.keyClicks(screen.store_name, "Swansea Oxford Street")
    qtbot.keyClicks(screen.store_code, "swa01")
    screen.jurisdiction.setCurrentIndex(screen.jurisdiction.findData("wales"))
    qtbot.keyClicks(screen.manager_name, "Gwen Manager")
    qtbot.keyClicks(screen.manager_code, "g1")
    qtbot.keyClicks(screen.pin, "1234")
    qtbot.keyClicks(screen.pin_again, "1234")
    click(qtbot, screen.submit)
    assert "6 to 8 digits" in screen.rows.errors["pin"].text()
    assert screen.store_name.text() == "Swansea Oxford Street"       # nothing typed is lost
    screen.pin.clear()
    screen.pin_again.clear()
    qtbot.keyClicks(screen.pin, "123456")
    qtbot.keyClicks(screen.pin_again, "123456")
    click(qtbot, screen.submit)
    assert window.stack.currentWidget() is window.sign_in
    store = policy.current_store(ctx)
    assert (store.code, store.jurisdiction.value) == ("SWA01", "wales")
    assert policy.current_policy(ctx).model_id == DEFAULT_MODEL
    sign_in(qtbot, window, "G1", "123456")
    assert window.home.settings_button.isVisible()
    ctx.close()


def test_a_wrong_pin_says_so_and_clears_the_pin(qtbot, ctx):
    window = open_window(qtbot, ctx)
    screen = window.sign_in
    qtbot.keyClicks(screen.code, "S01")
    qtbot.keyClicks(screen.pin, "9999")
    click(qtbot, screen.button)
    assert not screen.button.isEnabled()                  # checking, once at a time
    signed_in(qtbot, window)
    assert window.stack.currentWidget() is screen
    assert screen.message.text().startswith("That staff code and PIN do not match")
    assert screen.pin.text() == "" and screen.button.isEnabled()
    qtbot.keyClicks(screen.pin, STAFF_PIN)
    qtbot.keyClick(screen.pin, Qt.Key.Key_Return)
    signed_in(qtbot, window)
    assert window.stack.currentWidget() is window.home
    assert not window.home.settings_button.isVisible()      # staff: no manager buttons


def test_choosing_a_name_fills_the_staff_code(qtbot, ctx):
    window = open_window(qtbot, ctx)
    names = window.sign_in.names
    item = next(names.item(i) for i in range(names.count()) if "Sam Staff" in names.item(i).text())
    rect = names.visualItemRect(item)
    qtbot.mouseClick(names.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.sign_in.code.text() == "S01"


def test_a_manager_adds_staff_who_can_then_sign_in(qtbot, ctx):
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "M01", MANAGER_PIN)
    click(qtbot, window.home.staff_button)
    screen = window.staff
    qtbot.keyClicks(screen.name, "Tomos Newstarter")
    qtbot.keyClicks(screen.code, "T07")
    qtbot.keyClicks(screen.pin, "12")
    click(qtbot, screen.findChild(QPushButton, "addStaffButton"))
    assert "4 to 8 digits" in screen.rows.errors["pin"].text()
    qtbot.keyClicks(screen.pin, "4321")
    click(qtbot, screen.findChild(QPushButton, "addStaffButton"))
    assert screen.message.text() == "Added Tomos Newstarter."
    assert auth.sign_in(ctx, "T07", "4321").name == "Tomos Newstarter"


def test_a_manager_changes_the_model_and_limit_and_the_wizard_obeys(qtbot, ctx, staff):
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "M01", MANAGER_PIN)
    click(qtbot, window.home.settings_button)
    screen = window.settings
    screen.model.setCurrentIndex(screen.model.findData("heat"))
    screen.staff_limit.clear()
    qtbot.keyClicks(screen.staff_limit, "50")
    qtbot.keyClicks(screen.contact_edits[0][0], "Morag Manager")
    qtbot.keyClicks(screen.contact_edits[0][1], "Store manager")
    qtbot.keyClicks(screen.contact_edits[0][2], "Extension 201")
    assert not screen.hold_back.isChecked()
    click(qtbot, screen.hold_back)
    click(qtbot, screen.findChild(QPushButton, "saveSettingsButton"))
    assert screen.message.text() == "Settings saved."
    form = complaints.start_complaint(ctx, staff)
    assert form.policy.hold_back_contact                 # head-office bundles hold them back
    assert form.model.id == "heat"
    assert form.policy.limits.staff_pence == 5000
    assert form.policy.escalation_contacts[0].how_to_reach == "Extension 201"


def test_settings_refuse_a_supervisor_limit_below_staff(qtbot, ctx):
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "M01", MANAGER_PIN)
    click(qtbot, window.home.settings_button)
    screen = window.settings
    screen.supervisor_limit.clear()
    qtbot.keyClicks(screen.supervisor_limit, "5")
    click(qtbot, screen.findChild(QPushButton, "saveSettingsButton"))
    assert screen.findChild(QLabel, "error_supervisor_limit").text() == \
        "A supervisor's limit cannot be below a staff member's."
    assert policy.current_policy(ctx).limits.supervisor_pence == 10_000


def test_about_shows_the_version(qtbot, ctx):
    from desktop_app import __version__
    window = open_window(qtbot, ctx)
    assert __version__ in window.about_text()


def test_every_screen_fits_1024_by_768(qtbot, ctx):
    window = open_window(qtbot, ctx)
    window.resize(1024, 768)
    sign_in(qtbot, window, "M01", MANAGER_PIN)
    for screen in (window.home, window.settings, window.staff, window.sign_in):
        assert screen.minimumSizeHint().width() <= 1024
        assert screen.minimumSizeHint().height() <= 768 - window.menuBar().height()
    wizard = window.start_complaint()
    assert wizard.minimumSizeHint().width() <= 1024
    assert wizard.minimumSizeHint().height() <= 768 - window.menuBar().height()
