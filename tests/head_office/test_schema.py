"""Head office's tables: what the migrations make is what the record schema says."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from desktop_app.domain.schema.complaint import COMPLAINT
from desktop_app.domain.schema.incident import INCIDENT
from desktop_app.storage.head_office import tables as t
from desktop_app.storage.head_office.database import upgrade


def test_the_migrations_make_exactly_the_tables_the_record_schema_derives(ho_url):
    engine = create_engine(ho_url)
    upgrade(engine)
    upgrade(engine)                                    # again: nothing to do
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), t.metadata)
    engine.dispose()
    assert differences == []


def test_every_stored_field_of_a_record_is_a_column_at_head_office(ho_url):
    engine = create_engine(ho_url)
    upgrade(engine)
    columns = {table: {c["name"] for c in inspect(engine).get_columns(table)}
               for table in ("ho_complaints", "ho_incidents")}
    engine.dispose()
    for table, schema in (("ho_complaints", COMPLAINT), ("ho_incidents", INCIDENT)):
        for f in schema:
            if f.stored and f.kind.value != "staff_list":
                assert t.column_name(f) in columns[table] | {"reference", "store_code"}, f.key


def test_the_open_follow_up_index_covers_the_statuses_the_kpi_counts(ho_url):
    """The partial index's statuses are written in its migration: they must stay the
    domain's FOLLOW_UP_OPEN, or the overdue count would stop using it."""
    import re

    from sqlalchemy import text

    from desktop_app.domain.complaint import FOLLOW_UP_OPEN
    engine = create_engine(ho_url)
    upgrade(engine)
    with engine.connect() as connection:
        definition = connection.execute(text(
            "SELECT indexdef FROM pg_indexes WHERE indexname = "
            "'ix_ho_complaints_follow_up_open'")).scalar_one()
        methods = dict(connection.execute(text(
            "SELECT relname, amname FROM pg_class c JOIN pg_am a ON a.oid = c.relam "
            "WHERE relname LIKE 'ix_ho_%_brin'")).all())
    engine.dispose()
    assert set(re.findall(r"'(\w+)'", definition)) == {s.value for s in FOLLOW_UP_OPEN}
    assert methods == {"ix_ho_complaints_saved_brin": "brin",
                       "ix_ho_incidents_occurred_brin": "brin"}
