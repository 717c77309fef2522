"""In Welsh, what the domain and the services say comes in Welsh too: a refused PIN, a
field the wizard still needs, a date typed wrong. The English stays what is saved."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.domain.language import Language
from desktop_app.ui import language as spoken
from desktop_app.ui.text import said
from tests.conftest import MANAGER_PIN
from tests.ui.helpers import open_window, sign_in, start

CLICK = Qt.MouseButton.LeftButton


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


def test_the_quality_check_is_in_welsh(qtbot, ctx, staff):
    from html import unescape

    from PySide6.QtWidgets import QLabel

    from desktop_app.services import complaints
    from desktop_app.ui.complaint_view import ComplaintView
    from tests.services.test_aftercare import escalated

    reference = escalated(ctx, staff)
    spoken.apply(Language.WELSH)
    view = ComplaintView(ctx, staff, complaints.get_complaint(ctx, staff, reference))
    qtbot.addWidget(view)
    checklist = unescape(view.findChild(QLabel, "qualityChecklist").text())
    assert "Gwrando gweithredol: darllen y gŵyn yn ôl" in checklist            # a title
    assert "Heb ei gofnodi: disgrifiad y cwsmer." in checklist           # a list, each in Welsh
    assert "Active listening" not in checklist and "is recorded" not in checklist
    english = {check.title for check in view.checks} | {check.detail for check in view.checks}
    assert not [text for text in english if text in checklist]               # none left


def test_the_dashboard_reads_in_welsh(qtbot, ctx, manager):
    from desktop_app.domain.dashboard_figures import Figure, Period
    from desktop_app.services import demo
    from desktop_app.ui.workspace.dashboard_screen import DashboardScreen

    demo.fill(ctx, complaints=60, incidents=0, seed=3)
    spoken.apply(Language.WELSH)
    screen = DashboardScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1000, 660)
    screen.show()
    with qtbot.waitSignal(screen.query.done, timeout=20_000):
        screen.show_for(manager)
    with qtbot.waitSignal(screen.query.done, timeout=20_000):
        screen.period.setCurrentIndex(screen.period.findData(Period.LAST_12_MONTHS.value))
    assert screen.period.currentText() == "Y 12 mis diwethaf"
    assert screen.caption.text() == "Cwynion a gadwyd 11 Maw 2025 – 10 Maw 2026"
    logged = screen.tile_for(Figure.LOGGED)
    assert logged.label.text() == "Cwynion a gofnodwyd"
    assert logged.detail.text().startswith("Ar gau: ")
    assert screen.tile_for(Figure.ESCALATION).detail.text().startswith(
        "o'r cwynion a gofnodwyd (")
    shown = []
    screen.show_records.connect(shown.append)
    qtbot.mouseClick(screen.tile_for(Figure.ESCALATION), CLICK)
    assert shown and shown[0].caption == ("Escalated complaints saved 11 Mar 2025 – "
                                          "10 Mar 2026")                # English in the data
    assert said(shown[0].caption) == ("Cwynion a uwchgyfeiriwyd a gadwyd 11 Maw 2025 – 10 Maw "
                                      "2026")


def test_what_staff_typed_is_shown_as_typed_even_when_it_is_a_word_of_the_data(qtbot, ctx,
                                                                               staff):
    """"Repair" typed as the outcome the customer wants stays "Repair" on a Welsh screen;
    the choices the program words beside it are in Welsh."""
    from html import unescape

    from desktop_app.services import complaints
    from desktop_app.ui.complaint_view import ComplaintView
    from tests.services.test_data_protection import save_complaint

    reference = save_complaint(ctx, staff, desired_outcome="Repair")
    spoken.apply(Language.WELSH)
    view = ComplaintView(ctx, staff, complaints.get_complaint(ctx, staff, reference))
    qtbot.addWidget(view)
    record = unescape(view.record.text())
    assert "Y canlyniad y mae'r cwsmer am ei gael</td><td style='padding:2px 0'>Repair<" \
        in record
    assert "Atgyweirio" not in record
    assert "Yn y siop" in record                              # a choice: worded in Welsh
