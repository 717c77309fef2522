"""What a store sends head office, and what head office sends back (docs/bundle-format.md).

A bundle's document holds a manifest and the changes since the last acknowledgement. Each
change is one record as it now stands (the export format's record, exchange_format), or a
tombstone for a record erased, under the per-store sequence number of its latest change;
head office keeps, per store and record, the highest sequence applied, so applying a
bundle twice or out of order ends the same. An anonymised record travels as itself, its
personal fields already emptied, as an `anonymise` change: head office empties them too. The acknowledgement names the store, the till's key and
the highest sequence head office holds.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desktop_app.domain.exchange_format import SCHEMA_VERSION
from desktop_app.domain.schema.complaint import COMPLAINT
from desktop_app.domain.schema.field import Kind, RecordSchema
from desktop_app.domain.schema.incident import INCIDENT

BUNDLE_FORMAT = 1
#: Head office reads bundles of these schema versions; a newer one waits in quarantine.
READABLE_SCHEMA_VERSIONS = (SCHEMA_VERSION - 1, SCHEMA_VERSION)
COMPLAINT_TYPE, INCIDENT_TYPE = "complaint", "incident"
UPSERT, ANONYMISE, ERASE = "upsert", "anonymise", "erase"
SCHEMAS = {COMPLAINT_TYPE: COMPLAINT, INCIDENT_TYPE: INCIDENT}


@dataclass(frozen=True)
class Change:
    """One record's latest change: `record` is None for a tombstone (erased)."""

    seq: int
    record_type: str
    reference: str
    record: dict[str, Any] | None

    @property
    def op(self) -> str:
        """upsert; anonymise (the record with its personal details removed: head office
        removes them too, history included); erase (the record is gone)."""
        if self.record is None:
            return ERASE
        return ANONYMISE if self.record.get("anonymised_at") else UPSERT

    def plain(self) -> dict[str, Any]:
        change: dict[str, Any] = {"seq": self.seq, "type": self.record_type,
                                  "reference": self.reference, "op": self.op}
        if self.record is not None:
            change["record"] = self.record
        return change


def held_back_fields(schema: RecordSchema) -> list[str]:
    """The paths of the fields a store may hold back ("people.contact")."""
    return [path for path, f in schema.walk() if f.held_back]


def _empty(kind: Kind) -> Any:
    return None if kind is Kind.PNG else ""


def hold_back(record: dict[str, Any], schema: RecordSchema) -> dict[str, Any]:
    """The record without the fields the schema lets a store keep from head office."""
    out = dict(record)
    for f in schema:
        if f.held_back and f.name in out:
            out[f.name] = _empty(f.kind)
        elif f.part is not None and isinstance(out.get(f.name), list):
            out[f.name] = [hold_back(item, f.part) if isinstance(item, dict) else item
                           for item in out[f.name]]
    return out


def manifest(*, store: Mapping[str, str], store_key: str, head_office_key: str,
             program_version: str, first: int, last: int, made_at: str,
             changes: list[Change], held_back: bool,
             retention: Mapping[str, int]) -> dict[str, Any]:
    counts = {"complaints": 0, "incidents": 0, "anonymised": 0, "erased": 0}
    for change in changes:
        if change.record is None:
            counts["erased"] += 1
            continue
        counts[f"{change.record_type}s"] += 1
        counts["anonymised"] += change.op == ANONYMISE
    return {
        "format": BUNDLE_FORMAT, "schema_version": SCHEMA_VERSION,
        "program_version": program_version, "store_code": store["code"],
        "store_name": store["name"], "jurisdiction": store["jurisdiction"],
        "store_key_fingerprint": store_key, "head_office_key_fingerprint": head_office_key,
        "sequence_from": first, "sequence_to": last, "made_at": made_at, "counts": counts,
        "held_back": (held_back_fields(COMPLAINT) + held_back_fields(INCIDENT)
                      if held_back else []),
        "retention": {"complaint_years": retention["complaint_years"],
                      "incident_years": retention["incident_years"]},
    }


def bundle_document(manifest_: dict[str, Any], staff: Mapping[str, str],
                    changes: list[Change]) -> dict[str, Any]:
    return {"manifest": manifest_, "staff": dict(staff),
            "changes": [change.plain() for change in changes]}


def bundle_file_name(store_code: str, first: int, last: int) -> str:
    return f"{store_code}-{first:09d}-{last:09d}.tclbundle"


# ---- acknowledgements ------------------------------------------------------------------------
ACK_KIND = "acknowledgement"


def acknowledgement(*, store_code: str, store_key: str, through: int,
                    made_at: str) -> dict[str, Any]:
    return {"kind": ACK_KIND, "format": BUNDLE_FORMAT, "store_code": store_code,
            "store_key_fingerprint": store_key, "acknowledged_through": through,
            "made_at": made_at}


def ack_problem(ack: Mapping[str, Any], *, store_code: str, store_key: str,
                sent_through: int) -> str:
    """Why this till cannot take this (verified) acknowledgement; "" when it can."""
    if ack.get("kind") != ACK_KIND:
        return "That file is not an acknowledgement."
    if ack.get("store_code") != store_code:
        return (f"This acknowledgement is for store {ack.get('store_code')!s}, not this store "
                f"({store_code}).")
    if ack.get("store_key_fingerprint") != store_key:
        return ("This acknowledgement is for another till's key, not this till's "
                f"({store_key}).")
    through = ack.get("acknowledged_through")
    if not isinstance(through, int) or isinstance(through, bool) or through < 0:
        return "The acknowledgement does not say how far head office has the changes."
    if through > sent_through:
        return (f"The acknowledgement covers changes up to {through}, but this till has only "
                f"sent changes up to {sent_through}: it is not for this till's bundles.")
    return ""
