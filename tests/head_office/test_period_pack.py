"""Head office's period pack: chain, region and store, read back from the PDF's text."""

from __future__ import annotations

import io
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from desktop_app.domain.errors import DomainError
from desktop_app.domain.kpis import summarise_complaints
from desktop_app.services import head_office, head_office_link, incidents
from desktop_app.services.head_office_figures import LeagueKpi, league_table
from desktop_app.services.head_office_pack import period_pack
from desktop_app.storage.head_office.repository import audit_trail
from tests.head_office.test_league_table import YEAR, _second_till
from tests.services.test_head_office_link import _save
from tests.services.test_incidents import ASSAULT, essentials

HOSTILE = "<b>unclosed & <img src='/etc/passwd'/> £20"


def _text(report) -> str:  # noqa: ANN001
    """The text layer, its spacing folded (a table's cells come out one per line)."""
    pages = PdfReader(io.BytesIO(report.pdf)).pages
    return " ".join(" ".join(page.extract_text() for page in pages).split())


@pytest.fixture
def two_stores(ho, linked_till, manager, staff, clock, tmp_path):
    _save(linked_till, staff, root_cause=HOSTILE, contact_consent=True,
          contact_phone="07700 900 123", customer_name="Ann Example")
    _save(linked_till, staff, contact_consent=True, contact_phone="+44 7700 900123",
          customer_name="A Example")                     # the same customer, back again
    incidents.record_incident(linked_till, staff, essentials(
        staff, behaviours=[ASSAULT], injury="hospital", injury_details="Broken arm",
        days_off_work=0, specified_injuries=["fracture"]))
    for path in head_office_link.make_bundle(linked_till, manager, tmp_path / "g").paths:
        head_office.import_bundle(ho, path)
    leeds = _second_till(tmp_path, clock, ho, seed=4)
    everyone = []
    for till in (linked_till, leeds):                # what the tills hold, to check against
        with till.uow() as uow:
            everyone += uow.complaints.saved_between(datetime(2025, 3, 11),
                                                     datetime(2026, 3, 11))
    leeds.close()
    ho.tills_complaints = everyone
    return ho


def test_the_chain_pack_holds_every_store_and_the_chains_figures(two_stores, clock):
    report = period_pack(two_stores, *YEAR)
    text = _text(report)
    import os
    if os.environ.get("KEEP_PACK"):
        open(os.environ["KEEP_PACK"], "wb").write(report.pdf)
        print(text)
    rows = league_table(two_stores, *YEAR, kpi=LeagueKpi.ESCALATION)
    logged = sum(r.figures.logged for r in rows)
    assert "Head office period pack: The whole chain" in text
    assert "GLA01 Glasgow Central" in text and "LDS01 Leeds" in text
    assert f"Complaints logged {logged}" in text
    tills = summarise_complaints(sorted(two_stores.tills_complaints, key=lambda c: c.saved_at),
                                 *YEAR, today=clock.now().date())
    assert tills.repeat_complainants > 1              # Ann, and Leeds's own repeat customers
    assert (f"Repeat complainants {tills.repeat_complainants} people, "
            f"{tills.repeat_complaints} complaints") in text
    assert f"{HOSTILE} 1" in text                    # a root cause as typed, markup and all
    assert "RIDDOR cases" in text and "20/03/2026" in text            # the broken arm
    assert "CONFIDENTIAL" in text and "■" not in text and "\x00" not in text
    assert report.filename == "period-pack-chain-20250311-20260310.pdf"
    with two_stores.engine.connect() as connection:
        prints = [e["what"] for e in audit_trail(connection) if e["action"] == "print"]
    assert prints == ["period pack The whole chain 2025-03-11..2026-03-10"]


def test_a_region_or_a_store_pack_holds_only_its_own(two_stores):
    north = _text(period_pack(two_stores, *YEAR, region="North"))
    assert "Region North" in north and "LDS01 Leeds" in north
    assert "GLA01" not in north and "Broken arm" not in north
    glasgow = _text(period_pack(two_stores, *YEAR, store_code="GLA01"))
    assert "Store GLA01 Glasgow Central (Scotland)" in glasgow and "LDS01" not in glasgow
    assert "Repeat complainants 1 person, 2 complaints" in glasgow
    assert "two stores or more: 0 (0 complaints)" in glasgow
    with pytest.raises(DomainError, match="no store in the region Wales"):
        period_pack(two_stores, *YEAR, region="Wales")
    with pytest.raises(DomainError, match="end of the period"):
        period_pack(two_stores, date(2026, 3, 10), date(2026, 3, 1))


def test_a_regional_manager_prints_their_region_without_incidents(two_stores):
    head_office.add_person(two_stores, "RM2", "Sandy Regional", region="Scotland")
    viewer = head_office.sign_in(two_stores, "RM2")
    try:
        text = _text(period_pack(viewer, *YEAR))
        with pytest.raises(DomainError, match="no store LDS01 that you may see"):
            period_pack(viewer, *YEAR, store_code="LDS01")
    finally:
        viewer.close()
    assert "GLA01" in text and "LDS01" not in text
    assert "does not hold the incident right" in text and "Broken arm" not in text
    assert "CONFIDENTIAL" not in text


def test_a_welsh_reader_gets_the_pack_in_welsh(two_stores):
    """The headings, the figures' names, the table columns and the page frame are Welsh;
    store names, references and what was typed print as they are."""
    from desktop_app.domain.language import Language

    text = _text(period_pack(two_stores, *YEAR, language=Language.WELSH))
    for welsh in ("Pecyn cyfnod y brif swyddfa: Y gadwyn gyfan", "Ffigurau allweddol",
                  "Cwynion a gofnodwyd", "Cymharu'r siopau", "Cwynion fesul categori",
                  "Cam-drin staff", "Achosion RIDDOR", "Bwndeli'r siopau", "Tudalen 1 o",
                  "11 Mawrth 2025 i 10 Mawrth 2026", "Glasgow Central", "CYFRINACHOL"):
        assert welsh in text, welsh
    for english in ("Key figures", "Stores compared", "Complaints by category", "Page 1 of",
                    "Abuse towards staff", "produced"):
        assert english not in text, english
