"""A customer who complains in Welsh gets their copy and receipt in Welsh: bilingual, Welsh
first, read back with pypdf. The wording covers everything a customer's copy can print,
and a store outside Wales is not asked the question."""

from __future__ import annotations

import io
from datetime import datetime

from pypdf import PdfReader

from desktop_app.domain.bilingual import wording
from desktop_app.domain.complaint import Status
from desktop_app.domain.complaint_sections import LAYOUT
from desktop_app.domain.language import Language
from desktop_app.domain.schema.complaint import COMPLAINT
from desktop_app.domain.schema.field import Kind
from desktop_app.services import complaints, reporting
from desktop_app.services.procedures import default_catalogue
from desktop_app.services.reporting import ComplaintReport
from tests.services.test_complaints_service import full_answers

WELSH = wording(Language.WELSH)


def _text(pdf: bytes) -> str:
    return " ".join("\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
                    .split())


def _save(ctx, user, **answers) -> str:  # noqa: ANN001
    form = complaints.start_complaint(ctx, user)
    form.answers = {**full_answers(), **answers}
    return complaints.save_complaint(ctx, form).reference


def test_a_welsh_customer_gets_a_bilingual_copy_and_receipt(cardiff):
    ctx, boss = cardiff
    assert complaints.start_complaint(ctx, boss).given == {"welsh_offered": True}
    reference = _save(ctx, boss, customer_language="cy", follow_up_needed=True,
                      follow_up_due="2026-03-14", follow_up_method="phone")
    copy = _text(reporting.complaint_report(ctx, boss, reference,
                                            ComplaintReport.CUSTOMER_COPY).pdf)
    for words in (f"Eich cwyn {reference} / Your complaint {reference}",
                  "Y gŵyn / The complaint", "Cyfeirnod / Reference",
                  "Beth ddywedodd y cwsmer wrthym / Identify: what the customer told us",
                  "Diolch, a chysylltu eto / Thank you and follow-up",
                  "Cysylltu eto erbyn / Follow up by", "14 Mawrth 2026",
                  "Galwad ffôn / Phone call", "Tudalen 1 o"):
        assert words in copy, words
    assert copy.index("Y gŵyn") < copy.index("The complaint")          # Welsh first
    receipt = _text(reporting.complaint_report(ctx, boss, reference,
                                               ComplaintReport.RECEIPT).pdf)
    for words in ("Cyfeirnod eich cwyn / Your complaint reference", reference,
                  "Cofnodwyd 10 Mawrth 2026", "Yr hyn a gytunwyd / What we agreed",
                  "Byddwn yn cysylltu â chi erbyn 14 Mawrth 2026. / We will contact you by "
                  "14 March 2026.", f"Rhowch y cyfeirnod {reference} yn siop Caerdydd Canol",
                  "Diolch am ddweud wrthym. / Thank you for telling us."):
        assert words in receipt, words
    full = _text(reporting.complaint_report(ctx, boss, reference, ComplaintReport.FULL).pdf)
    assert "Y gŵyn" not in full and "Cymraeg (Welsh)" in full     # the store's record: English


def test_an_english_speaker_in_wales_gets_english(cardiff):
    ctx, boss = cardiff
    reference = _save(ctx, boss, customer_language="en")
    copy = _text(reporting.complaint_report(ctx, boss, reference,
                                            ComplaintReport.CUSTOMER_COPY).pdf)
    assert "Your complaint" in copy and "Y gŵyn" not in copy and "Page 1 of" in copy


def test_a_store_outside_wales_is_not_asked(ctx, staff):
    form = complaints.start_complaint(ctx, staff)
    assert form.given == {"welsh_offered": False}
    form.answers = {**full_answers(), "customer_language": "cy"}
    assert complaints.save_complaint(ctx, form).customer_language == ""   # not asked: not kept


def test_the_wording_covers_all_a_customer_copy_can_print():
    missing = []
    for title, keys in LAYOUT:
        fields = [COMPLAINT[k] for k in keys if not k.startswith("#") and
                  COMPLAINT[k].customer_copy]
        if fields and title not in WELSH.sections:
            missing.append(f"section: {title}")
        for f in fields:
            if f.kind is not Kind.PART and f.label not in WELSH.labels:
                missing.append(f"label: {f.label}")
            if f.kind in (Kind.CHOICE, Kind.CHOICES):
                missing += [f"{f.key}: {label}" for _, label in f.choices
                            if label not in WELSH.values]
    missing += [f"status: {s.label}" for s in Status if s.label not in WELSH.values]
    missing += [f"category: {c.label}" for c in default_catalogue().categories
                if c.label not in WELSH.values]
    escalation = COMPLAINT["escalation"].part
    missing += [f"escalation: {escalation[k].label}" for k in ("to", "at")
                if escalation[k].label not in WELSH.labels]
    assert missing == []


def test_program_lines_around_a_value_are_translated_and_typed_text_is_not():
    assert WELSH.line("Decided: Refund in full") == \
        "Penderfyniad: Refund in full / Decided: Refund in full"
    assert WELSH.line("It broke on 3 March") == "It broke on 3 March"
    assert WELSH.value("Yes") == "Ie / Yes"
    assert WELSH.long_date(datetime(2026, 6, 1, 9, 5)) == "1 Mehefin 2026, 09:05"
