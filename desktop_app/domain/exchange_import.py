"""Reading the export format back (docs/export-format.md): the exact inverse of `plain()`.

Every value is first checked against the type its dataclass field declares; the record is
then checked as the form checks it (domain/schema/records.py). Every problem is collected
with the record and field it belongs to, so a person can mend the file: the whole file is
checked before anything is written.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import functools
import types
import typing
from datetime import date, datetime
from enum import Enum
from typing import Any

from desktop_app.domain.aftercare import Decision, FollowUp
from desktop_app.domain.amendment import Amendment
from desktop_app.domain.complaint import Complaint
from desktop_app.domain.exchange_format import SCHEMA_VERSION
from desktop_app.domain.incident import Incident
from desktop_app.domain.reference import is_reference
from desktop_app.domain.review import Review
from desktop_app.domain.schema.complaint import HISTORY_PARTS

# Filled in from staff codes by the importer, never read from the file.
_COMPLAINT_SKIP = {"id", "staff_id", *HISTORY_PARTS}
#: Each history part's entries, as the domain keeps them.
_HISTORY_KINDS = {"amendments": Amendment, "follow_ups": FollowUp, "decisions": Decision,
                  "reviews": Review}
_INCIDENT_SKIP = {"id", "reported_by"}


class Invalid(ValueError):
    """One value that does not fit; `path` says where."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    """A record class's field types, worked out once (get_type_hints evaluates every
    annotation's text each time: it was two thirds of an import's time)."""
    return typing.get_type_hints(cls)


def from_plain(hint: Any, value: Any, path: str) -> Any:
    """`value` read from JSON as the type `hint`; raises Invalid."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        (inner,) = [a for a in args if a is not type(None)]
        return from_plain(inner, value, path)
    if hint is Any:
        return value
    if hint is bool:
        if not isinstance(value, bool):
            raise Invalid(path, "should be true or false")
        return value
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise Invalid(path, "should be a whole number")
        return value
    if hint is str:
        if not isinstance(value, str):
            raise Invalid(path, "should be text")
        return value
    if hint is datetime or hint is date:
        if not isinstance(value, str):
            raise Invalid(path, "should be an ISO 8601 date")
        try:
            parsed = datetime.fromisoformat(value) if hint is datetime \
                else date.fromisoformat(value)
        except ValueError:
            raise Invalid(path, f"{value!r} is not a valid date") from None
        return parsed
    if hint is bytes:
        try:
            return base64.b64decode(str(value), validate=True)
        except (binascii.Error, ValueError):
            raise Invalid(path, "should be base64 (a PNG image)") from None
    if isinstance(hint, type) and issubclass(hint, Enum):
        try:
            return hint(value)
        except ValueError:
            allowed = ", ".join(str(m.value) for m in hint)
            raise Invalid(path, f"{value!r} is not one of: {allowed}") from None
    if origin is tuple or origin is list or hint in (tuple, list):
        if not isinstance(value, list):
            raise Invalid(path, "should be a list")
        item = args[0] if args else Any
        items = [from_plain(item, v, f"{path}[{i}]") for i, v in enumerate(value)]
        return tuple(items) if origin is tuple or hint is tuple else items
    if origin is dict:
        if not isinstance(value, dict):
            raise Invalid(path, "should be an object")
        return {str(k): from_plain(args[1], v, f"{path}.{k}") for k, v in value.items()}
    if dataclasses.is_dataclass(hint):
        return dataclass_from_plain(hint, value, path)
    raise Invalid(path, f"cannot read a {hint}")  # pragma: no cover - a new field type


def dataclass_from_plain(cls: type, value: Any, path: str, *,
                         skip: set[str] = frozenset(), extra: dict | None = None) -> Any:
    if not isinstance(value, dict):
        raise Invalid(path, "should be an object")
    hints = _hints(cls)
    known = {f.name for f in dataclasses.fields(cls)}
    values: dict[str, Any] = dict(extra or {})
    for f in dataclasses.fields(cls):
        if f.name in skip or f.name in values:
            continue
        if f.name not in value:
            if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                raise Invalid(f"{path}.{f.name}", "is missing")
            continue
        values[f.name] = from_plain(hints[f.name], value[f.name], f"{path}.{f.name}")
    # fields this version does not know are ignored: a schema version may add fields
    return cls(**{k: v for k, v in values.items() if k in known})


def _code(record: dict, key: str, path: str, codes: dict[str, int]) -> int:
    code = record.get(key)
    if not isinstance(code, str) or code not in codes:
        raise Invalid(f"{path}.{key}", f"{code!r} is not a staff code in this file")
    return codes[code]


def complaint_from_record(record: Any, path: str, codes: dict[str, int]) -> Complaint:
    """`codes` maps each staff code to the id it has (or will have) in this database."""
    if not isinstance(record, dict):
        raise Invalid(path, "should be an object")
    staff_id = _code(record, "staff_code", path, codes)
    approval = record.get("approval")
    if isinstance(approval, dict):
        approval = {**approval, "approver_id": _code(approval, "approver_code",
                                                     f"{path}.approval", codes)}
    _reference(record, path)
    complaint = dataclass_from_plain(Complaint, {**record, "approval": approval}, path,
                                     skip=_COMPLAINT_SKIP, extra={"staff_id": staff_id})
    for key in HISTORY_PARTS:
        kind = _HISTORY_KINDS[key]
        setattr(complaint, key, [
            dataclass_from_plain(kind, item, f"{path}.{key}[{i}]")
            for i, item in enumerate(_with_staff_ids(record, key, path, codes,
                                                     code_key="staff_code", id_key="staff_id"))])
    return complaint


def incident_from_record(record: Any, path: str, codes: dict[str, int]) -> Incident:
    if not isinstance(record, dict):
        raise Invalid(path, "should be an object")
    _reference(record, path)
    reported_by = _code(record, "reported_by", path, codes)
    people = _with_staff_ids(record, "people", path, codes, code_key="staff_code",
                             id_key="staff_id", optional=True)       # a witness may not be staff
    updates = _with_staff_ids(record, "updates", path, codes, code_key="staff_code",
                              id_key="staff_id")
    disclosures = _with_staff_ids(record, "disclosures", path, codes, code_key="recorded_by",
                                  id_key="recorded_by", optional=True)
    incident = dataclass_from_plain(
        Incident, {**record, "people": people, "updates": updates, "disclosures": disclosures},
        path, skip=_INCIDENT_SKIP, extra={"reported_by": reported_by})
    return incident


def _reference(record: dict, path: str) -> None:
    reference = record.get("reference")
    if reference in (None, ""):
        raise Invalid(path, "reference is missing")
    if not isinstance(reference, str) or not is_reference(reference):
        raise Invalid(f"{path}.reference", f"{reference!r} is not a reference like "
                                           "GLA01-2026-000123")


def _with_staff_ids(record: dict, key: str, path: str, codes: dict[str, int], *,
                    code_key: str, id_key: str, optional: bool = False) -> list[dict]:
    """The list of objects under `key`, each with its staff code turned into this
    database's id (None where `optional` and no code is given)."""
    items = []
    for index, item in enumerate(_list(record, key, path)):
        where = f"{path}.{key}[{index}]"
        if not isinstance(item, dict):
            raise Invalid(where, "should be an object")
        staff = None if optional and not item.get(code_key) else \
            _code(item, code_key, where, codes)
        items.append({**item, id_key: staff})
    return items


def _list(record: dict, key: str, path: str) -> list:
    value = record.get(key) or []
    if not isinstance(value, list):
        raise Invalid(f"{path}.{key}", "should be a list")
    return value


def document_problems(document: Any) -> list[str]:
    """Problems with the document's envelope (before any record is read)."""
    if not isinstance(document, dict):
        return ["The file is not an export: it should hold one JSON object."]
    problems = []
    if document.get("schema_version") != SCHEMA_VERSION:
        problems.append(f"schema_version is {document.get('schema_version')!r}; this version "
                        f"of the program reads {SCHEMA_VERSION}.")
    for key in ("complaints", "incidents"):
        if not isinstance(document.get(key, []), list):
            problems.append(f"{key} should be a list.")
    return problems


def staff_in(document: dict) -> dict[str, str]:
    """Every staff code the records use, with the best name the file gives for it."""
    names: dict[str, str] = {}

    def seen(code: Any, name: Any = "") -> None:
        if isinstance(code, str) and code:
            if isinstance(name, str) and name:
                names[code] = name
            else:
                names.setdefault(code, "")

    for c in document.get("complaints") or []:
        if isinstance(c, dict):
            seen(c.get("staff_code"), c.get("staff_name"))
            if isinstance(c.get("approval"), dict):
                seen(c["approval"].get("approver_code"), c["approval"].get("approver_name"))
            for key in HISTORY_PARTS:
                for a in c.get(key) or []:
                    if isinstance(a, dict):
                        seen(a.get("staff_code"), a.get("staff_name"))
    for i in document.get("incidents") or []:
        if isinstance(i, dict):
            seen(i.get("reported_by"), i.get("reported_by_name"))
            for p in i.get("people") or []:
                if isinstance(p, dict):
                    seen(p.get("staff_code"), p.get("name"))
            for u in i.get("updates") or []:
                if isinstance(u, dict):
                    seen(u.get("staff_code"), u.get("staff_name"))
            for d in i.get("disclosures") or []:
                if isinstance(d, dict):
                    seen(d.get("recorded_by"))
    return names
