"""Every change to a record, numbered for head office: the outbox.

`outbox` holds one row per record (complaint or incident) that changed, under a sequence
number that only ever increases (AUTOINCREMENT: never reused, even after the highest row
is deleted; a transaction rolled back takes its numbers with it). Triggers on the records
and every table of their parts replace the record's row on each insert, change or
deletion, whatever writes them (the program, an import, the retention sweep, erasure), so
no change can be left out and none depends on the PC's clock. A deleted record leaves an
`erase` row: the tombstone head office applies. Records already in the file are entered
once, oldest first, so the first bundle carries them all.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""
from alembic import op


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

#: part table -> (parent table, the column naming the parent, the record type)
PARTS = {
    "complaint_options": ("complaints", "complaint_id", "complaint"),
    "complaint_answers": ("complaints", "complaint_id", "complaint"),
    "complaint_signatures": ("complaints", "complaint_id", "complaint"),
    "complaint_amendments": ("complaints", "complaint_id", "complaint"),
    "follow_ups": ("complaints", "complaint_id", "complaint"),
    "escalation_decisions": ("complaints", "complaint_id", "complaint"),
    "incident_people": ("incidents", "incident_id", "incident"),
    "incident_updates": ("incidents", "incident_id", "incident"),
    "incident_disclosures": ("incidents", "incident_id", "incident"),
}
RECORDS = {"complaints": "complaint", "incidents": "incident"}


def trigger_names() -> list[str]:
    names = [f"outbox_{table}_{verb}" for table in RECORDS for verb in ("insert", "update",
                                                                         "delete")]
    names += [f"outbox_{table}_{verb}" for table in PARTS for verb in ("insert", "update",
                                                                        "delete")]
    return names


def _note(kind: str, reference: str, op_: str) -> str:
    return (f"INSERT OR REPLACE INTO outbox (record_type, reference, op) "
            f"VALUES ('{kind}', {reference}, '{op_}');")


def upgrade() -> None:
    op.execute("CREATE TABLE outbox (seq INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "
               "record_type VARCHAR(16) NOT NULL, reference VARCHAR(40) NOT NULL, "
               "op VARCHAR(8) NOT NULL, "
               "CONSTRAINT uq_outbox_record UNIQUE (record_type, reference))")
    for table, kind in RECORDS.items():
        op.execute(f"CREATE TRIGGER outbox_{table}_insert AFTER INSERT ON {table} BEGIN "
                   f"{_note(kind, 'NEW.reference', 'upsert')} END")
        op.execute(f"CREATE TRIGGER outbox_{table}_update AFTER UPDATE ON {table} BEGIN "
                   f"{_note(kind, 'NEW.reference', 'upsert')} END")
        op.execute(f"CREATE TRIGGER outbox_{table}_delete AFTER DELETE ON {table} BEGIN "
                   f"{_note(kind, 'OLD.reference', 'erase')} END")
    for table, (parent, column, kind) in PARTS.items():
        for verb, row in (("insert", "NEW"), ("update", "NEW"), ("delete", "OLD")):
            # a part deleted with its record (the cascade) finds no parent: nothing to add
            op.execute(
                f"CREATE TRIGGER outbox_{table}_{verb} AFTER {verb.upper()} ON {table} "
                f"WHEN EXISTS (SELECT 1 FROM {parent} WHERE id = {row}.{column}) BEGIN "
                f"INSERT OR REPLACE INTO outbox (record_type, reference, op) "
                f"SELECT '{kind}', reference, 'upsert' FROM {parent} "
                f"WHERE id = {row}.{column}; END")
    op.execute("INSERT INTO outbox (record_type, reference, op) "
               "SELECT kind, reference, 'upsert' FROM ("
               "SELECT 'complaint' AS kind, reference, saved_at AS at, id FROM complaints "
               "UNION ALL SELECT 'incident', reference, recorded_at, id FROM incidents) "
               "ORDER BY at, kind, id")


def downgrade() -> None:
    for name in trigger_names():
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE outbox")
