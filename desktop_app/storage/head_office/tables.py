"""Head office's tables. A record's columns come from the domain's record schema, field by
field (the schema says each field once; this file only says how a kind of field is kept
in PostgreSQL), so a field added to the schema is a column here and a migration away.

Parts of a record (options, amendments, follow-ups, decisions, people…) are JSONB arrays:
they are read whole, with their record, and never on their own. Each record row carries
the store, the sequence number of the change it came from and whether it was erased.
"""

from __future__ import annotations

from sqlalchemy import (ARRAY, BigInteger, Boolean, Column, Computed, Date, DateTime,
                        ForeignKey, Index, Integer, LargeBinary, MetaData, PrimaryKeyConstraint,
                        Table, Text, text)
from sqlalchemy.dialects.postgresql import JSONB, TSVECTOR

from desktop_app.domain.schema.complaint import COMPLAINT
from desktop_app.domain.schema.field import Field, Kind, RecordSchema
from desktop_app.domain.schema.incident import INCIDENT

metadata = MetaData()

_TYPES = {
    Kind.SHORT_TEXT: Text, Kind.LONG_TEXT: Text, Kind.RECEIPT: Text, Kind.PHONE: Text,
    Kind.EMAIL: Text, Kind.REFERENCE: Text, Kind.CHOICE: Text, Kind.STAFF: Text,
    Kind.PAST_DATE: Date, Kind.FUTURE_DATE: Date, Kind.DATE: Date, Kind.DATETIME: DateTime,
    Kind.CHECK: Boolean, Kind.YES_NO: Boolean, Kind.MONEY: Integer, Kind.COUNT: Integer,
    Kind.RATING: Integer, Kind.PNG: LargeBinary,
    # SQL NULL (not JSON null) for a part that is absent: "escalation IS NULL" reads true
    Kind.CALL_TIMES: JSONB(none_as_null=True), Kind.PART: JSONB(none_as_null=True),
}
_LISTS = {Kind.CHOICES, Kind.TEXT_LIST}


def column_name(f: Field) -> str:
    """A member of staff is kept by code (ids differ between tills)."""
    if f.kind is Kind.STAFF:
        return f"{f.key}_code" if f.key != "staff" else "staff_code"
    return f.name


def record_fields(schema: RecordSchema) -> list[Field]:
    """The fields head office keeps: every stored field but the two key columns (store and
    reference) and lists of staff (kept in the record's people)."""
    return [f for f in schema if f.stored and f.key not in ("reference", "store_code")
            and f.kind is not Kind.STAFF_LIST]


def _columns(schema: RecordSchema) -> list[Column]:
    columns = []
    for f in record_fields(schema):
        kind = ARRAY(Text) if f.kind in _LISTS else _TYPES[f.kind]
        columns.append(Column(column_name(f), kind, nullable=True))
    return columns


def _search(schema: RecordSchema) -> Column:
    """The full-text index of the fields the schema marks searchable."""
    words = ["reference"] + [f"coalesce({column_name(f)}, '')"
                             for f in schema if f.searchable and f.key != "reference"]
    joined = " || ' ' || ".join(words)
    return Column("search", TSVECTOR,
                  Computed(f"to_tsvector('simple', {joined})", persisted=True))


def _record_table(name: str, schema: RecordSchema) -> Table:
    return Table(
        name, metadata,
        Column("store_code", Text, ForeignKey("ho_stores.code"), nullable=False),
        Column("reference", Text, nullable=False),
        Column("seq", BigInteger, nullable=False),
        Column("erased", Boolean, nullable=False, server_default="false"),
        *_columns(schema),
        _search(schema),
        PrimaryKeyConstraint("store_code", "reference", name=f"pk_{name}"),
        Index(f"ix_{name}_search", "search", postgresql_using="gin"),
    )


stores = Table(
    "ho_stores", metadata,
    Column("code", Text, primary_key=True),
    Column("name", Text, nullable=False),
    Column("region", Text, nullable=False),
    Column("registered_at", DateTime, nullable=False),
    # the store's own retention (its bundles' manifests say); NULL until a bundle says
    Column("complaint_years", Integer, nullable=True),
    Column("incident_years", Integer, nullable=True),
)

#: Head office's settings (h0004): key -> JSON value.
settings = Table(
    "ho_settings", metadata,
    Column("key", Text, primary_key=True),
    Column("value", JSONB, nullable=False),
)

store_keys = Table(
    "ho_store_keys", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("store_code", Text, ForeignKey("ho_stores.code"), nullable=False),
    Column("fingerprint", Text, nullable=False, unique=True),
    Column("public_key", LargeBinary, nullable=False),
    Column("registered_at", DateTime, nullable=False),
    Column("revoked_at", DateTime, nullable=True),
)

received = Table(
    "ho_received", metadata,
    Column("store_code", Text, ForeignKey("ho_stores.code"), nullable=False),
    Column("sequence_from", BigInteger, nullable=False),
    Column("sequence_to", BigInteger, nullable=False),
    Column("received_at", DateTime, nullable=False),
    PrimaryKeyConstraint("store_code", "sequence_from", "sequence_to", name="pk_ho_received"),
)

imports = Table(
    "ho_imports", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime, nullable=False),
    Column("file_name", Text, nullable=False),
    Column("sha256", Text, nullable=False),
    Column("store_code", Text, nullable=True),
    Column("sequence_from", BigInteger, nullable=True),
    Column("sequence_to", BigInteger, nullable=True),
    Column("result", Text, nullable=False),          # imported | already_held | quarantined | refused
    Column("changes_applied", Integer, nullable=False, server_default="0"),
    Column("message", Text, nullable=False, server_default=""),
    Index("ix_ho_imports_store_at", "store_code", "at"),
)

#: Head-office people: each signs in as a PostgreSQL role of their own (h0002's policies
#: read this table for current_user). region NULL: the whole chain.
people = Table(
    "ho_people", metadata,
    Column("db_role", Text, primary_key=True),
    Column("code", Text, nullable=False, unique=True),
    Column("name", Text, nullable=False),
    Column("region", Text, nullable=True),
    Column("incidents", Boolean, nullable=False, server_default="false"),
    Column("added_at", DateTime, nullable=False),
    Column("removed_at", DateTime, nullable=True),
)

#: Every view, print and export (h0003: append-only; db_role is PostgreSQL's current_user).
audit = Table(
    "ho_audit", metadata,
    Column("id", BigInteger, primary_key=True, autoincrement=True),
    Column("at", DateTime, nullable=False, server_default=text("LOCALTIMESTAMP")),
    Column("db_role", Text, nullable=False, server_default=text("CURRENT_USER")),
    Column("action", Text, nullable=False),
    Column("what", Text, nullable=False, server_default=""),
    implicit_returning=False,     # a person may add entries but read none, not even the id
)

complaints = _record_table("ho_complaints", COMPLAINT)
incidents = _record_table("ho_incidents", INCIDENT)

# h0005: BRIN on the time columns, partial indexes for open follow-ups and for the records
# the retention sweep still has to visit.
Index("ix_ho_complaints_saved_brin", complaints.c.saved_at, postgresql_using="brin")
Index("ix_ho_incidents_occurred_brin", incidents.c.occurred_at, postgresql_using="brin")
Index("ix_ho_complaints_follow_up_open", complaints.c.store_code, complaints.c.follow_up_due,
      postgresql_where=text("follow_up_needed AND status IN ('open', 'awaiting_follow_up', "
                            "'escalated')"))
Index("ix_ho_complaints_to_anonymise", complaints.c.closed_at,
      postgresql_where=text("anonymised_at IS NULL AND NOT erased"))
Index("ix_ho_incidents_to_anonymise", incidents.c.occurred_at,
      postgresql_where=text("anonymised_at IS NULL AND NOT erased"))
RECORD_TABLES = {"complaint": (complaints, COMPLAINT), "incident": (incidents, INCIDENT)}
