"""Head office's reads and writes, in SQL that stays right with many importers at once.

A change is applied with INSERT … ON CONFLICT DO UPDATE … WHERE the stored sequence is
lower: the same bundle twice, bundles out of order and two importers racing all leave
each record at its newest change. Rows go in with executemany (one round trip per batch,
not per field).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import DateTime, and_, func, literal, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.engine import Connection

from desktop_app.storage.head_office import tables as t


@dataclass(frozen=True)
class StoreKey:
    store_code: str
    fingerprint: str
    public_key: bytes
    revoked_at: datetime | None


class HeadOfficeRepository:
    def __init__(self, connection: Connection) -> None:
        self.c = connection

    # ---- stores and their keys -----------------------------------------------------------
    def add_store(self, code: str, name: str, region: str, now: datetime) -> None:
        self.c.execute(insert(t.stores).values(code=code, name=name, region=region,
                                               registered_at=now)
                       .on_conflict_do_update(index_elements=["code"],
                                              set_={"name": name, "region": region}))

    def add_key(self, code: str, fingerprint: str, public_key: bytes, now: datetime) -> None:
        self.c.execute(insert(t.store_keys).values(
            store_code=code, fingerprint=fingerprint, public_key=public_key,
            registered_at=now).on_conflict_do_nothing(index_elements=["fingerprint"]))

    def revoke_keys(self, code: str, now: datetime) -> int:
        return self.c.execute(t.store_keys.update().where(
            t.store_keys.c.store_code == code, t.store_keys.c.revoked_at.is_(None))
            .values(revoked_at=now)).rowcount

    def key(self, code: str, fingerprint: str) -> StoreKey | None:
        row = self.c.execute(select(t.store_keys).where(
            t.store_keys.c.store_code == code,
            t.store_keys.c.fingerprint == fingerprint)).first()
        return StoreKey(row.store_code, row.fingerprint, row.public_key,
                        row.revoked_at) if row else None

    def store_codes(self) -> list[str]:
        return list(self.c.execute(select(t.stores.c.code).order_by(t.stores.c.code))
                    .scalars())

    # ---- records ---------------------------------------------------------------------------
    def apply(self, record_type: str, rows: list[dict[str, Any]]) -> None:
        """Upsert the rows (each with store_code, reference, seq and the record's columns;
        an erased record with `erased` True and nothing else), newest change winning."""
        if not rows:
            return
        table, _ = t.RECORD_TABLES[record_type]
        data = [c.name for c in table.columns if c.name not in ("store_code", "reference",
                                                                "search")]
        statement = insert(table)
        statement = statement.on_conflict_do_update(
            index_elements=["store_code", "reference"],
            set_={name: statement.excluded[name] for name in data},
            where=table.c.seq < statement.excluded.seq)
        full = [{name: row.get(name) for name in ("store_code", "reference", *data)}
                | {"erased": bool(row.get("erased"))} for row in rows]
        self.c.execute(statement, full)

    def record(self, record_type: str, store_code: str, reference: str) -> dict | None:
        table, _ = t.RECORD_TABLES[record_type]
        row = self.c.execute(select(table).where(
            table.c.store_code == store_code, table.c.reference == reference)).mappings().first()
        return dict(row) if row else None

    def records(self, record_type: str, store_code: str | None = None) -> list[dict]:
        table, _ = t.RECORD_TABLES[record_type]
        query = select(table).order_by(table.c.store_code, table.c.reference)
        if store_code is not None:
            query = query.where(table.c.store_code == store_code)
        return [dict(row) for row in self.c.execute(query).mappings()]

    # ---- what was received -----------------------------------------------------------------
    def add_received(self, code: str, first: int, last: int, now: datetime) -> None:
        self.c.execute(insert(t.received).values(
            store_code=code, sequence_from=first, sequence_to=last, received_at=now)
            .on_conflict_do_nothing())

    def ranges(self, code: str) -> list[tuple[int, int]]:
        return [(row.sequence_from, row.sequence_to) for row in self.c.execute(
            select(t.received.c.sequence_from, t.received.c.sequence_to)
            .where(t.received.c.store_code == code))]

    def holds(self, code: str, first: int, last: int) -> bool:
        return self.c.execute(select(func.count()).select_from(t.received).where(and_(
            t.received.c.store_code == code, t.received.c.sequence_from == first,
            t.received.c.sequence_to == last))).scalar() > 0

    # ---- the import log -------------------------------------------------------------------
    def log_import(self, *, at: datetime, file_name: str, sha256: str, result: str,
                   message: str = "", store_code: str | None = None,
                   first: int | None = None, last: int | None = None,
                   applied: int = 0) -> None:
        self.c.execute(t.imports.insert().values(
            at=at, file_name=file_name, sha256=sha256, store_code=store_code,
            sequence_from=first, sequence_to=last, result=result, changes_applied=applied,
            message=message))

    def imports(self) -> list[dict]:
        return [dict(row) for row in self.c.execute(
            select(t.imports).order_by(t.imports.c.id)).mappings()]


def lock_store(connection: Connection, code: str) -> None:
    """Serialise importers of one store's bundles for the transaction (another store's
    import goes on beside it)."""
    connection.execute(select(func.pg_advisory_xact_lock(func.hashtext(code))))


def chunks(rows: list, size: int = 1000) -> Iterable[list]:
    for start in range(0, len(rows), size):
        yield rows[start:start + size]


# ---- head-office people (roles of their own; the policies of h0002 read ho_people) -------
def role_for(database: str, code: str) -> str:
    """The PostgreSQL role of a head-office person: named for the database too, because
    roles belong to the whole server."""
    return "ho_" + "".join(ch if ch.isalnum() else "_" for ch in f"{database}_{code}".lower())


def role_name(connection: Connection, code: str) -> str:
    return role_for(connection.execute(select(func.current_database())).scalar(), code)


def own_person(connection: Connection):  # noqa: ANN201 - a Row or None
    """The signed-in role's own row of ho_people."""
    return connection.execute(select(t.people).where(
        t.people.c.db_role == func.current_user(), t.people.c.removed_at.is_(None))).first()


def add_person(connection: Connection, *, code: str, name: str, region: str | None,
               incidents: bool, password: str | None, now: datetime) -> str:
    """A login role in ho_chain (region None) or ho_regional, and its row in ho_people."""
    from psycopg import sql

    role = role_name(connection, code)
    group = "ho_chain" if region is None else "ho_regional"
    raw = connection.connection.driver_connection
    statement = sql.SQL("CREATE ROLE {} LOGIN IN ROLE {}").format(sql.Identifier(role),
                                                                   sql.Identifier(group))
    if password:
        statement = sql.SQL("{} PASSWORD {}").format(statement, sql.Literal(password))
    with raw.cursor() as cursor:
        cursor.execute(statement)
    connection.execute(t.people.insert().values(db_role=role, code=code, name=name,
                                                region=region, incidents=incidents,
                                                added_at=now))
    return role



def store_overview(connection: Connection) -> list[dict]:
    """Each store with its region, when a bundle last arrived and every range received."""
    last = (select(t.received.c.store_code, func.max(t.received.c.received_at).label("last"))
            .group_by(t.received.c.store_code).subquery())
    rows = connection.execute(
        select(t.stores.c.code, t.stores.c.name, t.stores.c.region, last.c.last)
        .select_from(t.stores.outerjoin(last, last.c.store_code == t.stores.c.code))
        .order_by(t.stores.c.code)).mappings().all()
    ranges: dict[str, list[tuple[int, int]]] = {}
    for row in connection.execute(select(t.received.c.store_code, t.received.c.sequence_from,
                                         t.received.c.sequence_to)):
        ranges.setdefault(row.store_code, []).append((row.sequence_from, row.sequence_to))
    return [dict(row) | {"ranges": ranges.get(row["code"], [])} for row in rows]


def audit(connection: Connection, action: str, what: str = "") -> None:
    """One entry in head office's trail, in the name of the connection's role."""
    connection.execute(t.audit.insert().values(action=action, what=what[:500]))


def audit_trail(connection: Connection) -> list[dict]:
    return [dict(row) for row in connection.execute(
        select(t.audit).order_by(t.audit.c.id)).mappings()]


def person_by_code(connection: Connection, code: str):  # noqa: ANN201 - a Row or None
    return connection.execute(select(t.people).where(
        t.people.c.code == code, t.people.c.removed_at.is_(None))).first()



# ---- retention -------------------------------------------------------------------------------
#: What a record's retention runs from, as at the till: a complaint from when it closed
#: (an open one never goes), an incident from when it happened.
_WHEN = {"complaint": "closed_at", "incident": "occurred_at"}
_STORE_YEARS = {"complaint": "complaint_years", "incident": "incident_years"}


def due_for_retention(connection: Connection, record_type: str, now: datetime, years: int,
                      limit: int) -> list[dict]:
    """Up to `limit` records past retention still holding personal details: older than
    the shorter of their store's years and head office's `years`. Locked for this
    transaction (another sweep skips them)."""
    table, _ = t.RECORD_TABLES[record_type]
    when = table.c[_WHEN[record_type]]
    kept = func.least(func.coalesce(t.stores.c[_STORE_YEARS[record_type]], years), years)
    cutoff = literal(now, DateTime) - func.make_interval(kept)
    return [dict(row) for row in connection.execute(
        select(table).select_from(table.join(t.stores, t.stores.c.code == table.c.store_code))
        .where(when < cutoff, table.c.anonymised_at.is_(None), table.c.erased.is_(False))
        .order_by(when).limit(limit).with_for_update(of=table, skip_locked=True)).mappings()]


def set_store_retention(connection: Connection, code: str, complaint_years: int,
                        incident_years: int) -> None:
    connection.execute(t.stores.update().where(t.stores.c.code == code).values(
        complaint_years=complaint_years, incident_years=incident_years))


# ---- head office's settings ------------------------------------------------------------------
def settings(connection: Connection) -> dict[str, Any]:
    return {row.key: row.value for row in connection.execute(select(t.settings))}


def put_settings(connection: Connection, values: dict[str, Any]) -> None:
    statement = insert(t.settings)
    connection.execute(statement.on_conflict_do_update(
        index_elements=["key"], set_={"value": statement.excluded.value}),
        [{"key": key, "value": value} for key, value in values.items()])


def replace_record(connection: Connection, record_type: str, store_code: str,
                   reference: str, values: dict) -> None:
    table, _ = t.RECORD_TABLES[record_type]
    connection.execute(table.update().where(table.c.store_code == store_code,
                                            table.c.reference == reference).values(**values))
