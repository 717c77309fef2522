"""Demonstration data: realistic, varied complaints and incidents, the same for the same seed.

For demonstrations and benchmarks only; the people are made up. Every category, model,
channel, outcome and time of day appears, over the years before the program's clock (one
per 100,000 complaints: `demo --complaints 1000000` is a busy store's ten years, written
in a few minutes). The records themselves are made in services/demo_records.py.

`demonstration_store()` (the `demo` command) writes only into a demonstration store of its
own, which it sets up in an empty database: never among a real store's records, under its
real staff. `fill()` is the generator underneath, for tests and benchmarks that have set up
their own made-up store. Every record gets its `create` entry in the audit trail, as a
record saved at the till does.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime, timedelta

from desktop_app.domain.complaint import Complaint
from desktop_app.domain.errors import DomainError
from desktop_app.domain.incident import Incident, IncidentPerson, PersonPart
from desktop_app.domain.incident_kinds import (BehaviourKind, DeescalationTechnique,
                                               InjuryLevel, ProtectedCharacteristic, Trigger)
from desktop_app.domain.phrase import phrase
from desktop_app.domain.reference import complaint_reference, incident_reference
from desktop_app.domain.staff import Role
from desktop_app.domain.audit import AuditAction, RecordType
from desktop_app.services.audit import record
from desktop_app.services.context import AppContext
from desktop_app.services.demo_records import (FIRST, ComplaintMaker, DemoStaff,
                                              made_up_surname)
from desktop_app.services.pins import hash_pin

DEMO_SETTING = "demonstration_store"
DEMO_STORE = {"store_name": "Demonstration store", "store_code": "DEMO01",
              "jurisdiction": "england", "manager_name": "Demo Manager",
              "manager_code": "DEMOM", "pin": "202601"}

def _staff(ctx: AppContext, chance: random.Random) -> DemoStaff:
    with ctx.uow() as uow:
        members = [m for m in uow.staff.active()]
        if len(members) < 4:
            pin_hash = hash_pin(str(chance.randrange(10**7, 10**8)))   # nobody knows it
            for number in range(4 - len(members)):
                members.append(uow.staff.add(
                    name=f"{chance.choice(FIRST)} {made_up_surname(chance)}",
                    code=f"DEMO{number + 1}", role=Role.STAFF, pin_hash=pin_hash,
                    now=ctx.clock.now()))
            uow.commit()
    managers = [m for m in members if m.role is Role.MANAGER] or members
    return DemoStaff(staff=tuple(m.id for m in members),
                     managers=tuple(m.id for m in managers))


#: Complaints written per transaction: a million never sit in one transaction (its WAL
#: would grow to gigabytes), and a batch is large enough that each index page it touches
#: is written once for many records rather than once for each.
BATCH = 25_000
#: A busy store's year; a larger count is spread over more years (ten at most).
PER_YEAR = 100_000


def span_years(complaints: int) -> int:
    return max(1, min(10, -(-complaints // PER_YEAR)))


def fill(ctx: AppContext, *, complaints: int, incidents: int, seed: int = 1,
         years: int | None = None,
         progress: Callable[[int], None] | None = None) -> tuple[int, int]:
    """Made-up records over the `years` before the program's clock (by default one year per
    100,000 complaints), oldest first, written through the program's own mapping in
    transactions of BATCH; `progress(complaints written)` after each."""
    if complaints < 0 or incidents < 0:
        raise DomainError(phrase("Counts cannot be negative."))
    chance = random.Random(seed)
    people = _staff(ctx, chance)
    catalogue = ctx.catalogue
    now = ctx.clock.now()
    years = years or span_years(complaints)
    first_day = (now - timedelta(days=365 * years)).date()
    days = max(1, (now.date() - first_day).days)
    with ctx.uow() as uow:
        store = uow.store.get()
    if store is None:
        raise DomainError(phrase("Set up the store first (complaint-logger init)."))
    maker = ComplaintMaker(chance, store_code=store.code, people=people,
                           categories=list(catalogue.categories),
                           models=sorted(catalogue.models), now=now)
    if complaints > BATCH:
        ctx.db.roomy_writer_cache()
    calendar = maker.calendar(first_day, days)
    made = 0
    while made < complaints:
        count = min(BATCH, complaints - made)
        latest = now - timedelta(minutes=20)         # saved (within 15 minutes) by now
        opened = [min(t, latest) for t in maker.times(first_day, calendar, made, count,
                                                      complaints)]
        batch = [maker.complaint(when, made + n) for n, when in enumerate(opened)]
        _write_complaints(ctx, store.code, batch)
        made += count
        if progress is not None:
            progress(made)
    with ctx.uow() as uow:
        for _ in range(incidents):
            incident = _incident(chance, store.code, now, list(people.staff), days)
            sequence = uow.sequences.next("incident", store.code, incident.recorded_at.year)
            incident.reference = incident_reference(store.code, incident.recorded_at.year,
                                                    sequence)
            uow.incidents.add(incident)
            record(ctx, uow, None, AuditAction.CREATE, RecordType.INCIDENT,
                   incident.reference, staff_code="DEMO")
        uow.commit()
    return complaints, incidents


def _write_complaints(ctx: AppContext, store_code: str, batch: list[Complaint]) -> None:
    """One transaction: references in order of saving, each complaint with its history and
    its `create` entry in the audit trail."""
    with ctx.uow() as uow:
        numbers: dict[int, int] = {}
        histories, reviewed = [], []
        for complaint in sorted(batch, key=lambda c: c.saved_at):    # numbered as saved
            year = complaint.saved_at.year
            if year not in numbers:
                numbers[year] = uow.sequences.last("complaint", store_code, year)
            numbers[year] += 1
            complaint.reference = complaint_reference(store_code, year, numbers[year])
            complaint_id = uow.complaints.add(complaint)
            if complaint.follow_ups or complaint.decisions:
                histories.append((complaint_id, complaint.follow_ups, complaint.decisions))
            if complaint.reviews:
                reviewed.append((complaint_id, complaint.reviews))
            record(ctx, uow, None, AuditAction.CREATE, RecordType.COMPLAINT,
                   complaint.reference, staff_code="DEMO")
        uow.aftercare.add_histories(histories)
        uow.reviews.add_histories(reviewed)
        for year, number in numbers.items():
            uow.sequences.at_least("complaint", store_code, year, number)
        uow.commit()


def demonstration_store(ctx: AppContext, *, complaints: int, incidents: int,
                        seed: int = 1, years: int | None = None,
                        progress: Callable[[int], None] | None = None) -> tuple[int, int]:
    """Made-up records in a demonstration store: set up here if the database is empty,
    refused if it belongs to a real store."""
    from desktop_app.services import setup

    with ctx.uow() as uow:
        store = uow.store.get()
        is_demo = bool(uow.store.setting(DEMO_SETTING, False))
    if store is not None and not is_demo:
        raise DomainError(
            phrase("This database holds the records of store {code} ({name}). Made-up records "
                   "are written only into a demonstration store of their own: run "
                   "complaint-logger --db demo.db demo.", code=store.code, name=store.name))
    if store is None:
        manager = setup.initialise(ctx, **DEMO_STORE)
        with ctx.uow() as uow:
            uow.store.set_setting(DEMO_SETTING, True)
            record(ctx, uow, manager, AuditAction.SETTINGS_CHANGE, RecordType.SETTINGS)
            uow.commit()
    return fill(ctx, complaints=complaints, incidents=incidents, seed=seed, years=years,
                progress=progress)


def _incident(chance: random.Random, store_code: str, now: datetime, staff: list[int],
              days: int = 365) -> Incident:
    when = now - timedelta(days=chance.uniform(0, days))
    when = when.replace(hour=chance.randint(8, 22), minute=chance.randint(0, 59))
    reporter = chance.choice(staff)
    kinds = chance.sample(list(BehaviourKind), k=chance.choice((1, 1, 2)))
    days_off = chance.choice((None, None, None, 0, 2, 5, 9))
    trigger = chance.choice(list(Trigger))
    behaviours = tuple(k.value for k in kinds)
    return Incident(
        store_code=store_code, reported_by=reporter, recorded_at=when + timedelta(minutes=20),
        occurred_at=when, location=chance.choice(("Till 1", "Till 2", "Entrance",
                                                  "Customer service desk")),
        account="A customer shouted and swore when told no.",
        behaviours=behaviours, trigger=trigger.value,
        behaviour_other="Threw a basket" if BehaviourKind.OTHER in kinds else "",
        trigger_other="Asked to wait" if trigger is Trigger.OTHER else "",
        protected_characteristics=(ProtectedCharacteristic.RACE.value,)
        if BehaviourKind.HATE_MOTIVATED in kinds else (),
        deescalation=(DeescalationTechnique.CALM_TONE.value,),
        injury=InjuryLevel.NONE.value if days_off is None else InjuryLevel.MINOR.value,
        days_off_work=days_off, police_attended=chance.random() < 0.2,
        people=(IncidentPerson(PersonPart.AFFECTED, reporter),),
        welfare_done=chance.random() < 0.6)
