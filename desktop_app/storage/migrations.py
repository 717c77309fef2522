"""Bring the database schema up to date, cheaply when it already is.

Start-up reads the stored revision with one query and compares it with the revisions
this program knows (`KNOWN_REVISIONS`, kept equal to db/versions by a test). Alembic is
imported only when an upgrade is due, which keeps it off the start-up path.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine, inspect

from desktop_app.locations import migrations_dir

KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006", "0007",
                                      "0008", "0009", "0010")
HEAD = KNOWN_REVISIONS[-1]
#: Also written to SQLite's own `PRAGMA user_version`, which any tool can read and which a
#: newer program raises: a file whose number is higher is refused even if its version row
#: were lost.
USER_VERSION = len(KNOWN_REVISIONS)


class SchemaTooNew(RuntimeError):
    """The file was written by a newer version of the program; it is left untouched."""


class SchemaMissing(RuntimeError):
    """The program's tables are there but their version row is not: the file was altered.
    It is not used (creating the tables again over it would fail half way)."""


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        row = raw.execute("SELECT name FROM sqlite_master WHERE type='table' "
                          "AND name='alembic_version'").fetchone()
        if row is None:
            return None
        version = raw.execute("SELECT version_num FROM alembic_version").fetchone()
        return version[0] if version else None


def has_user_tables(engine: Engine) -> bool:
    return bool(set(inspect(engine).get_table_names()) - {"alembic_version"})


def upgrade_needed(engine: Engine) -> bool:
    """True when an upgrade is due; raises SchemaTooNew for a newer program's database."""
    revision = current_revision(engine)
    if revision is None:
        if has_user_tables(engine):
            raise SchemaMissing(
                "This database has the program's tables but no schema version: it was "
                "altered by another program. It has not been changed; restore a backup, or "
                "ask your IT contact for help.")
        return True
    with engine.connect() as connection:
        user_version = connection.exec_driver_sql("PRAGMA user_version").scalar()
    if revision not in KNOWN_REVISIONS or user_version > USER_VERSION:
        raise SchemaTooNew(
            f"This database was last used by a newer version of Till Complaint Logger "
            f"(schema {revision}; this version knows up to {HEAD}). It has not been "
            "changed. Install the newer version, or ask your IT contact for help.")
    return revision != HEAD


def alembic_config(connection=None):  # noqa: ANN001, ANN201 - alembic types are lazy
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.set_main_option("path_separator", "os")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def upgrade(engine: Engine, target: str = "head",
            before: Callable[[], None] | None = None) -> bool:
    """Upgrade to `target`. `before` runs first (a backup) when there is data to protect."""
    if target == "head" and not upgrade_needed(engine):
        with engine.connect() as connection:          # files from before user_version was set
            stamp_user_version(connection)
        return False
    if before is not None and has_user_tables(engine):
        before()
    from alembic import command

    with engine.connect() as connection:
        command.upgrade(alembic_config(connection), target)
        connection.commit()
        stamp_user_version(connection)
    return True


def stamp_user_version(connection) -> None:  # noqa: ANN001 - a SQLAlchemy Connection
    """Record the schema in SQLite's header too (outside a transaction: a PRAGMA)."""
    revision = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    if revision in KNOWN_REVISIONS:
        number = KNOWN_REVISIONS.index(revision) + 1
        if connection.exec_driver_sql("PRAGMA user_version").scalar() != number:
            connection.exec_driver_sql(f"PRAGMA user_version = {number}")
            connection.commit()


def script_revisions(folder: Path | None = None) -> list[str]:
    """Revisions in db/versions, oldest first (for the consistency test)."""
    from alembic.script import ScriptDirectory

    config = alembic_config()
    if folder is not None:
        config.set_main_option("script_location", str(folder))
    script = ScriptDirectory.from_config(config)
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def include_name(name: str | None, type_: str, parent_names: dict) -> bool:
    """Autogenerate ignores the FTS5 table and its shadow tables (made by hand in 0001)."""
    return not (type_ == "table" and name and name.startswith("complaints_fts"))
