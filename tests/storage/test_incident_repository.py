"""The incident repository round-trips a record and never rewrites what was recorded."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop_app.domain.complaint import Complaint
from desktop_app.domain.errors import NotFound
from desktop_app.domain.incident import (Disclosure, Incident, IncidentPerson, IncidentStatus,
                                         IncidentUpdate, PersonPart, UpdateKind)

WHEN = datetime(2026, 3, 10, 9, 45)


def _incident(reporter: int, affected: int, **overrides) -> Incident:
    values = dict(
        store_code="GLA01", reported_by=reporter, recorded_at=datetime(2026, 3, 10, 10, 0),
        occurred_at=WHEN, location="Till 2", account="He shouted at me and threw a basket.",
        behaviours=("verbal_abuse", "threats"), trigger="refund_refused",
        deescalation=("calm_tone",), called={"supervisor": "09:46"},
        people=(IncidentPerson(PersonPart.AFFECTED, staff_id=affected),
                IncidentPerson(PersonPart.WITNESS, name="A customer", contact="07700 900123")),
        reference="GLA01-2026-I000001")
    values.update(overrides)
    return Incident(**values)


def _complaint(uow, staff_id: int, reference: str = "GLA01-2026-000001") -> None:
    complaint = Complaint(store_code="GLA01", model_id="lass", staff_id=staff_id,
                          opened_at=WHEN, saved_at=WHEN, customer_account="Refund refused",
                          paraphrase="p", customer_feelings="angry", desired_outcome="refund",
                          product="Kettle", channel="in_store", reference=reference)
    uow.complaints.add(complaint)


def test_round_trip_keeps_every_field(ctx, manager, staff):
    with ctx.uow() as uow:
        _complaint(uow, staff.id)
        uow.incidents.add(_incident(staff.id, staff.id, complaint_reference="GLA01-2026-000001",
                                    protected_characteristics=("race",), injury="minor",
                                    days_off_work=2, cctv_captured=True, cctv_reference="CAM3",
                                    debrief_date=date(2026, 3, 12)))
        uow.commit()
    with ctx.uow() as uow:
        got = uow.incidents.get("GLA01-2026-I000001")
    assert got.account == "He shouted at me and threw a basket."
    assert got.behaviours == ("verbal_abuse", "threats")
    assert got.protected_characteristics == ("race",)
    assert got.called == {"supervisor": "09:46"}
    assert got.days_off_work == 2 and got.cctv_reference == "CAM3"
    assert got.debrief_date == date(2026, 3, 12)
    assert got.complaint_reference == "GLA01-2026-000001"
    assert got.reported_by_name == "Sam Staff"
    assert [(p.part, p.name) for p in got.people] == [
        (PersonPart.AFFECTED, "Sam Staff"), (PersonPart.WITNESS, "A customer")]
    assert got.people[1].contact == "07700 900123"
    assert got.involves(staff.id) and not got.involves(manager.id)


def test_updates_and_disclosures_are_appended_in_order(ctx, manager, staff):
    with ctx.uow() as uow:
        uow.incidents.add(_incident(staff.id, staff.id))
        uow.commit()
    with ctx.uow() as uow:
        uow.incidents.append_update("GLA01-2026-I000001", IncidentUpdate(
            at=datetime(2026, 3, 11, 9, 0), staff_id=manager.id,
            kind=UpdateKind.POLICE_FOLLOW_UP, text="PC Smith called back"))
        uow.incidents.append_update("GLA01-2026-I000001", IncidentUpdate(
            at=datetime(2026, 3, 12, 9, 0), staff_id=manager.id, kind=UpdateKind.OUTCOME,
            text="Banned from store"))
        uow.incidents.add_disclosure("GLA01-2026-I000001", Disclosure(
            disclosed_on=date(2026, 3, 11), recipient="PC Smith", organisation="Police Scotland",
            reason="Investigation", recorded_by=manager.id))
        uow.commit()
    with ctx.uow() as uow:
        got = uow.incidents.get("GLA01-2026-I000001")
    assert [u.text for u in got.updates] == ["PC Smith called back", "Banned from store"]
    assert got.updates[0].staff_name == "Morag Manager"
    assert got.disclosures[0].organisation == "Police Scotland"
    assert got.account == "He shouted at me and threw a basket."


def test_fill_in_sets_blanks_and_adds_to_lists_only(ctx, manager, staff):
    with ctx.uow() as uow:
        uow.incidents.add(_incident(staff.id, staff.id))
        uow.commit()
    with ctx.uow() as uow:
        changed = uow.incidents.fill_in(
            "GLA01-2026-I000001",
            {"crime_reference": "SC-123", "behaviours": ("verbal_abuse", "threats", "spitting"),
             "called": {"supervisor": "09:46", "police": "09:50"}, "location": "Till 2"},
            people=(IncidentPerson(PersonPart.WITNESS, staff_id=manager.id),))
        uow.commit()
    assert set(changed) == {"crime_reference", "behaviours", "called", "people"}
    with ctx.uow() as uow:
        got = uow.incidents.get("GLA01-2026-I000001")
    assert got.crime_reference == "SC-123"
    assert got.behaviours == ("verbal_abuse", "threats", "spitting")
    assert got.called == {"police": "09:50", "supervisor": "09:46"}
    assert got.involves(manager.id)


@pytest.mark.parametrize("changes", [
    {"account": "A different story"},
    {"location": "Car park"},
    {"behaviours": ("spitting",)},
    {"called": {"supervisor": "10:30"}},
    {"occurred_at": datetime(2026, 3, 9)},
])
def test_fill_in_refuses_to_change_what_was_recorded(ctx, staff, changes):
    with ctx.uow() as uow:
        uow.incidents.add(_incident(staff.id, staff.id))
        uow.commit()
    with ctx.uow() as uow, pytest.raises(ValueError):
        uow.incidents.fill_in("GLA01-2026-I000001", changes)
    with ctx.uow() as uow:
        got = uow.incidents.get("GLA01-2026-I000001")
    assert got.account == "He shouted at me and threw a basket."
    assert got.location == "Till 2" and got.behaviours == ("verbal_abuse", "threats")


def test_headers_carry_no_account_and_who_is_involved(ctx, manager, staff, supervisor):
    with ctx.uow() as uow:
        _complaint(uow, staff.id)
        uow.incidents.add(_incident(staff.id, staff.id))
        uow.incidents.add(_incident(manager.id, supervisor.id, reference="GLA01-2026-I000002",
                                    occurred_at=datetime(2026, 3, 10, 10, 0), people=(
                                        IncidentPerson(PersonPart.AFFECTED,
                                                       staff_id=supervisor.id),)))
        uow.incidents.link_complaint("GLA01-2026-I000002", "GLA01-2026-000001")
        uow.incidents.set_status("GLA01-2026-I000001", IncidentStatus.CLOSED)
        uow.commit()
    with ctx.uow() as uow:
        headers = uow.incidents.headers()
        open_ones = uow.incidents.headers(open_only=True)
        linked = uow.incidents.headers(complaint_reference="GLA01-2026-000001")
        full_open = uow.incidents.open_incidents()
    assert [h.reference for h in headers] == ["GLA01-2026-I000002", "GLA01-2026-I000001"]
    assert not hasattr(headers[0], "account")
    assert headers[0].involved == frozenset({manager.id, supervisor.id})
    assert [h.reference for h in open_ones] == ["GLA01-2026-I000002"]
    assert [h.reference for h in linked] == ["GLA01-2026-I000002"]
    assert linked[0].complaint_reference == "GLA01-2026-000001"
    assert [i.reference for i in full_open] == ["GLA01-2026-I000002"]


def test_unknown_references_raise_not_found(ctx, staff):
    with ctx.uow() as uow:
        with pytest.raises(NotFound):
            uow.incidents.append_update("GLA01-2026-I000009", IncidentUpdate(
                at=WHEN, staff_id=staff.id, kind=UpdateKind.NOTE, text="x"))
        with pytest.raises(NotFound):
            uow.incidents.add(_incident(staff.id, staff.id,
                                        complaint_reference="GLA01-2026-000404"))
        assert uow.incidents.get("GLA01-2026-I000009") is None
