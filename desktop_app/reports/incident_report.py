"""One abusive-behaviour incident as a PDF, marked confidential on every page.

The sections are the incident screen's (domain/incident_sections.py); a linked complaint
appears only by its reference.
"""

from __future__ import annotations

from reportlab.lib.units import mm

from desktop_app.domain.incident import Incident
from desktop_app.domain.incident_sections import (DISCLOSURE_COLUMNS, UPDATE_COLUMNS,
                                                  disclosure_rows, incident_sections,
                                                  update_rows)
from desktop_app.domain.phrase import phrase
from desktop_app.domain.record_words import INCIDENT_WORDS, reworded_value
from desktop_app.domain.translation import ENGLISH_WORDS, Words
from desktop_app.reports.base import ReportHeader, build_pdf, grid, heading, rows_table


def incident_pdf(header: ReportHeader, incident: Incident) -> bytes:
    return build_pdf(header, incident_story(incident, header.words))


def incident_story(incident: Incident, t: Words = ENGLISH_WORDS) -> list:
    """The record's flowables (shared with the subject-access pack); headings and labels
    in the reader's language, what was recorded as it was."""
    story: list = []
    for section in incident_sections(incident):
        story.append(heading(t(section.title)))
        story += rows_table([(t(row.label), reworded_value(row.value, INCIDENT_WORDS, t))
                             for row in section.rows])
    if incident.disclosures:
        story.append(heading(t(phrase("Disclosures"))))
        story.append(grid([t(c) for c in DISCLOSURE_COLUMNS],
                          [list(r) for r in disclosure_rows(incident)],
                          [24 * mm, 24 * mm, 32 * mm, 36 * mm, 64 * mm]))
    if incident.updates:
        story.append(heading(t(phrase("Updates, in order"))))
        story.append(grid([t(c) for c in UPDATE_COLUMNS], [list(r) for r in update_rows(incident)],
                          [30 * mm, 30 * mm, 30 * mm, 90 * mm]))
    return story
