"""What anonymising removes, worked out from the schema: every field marked personal,
special-category or criminal-offence data, in the record and in each of its parts, and the
amendment history of those fields.

What is left is what the statistics need (category, dates, amounts, outcome, kinds of
behaviour, injury level, days off work) and nothing that can identify or describe a person.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop_app.domain.schema.complaint import AMENDABLE, COMPLAINT
from desktop_app.domain.schema.field import Kind, RecordSchema
from desktop_app.domain.schema.incident import INCIDENT


@dataclass(frozen=True)
class Erasure:
    schema: RecordSchema
    record: dict[str, Any]                   # field key -> what is left in its place
    parts: dict[str, dict[str, Any]]         # part key -> {its field key: what is left}
    amended: frozenset[str]                  # amendments of these fields lose their values

    @property
    def paths(self) -> frozenset[str]:
        """Every path cleared ("options.description"), for checks and documentation."""
        return frozenset(self.record) | frozenset(
            f"{part}.{key}" for part, fields in self.parts.items() for key in fields)


def erasure_of(schema: RecordSchema) -> Erasure:
    record = {f.key: f.erased_to for f in schema
              if f.stored and f.personal and f.kind is not Kind.PART}
    parts = {f.key: {p.key: p.erased_to for p in f.part if p.personal}
             for f in schema.parts if f.stored}
    amended = frozenset(key for key, f in AMENDABLE.items() if f.personal) \
        if schema is COMPLAINT else frozenset()
    return Erasure(schema, record, {k: v for k, v in parts.items() if v}, amended)


COMPLAINT_ERASURE = erasure_of(COMPLAINT)
INCIDENT_ERASURE = erasure_of(INCIDENT)
