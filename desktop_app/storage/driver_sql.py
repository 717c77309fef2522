"""The hot save path, one level down: parameterised SQL on the writer's own sqlite3 cursor.

Saving a complaint is seven small statements; SQLAlchemy's per-statement work cost more than
SQLite's, so the save path writes through the DBAPI cursor of the session's connection (the
same transaction, BEGIN IMMEDIATE and durability settings). Values are stored exactly as the
SQLAlchemy SQLite types store them, so the mappings read them back unchanged.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session


def cursor(session: Session):  # noqa: ANN201 - a sqlite3.Cursor
    return session.connection().connection.dbapi_connection.cursor()


def stored(value: Any) -> Any:
    """A Python value as SQLAlchemy's SQLite dialect stores it."""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, Enum):
        return value.value
    return value


class InsertInto:
    """`INSERT INTO table (columns…) VALUES (?…)` for a fixed set of columns, built once."""

    def __init__(self, table: Table, columns: tuple[str, ...], *, returning: str = "") -> None:
        unknown = set(columns) - set(table.c.keys())
        if unknown:
            raise ValueError(f"{table.name} has no columns {sorted(unknown)}")
        self.columns = columns
        self.sql = (f"INSERT INTO {table.name} ({', '.join(columns)}) "
                    f"VALUES ({', '.join('?' * len(columns))})"
                    + (f" RETURNING {returning}" if returning else ""))

    def row(self, values: dict[str, Any]) -> tuple:
        return tuple(stored(values[name]) for name in self.columns)
