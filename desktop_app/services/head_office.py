"""Head office's use cases: set up, register tills, import their bundles, acknowledge.

Head office runs the same program against PostgreSQL (storage/head_office). Its private
keys live in a folder readable by its user only: one opens the stores' bundles, one signs
the acknowledgements written back (docs/bundle-format.md).
"""

from __future__ import annotations

import hashlib
import shutil
import time
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

from desktop_app.domain import bundle_format as fmt
from desktop_app.domain import exchange_import as imp
from desktop_app.domain.bundle_ranges import covered_through, gaps
from desktop_app.domain.clock import Clock, SystemClock
from desktop_app.domain.errors import DomainError
from desktop_app.domain.exchange_format import plain
from desktop_app.domain.personal_data import RetentionPolicy
from desktop_app.domain.phrase import phrase
from desktop_app.domain.schema.field import Kind
from desktop_app.private_files import private_dir, write_private
from desktop_app.sealing.envelope import SealError, open_bundle, sign_ack
from desktop_app.sealing.keys import HeadOfficeKeys, KeyFileError, StorePublicKey
from desktop_app.storage.head_office import tables as t
from desktop_app.storage.head_office.database import (HEAD_OFFICE_REVISIONS,
                                                      HeadOfficeDatabaseError, engine_for,
                                                      revision, upgrade)
from desktop_app.storage.head_office.repository import HeadOfficeRepository, chunks, lock_store
from desktop_app.storage.head_office.repository import add_person as repo_add_person
from desktop_app.storage.head_office.repository import (audit, own_person, person_by_code,
                                                        role_for, set_store_retention)

PRIVATE_KEY_FILE = "head-office.key"
PUBLIC_KEY_FILE = "head-office-public-key.json"
QUARANTINE = "quarantine"
MAX_BUNDLE_BYTES = 512 * 1024 * 1024
#: A file in a drop folder is taken once nothing has written to it for this long.
SETTLE_SECONDS = 5.0


@dataclass
class HeadOffice:
    """An open head-office database with its keys."""

    engine: Any
    keys: HeadOfficeKeys
    folder: Path
    clock: Clock = field(default_factory=SystemClock)

    def close(self) -> None:
        self.engine.dispose()

    @property
    def incidents(self) -> bool:
        """The importing role reads every record, incidents included (a Viewer says
        whether its person has the incident right)."""
        return True


@dataclass(frozen=True)
class ImportResult:
    file: Path
    result: str                   # imported | already_held | quarantined | refused
    message: str = ""
    store_code: str = ""
    first: int = 0
    last: int = 0
    applied: int = 0
    acknowledged_through: int = 0
    gaps: tuple[tuple[int, int], ...] = ()
    ack: Path | None = None


def _keys(folder: Path) -> HeadOfficeKeys:
    try:
        return HeadOfficeKeys.from_file((folder / PRIVATE_KEY_FILE).read_bytes())
    except FileNotFoundError:
        raise DomainError(phrase("No head-office key in {folder}: run `complaint-logger "
                                 "head-office init` first.", folder=folder)) from None
    except KeyFileError as error:
        raise DomainError(phrase("Head office's key in {folder} is damaged: {error}",
                                 folder=folder, error=error)) from None


def _engine(url: str):  # noqa: ANN202 - a SQLAlchemy Engine
    try:
        return engine_for(url)
    except HeadOfficeDatabaseError as error:
        raise DomainError(str(error)) from None


def initialise(url: str, folder: Path) -> str:
    """Create (or bring up to date) the schema, and head office's key pair if there is
    none; returns the public key's fingerprint. Safe to run again."""
    engine = _engine(url)
    try:
        upgrade(engine)
    finally:
        engine.dispose()
    private_dir(folder)
    if not (folder / PRIVATE_KEY_FILE).exists():
        keys = HeadOfficeKeys.generate()
        write_private(folder / PRIVATE_KEY_FILE, keys.to_file())
    keys = _keys(folder)
    write_private(folder / PUBLIC_KEY_FILE, keys.public.to_file())
    return keys.public.fingerprint


def open_head_office(url: str, folder: Path, clock: Clock | None = None) -> HeadOffice:
    engine = _engine(url)
    found = revision(engine)
    if found not in HEAD_OFFICE_REVISIONS:
        engine.dispose()
        raise DomainError(phrase("This database is not set up for head office (or was set up "
                                 "by a newer version): run `complaint-logger head-office init`."))
    return HeadOffice(engine, _keys(folder), folder, clock or SystemClock())


# ---- tills -----------------------------------------------------------------------------------
def register_store(ho: HeadOffice, code: str, key_file: bytes, *, name: str,
                   region: str) -> str:
    """Register a till's public key for store `code`; returns its fingerprint."""
    try:
        key = StorePublicKey.from_file(key_file)
    except KeyFileError as error:
        raise DomainError(phrase("{error} Nothing was registered.", error=error)) from None
    code = code.strip().upper()
    if key.store_code != code:
        raise DomainError(phrase("That key file is for store {store_code}, not {code}. Nothing "
                                 "was registered.", store_code=key.store_code, code=code))
    if not name.strip() or not region.strip():
        raise DomainError(phrase("Give the store's name and region. Nothing was registered."))
    with ho.engine.begin() as connection:
        repo = HeadOfficeRepository(connection)
        now = ho.clock.now()
        repo.add_store(code, name.strip(), region.strip(), now)
        repo.add_key(code, key.fingerprint, bytes(key.verify_key), now)
    return key.fingerprint


def revoke_store_keys(ho: HeadOffice, code: str) -> int:
    """A stolen till: its bundles are refused from now on. Returns the keys revoked."""
    with ho.engine.begin() as connection:
        return HeadOfficeRepository(connection).revoke_keys(code.strip().upper(),
                                                            ho.clock.now())


# ---- people ---------------------------------------------------------------------------------
def add_person(ho: HeadOffice, code: str, name: str, *, region: str | None = None,
               incidents: bool = False, password: str | None = None) -> str:
    """A head-office person who signs in as a PostgreSQL role of their own: the whole chain
    (region None) or one region's stores, incidents only with `incidents`. PostgreSQL's
    row-level security, not only this program, keeps them to that. Returns the role."""
    code = code.strip().upper()
    if not code.isalnum() or len(code) > 12 or not name.strip():
        raise DomainError(phrase("Give a staff code of letters and digits (at most 12) and a "
                                 "name."))
    with ho.engine.begin() as connection:
        return repo_add_person(connection, code=code, name=name.strip(),
                               region=region.strip() if region else None,
                               incidents=incidents, password=password, now=ho.clock.now())


def viewer_engine(ho: HeadOffice, role: str, password: str | None = None):  # noqa: ANN201
    """An engine that reads as `role` (what that person's window reads through)."""
    url = ho.engine.url.set(username=role, password=password)
    return _engine(url.render_as_string(hide_password=False))


@dataclass
class Viewer:
    """A head-office person signed in: reads through their own PostgreSQL role."""

    engine: Any
    clock: Clock
    role: str
    name: str
    region: str | None
    incidents: bool

    def close(self) -> None:
        self.engine.dispose()


def sign_in(ho: HeadOffice, code: str, password: str | None = None) -> Viewer:
    """The person with this code, connected as their role (PostgreSQL checks the
    password); their sign-in is audited in their name."""
    with ho.engine.connect() as connection:
        person = person_by_code(connection, code.strip().upper())
    if person is None:
        raise DomainError(phrase("No head-office person has that code."))
    url = ho.engine.url.set(username=None, password=None)
    return sign_in_at(url.render_as_string(hide_password=False), code, password, ho.clock)


def sign_in_at(url: str, code: str, password: str | None = None,
               clock: Clock | None = None) -> Viewer:
    """The head-office window's sign-in: it connects only as the person's own role, never
    as the importer, so PostgreSQL decides what it may read."""
    engine = _engine(url)
    role = role_for(engine.url.database or "", code.strip().upper())
    engine.dispose()
    engine = _engine(engine.url.set(username=role, password=password or None)
                     .render_as_string(hide_password=False))
    try:
        with engine.begin() as connection:
            person = own_person(connection)
            if person is None:
                raise DomainError(phrase("No head-office person has that code."))
            audit(connection, "sign_in")
    except DomainError:
        engine.dispose()
        raise
    except Exception:  # noqa: BLE001 - no such role, or a wrong password: one sentence
        engine.dispose()
        raise DomainError(phrase("That code and password do not match.")) from None
    return Viewer(engine, clock or SystemClock(), person.db_role, person.name, person.region,
                  person.incidents)


# ---- importing ---------------------------------------------------------------------------
class _Refused(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _row(record_type: str, store_code: str, change: dict, codes: dict[str, int],
         path: str) -> dict[str, Any]:
    """A change as the columns of head office's record table, checked as every door
    checks a record (exchange_import)."""
    base = {"store_code": store_code, "reference": change.get("reference"),
            "seq": change.get("seq")}
    if not isinstance(base["seq"], int) or isinstance(base["seq"], bool):
        raise _Refused(f"{path}: the change has no sequence number.")
    if change.get("op") == fmt.ERASE:
        return base | {"erased": True}
    record = change.get("record")
    try:
        parse = (imp.complaint_from_record if record_type == fmt.COMPLAINT_TYPE
                 else imp.incident_from_record)
        parsed = parse(record, path, codes)
    except imp.Invalid as error:
        raise _Refused(str(error)) from None
    if parsed.reference != base["reference"]:
        raise _Refused(f"{path}: the record's reference is not the change's.")
    _, schema = t.RECORD_TABLES[record_type]
    row = dict(base)
    for f in t.record_fields(schema):
        if f.kind in (Kind.PART, Kind.CALL_TIMES):
            value = record.get(f.name)
        elif f.kind is Kind.STAFF:
            value = record.get("staff_code" if f.key == "staff" else f.key) or None
        else:
            value = getattr(parsed, f.name)
            if isinstance(value, Enum):
                value = value.value
            elif isinstance(value, tuple):
                value = list(value)
        row[t.column_name(f)] = value
    return row


def record_from_row(record_type: str, row: dict[str, Any]):  # noqa: ANN201 - Complaint | Incident
    """A record row read back as the till's domain object, through the same door as an
    import (`_row` in reverse), so head office shows a record exactly as the till does."""
    _, schema = t.RECORD_TABLES[record_type]
    record: dict[str, Any] = {"reference": row["reference"], "store_code": row["store_code"]}
    for f in t.record_fields(schema):
        value = row.get(t.column_name(f))
        key = ("staff_code" if f.key == "staff" else f.key) if f.kind is Kind.STAFF else f.name
        record[key] = value if f.kind in (Kind.PART, Kind.CALL_TIMES) else plain(value)
    record = {k: v for k, v in record.items() if v is not None}
    codes = {code: n for n, code in enumerate(sorted(imp.staff_in(
        {"complaints" if record_type == fmt.COMPLAINT_TYPE else "incidents": [record]})),
        start=1)}
    parse = (imp.complaint_from_record if record_type == fmt.COMPLAINT_TYPE
             else imp.incident_from_record)
    return parse(record, row["reference"], codes)


def _codes(document: dict) -> dict[str, int]:
    changes = document.get("changes") or []
    seen = imp.staff_in({
        "complaints": [c.get("record") for c in changes if c.get("type") == "complaint"],
        "incidents": [c.get("record") for c in changes if c.get("type") == "incident"]})
    codes = set(seen) | set(document.get("staff") or {})
    return {code: number for number, code in enumerate(sorted(codes), start=1)}


def _rows(document: dict, store_code: str) -> dict[str, list[dict]]:
    changes = document.get("changes")
    if not isinstance(changes, list):
        raise _Refused("The bundle has no list of changes.")
    codes = _codes(document)
    rows: dict[str, list[dict]] = {fmt.COMPLAINT_TYPE: [], fmt.INCIDENT_TYPE: []}
    for index, change in enumerate(changes):
        kind = change.get("type") if isinstance(change, dict) else None
        if kind not in rows:
            raise _Refused(f"changes[{index}] is neither a complaint nor an incident.")
        rows[kind].append(_row(kind, store_code, change, codes, f"changes[{index}]"))
    return rows


def import_bundle(ho: HeadOffice, path: Path, ack_folder: Path | None = None) -> ImportResult:
    """Decrypt, verify and apply one bundle, all or nothing, and write the store's
    acknowledgement (to `ack_folder`, default beside the bundle). Every import is logged
    with its result; a bundle of a newer schema waits in quarantine, unread."""
    path = Path(path)
    try:
        data = path.read_bytes()[:MAX_BUNDLE_BYTES + 1]
    except OSError as error:
        raise DomainError(phrase("Could not read {path}: {reason}.", path=path,
                                 reason=error.strerror or error)) from None
    sha = hashlib.sha256(data).hexdigest()
    now = ho.clock.now()

    def log(result: str, message: str, **known: Any) -> ImportResult:
        with ho.engine.begin() as connection:
            HeadOfficeRepository(connection).log_import(
                at=now, file_name=path.name, sha256=sha, result=result, message=message,
                store_code=known.get("store_code"), first=known.get("first"),
                last=known.get("last"), applied=known.get("applied", 0))
        return ImportResult(path, result, message, **known)

    if len(data) > MAX_BUNDLE_BYTES:
        return log("refused", "The file is larger than any bundle a store sends.")
    with ho.engine.connect() as connection:
        repo = HeadOfficeRepository(connection)

        def key(manifest: dict) -> bytes | None:
            found = repo.key(str(manifest.get("store_code")),
                             str(manifest.get("store_key_fingerprint")))
            return found.public_key if found and found.revoked_at is None else None

        try:
            document = open_bundle(data, ho.keys, key)
        except SealError as error:
            return log("refused", str(error))
    manifest = document["manifest"]
    code, first, last = (manifest.get("store_code"), manifest.get("sequence_from"),
                         manifest.get("sequence_to"))
    known = {"store_code": code, "first": first, "last": last}
    version = manifest.get("schema_version")
    if not isinstance(version, int) or version > max(fmt.READABLE_SCHEMA_VERSIONS):
        kept = private_dir(ho.folder / QUARANTINE) / path.name
        shutil.copyfile(path, kept)
        return log("quarantined", f"Schema version {version} is newer than this head office "
                                  f"reads ({max(fmt.READABLE_SCHEMA_VERSIONS)}): kept in "
                                  f"{kept} until head office is upgraded.", **known)
    if version < min(fmt.READABLE_SCHEMA_VERSIONS):
        return log("refused", f"Schema version {version} is older than head office reads.",
                   **known)
    if not (isinstance(first, int) and isinstance(last, int) and 1 <= first <= last):
        return log("refused", "The manifest's sequence range is not a range.", **known)
    try:
        rows = _rows(document, code)
    except _Refused as refused:
        return log("refused", refused.message, **known)
    applied = 0
    with ho.engine.begin() as connection:
        repo = HeadOfficeRepository(connection)
        lock_store(connection, code)
        held = repo.holds(code, first, last)
        if not held:
            newest = all(last > through for _, through in repo.ranges(code))
            for record_type, typed in rows.items():
                for batch in chunks(typed):
                    repo.apply(record_type, batch)
            repo.add_received(code, first, last, now)
            applied = sum(len(typed) for typed in rows.values())
            kept = _retention(manifest)
            if kept is not None and newest:           # a late, older bundle says less
                set_store_retention(connection, code, *kept)
        ranges = repo.ranges(code)
    through = covered_through(ranges)
    ack = _write_ack(ho, code, manifest.get("store_key_fingerprint"), through,
                     Path(ack_folder) if ack_folder else path.parent)
    result = log("already_held" if held else "imported",
                 f"{applied:,} {'change' if applied == 1 else 'changes'} applied; "
                 f"acknowledged up to {through:,}.",
                 applied=applied, **known)
    return ImportResult(path, result.result, result.message, code, first, last, applied,
                        through, tuple(gaps(ranges)), ack)


def _retention(manifest: dict) -> tuple[int, int] | None:  # (complaint, incident years)
    """The store's own retention years from a manifest; None when it does not say (an
    older till) or says something no till could have been set to."""
    said = manifest.get("retention")
    if not isinstance(said, dict):
        return None
    kept = RetentionPolicy(said.get("complaint_years"), said.get("incident_years"))
    if kept.errors():
        return None
    return kept.complaint_years, kept.incident_years


def _write_ack(ho: HeadOffice, code: str, store_key: str, through: int, folder: Path) -> Path:
    document = fmt.acknowledgement(store_code=code, store_key=store_key, through=through,
                                   made_at=ho.clock.now().isoformat(timespec="seconds"))
    target = folder / f"{code}-acknowledged-{through:09d}.tclack"
    write_private(target, sign_ack(document, ho.keys))
    return target


# ---- a drop folder ---------------------------------------------------------------------------
DONE, REFUSED = "imported", "refused"


def watch_once(ho: HeadOffice, folder: Path, *, settle_seconds: float = SETTLE_SECONDS,
               ) -> list[ImportResult]:
    """Import every bundle waiting in `folder`, oldest first; each then moves to
    `imported/` or `refused/` beside it (a quarantined one is also kept in quarantine), and
    the acknowledgements go to `acknowledgements/`, for the stores to collect. A file
    written to in the last `settle_seconds` (by the file system's clock) is left for the
    next look: it may still be being copied in, and half a bundle is not a bad one."""
    folder = Path(folder)
    results = []
    settled = time.time() - settle_seconds
    waiting = sorted((p for p in folder.glob("*.tclbundle") if p.stat().st_mtime <= settled),
                     key=lambda p: (p.stat().st_mtime, p.name))
    for path in waiting:
        result = import_bundle(ho, path, private_dir(folder / "acknowledgements"))
        target = private_dir(folder / (DONE if result.result in ("imported", "already_held")
                                       else REFUSED))
        shutil.move(str(path), str(target / path.name))
        results.append(result)
    return results
