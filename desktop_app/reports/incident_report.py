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
from desktop_app.reports.base import ReportHeader, build_pdf, grid, heading, rows_table


def incident_pdf(header: ReportHeader, incident: Incident) -> bytes:
    return build_pdf(header, incident_story(incident))


def incident_story(incident: Incident) -> list:
    """The record's flowables (shared with the subject-access pack)."""
    story: list = []
    for section in incident_sections(incident):
        story.append(heading(section.title))
        story += rows_table([(row.label, row.value) for row in section.rows])
    if incident.disclosures:
        story.append(heading("Disclosures"))
        story.append(grid(list(DISCLOSURE_COLUMNS), [list(r) for r in disclosure_rows(incident)],
                          [24 * mm, 24 * mm, 32 * mm, 36 * mm, 64 * mm]))
    if incident.updates:
        story.append(heading("Updates, in order"))
        story.append(grid(list(UPDATE_COLUMNS), [list(r) for r in update_rows(incident)],
                          [30 * mm, 30 * mm, 30 * mm, 90 * mm]))
    return story
