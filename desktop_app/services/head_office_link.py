"""The till's half of head-office consolidation: keys, sealed bundles, acknowledgements.

A bundle holds every change after the highest sequence head office has acknowledged
(the outbox, storage migration 0006), sealed to head office's key and signed with the
till's. Until an acknowledgement comes back, the next bundle starts from the same point,
so a lost stick costs nothing. docs/bundle-format.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app import __version__
from desktop_app.domain import bundle_format as fmt
from desktop_app.domain import exchange_format as export
from desktop_app.domain.audit import AuditAction, RecordType
from desktop_app.domain.errors import DomainError
from desktop_app.domain.permissions import Action, Subject, require
from desktop_app.domain.phrase import phrase
from desktop_app.domain.staff import StaffMember
from desktop_app.private_files import write_private
from desktop_app.sealing.envelope import SealError, read_ack, seal_bundle
from desktop_app.sealing.keys import HeadOfficePublicKey, KeyFileError, StoreKeys
from desktop_app.services import audit
from desktop_app.services.context import AppContext
from desktop_app.services.data_protection import retention_of
from desktop_app.services.policy import load_policy

#: settings keys
HEAD_OFFICE_KEY = "head_office_key"            # the installed public key file, as text
LINK_STATE = "head_office_link"                # acknowledged / sent sequence numbers
MAX_ACK_BYTES = 64 * 1024
#: Changes per bundle file: a store's first bundle after years of records is several files
#: of a few megabytes each, never one the size of the whole database.
MAX_CHANGES = 5_000


@dataclass(frozen=True)
class LinkStatus:
    store_fingerprint: str
    head_office_fingerprint: str       # "" until head office's key is installed
    acknowledged_through: int
    sent_through: int
    waiting: int                       # records changed since the acknowledgement
    last_bundle: str                   # "" before the first

    @property
    def installed(self) -> bool:
        return bool(self.head_office_fingerprint)


@dataclass(frozen=True)
class BundleMade:
    paths: tuple[Path, ...]        # one file per MAX_CHANGES changes, ranges joined up
    first: int
    last: int
    counts: dict[str, int]

    @property
    def path(self) -> Path:
        return self.paths[-1]


def store_key_path(ctx: AppContext) -> Path:
    """The till's private signing key, in the data folder beside the database."""
    return ctx.db_path.with_name(ctx.db_path.name + ".store-key")


def store_keys(ctx: AppContext) -> StoreKeys:
    """The till's key pair, made (readable by this user only) the first time it is asked
    for: at `init`, at the first start after an upgrade, or by any command here."""
    try:
        return StoreKeys.load_or_create(store_key_path(ctx))
    except KeyFileError as error:
        raise DomainError(phrase("The till's signing key file {path} is damaged: {error} "
                                 "Restore it from a backup of the data folder, or ask head "
                                 "office to register a new one.", path=store_key_path(ctx),
                                 error=error)) from None


def _state(uow) -> dict[str, Any]:  # noqa: ANN001 - a unit of work
    return {"acknowledged_through": 0, "sent_through": 0, "last_bundle": "",
            **(uow.store.setting(LINK_STATE, {}) or {})}


def _head_office_key(uow) -> HeadOfficePublicKey | None:  # noqa: ANN001
    text = uow.store.setting(HEAD_OFFICE_KEY)
    return HeadOfficePublicKey.from_file(text.encode("utf-8")) if text else None


def status(ctx: AppContext) -> LinkStatus:
    keys = store_keys(ctx)
    with ctx.uow() as uow:
        state = _state(uow)
        head_office = _head_office_key(uow)
        waiting = uow.outbox.count_after(state["acknowledged_through"])
    return LinkStatus(keys.fingerprint, head_office.fingerprint if head_office else "",
                      state["acknowledged_through"], state["sent_through"], waiting,
                      state["last_bundle"])


def export_store_key(ctx: AppContext) -> bytes:
    """The till's public key file, for head office to register."""
    keys = store_keys(ctx)
    with ctx.uow() as uow:
        store = uow.store.get()
    if store is None:
        raise DomainError(phrase("The store has not been set up yet."))
    return keys.public_file(store.code)


def install_head_office_key(ctx: AppContext, user: StaffMember, data: bytes) -> str:
    """A manager installs head office's public key; returns its fingerprint."""
    require(user, Subject.SETTINGS, Action.AMEND)
    try:
        key = HeadOfficePublicKey.from_file(data)
    except KeyFileError as error:
        raise DomainError(phrase("{error} Nothing was changed.", error=error)) from None
    with ctx.uow() as uow:
        uow.store.set_setting(HEAD_OFFICE_KEY, key.to_file().decode("utf-8"))
        audit.record(ctx, uow, user, AuditAction.SETTINGS_CHANGE, RecordType.SETTINGS,
                     f"head office key {key.fingerprint[:14]}")
        uow.commit()
    return key.fingerprint


def _changes(uow, pending, codes: dict[int, str], hold: bool) -> list[fmt.Change]:  # noqa: ANN001
    """The records as they now stand, read a chunk at a time."""
    complaints = uow.complaints.by_references(
        [p.reference for p in pending if not p.erased and p.record_type == fmt.COMPLAINT_TYPE])
    incidents = uow.incidents.by_references(
        [p.reference for p in pending if not p.erased and p.record_type == fmt.INCIDENT_TYPE])
    changes = []
    for item in pending:
        record = None
        if item.record_type == fmt.COMPLAINT_TYPE and item.reference in complaints:
            record = export.complaint_record(complaints[item.reference], codes)
        elif item.record_type == fmt.INCIDENT_TYPE and item.reference in incidents:
            record = export.incident_record(incidents[item.reference], codes)
        if record is not None and hold:
            record = fmt.hold_back(record, fmt.SCHEMAS[item.record_type])
        changes.append(fmt.Change(item.seq, item.record_type, item.reference, record))
    return changes


def make_bundle(ctx: AppContext, user: StaffMember | None, folder: Path) -> BundleMade:
    """Seal every change after head office's acknowledgement into files in `folder`.
    `user` None: the command line's scheduled task (the bundle is sealed; only head office
    can read it). The records are read on the reader connection, so the till keeps saving
    meanwhile. Nothing is left in `folder`, and nothing recorded, unless every file is
    written whole."""
    if user is not None:
        require(user, Subject.COMPLAINT, Action.EXPORT)
        require(user, Subject.INCIDENT, Action.EXPORT)
    keys = store_keys(ctx)
    sealed: list[tuple[Path, bytes]] = []
    counts = {"complaints": 0, "incidents": 0, "anonymised": 0, "erased": 0}
    made_at = ctx.clock.now().isoformat(timespec="seconds")
    with ctx.read_uow() as uow:
        head_office = _head_office_key(uow)
        if head_office is None:
            raise DomainError(phrase("Head office's key is not installed yet: ask your IT "
                                     "contact for the head-office key file (complaint-logger "
                                     "head-office-key install FILE)."))
        store = uow.store.get()
        acknowledged = _state(uow)["acknowledged_through"]
        pending = uow.outbox.after(acknowledged)
        if not pending:
            raise DomainError(phrase("Nothing to send: head office has every change (up to "
                                     "{acknowledged}).", acknowledged=acknowledged))
        policy = load_policy(uow)
        kept = retention_of(uow)
        everyone = uow.staff.everyone()
        codes = {member.id: member.code for member in everyone}
        names = {member.code: member.name for member in everyone}
        first = acknowledged + 1
        for start in range(0, len(pending), MAX_CHANGES):
            part = pending[start:start + MAX_CHANGES]
            changes = _changes(uow, part, codes, policy.hold_back_contact)
            uow.forget()
            manifest = fmt.manifest(
                store={"code": store.code, "name": store.name,
                       "jurisdiction": store.jurisdiction.value},
                store_key=keys.fingerprint, head_office_key=head_office.fingerprint,
                program_version=__version__, first=first, last=part[-1].seq,
                made_at=made_at, changes=changes, held_back=policy.hold_back_contact,
                retention={"complaint_years": kept.complaint_years,
                           "incident_years": kept.incident_years})
            for kind, number in manifest["counts"].items():
                counts[kind] += number
            target = Path(folder) / fmt.bundle_file_name(store.code, first, part[-1].seq)
            sealed.append((target, seal_bundle(fmt.bundle_document(manifest, names, changes),
                                               keys, head_office)))
            first = part[-1].seq + 1
    _write_all(sealed, folder)
    first, last = acknowledged + 1, pending[-1].seq
    with ctx.uow() as uow:
        state = _state(uow)
        state.update(sent_through=max(state["sent_through"], last), last_bundle=made_at)
        uow.store.set_setting(LINK_STATE, state)
        audit.record(ctx, uow, user, AuditAction.BUNDLE, RecordType.NONE,
                     f"{first}-{last}: {counts['complaints']} complaints, "
                     f"{counts['incidents']} incidents, {counts['anonymised']} anonymised, "
                     f"{counts['erased']} erased, to {folder} ({len(sealed)} files)",
                     staff_code="" if user else "scheduled")
        uow.commit()
    return BundleMade(tuple(target for target, _ in sealed), first, last, counts)


def _write_all(sealed: list[tuple[Path, bytes]], folder: Path) -> None:
    """Every file whole, or none left behind."""
    written: list[Path] = []
    try:
        for target, data in sealed:
            write_private(target, data)
            written.append(target)
    except OSError as error:
        for path in written:
            path.unlink(missing_ok=True)
        raise DomainError(phrase("Could not write the bundle to {folder}: {reason}. Nothing was "
                                 "sent or changed; try another folder or stick.", folder=folder,
                                 reason=error.strerror or error)) from None


def read_acknowledgement(ctx: AppContext, user: StaffMember | None, data: bytes) -> int:
    """Record how far head office holds this till's changes; returns that sequence."""
    if len(data) > MAX_ACK_BYTES:
        raise DomainError(phrase("That file is not an acknowledgement from head office."))
    keys = store_keys(ctx)
    with ctx.uow() as uow:
        head_office = _head_office_key(uow)
        store = uow.store.get()
        state = _state(uow)
    if head_office is None:
        raise DomainError(phrase("Head office's key is not installed, so no acknowledgement "
                                 "can be checked. Nothing was changed."))
    try:
        ack = read_ack(data, head_office)
    except SealError as error:
        raise DomainError(phrase("{error} Nothing was changed.", error=error)) from None
    problem = fmt.ack_problem(ack, store_code=store.code, store_key=keys.fingerprint,
                              sent_through=state["sent_through"])
    if problem:
        raise DomainError(phrase("{problem} Nothing was changed.", problem=problem))
    through = ack["acknowledged_through"]
    with ctx.uow() as uow:
        state = _state(uow)
        if through > state["acknowledged_through"]:        # an older one changes nothing
            state["acknowledged_through"] = through
            uow.store.set_setting(LINK_STATE, state)
        audit.record(ctx, uow, user, AuditAction.HEAD_OFFICE_ACK, RecordType.NONE,
                     f"through {through}", staff_code="" if user else "scheduled")
        uow.commit()
        return state["acknowledged_through"]
