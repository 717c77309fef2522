"""Complaint and incident references: store code, year, sequence — e.g. GLA01-2026-000123."""

from __future__ import annotations

import re

_PATTERN = re.compile(r"^(?P<store>[A-Z0-9]{2,8})-(?P<year>\d{4})-(?P<prefix>[A-Z]?)(?P<seq>\d{6,})$")


def complaint_reference(store_code: str, year: int, sequence: int) -> str:
    return f"{store_code}-{year}-{sequence:06d}"


def incident_reference(store_code: str, year: int, sequence: int) -> str:
    return f"{store_code}-{year}-I{sequence:06d}"


def is_reference(text: str) -> bool:
    return bool(_PATTERN.match(text.strip().upper()))


def parse_reference(text: str) -> tuple[str, str, int, int] | None:
    """(kind, store code, year, sequence) of a reference; kind is complaint or incident."""
    found = _PATTERN.match(text.strip().upper())
    if found is None:
        return None
    kind = "incident" if found["prefix"] == "I" else "complaint"
    return kind, found["store"], int(found["year"]), int(found["seq"])
