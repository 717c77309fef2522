"""Connecting to head office's PostgreSQL and bringing its schema up to date."""

from __future__ import annotations

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine
from sqlalchemy.engine.url import make_url
from sqlalchemy.exc import ArgumentError

from desktop_app.locations import head_office_migrations_dir

HEAD_OFFICE_REVISIONS = ("h0001", "h0002", "h0003", "h0004", "h0005", "h0006",
                         "h0007", "h0008")


class HeadOfficeDatabaseError(RuntimeError):
    """The database named cannot be used; the message says why, for a person."""


def engine_for(url: str) -> Engine:
    """An engine for `postgresql://…` (psycopg 3 is the driver whatever the URL names)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise HeadOfficeDatabaseError(f"{url!r} is not a database address: use "
                                      "postgresql://user@host/database.") from None
    if parsed.get_backend_name() != "postgresql":
        raise HeadOfficeDatabaseError("Head office keeps its records in PostgreSQL: give a "
                                      "postgresql://… address.")
    return create_engine(parsed.set(drivername="postgresql+psycopg"), pool_pre_ping=True)


def upgrade(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(head_office_migrations_dir()))
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        connection.commit()


def revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        exists = connection.execute(text("SELECT to_regclass('alembic_version')")).scalar()
        if exists is None:
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
