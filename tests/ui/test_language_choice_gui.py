"""Choosing the till's language in a store in Wales: on the sign-in screen (kept as the
person's own), from the home screen, and from any screen mid-complaint without losing a
word typed. A store elsewhere offers no choice."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt

from desktop_app.domain.language import Language
from desktop_app.services import auth
from desktop_app.ui import language as spoken
from tests.conftest import MANAGER_PIN, STAFF_PIN
from tests.ui.helpers import fill_step, home_loaded, open_window, sign_in, start

CLICK = Qt.MouseButton.LeftButton


def test_welsh_chosen_at_sign_in_is_kept_for_the_person(qtbot, cardiff):
    ctx, _ = cardiff
    window = open_window(qtbot, ctx)
    screen = window.sign_in
    assert screen.language_button.isVisible() and screen.language_button.text() == "Cymraeg"
    qtbot.mouseClick(screen.language_button, CLICK)
    assert spoken.current() is Language.WELSH
    assert window.sign_in.button.text() == "Mewngofnodi"
    assert window.sign_in.language_button.text() == "English"
    sign_in(qtbot, window, "M01", MANAGER_PIN)
    assert window.home.new_button.text() == "Cwyn newydd"
    assert auth.staff_list(ctx)[0].language == "cy"                   # kept for her
    window.sign_out()
    spoken.apply(Language.ENGLISH)                                     # as a new start
    again = open_window(qtbot, ctx)
    sign_in(qtbot, again, "M01", MANAGER_PIN)
    assert spoken.current() is Language.WELSH
    assert again.home.new_button.text() == "Cwyn newydd"


def test_switching_mid_complaint_keeps_what_was_typed(qtbot, cardiff):
    ctx, _ = cardiff
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "M01", MANAGER_PIN)
    driver = start(qtbot, window)
    fill_step(driver, QDate(2026, 3, 10))
    driver.next()
    step = window.wizard.form.step_id
    account = window.wizard.form.answers["customer_account"]
    window.language_action.trigger()                                  # Program → Cymraeg
    assert spoken.current() is Language.WELSH
    assert window.wizard is not None and window.stack.currentWidget() is window.wizard
    assert window.wizard.form.step_id == step
    assert window.wizard.form.answers["customer_account"] == account
    assert window.wizard.dirty
    window.language_action.trigger()                                  # Program → English
    assert spoken.current() is Language.ENGLISH
    assert window.wizard.form.answers["customer_account"] == account
    window.wizard.close_silently()


def test_the_home_screen_switches_too(qtbot, cardiff):
    ctx, _ = cardiff
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "M01", MANAGER_PIN)
    qtbot.mouseClick(window.home.language_button, CLICK)
    home_loaded(qtbot, window)
    assert window.home.new_button.text() == "Cwyn newydd"
    assert window.home.language_button.text() == "English"


def test_no_choice_outside_wales(qtbot, ctx, staff):
    window = open_window(qtbot, ctx)
    assert not window.sign_in.language_button.isVisible()
    assert window.language_action is None
    sign_in(qtbot, window, "S01", STAFF_PIN)
    assert not window.home.language_button.isVisible()
    assert spoken.current() is Language.ENGLISH


def test_a_store_whose_default_is_welsh_starts_in_welsh(qtbot, cardiff):
    from tests.services.test_language import _settings
    ctx, boss = cardiff
    _settings(ctx, boss, language="cy")
    window = open_window(qtbot, ctx)
    assert window.sign_in.button.text() == "Mewngofnodi"
    qtbot.mouseClick(window.sign_in.language_button, CLICK)          # this person: English
    sign_in(qtbot, window, "M01", MANAGER_PIN)
    assert window.home.new_button.text() == "New complaint"
    assert auth.staff_list(ctx)[0].language == "en"
