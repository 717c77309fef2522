"""A store's reports in the language of the person who prints them: a manager in Cardiff
who chose Cymraeg gets the period summaries, the full complaint and the incident report
with Welsh headings, figure names, columns and page frame (what was typed, names and
references print as they are); a colleague who kept English gets English."""

from __future__ import annotations

import io
import json
from datetime import date

import pytest
from pypdf import PdfReader

from desktop_app.domain.language import Language
from desktop_app.services import demo, incidents, language, reporting

PERIOD = (date(2025, 3, 11), date(2026, 3, 10))


def _text(report) -> str:  # noqa: ANN001
    pages = PdfReader(io.BytesIO(report.pdf)).pages
    return " ".join(" ".join(page.extract_text() for page in pages).split())


@pytest.fixture
def welsh_manager(cardiff):
    ctx, boss = cardiff
    demo.fill(ctx, complaints=30, incidents=6, seed=3)
    return ctx, language.choose(ctx, boss, Language.WELSH)


def test_the_complaints_summary_is_in_the_readers_welsh(welsh_manager):
    ctx, manager = welsh_manager
    text = _text(reporting.complaints_summary(ctx, manager, *PERIOD))
    for welsh in ("Crynodeb cwynion", "Ffigurau allweddol", "Cwynion a gofnodwyd",
                  "Datrys ar y cyswllt cyntaf", "Cwynion fesul categori", "Nifer", "Cyfran",
                  "Tuedd wythnosol", "Tudalen 1 o", "cynhyrchwyd", "11 Mawrth 2025 i 10 Mawrth 2026",
                  "Caerdydd Canol"):
        assert welsh in text, welsh
    for english in ("Key figures", "Complaints by category", "Page 1 of", "Share"):
        assert english not in text, english


def test_the_incidents_summary_and_an_incident_are_in_welsh(welsh_manager):
    ctx, manager = welsh_manager
    text = _text(reporting.incidents_summary(ctx, manager, *PERIOD))
    for welsh in ("Ymddygiad camdriniol tuag at staff: crynodeb", "Digwyddiadau a gofnodwyd",
                  "Digwyddiadau fesul math o ymddygiad", "Dydd Llun", "CYFRINACHOL"):
        assert welsh in text, welsh
    assert "Incidents recorded" not in text and "CONFIDENTIAL" not in text
    reference = incidents.list_incidents_for(ctx, manager)[0].reference
    text = _text(reporting.incident_report(ctx, manager, reference))
    assert f"Digwyddiad o ymddygiad camdriniol {reference}" in text
    assert "Statws Ar agor" in text or "Statws Ar gau" in text        # a choice, in Welsh
    assert "Abusive-behaviour incident" not in text and "Page 1 of" not in text


def test_the_full_complaint_is_in_welsh_and_what_was_typed_as_typed(welsh_manager):
    ctx, manager = welsh_manager
    from tests.services.test_data_protection import save_complaint

    reference = save_complaint(ctx, manager, product="Tegell dur")
    text = _text(reporting.complaint_report(ctx, manager, reference))
    for welsh in (f"Cwyn {reference}", "Y gŵyn", "Cyfeirnod", "Gwiriad ansawdd",
                  "Tegell dur"):
        assert welsh in text, welsh
    assert "The complaint" not in text and "Quality check" not in text


def test_a_colleague_who_kept_english_gets_english(welsh_manager):
    ctx, manager = welsh_manager
    manager = language.choose(ctx, manager, Language.ENGLISH)
    text = _text(reporting.complaints_summary(ctx, manager, *PERIOD))
    assert "Key figures" in text and "Page 1 of" in text
    assert "Ffigurau allweddol" not in text


def test_the_coaching_report_and_the_audit_trail_are_in_welsh(welsh_manager):
    from desktop_app.services import coaching
    from desktop_app.services.audit import AuditFilter

    ctx, manager = welsh_manager
    text = _text(coaching.coaching_report(ctx, manager, "M01", *PERIOD))
    for welsh in ("Hyfforddi: Megan Rheolwr (M01)", "Ffigurau", "Cwynion a ymdriniwyd â nhw",
                  "Gwiriad ansawdd, fesul mis", "Ar gyfer yr adolygiad"):
        assert welsh in text, welsh
    assert "Quality check" not in text and "For the review" not in text
    text = _text(reporting.audit_report(ctx, manager, AuditFilter()))
    for welsh in ("Trywydd archwilio", "Cofnodion o bob dyddiad", "Pryd", "Gweithred"):
        assert welsh in text, welsh
    assert "Entries of every date" not in text


def test_the_subject_access_pack_is_in_the_managers_welsh(welsh_manager):
    from desktop_app.domain.personal_data import PersonQuery
    from desktop_app.services import data_protection
    from tests.services.test_data_protection import save_complaint

    ctx, manager = welsh_manager
    reference = save_complaint(ctx, manager, customer_name="Siân Prydderch")
    pack = data_protection.subject_access(ctx, manager, PersonQuery(name="Siân Prydderch"),
                                          date(2026, 3, 1))
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pack.pdf)).pages)
                    .split())
    for welsh in ("Cais gwrthrych am wybodaeth", "Cafwyd y cais", "1 Mawrth 2026",
                  "Chwiliwyd yn ôl enw", "Cyn anfon", f"Cwyn {reference}", "Siân Prydderch"):
        assert welsh in text, welsh
    assert "Request received" not in text and "Before sending" not in text
    assert json.loads(pack.json)["request"]["searched_by"] == "name"     # the file: English
