"""Demonstration data: realistic, varied complaints and incidents, the same for the same seed.

For demonstrations and benchmarks only; the people are made up. Every category, model,
channel, outcome and time of day appears, over the year before the program's clock.

`demonstration_store()` (the `demo` command) writes only into a demonstration store of its
own, which it sets up in an empty database: never among a real store's records, under its
real staff. `fill()` is the generator underneath, for tests and benchmarks that have set up
their own made-up store. Every record gets its `create` entry in the audit trail, as a
record saved at the till does.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import datetime, timedelta

from desktop_app.domain.complaint import (ClarifyingAnswer, Complaint, Escalation,
                                          SolutionOption, Status, initial_status)
from desktop_app.domain.errors import DomainError
from desktop_app.domain.incident import Incident, IncidentPerson, PersonPart
from desktop_app.domain.incident_kinds import (BehaviourKind, DeescalationTechnique,
                                               InjuryLevel, ProtectedCharacteristic, Trigger)
from desktop_app.domain.schema.choices import CHANNELS
from desktop_app.domain.reference import complaint_reference, incident_reference
from desktop_app.domain.staff import Role
from desktop_app.domain.audit import AuditAction, RecordType
from desktop_app.services.audit import record
from desktop_app.services.context import AppContext
from desktop_app.services.pins import hash_pin

DEMO_SETTING = "demonstration_store"
DEMO_STORE = {"store_name": "Demonstration store", "store_code": "DEMO01",
              "jurisdiction": "england", "manager_name": "Demo Manager",
              "manager_code": "DEMOM", "pin": "202601"}

FIRST = ("Alex", "Sam", "Jo", "Priya", "Tomasz", "Siân", "Aoife", "Callum", "Ngozi", "Mei")
LAST = ("Example", "Sample", "Placeholder", "Testworth", "Demo", "Fictional")
PRODUCTS = ("Kettle 1.7 l", "Toaster, 4 slice", "Phone charger", "Winter coat", "Kids' trainers",
            "Bag of compost", "Birthday cake", "Headphones", "Gift card", "Photo printing")
ROOT_CAUSES = ("Faulty batch from the supplier", "Shelf label out of date",
               "Not enough staff at the tills", "Delivery driver left it outside",
               "Price not updated on the system", "Staff member not trained on returns")
ACCOUNTS = ("It stopped working after {n} days and I want my money back.",
            "I was charged the wrong price and nobody would listen.",
            "The item was not what the label said.", "I waited {n} minutes to be served.",
            "The service was not done properly and had to be redone.")


def _staff(ctx: AppContext, chance: random.Random) -> list[int]:
    with ctx.uow() as uow:
        members = [m for m in uow.staff.active()]
        if len(members) < 4:
            pin_hash = hash_pin(str(chance.randrange(10**7, 10**8)))   # nobody knows it
            for number in range(4 - len(members)):
                members.append(uow.staff.add(
                    name=f"{chance.choice(FIRST)} {chance.choice(LAST)}",
                    code=f"DEMO{number + 1}", role=Role.STAFF, pin_hash=pin_hash,
                    now=ctx.clock.now()))
            uow.commit()
    return [m.id for m in members]


def fill(ctx: AppContext, *, complaints: int, incidents: int, seed: int = 1) -> tuple[int, int]:
    if complaints < 0 or incidents < 0:
        raise DomainError("Counts cannot be negative.")
    chance = random.Random(seed)
    staff = _staff(ctx, chance)
    catalogue = ctx.catalogue
    categories = [c.id for c in catalogue.categories]
    models = sorted(catalogue.models)
    channels = [value for value, _ in CHANNELS]
    now = ctx.clock.now()
    with ctx.uow() as uow:
        store = uow.store.get()
        if store is None:
            raise DomainError("Set up the store first (complaint-logger init).")
        for number in range(complaints):
            opened = now - timedelta(days=chance.uniform(0, 365), hours=chance.uniform(0, 10))
            opened = opened.replace(hour=chance.randint(8, 21))
            complaint = _complaint(chance, store.code, opened, staff, categories, models,
                                   channels, number)
            sequence = uow.sequences.next("complaint", store.code, complaint.saved_at.year)
            complaint.reference = complaint_reference(store.code, complaint.saved_at.year,
                                                      sequence)
            uow.complaints.add(complaint)
            record(ctx, uow, None, AuditAction.CREATE, RecordType.COMPLAINT,
                   complaint.reference, staff_code="DEMO")
        for _ in range(incidents):
            incident = _incident(chance, store.code, now, staff)
            sequence = uow.sequences.next("incident", store.code, incident.recorded_at.year)
            incident.reference = incident_reference(store.code, incident.recorded_at.year,
                                                    sequence)
            uow.incidents.add(incident)
            record(ctx, uow, None, AuditAction.CREATE, RecordType.INCIDENT,
                   incident.reference, staff_code="DEMO")
        uow.commit()
    return complaints, incidents


def demonstration_store(ctx: AppContext, *, complaints: int, incidents: int,
                        seed: int = 1) -> tuple[int, int]:
    """Made-up records in a demonstration store: set up here if the database is empty,
    refused if it belongs to a real store."""
    from desktop_app.services import setup

    with ctx.uow() as uow:
        store = uow.store.get()
        is_demo = bool(uow.store.setting(DEMO_SETTING, False))
    if store is not None and not is_demo:
        raise DomainError(
            f"This database holds the records of store {store.code} ({store.name}). Made-up "
            "records are written only into a demonstration store of their own: run "
            "complaint-logger --db demo.db demo.")
    if store is None:
        manager = setup.initialise(ctx, **DEMO_STORE)
        with ctx.uow() as uow:
            uow.store.set_setting(DEMO_SETTING, True)
            record(ctx, uow, manager, AuditAction.SETTINGS_CHANGE, RecordType.SETTINGS)
            uow.commit()
    return fill(ctx, complaints=complaints, incidents=incidents, seed=seed)


def _complaint(chance: random.Random, store_code: str, opened: datetime, staff: list[int],
               categories: list[str], models: list[str], channels: list[str],
               number: int) -> Complaint:
    price = chance.choice((499, 1299, 2499, 4999, 8999, 14999))
    outcome = chance.random()
    agrees = outcome > 0.12
    follow_up = 0.55 < outcome < 0.7
    escalated = outcome < 0.12 or outcome > 0.93
    saved = opened + timedelta(minutes=chance.uniform(1.5, 14))
    complaint = Complaint(
        store_code=store_code, model_id=models[number % len(models)],
        staff_id=chance.choice(staff), opened_at=opened, saved_at=saved,
        customer_account=chance.choice(ACCOUNTS).format(n=chance.randint(2, 40)),
        paraphrase="So what you are telling me is that it let you down.",
        customer_feelings=chance.choice(("Frustrated", "Angry", "Disappointed", "Worried")),
        desired_outcome=chance.choice(("A refund", "A replacement", "An apology", "A repair")),
        product=chance.choice(PRODUCTS), channel=chance.choice(channels),
        amount_pence=price, category=categories[number % len(categories)],
        purchase_date=(opened - timedelta(days=chance.randint(0, 200))).date(),
        clarifying_answers=(ClarifyingAnswer("When did it start?", "Last week"),),
        root_cause=chance.choice(ROOT_CAUSES), apology_given=True,
        options=(SolutionOption("Full refund", price, "Today", "Money back"),
                 SolutionOption("Replacement", price, "Today", "A working item")),
        chosen_option=chance.randint(0, 1), justification="Fits our policy and their rights",
        customer_agrees=agrees, customer_name=f"{chance.choice(FIRST)} {chance.choice(LAST)}",
        thanked=True, follow_up_needed=follow_up,
        follow_up_due=(saved + timedelta(days=3)).date() if follow_up else None,
        follow_up_method="phone" if follow_up else "",
        satisfaction=chance.choice((None, 2, 3, 4, 5, 5)), contact_consent=follow_up,
        contact_phone=f"07700 900{chance.randint(100, 999)}" if follow_up else "",
        improvement_suggestion=chance.choice(("", "", "Check the stock before it goes out")),
        escalation=Escalation("Store manager", "The customer did not agree", saved)
        if escalated else None)
    status = initial_status(complaint)
    closed = saved if status is Status.CLOSED else None
    return replace(complaint, status=status, closed_at=closed,
                   closure_note="Customer agreed at the till." if closed else "")


def _incident(chance: random.Random, store_code: str, now: datetime, staff: list[int],
              ) -> Incident:
    when = now - timedelta(days=chance.uniform(0, 365))
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
