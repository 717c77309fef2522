"""The quality check of a saved complaint against the marking points (domain/quality.py),
with what it needs from the store's catalogue; and the marking points themselves, read
from resources/quality/marking_points.toml."""

from __future__ import annotations

import tomllib
from functools import cache

from desktop_app.domain.complaint import Complaint
from desktop_app.domain.quality import (Check, MarkingPoint, QualityContext, parse_points,
                                        quality_check)
from desktop_app.locations import resource
from desktop_app.services.context import AppContext
from desktop_app.services.procedures import Catalogue

POINTS_FILE = ("quality", "marking_points.toml")


@cache
def marking_points() -> tuple[MarkingPoint, ...]:
    path = resource(*POINTS_FILE)
    with path.open("rb") as handle:
        return parse_points(tomllib.load(handle), path.name)


def context_for(catalogue: Catalogue, complaint: Complaint) -> QualityContext:
    category = catalogue.category(complaint.category)
    return QualityContext(category_label=category.label if category else "",
                          always_escalated=bool(category and category.always_escalate))


def complaint_quality(ctx: AppContext, complaint: Complaint) -> tuple[Check, ...]:
    """The record's checklist; never blocks anything."""
    return quality_check(complaint, context_for(ctx.catalogue, complaint))
