"""In Welsh, what the domain and the services say comes in Welsh too: a refused PIN, a
field the wizard still needs, a date typed wrong. The English stays what is saved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_app.domain.language import Language
from desktop_app.ui import language as spoken
from tests.conftest import MANAGER_PIN
from tests.ui.helpers import open_window, sign_in, start

CLICK = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def english_after():
    yield
    spoken.apply(Language.ENGLISH)


def test_a_refused_pin_is_said_in_welsh(qtbot, cardiff):
    ctx, _ = cardiff
    window = open_window(qtbot, ctx)
    qtbot.mouseClick(window.sign_in.language_button, CLICK)
    screen = window.sign_in
    qtbot.keyClicks(screen.code, "M01")
    qtbot.keyClicks(screen.pin, "999999")
    qtbot.mouseClick(screen.button, CLICK)
    qtbot.waitUntil(lambda: "cyfateb" in screen.message.text())
    assert screen.message.text().startswith("Nid yw'r cod staff a'r PIN yn cyfateb.")
    assert "match" not in screen.message.text()


def test_what_the_wizard_still_needs_is_said_in_welsh(qtbot, cardiff):
    ctx, _ = cardiff
    window = open_window(qtbot, ctx)
    qtbot.mouseClick(window.sign_in.language_button, CLICK)
    sign_in(qtbot, window, "M01", MANAGER_PIN)
    driver = start(qtbot, window)
    driver.click("nextButton")                        # nothing typed on the first step
    shown = driver.visible_errors()
    assert shown["customer_account"] == ("Beth ddigwyddodd, yng ngeiriau'r cwsmer: mae "
                                         "angen hwn cyn i chi fynd ymlaen.")
    assert len(shown) >= 3 and all("mae angen hwn" in text for text in shown.values())
    assert window.wizard.form.step_id == "listen"                     # it stays to be done
    window.wizard.close_silently()


def test_a_date_typed_wrong_is_said_in_welsh(qtbot, cardiff):
    from desktop_app.ui.widgets.date_field import DateField

    ctx, _ = cardiff
    window = open_window(qtbot, ctx)
    qtbot.mouseClick(window.sign_in.language_button, CLICK)
    field = DateField(window)
    qtbot.addWidget(field)
    qtbot.keyClicks(field.line, "31/02/2026")
    assert field.text_problem() == ("Nid oes 31/02/2026: mae llai o ddiwrnodau yn y mis "
                                    "hwnnw.")
