"""Labels and help text for every field, read once from resources/records/<record>.toml.

The wording is data, not code: the form, the record on screen, the PDF and the messages
all say what the file says. A part's fields are nested tables ([options.description]).
"""

from __future__ import annotations

import dataclasses
import tomllib
from collections.abc import Mapping
from typing import Any

from desktop_app.domain.errors import DomainError
from desktop_app.domain.schema.field import Field, RecordSchema
from desktop_app.locations import resource


class LabelsMissing(DomainError):
    """A labels file does not describe every field of its schema, or names one it lacks."""


def labelled(schema: RecordSchema, texts: Mapping[str, Any], source: str) -> RecordSchema:
    """The schema with each field's label, help and placeholder filled in from `texts`."""
    unknown = {key for key, value in texts.items() if isinstance(value, Mapping)} - {
        f.key for f in schema}
    if unknown:
        raise LabelsMissing(f"{source}: {', '.join(sorted(unknown))} is not a field of "
                            f"the {schema.name}.")
    fields = []
    for f in schema:
        entry = texts.get(f.key)
        if not isinstance(entry, Mapping) or not isinstance(entry.get("label"), str):
            raise LabelsMissing(f"{source}: no label for {schema.name} field '{f.key}'.")
        part = labelled(f.part, entry, f"{source} [{f.key}]") if f.part else None
        fields.append(dataclasses.replace(
            f, label=entry["label"], help=str(entry.get("help", "")),
            placeholder=str(entry.get("placeholder", "")), part=part))
    return dataclasses.replace(schema, fields=tuple(fields))


def read_labels(record: str) -> dict[str, Any]:
    path = resource("records") / f"{record}.toml"
    with path.open("rb") as handle:
        return tomllib.load(handle)


def with_labels(schema: RecordSchema) -> RecordSchema:
    return labelled(schema, read_labels(schema.name), f"{schema.name}.toml")


def field_label(f: Field) -> str:
    return f.label or f.key.replace("_", " ").capitalize()
