"""Every field of the record schema is stored somewhere real, and the search index holds
exactly the fields the schema marks searchable."""

from __future__ import annotations

import sqlite3

from desktop_app.domain.schema.complaint import COMPLAINT
from desktop_app.domain.schema.field import Kind
from desktop_app.domain.schema.incident import INCIDENT
from desktop_app.storage.orm.base import Base
from desktop_app.storage.record_columns import PLACES, column_of


def test_every_stored_field_has_a_column_or_is_read_from_elsewhere():
    tables = Base.metadata.tables
    for schema in (COMPLAINT, INCIDENT):
        assert set(PLACES[schema.name]) == {""} | {f.key for f in schema.parts if f.stored}
        for f in schema:
            if not f.stored:
                continue
            parts = [(f.key, p) for p in f.part] if f.kind is Kind.PART else [("", f)]
            for part, field in parts:
                where = column_of(schema, part, field.key)
                if where is None:
                    continue             # derived on reading (a staff member's name)
                table, column = where
                assert column in tables[table].c, f"{schema.name}.{part}.{field.key}"


def test_the_search_index_holds_exactly_the_searchable_fields(ctx):
    with sqlite3.connect(ctx.db.path) as raw:
        columns = {row[1] for row in raw.execute("PRAGMA table_info(complaints_fts)")}
    assert columns == {f.name for f in COMPLAINT.where(searchable=True)}
