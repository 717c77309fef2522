"""One complaint as a PDF: the full record, the customer's copy, and an 80 mm receipt slip."""

from __future__ import annotations

from io import BytesIO

from reportlab.lib.units import mm
from reportlab.platypus import Image, Spacer

from desktop_app.domain.bilingual import ENGLISH, Wording
from desktop_app.domain.complaint import Complaint
from desktop_app.domain.complaint_sections import complaint_sections, option_rows
from desktop_app.domain.quality import Check, tally
from desktop_app.domain.phrase import phrase
from desktop_app.domain.record_words import COMPLAINT_WORDS, reworded_value
from desktop_app.domain.translation import ENGLISH_WORDS, Words
from desktop_app.reports.base import (ReportHeader, build_pdf, grid, heading, para, rows_table,
                                      styles)

RECEIPT_WIDTH = 80 * mm
#: the Solve section's table of the options weighed
OPTION_COLUMNS = (phrase("Option"), phrase("Cost"), phrase("Time"),
                  phrase("Impact on the customer"))


def complaint_story(complaint: Complaint, category_label: str, customer_copy: bool,
                    wording: Wording = ENGLISH, t: Words = ENGLISH_WORDS) -> list:
    """The record's flowables, section by section (shared with the subject-access pack).
    A customer's copy is in `wording` (bilingual); the store's own in the reader's `t`."""
    story: list = []
    for section in complaint_sections(complaint, category_label=category_label,
                                      customer_copy=customer_copy, wording=wording):
        bilingual = not wording.english
        story.append(heading(section.title if bilingual else t(section.name or section.title)))
        rows = list(section.rows) if bilingual else [
            (t(label), reworded_value(value, COMPLAINT_WORDS | {category_label}, t))
            for label, value in section.rows]
        # a bilingual label needs the room of two
        story += rows_table(rows, (75 * mm, 95 * mm) if bilingual else (55 * mm, 115 * mm))
        if section.name == "Solve" and complaint.options and not customer_copy:
            story.append(Spacer(1, 4))
            story.append(grid(["", *[t(c) for c in OPTION_COLUMNS]],
                              [list(row) for row in option_rows(complaint)],
                              [18 * mm, 55 * mm, 20 * mm, 30 * mm, 57 * mm]))
        if section.name == "Agreement" and complaint.signature_png:
            picture = Image(BytesIO(complaint.signature_png))
            scale = min(1.0, (70 * mm) / picture.drawWidth, (30 * mm) / picture.drawHeight)
            picture.drawWidth *= scale
            picture.drawHeight *= scale
            picture.hAlign = "LEFT"
            story.append(picture)
    return story


def quality_story(checks: tuple[Check, ...], t: Words = ENGLISH_WORDS) -> list:
    """The marking points checklist: each rule, evidenced or not, and what shows it."""
    met, due = tally(checks)
    return [heading(t(phrase("Quality check: the marking points"))),
            para(t(phrase("{met} of {due} points that apply are evidenced by this record. The "
                          "check is guidance for coaching; it never stopped anything being "
                          "saved.", met=met, due=due)), styles()["small"]),
            grid(["", t(phrase("Point")), t(phrase("Evidence"))],
                 [[c.evidence.mark, t(c.title), f"{t(c.evidence.label)}. {t(c.detail)}"]
                  for c in checks], [8 * mm, 62 * mm, 110 * mm])]


def complaint_pdf(header: ReportHeader, complaint: Complaint, *, category_label: str = "",
                  checks: tuple[Check, ...] = ()) -> bytes:
    """Everything recorded, laid out as the complaint cycle (internal notes included), and
    the quality check of the record when given."""
    story = complaint_story(complaint, category_label, customer_copy=False, t=header.words)
    if checks:
        story += quality_story(checks, header.words)
    return build_pdf(header, story)


def customer_copy_pdf(header: ReportHeader, complaint: Complaint, *, category_label: str = "",
                      contact: str = "") -> bytes:
    """The customer's copy: what they said and what was agreed; no internal notes or staff.
    In the language of `header.wording` (Welsh: bilingual, Welsh first)."""
    w = header.wording
    story = complaint_story(complaint, category_label, customer_copy=True, wording=w)
    if contact:
        story += [heading(w.section("How to get in touch")), para(contact, styles()["body"])]
    return build_pdf(header, story)


def receipt_pdf(header: ReportHeader, complaint: Complaint, *, contact: str = "") -> bytes:
    """A slip for an 80 mm receipt printer: reference, what was agreed, how to get in touch."""
    st = styles()
    w = header.wording
    chosen = complaint.chosen
    story = [
        para(w.phrase("Your complaint reference"), st["small"]),
        para(complaint.reference, st["heading"]),
        para(w.own("Recorded {}", w.long_date(complaint.saved_at)), st["small"]),
        Spacer(1, 3 * mm),
        para(w.phrase("What we agreed"), st["small"]),
        para(chosen.description if chosen else w.phrase("To be confirmed by the store."),
             st["body"]),
    ]
    if complaint.follow_up_needed and complaint.follow_up_due:
        story += [Spacer(1, 2 * mm), para(w.dated("We will contact you by {}.",
                                                  complaint.follow_up_due), st["body"])]
    if contact:
        story += [Spacer(1, 3 * mm), para(w.section("How to get in touch"), st["small"]),
                  para(contact, st["body"])]
    story += [Spacer(1, 3 * mm), para(w.phrase("Thank you for telling us."), st["body"])]
    height = (125 * mm + 5 * mm * (len(contact) // 35)) * (1 if w.english else 1.35)
    return build_pdf(header, story, pagesize=(RECEIPT_WIDTH, height), margins=4 * mm)
