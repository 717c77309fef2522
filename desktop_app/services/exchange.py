"""Exports of a period for head office: JSON (the documented format) and CSV."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import date

from desktop_app import __version__
from desktop_app.domain import exchange_format as fmt
from desktop_app.domain import exchange_import as imp
from desktop_app.domain import validation as v
from desktop_app.domain.audit import AuditAction, RecordType
from desktop_app.domain.errors import DomainError
from desktop_app.domain.permissions import Action, Subject, require
from desktop_app.domain.phrase import phrase
from desktop_app.domain.reference import parse_reference
from desktop_app.domain.schema.complaint import HISTORY_PARTS
from desktop_app.domain.schema.records import RecordContext, complaint_errors, incident_errors
from desktop_app.domain.staff import MAX_NAME as MAX_STAFF_NAME
from desktop_app.domain.staff import Role, StaffMember
from desktop_app.services import audit
from desktop_app.services.context import AppContext
from desktop_app.services.pins import NO_PIN
from desktop_app.services.reporting import period_bounds

FORMATS = ("json", "csv")
#: The largest file import reads (docs/export-format.md): a year of a busy store with
#: signatures is a few megabytes; anything near this is not an export.
MAX_IMPORT_BYTES = 100 * 1024 * 1024


def export_period(ctx: AppContext, user: StaffMember, start: date, end: date,
                  export_format: str) -> bytes:
    """Complaints saved and incidents that happened in the period, as JSON or CSV bytes.
    (CSV holds the complaints, one row each; JSON holds everything.)"""
    if export_format not in FORMATS:
        raise DomainError(phrase("Choose a format: {formats}.", formats=", ".join(FORMATS)))
    require(user, Subject.COMPLAINT, Action.EXPORT)
    low, high = period_bounds(start, end)
    with ctx.uow() as uow:
        store = uow.store.get()
        codes = {member.id: member.code for member in uow.staff.everyone()}
        complaints = [fmt.complaint_record(c, codes)
                      for c in uow.complaints.saved_between(low, high)]
        incidents = [fmt.incident_record(i, codes)
                     for i in uow.incidents.occurred_between(low, high)]
        audit.record(ctx, uow, user, AuditAction.EXPORT, RecordType.REPORT,
                     f"{export_format} {start:%Y%m%d}-{end:%Y%m%d}")
        uow.commit()
    if export_format == "csv":
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(fmt.CSV_COMPLAINT_COLUMNS)
        writer.writerows(fmt.complaint_csv_row(record) for record in complaints)
        return out.getvalue().encode("utf-8-sig")       # Excel reads UTF-8 with the mark
    document = fmt.document(store={"name": store.name, "code": store.code,
                                   "jurisdiction": store.jurisdiction.value},
                            start=start, end=end, produced_at=ctx.clock.now(),
                            version=__version__, complaints=complaints, incidents=incidents)
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


# ---- import --------------------------------------------------------------------------------
class ImportRefused(DomainError):
    """The file was not imported and nothing changed; `problems` name record and field."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        shown = problems[:25]
        more = f"\n…and {len(problems) - len(shown)} more." if len(problems) > len(shown) else ""
        super().__init__("The file was not imported; nothing was changed.\n"
                         + "\n".join(shown) + more)


@dataclass(frozen=True)
class ImportResult:
    complaints_added: tuple[str, ...]
    incidents_added: tuple[str, ...]
    already_here: int
    staff_added: tuple[str, ...]


def _comparable(record: dict) -> dict:
    """A record without the names the two databases may spell differently for a code."""
    out = {k: v for k, v in record.items() if k not in ("staff_name", "reported_by_name")}
    if isinstance(out.get("approval"), dict):
        out["approval"] = {k: v for k, v in out["approval"].items() if k != "approver_name"}
    for key in (*HISTORY_PARTS, "updates"):
        if isinstance(out.get(key), list):
            out[key] = [{k: v for k, v in item.items() if k != "staff_name"}
                        for item in out[key]]
    if isinstance(out.get("people"), list):
        out["people"] = [{**p, "name": "" if p.get("staff_code") else p.get("name")}
                         for p in out["people"]]
    return out


def _parse(document: dict, codes: dict[str, int], problems: list[str],
           checks: RecordContext) -> tuple[list, list]:
    parsed: dict[str, list] = {"complaints": [], "incidents": []}
    readers = {"complaints": imp.complaint_from_record, "incidents": imp.incident_from_record}
    rules = {"complaints": complaint_errors, "incidents": incident_errors}
    for key, read in readers.items():
        seen: set[str] = set()
        for index, record in enumerate(document.get(key) or []):
            reference = record.get("reference") if isinstance(record, dict) else None
            path = f"{key}[{index}]" + (f" ({reference})" if isinstance(reference, str)
                                        and reference else "")
            try:
                item = read(record, path, codes)
            except imp.Invalid as error:
                problems.append(str(error))
                continue
            broken = rules[key](item, checks)
            if broken:
                problems += [f"{path}.{field}: {message}" for field, message in broken.items()]
                continue
            if item.reference in seen:
                problems.append(f"{path}: {item.reference} appears twice in the file.")
            seen.add(item.reference)
            parsed[key].append(item)
    return parsed["complaints"], parsed["incidents"]


def import_document(ctx: AppContext, user: StaffMember, data: bytes) -> ImportResult:
    """Bring in an export (from another till, or into head office's database). The whole
    file is checked first; any problem refuses it all. Records already here and identical
    are skipped, so importing the same file twice changes nothing."""
    require(user, Subject.COMPLAINT, Action.IMPORT)
    require(user, Subject.INCIDENT, Action.IMPORT)
    if len(data) > MAX_IMPORT_BYTES:
        raise ImportRefused([f"The file is {len(data) / 2**20:,.0f} MB; an export is at most "
                             f"{MAX_IMPORT_BYTES // 2**20} MB."])
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ImportRefused([f"The file is not readable JSON ({error})."]) from None
    except RecursionError:
        raise ImportRefused(["The file is not an export: its values are nested far too "
                             "deep."]) from None
    except ValueError as error:       # a number too long to read, for one
        raise ImportRefused([f"The file is not readable JSON ({error})."]) from None
    problems = imp.document_problems(document)
    if problems:
        raise ImportRefused(problems)
    now = ctx.clock.now()
    with ctx.saving() as uow:
        codes = {member.code: member.id for member in uow.staff.everyone()}
        names = imp.staff_in(document)
        missing = [code for code in names if code not in codes]
        # Staff the file names but this database lacks come in as inactive accounts (they
        # cannot sign in here). Added first, inside the transaction: a refused file rolls
        # them back with everything else.
        for code in missing:
            try:
                v.staff_code("staff_code", code)
                v.text("name", names[code], max_length=MAX_STAFF_NAME, label=phrase("The name"))
            except DomainError as error:
                problems.append(f"Staff code {code!r}: {error}")
                continue
            member = uow.staff.add(name=names[code] or code, code=code, role=Role.STAFF,
                                   pin_hash=NO_PIN, now=now)
            uow.staff.update(member.id, name=member.name, role=Role.STAFF, active=False)
            codes[code] = member.id
        store = uow.store.get()
        checks = RecordContext(store_code=store.code, now=now,
                               categories={c.id: c for c in ctx.catalogue.categories},
                               models=ctx.catalogue.models)
        complaints, incidents = _parse(document, codes, problems, checks)
        id_to_code = {i: c for c, i in codes.items()}
        new_complaints, same_complaints = _new_or_same(
            complaints, uow.complaints.get, fmt.complaint_record, id_to_code, problems)
        new_incidents, same_incidents = _new_or_same(
            incidents, uow.incidents.get, fmt.incident_record, id_to_code, problems)
        already = same_complaints + same_incidents
        file_complaints = {c.reference for c in complaints}
        for incident in incidents:
            link = incident.complaint_reference
            if link and link not in file_complaints and uow.complaints.get(link) is None:
                problems.append(f"{incident.reference}: its complaint {link} is neither in "
                                "the file nor here.")
        if problems:
            raise ImportRefused(problems)       # the unit of work rolls back: nothing kept
        for complaint in new_complaints:
            complaint_id = uow.complaints.add(complaint)
            uow.complaints.add_amendments(complaint_id, complaint.amendments)
            uow.aftercare.add_history(complaint_id, complaint.follow_ups, complaint.decisions)
            uow.reviews.add_history(complaint_id, complaint.reviews)
            _reserve(uow, complaint.reference)
            audit.record(ctx, uow, user, AuditAction.CREATE, RecordType.COMPLAINT,
                         complaint.reference)
        for incident in new_incidents:
            uow.incidents.add(incident)
            for update in incident.updates:
                uow.incidents.append_update(incident.reference, update)
            for disclosure in incident.disclosures:
                uow.incidents.add_disclosure(incident.reference, disclosure)
            _reserve(uow, incident.reference)
            audit.record(ctx, uow, user, AuditAction.CREATE, RecordType.INCIDENT,
                         incident.reference)
        audit.record(ctx, uow, user, AuditAction.IMPORT, RecordType.DATABASE,
                     f"{len(new_complaints)} complaints {len(new_incidents)} incidents")
        uow.commit()
    return ImportResult(tuple(c.reference for c in new_complaints),
                        tuple(i.reference for i in new_incidents), already, tuple(missing))


def _new_or_same(items: list, get, to_record, id_to_code: dict[int, str],  # noqa: ANN001
                 problems: list[str]) -> tuple[list, int]:
    """Records not here yet, and how many are here already and identical; a record here
    with other details is a problem (it is never replaced)."""
    new, same = [], 0
    for item in items:
        existing = get(item.reference)
        if existing is None:
            new.append(item)
            continue
        here = _comparable(to_record(existing, id_to_code))
        there = _comparable(to_record(item, id_to_code))
        differ = sorted(key for key in here.keys() | there.keys()
                        if here.get(key) != there.get(key))
        if not differ:
            same += 1
        else:
            problems.append(f"{item.reference} is already here with different details "
                            f"({', '.join(differ)} differ); it was not replaced.")
    return new, same


def _reserve(uow, reference: str) -> None:  # noqa: ANN001
    kind, store_code, year, number = parse_reference(reference)
    uow.sequences.at_least(kind, store_code, year, number)
