"""The whole program with the network switched off: any attempt to open a socket fails.

A complaint through the wizard, an incident, every report and export, a backup, a
head-office bundle and its acknowledgement, and the check all run; nothing tries to reach the network (no update checks, no telemetry).
"""

from __future__ import annotations

import socket
from datetime import date

import pytest
from PySide6.QtCore import QDate

from desktop_app.domain.bundle_format import acknowledgement
from desktop_app.domain.incident_form import default_answers
from desktop_app.domain.personal_data import PersonQuery
from desktop_app.sealing.envelope import sign_ack
from desktop_app.sealing.keys import HeadOfficeKeys
from desktop_app.services import (audit, data_protection, exchange, head_office_link, incidents,
                                  maintenance, reporting)
from desktop_app.services.reporting import ComplaintReport
from tests.conftest import STAFF_PIN
from tests.ui.helpers import fill_step, open_window, sign_in, start

ATTEMPTS: list[str] = []


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):  # noqa: ANN002, ANN003
        ATTEMPTS.append(repr(args)[:80])
        raise NetworkUsed(f"network access attempted: {args!r:.80}")

    for name in ("create_connection", "getaddrinfo", "gethostbyname"):
        monkeypatch.setattr(socket, name, refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket.socket, "sendto", refuse)
    ATTEMPTS.clear()
    yield
    assert ATTEMPTS == []


def test_everything_works_with_the_network_off(no_network, qtbot, ctx, db_path, staff, manager,
                                               tmp_path):
    window = open_window(qtbot, ctx)
    sign_in(qtbot, window, "S01", STAFF_PIN)
    driver = start(qtbot, window)
    while True:
        fill_step(driver, QDate(2026, 3, 10))
        if driver.wizard.nextId() == -1:
            break
        driver.next()
    with qtbot.waitSignal(window.complaint_saved) as saved:
        driver.click("saveButton")
    reference = saved.args[0].reference

    answers = default_answers(now=ctx.clock.now(), reporter_id=staff.id)
    answers.update(location="Till 2", account="Shouted", behaviours=["verbal_abuse"])
    incident = incidents.record_incident(ctx, staff, answers).reference

    for kind in ComplaintReport:
        assert reporting.complaint_report(ctx, manager, reference, kind).pdf.startswith(b"%PDF")
    assert reporting.incident_report(ctx, manager, incident).pdf.startswith(b"%PDF")
    march = (date(2026, 3, 1), date(2026, 3, 31))
    assert reporting.complaints_summary(ctx, manager, *march).pdf.startswith(b"%PDF")
    assert reporting.incidents_summary(ctx, manager, *march).pdf.startswith(b"%PDF")
    for export_format in exchange.FORMATS:
        assert exchange.export_period(ctx, manager, *march, export_format)
    document = exchange.export_period(ctx, manager, *march, "json")
    assert exchange.import_document(ctx, manager, document).already_here == 2
    assert reporting.audit_report(ctx, manager, audit.AuditFilter()).pdf.startswith(b"%PDF")
    assert audit.export_trail(ctx, manager, audit.AuditFilter())
    pack = data_protection.subject_access(ctx, manager, PersonQuery(reference=reference),
                                          march[0])
    assert pack.pdf.startswith(b"%PDF") and reference in pack.references
    assert data_protection.retention_sweep(ctx, manager).count == 0
    assert maintenance.backup_now(ctx, manager, tmp_path / "usb").exists()
    head_office = HeadOfficeKeys.generate()                 # a bundle, and its acknowledgement
    head_office_link.install_head_office_key(ctx, manager, head_office.public.to_file())
    made = head_office_link.make_bundle(ctx, manager, tmp_path / "usb")
    link = head_office_link.status(ctx)
    ack = sign_ack(acknowledgement(store_code="GLA01", store_key=link.store_fingerprint,
                                   through=made.last, made_at="2026-03-11T09:00"), head_office)
    assert head_office_link.read_acknowledgement(ctx, manager, ack) == made.last
    assert maintenance.check(db_path).ok


def test_the_guard_really_refuses(no_network):
    with pytest.raises(NetworkUsed):
        socket.create_connection(("example.org", 80))
    ATTEMPTS.clear()
