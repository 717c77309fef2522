"""Where each field of the record schema is stored: its table and column.

Most fields are a column of the same name in the record's table; this says where that is
not so, and where a part lives. Erasure reads it to clear what the schema marks personal;
a test walks the schema and checks every stored field has a real column here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop_app.domain.schema.complaint import COMPLAINT
from desktop_app.domain.schema.field import RecordSchema
from desktop_app.domain.schema.incident import INCIDENT


@dataclass(frozen=True)
class Placement:
    table: str                                        # the record's (or part's) table
    columns: dict[str, str] = field(default_factory=dict)   # field key -> column, if not same
    derived: frozenset[str] = frozenset()             # read from elsewhere (a staff name)
    empty: dict[str, str] = field(default_factory=dict)     # a list field's stored "nothing"


COMPLAINT_PLACES: dict[str, Placement] = {
    "": Placement("complaints", {"staff": "staff_id", "amount": "amount_pence",
                                 "signature_png": "complaint_signatures.png"},
                  derived=frozenset({"staff_name"}), empty={"five_whys": "[]"}),
    "clarifying_answers": Placement("complaint_answers"),
    "options": Placement("complaint_options", {"cost": "cost_pence"}),
    "approval": Placement("complaints", {"approver": "approved_by", "at": "approved_at"},
                          derived=frozenset({"approver_name"})),
    "escalation": Placement("complaints", {"to": "escalated_to", "reason": "escalation_reason",
                                           "at": "escalated_at",
                                           "triggers": "escalation_triggers"}),
    "amendments": Placement("complaint_amendments", {"staff": "staff_id"},
                            derived=frozenset({"staff_name"})),
    "follow_ups": Placement("follow_ups", {"staff": "staff_id"},
                            derived=frozenset({"staff_name"})),
    "decisions": Placement("escalation_decisions", {"staff": "staff_id"},
                           derived=frozenset({"staff_name"})),
    "reviews": Placement("complaint_reviews", {"staff": "staff_id"},
                         derived=frozenset({"staff_name"})),
}

INCIDENT_PLACES: dict[str, Placement] = {
    "": Placement("incidents", {"complaint_reference": "complaint_id"},
                  derived=frozenset({"reported_by_name"})),
    "people": Placement("incident_people", {"staff": "staff_id"}),
    "updates": Placement("incident_updates", {"staff": "staff_id"},
                         derived=frozenset({"staff_name"})),
    "disclosures": Placement("incident_disclosures"),
}

PLACES: dict[str, dict[str, Placement]] = {COMPLAINT.name: COMPLAINT_PLACES,
                                           INCIDENT.name: INCIDENT_PLACES}


def column_of(schema: RecordSchema, part: str, key: str) -> tuple[str, str] | None:
    """(table, column) of a field of the record ("" part) or of one of its parts; None when
    it is derived on reading."""
    place = PLACES[schema.name][part]
    if key in place.derived:
        return None
    column = place.columns.get(key, key)
    if "." in column:
        table, column = column.split(".")
        return table, column
    return place.table, column


def stored_empty(schema: RecordSchema, part: str, key: str, value: object) -> object:
    """The erased value as its column holds it (a list kept as text is stored empty)."""
    place = PLACES[schema.name][part]
    if key in place.empty:
        return place.empty[key]
    if isinstance(value, tuple | list):
        return ""
    return value

