"""Reports read back with pypdf: every value entered is there, in any alphabet, and hostile
text never breaks a build."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from desktop_app.domain.complaint import Complaint, Escalation, SolutionOption, Status
from desktop_app.domain.incident import Disclosure, Incident, IncidentPerson, IncidentUpdate, PersonPart
from desktop_app.domain.kpis import summarise_complaints, summarise_incidents
from desktop_app.reports.base import ReportHeader
from desktop_app.reports.complaint_report import complaint_pdf, customer_copy_pdf, receipt_pdf
from desktop_app.reports.incident_report import incident_pdf
from desktop_app.reports.summary_report import complaints_summary_pdf, incidents_summary_pdf

HEADER = ReportHeader("Caerdydd Ŵŷ Store", "CDF01", "CDF01-2026-000007", "Complaint report",
                      datetime(2026, 3, 10, 11, 0), "9.9.9")
HOSTILE = "<b>unclosed & <img src=/etc/passwd> </i> &#xZZ; Email <john@example.com>"


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u200b", ""))


def sample_complaint(**changes) -> Complaint:
    values = dict(
        store_code="CDF01", model_id="lass", staff_id=2, opened_at=datetime(2026, 3, 10, 10, 0),
        saved_at=datetime(2026, 3, 10, 10, 6), customer_account="Mae'r tegell wedi torri. Łódź ź",
        paraphrase="So the kettle broke", customer_feelings="Siomedig (disappointed)",
        desired_outcome="Refund of £24.99", product="Tegell Ŵŷ 1.7 l", channel="in_store",
        amount_pence=2499, purchase_date=date(2026, 2, 26), receipt_number="R-778812",
        category="faulty_goods", root_cause="Thermostat batch", five_whys=("Thermostat failed",),
        apology_given=True, empathy_statement="I am sorry",
        options=(SolutionOption("Full refund", 2499, "Today", "Money back"),
                 SolutionOption("Replacement", 2499, "Today", "New kettle")),
        chosen_option=0, justification="Short-term right to reject", customer_agrees=True,
        customer_name="Siân Jones", thanked=True, satisfaction=5, contact_consent=True,
        contact_phone="029 2018 0000", improvement_suggestion="Check the batch",
        escalation=Escalation("Store manager", "Over staff limit", datetime(2026, 3, 10, 10, 5)),
        status=Status.ESCALATED, reference="CDF01-2026-000007", staff_name="Rhys Staff")
    values.update(changes)
    return Complaint(**values)


def test_the_complaint_report_holds_every_value_in_any_alphabet():
    text = flat(text_of(complaint_pdf(HEADER, sample_complaint(), category_label="Faulty goods")))
    for value in ("Mae'r tegell wedi torri. Łódź ź", "Tegell Ŵŷ 1.7 l", "£24.99", "R-778812",
                  "26 February 2026", "Thermostat batch", "Thermostat failed", "Full refund",
                  "Replacement", "Short-term right to reject", "Siân Jones", "Store manager",
                  "Over staff limit", "029 2018 0000", "Check the batch", "Rhys Staff",
                  "Faulty goods", "6 min 00 s", "Caerdydd Ŵŷ Store (CDF01)", "Page 1 of",
                  "Till Complaint Logger 9.9.9", "produced 10/03/2026 11:00"):
        assert value in text, value


def test_the_customer_copy_leaves_internal_notes_out():
    text = flat(text_of(customer_copy_pdf(HEADER, sample_complaint(), contact="Call 029 2000")))
    assert "Mae'r tegell wedi torri" in text and "Full refund" in text and "Call 029 2000" in text
    for internal in ("Thermostat batch", "Check the batch", "Rhys Staff", "Over staff limit",
                     "Short-term right to reject"):
        assert internal not in text, internal


def test_no_copy_shows_contact_details_the_customer_did_not_agree_to():
    """A record that came in with details but no consent (an old import, a hand-made file)
    never prints them, on the customer's copy or the full record."""
    unagreed = sample_complaint(contact_consent=False, contact_email="sian@example.org")
    for pdf in (customer_copy_pdf(HEADER, unagreed), complaint_pdf(HEADER, unagreed)):
        text = flat(text_of(pdf))
        assert "029 2018 0000" not in text and "sian@example.org" not in text
    agreed = flat(text_of(customer_copy_pdf(HEADER, replace(unagreed, contact_consent=True))))
    assert "029 2018 0000" in agreed and "sian@example.org" in agreed


def test_the_receipt_is_80_mm_wide():
    pdf = receipt_pdf(HEADER, sample_complaint(), contact="Ring 029 2000")
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert round(float(page.mediabox.width) / 72 * 25.4) == 80
    text = flat(text_of(pdf))
    assert "CDF01-2026-000007" in text and "Full refund" in text and "Ring 029 2000" in text


def test_hostile_markup_prints_as_typed():
    pdf = complaint_pdf(HEADER, sample_complaint(customer_account=HOSTILE, customer_name=HOSTILE))
    text = flat(text_of(pdf))
    assert "<b>unclosed & <img src=/etc/passwd>" in text and "<john@example.com>" in text


def test_very_long_text_flows_across_pages():
    long_account = ("The customer explained at length. " * 40 + "\n") * 40
    pdf = complaint_pdf(HEADER, sample_complaint(customer_account=long_account,
                                                 receipt_number="X" * 300))
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 3
    pages = len(reader.pages)
    assert f"Page {pages} of {pages}" in reader.pages[-1].extract_text()


FREE_TEXT = ("customer_account", "paraphrase", "customer_feelings", "desired_outcome",
             "product", "receipt_number", "root_cause", "empathy_statement", "justification",
             "customer_name", "improvement_suggestion", "contact_email")


@given(st.dictionaries(st.sampled_from(FREE_TEXT),
                       st.one_of(st.text(max_size=300),
                                 st.sampled_from([HOSTILE, "</b>", "&#", "<font color=white>",
                                                  "<a href='x'>", "\x00\x1f", "🙂" * 50]))))
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_random_and_markup_like_text_never_breaks_a_build(values):
    complaint = sample_complaint(**values)
    for build in (complaint_pdf, customer_copy_pdf, receipt_pdf):
        assert text_of(build(HEADER, complaint)).strip()


def sample_incident(**changes) -> Incident:
    values = dict(
        store_code="CDF01", reported_by=2, recorded_at=datetime(2026, 3, 10, 12, 0),
        occurred_at=datetime(2026, 3, 10, 11, 40), location="Till 3 – Łazienki",
        account="He threatened me when I refused the sale",
        behaviours=("threats", "physical_assault"),      # physical: a RIDDOR accident
        trigger="age_restricted_sale_refused", police_attended=True,
        crime_reference="CR/2026/0042", injury="minor", days_off_work=9, cctv_captured=True,
        cctv_reference="CAM2-1140", person_description="Tall, grey hoodie",
        people=(IncidentPerson(PersonPart.AFFECTED, 2, "Rhys Staff"),),
        updates=(IncidentUpdate(datetime(2026, 3, 12, 9), 1, "police_follow_up",
                                "Officer visited", "Morgan Manager"),),
        disclosures=(Disclosure(date(2026, 3, 11), "PC Evans", "South Wales Police",
                                "Investigation"),),
        complaint_reference="CDF01-2026-000007", reference="CDF01-2026-I000001",
        reported_by_name="Rhys Staff")
    values.update(changes)
    return Incident(**values)


def test_the_incident_report_is_confidential_on_every_page_and_complete():
    header = replace(HEADER, subject="CDF01-2026-I000001", title="Incident", confidential=True)
    pdf = incident_pdf(header, sample_incident(account="Long account. " * 900))
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 2
    assert all("CONFIDENTIAL" in page.extract_text() for page in reader.pages)
    text = flat(text_of(pdf))
    for value in ("Till 3 – Łazienki", "Threats", "Age-restricted", "CR/2026/0042",
                  "CAM2-1140", "Reportable to the HSE", "PC Evans", "South Wales Police",
                  "Officer visited", "Morgan Manager", "CDF01-2026-000007", "Rhys Staff"):
        assert value.lower() in text.lower(), value


def test_period_summaries_carry_the_figures():
    complaints = [sample_complaint(), sample_complaint(reference="CDF01-2026-000008",
                                                       escalation=None, status=Status.CLOSED,
                                                       closed_at=datetime(2026, 3, 10, 10, 6))]
    summary = summarise_complaints(complaints, date(2026, 3, 1), date(2026, 3, 31),
                                   today=date(2026, 3, 31))
    header = replace(HEADER, subject="1 March 2026 to 31 March 2026", title="Complaints summary")
    text = flat(text_of(complaints_summary_pdf(header, summary, {"faulty_goods": "Faulty goods"})))
    for value in ("Complaints logged 2", "First contact resolution (of those closed) 100%",
                  "Escalation rate 50%", "Average handling time 6.0 min", "Faulty goods",
                  "Check the batch", "1 March 2026 to 31 March 2026", "Weekly trend"):
        assert value in text, value
    incidents = summarise_incidents([sample_incident()], date(2026, 3, 1), date(2026, 3, 31))
    text = flat(text_of(incidents_summary_pdf(replace(header, confidential=True), incidents)))
    for value in ("Incidents recorded 1", "Police involved 100%", "over 7 days off) 1",
                  "Threats", "CONFIDENTIAL"):
        assert value in text, value


@pytest.mark.parametrize("letters", ["£ ŵ ŷ Ł ź ą ę ß é ñ ø å ç"])
def test_the_embedded_font_prints_european_letters(letters):
    text = text_of(complaint_pdf(HEADER, sample_complaint(customer_account=letters)))
    assert letters in text


INCIDENT_TEXT = ("location", "account", "situation", "task", "action", "result",
                 "behaviour_other", "trigger_other", "deescalation_other", "crime_reference",
                 "injury_details", "cctv_reference", "person_description")
ANY_TEXT = st.one_of(st.text(max_size=300),
                     st.sampled_from([HOSTILE, "</b>", "&#", "<font color=white>",
                                      "<a href='x'>", "\x00\x1f", "🙂" * 50, "x" * 3000]))


@given(st.dictionaries(st.sampled_from(INCIDENT_TEXT), ANY_TEXT), ANY_TEXT)
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_every_other_report_survives_any_text_too(values, note):
    from desktop_app.domain.amendment import Amendment
    from desktop_app.reports.subject_access_report import AccessRequest, subject_access_pdf

    incident = sample_incident(
        **values,
        people=(IncidentPerson(PersonPart.AFFECTED, 2, note),
                IncidentPerson(PersonPart.WITNESS, None, note, note)),
        updates=(IncidentUpdate(datetime(2026, 3, 12, 9), 1, "note", note, note),),
        disclosures=(Disclosure(date(2026, 3, 11), note, note, note),))
    complaint = sample_complaint(root_cause=note, improvement_suggestion=note)
    complaint.amendments = [Amendment(datetime(2026, 3, 11, 9), 1, "customer_name", note, note,
                                      note, note)]
    month = (date(2026, 3, 1), date(2026, 3, 31))
    confidential = replace(HEADER, confidential=True)
    builds = (
        incident_pdf(confidential, incident),
        complaint_pdf(HEADER, complaint),
        incidents_summary_pdf(confidential, summarise_incidents([incident], *month)),
        complaints_summary_pdf(HEADER, summarise_complaints([complaint], *month,
                                                            today=month[1]), {}),
        subject_access_pdf(confidential, AccessRequest(date(2026, 3, 2), date(2026, 4, 2),
                                                       "name"), [(complaint, note)],
                           [incident]),
    )
    for pdf in builds:
        assert text_of(pdf).strip()


def test_a_table_cell_taller_than_a_page_splits_and_keeps_every_word():
    words = " ".join(f"word{n}" for n in range(1500))
    incident = sample_incident(updates=(IncidentUpdate(datetime(2026, 3, 12, 9), 1, "note",
                                                       words, "Morgan Manager"),))
    text = text_of(incident_pdf(replace(HEADER, confidential=True), incident))
    assert "word0" in text and "word1499" in text and "word750" in text


def test_the_complaint_pdf_shows_every_marking_point_with_its_evidence(tmp_path):
    from desktop_app.domain.quality import TITLES, QualityContext, quality_check
    from tests.domain.test_quality import complete
    complaint = complete(customer_challenging=True, de_escalation=("calm_tone", "listened"),
                         de_escalation_words="I can see this has really upset you",
                         escalation=Escalation("Morag Manager", "Over my limit",
                                               datetime(2026, 3, 10, 10, 30),
                                               ("over_authority",)),
                         status=Status.ESCALATED)
    checks = quality_check(complaint, QualityContext("Faulty or damaged goods"))
    pdf = complaint_pdf(HEADER, complaint, category_label="Faulty or damaged goods",
                        checks=checks)
    (tmp_path / "quality.pdf").write_bytes(pdf)
    text = flat(text_of(pdf))
    assert "Quality check: the marking points" in text
    for check in checks:
        assert flat(TITLES[check.rule]) in text, check.rule
        assert flat(f"{check.evidence.label}. {check.detail}") in text, check.rule
    assert "Kept a calm, steady tone" in text                      # what calmed things
    assert "The resolution was above the staff member's authority" in text   # the trigger
    missed = [c.rule for c in checks if not c.evidenced]
    assert missed == ["kept_informed", "followed_up"]   # escalated: no update, nor confirmed
    applies = [c for c in checks if c.evidence.value != "not_needed"]
    assert f"{len(applies) - 2} of {len(applies)} points that apply are evidenced" in text
