"""Reports from the screens: preview, print (the same PDF, painted onto the printer), save."""

from __future__ import annotations

import io
from datetime import date, timedelta

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from desktop_app.domain.incident_form import default_answers
from desktop_app.services import complaints, incidents
from desktop_app.ui.complaint_view import ComplaintView
from desktop_app.ui.incidents.incident_view import IncidentView
from tests.conftest import MANAGER_PIN, STAFF_PIN
from tests.services.test_complaints_service import full_answers
from tests.ui.helpers import open_window, sign_in

CLICK = Qt.MouseButton.LeftButton


def _saved(ctx, user) -> str:
    form = complaints.start_complaint(ctx, user)
    form.answers = full_answers()
    return complaints.save_complaint(ctx, form).reference


def _pdf_printer(path) -> QPrinter:  # noqa: ANN001
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_staff_preview_print_and_save_the_customer_copy(qtbot, ctx, staff, tmp_path,
                                                        monkeypatch):
    reference = _saved(ctx, staff)
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "S01", STAFF_PIN)
    view = window.open_complaint(reference)
    assert isinstance(view, ComplaintView)
    qtbot.mouseClick(view.print_buttons[next(k for k in view.print_buttons
                                             if k.value == "customer-copy")], CLICK)
    preview = view.preview
    qtbot.addWidget(preview)
    assert preview.isVisible() and len(preview.pages) >= 1
    printed = tmp_path / "printed.pdf"
    monkeypatch.setattr(preview, "choose_printer", lambda: _pdf_printer(printed))
    qtbot.mouseClick(preview.print_button, CLICK)
    assert preview.message.text().startswith("Sent")
    assert len(PdfReader(io.BytesIO(printed.read_bytes())).pages) == len(preview.pages)
    saved = tmp_path / "copy.pdf"
    monkeypatch.setattr(preview, "choose_save_path", lambda: str(saved))
    qtbot.mouseClick(preview.save_button, CLICK)
    assert saved.read_bytes() == preview.report.pdf
    assert reference in PdfReader(io.BytesIO(saved.read_bytes())).pages[0].extract_text()


def test_a_manager_prints_an_incident_and_the_period_summaries(qtbot, ctx, staff, manager):
    answers = default_answers(now=ctx.clock.now(), reporter_id=staff.id)
    answers.update(location="Till 2", account="Shouted", behaviours=["verbal_abuse"])
    reference = incidents.record_incident(ctx, staff, answers).reference
    _saved(ctx, staff)
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "M01", MANAGER_PIN)
    view = window.incident_flow.open(manager, reference)
    assert isinstance(view, IncidentView) and view.print_button.isVisible()
    qtbot.mouseClick(view.print_button, CLICK)
    qtbot.addWidget(view.preview)
    assert view.preview.report.filename == f"{reference}.pdf"
    window.incident_flow.close_all()

    qtbot.mouseClick(window.home.reports_button, CLICK)
    screen = window.reports
    assert screen.start.day() == date(2026, 2, 1)                   # last month by default
    screen.start.set_day(date(2026, 3, 1))
    screen.end.set_day(screen.end.day() + timedelta(days=31))
    qtbot.mouseClick(screen.complaints_button, CLICK)
    qtbot.addWidget(screen.preview)
    text = PdfReader(io.BytesIO(screen.preview.report.pdf)).pages[0].extract_text()
    assert "Complaints logged" in text
    qtbot.mouseClick(screen.abuse_button, CLICK)
    qtbot.addWidget(screen.preview)
    assert "CONFIDENTIAL" in PdfReader(io.BytesIO(screen.preview.report.pdf)).pages[0] \
        .extract_text()


def test_staff_cannot_print_an_incident_they_can_open(qtbot, ctx, staff):
    answers = default_answers(now=ctx.clock.now(), reporter_id=staff.id)
    answers.update(location="Till 2", account="Shouted", behaviours=["verbal_abuse"])
    reference = incidents.record_incident(ctx, staff, answers).reference
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "S01", STAFF_PIN)
    view = window.incident_flow.open(staff, reference)
    assert not view.print_button.isVisible()
    assert not window.home.reports_button.isVisible()


def test_after_saving_the_receipt_is_one_click_away(qtbot, ctx, staff):
    reference = _saved(ctx, staff)
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "S01", STAFF_PIN)
    window.saved_screen.show_complaint(complaints.get_complaint(ctx, staff, reference))
    window.stack.setCurrentWidget(window.saved_screen)
    qtbot.mouseClick(window.saved_screen.print_button, CLICK)
    view = window.stack.currentWidget()
    assert isinstance(view, ComplaintView)
    receipt = next(b for k, b in view.print_buttons.items() if k.value == "receipt")
    qtbot.mouseClick(receipt, CLICK)
    qtbot.addWidget(view.preview)
    assert view.preview.report.filename == f"{reference}-receipt.pdf"
    qtbot.mouseClick(view.findChild(type(receipt), "complaintBackButton"), CLICK)
    assert window.stack.currentWidget() is window.saved_screen
