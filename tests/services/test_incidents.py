"""Incident use cases: recording, completing, follow-up, and who may open what."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop_app.domain.complaint import Complaint
from desktop_app.domain.errors import NotFound, PermissionDenied, ValidationFailed
from desktop_app.domain.incident import IncidentStatus, UpdateKind
from desktop_app.domain.incident_form import ActionCode, Level, default_answers
from desktop_app.domain.incident_kinds import (BehaviourKind, CalledParty,
                                               DeescalationTechnique, InjuryLevel,
                                               ProtectedCharacteristic, Trigger)
from desktop_app.domain.incident_law import RiddorStatus
from desktop_app.domain.jurisdiction import Jurisdiction
from desktop_app.services import incidents

VERBAL = BehaviourKind.VERBAL_ABUSE.value
HATE = BehaviourKind.HATE_MOTIVATED.value
ASSAULT = BehaviourKind.PHYSICAL_ASSAULT.value


def essentials(user, **extra) -> dict:
    answers = default_answers(now=datetime(2026, 3, 10, 10, 15), reporter_id=user.id)
    answers.update(location="Till 2", account="He swore at me when I refused the refund.",
                   behaviours=[VERBAL])
    answers.update(extra)
    return answers


def complete_extras() -> dict:
    return dict(trigger=next(iter(Trigger)).value,
                deescalation=[next(iter(DeescalationTechnique)).value],
                welfare_support_offered=True)


def _complaint(ctx, staff) -> str:
    complaint = Complaint(store_code="GLA01", model_id="lass", staff_id=staff.id,
                          opened_at=ctx.clock.now(), saved_at=ctx.clock.now(),
                          customer_account="Refund refused", paraphrase="p",
                          customer_feelings="angry", desired_outcome="refund", product="Kettle",
                          channel="in_store", reference="GLA01-2026-000007")
    with ctx.uow() as uow:
        uow.complaints.add(complaint)
        uow.commit()
    return complaint.reference


# ---- recording ---------------------------------------------------------------------------
def test_essentials_are_enough_for_a_first_report(ctx, staff):
    first = incidents.record_incident(ctx, staff, essentials(staff))
    second = incidents.record_incident(ctx, staff, essentials(staff))
    assert first.reference == "GLA01-2026-I000001"
    assert second.reference == "GLA01-2026-I000002"
    assert first.reported_by == staff.id and first.affected[0].name == "Sam Staff"
    assert first.recorded_at == ctx.clock.now()
    assert incidents.missing_items(first)        # not complete yet: trigger, de-escalation ...


def test_missing_essentials_are_named_field_by_field(ctx, staff):
    with pytest.raises(ValidationFailed) as raised:
        incidents.record_incident(ctx, staff, essentials(staff, location="", account=" ",
                                                         behaviours=[], affected=[]))
    assert set(raised.value.errors) == {"location", "account", "behaviours", "affected"}


def test_hate_motivated_needs_the_characteristic_it_was_perceived_to_target(ctx, staff):
    with pytest.raises(ValidationFailed) as raised:
        incidents.record_incident(ctx, staff, essentials(staff, behaviours=[VERBAL, HATE]))
    assert "protected_characteristics" in raised.value.errors
    race = next(iter(ProtectedCharacteristic)).value
    saved = incidents.record_incident(ctx, staff, essentials(
        staff, behaviours=[HATE, VERBAL], protected_characteristics=[race]))
    assert set(saved.behaviours) == {VERBAL, HATE}
    assert saved.protected_characteristics == (race,)


def test_a_complete_report_asks_for_what_a_manager_needs(ctx, staff):
    with pytest.raises(ValidationFailed) as raised:
        incidents.record_incident(ctx, staff, essentials(
            staff, called={CalledParty.POLICE.value: "10:20"}, cctv_captured=True),
            level=Level.COMPLETE)
    assert {"trigger", "deescalation", "crime_reference", "cctv_reference",
            "welfare_support_offered"} <= set(raised.value.errors)
    saved = incidents.record_incident(ctx, staff, essentials(staff, **complete_extras()),
                                      level=Level.COMPLETE)
    assert incidents.missing_items(saved) == {}


@pytest.mark.parametrize("bad", [
    {"occurred_at": "2026-03-11T09:00"},                       # the future
    {"affected": [9999]},                                      # not on the staff list
    {"behaviours": ["shouting"]},                              # not a kind
    {"called": {"police": "25:99"}},
    {"days_off_work": 999},
    {"debrief_date": "2026-03-01"},                            # before the incident
])
def test_impossible_answers_are_refused(ctx, staff, bad):
    with pytest.raises(ValidationFailed):
        incidents.record_incident(ctx, staff, essentials(staff, **bad))


def test_saving_removes_the_draft_and_drafts_are_private(ctx, staff, manager):
    started = ctx.clock.now()
    draft_id = incidents.save_draft(ctx, staff, essentials(staff, account="half typed"),
                                    draft_id=None, started_at=started)
    assert [d.answers["account"] for d in incidents.pending_drafts(ctx, staff)] == ["half typed"]
    assert incidents.pending_drafts(ctx, manager) == []
    resumed = incidents.resume_draft(ctx, staff, draft_id)
    assert resumed.answers["account"] == "half typed" and resumed.draft_id == draft_id
    with pytest.raises(NotFound):
        incidents.resume_draft(ctx, manager, draft_id)
    incidents.record_incident(ctx, staff, essentials(staff), draft_id=draft_id)
    assert incidents.pending_drafts(ctx, staff) == []


# ---- the restriction ---------------------------------------------------------------------
def test_only_managers_and_people_named_can_open_an_incident(ctx, staff, manager, supervisor):
    mine = incidents.record_incident(ctx, staff, essentials(staff))
    assert incidents.get_incident(ctx, staff, mine.reference).account == mine.account
    assert incidents.get_incident(ctx, manager, mine.reference).reference == mine.reference
    with pytest.raises(PermissionDenied):
        incidents.get_incident(ctx, supervisor, mine.reference)
    named = incidents.record_incident(ctx, manager, essentials(
        manager, affected=[manager.id], staff_witnesses=[supervisor.id]))
    assert incidents.get_incident(ctx, supervisor, named.reference).reference == named.reference
    with pytest.raises(PermissionDenied):
        incidents.get_incident(ctx, staff, named.reference)
    with pytest.raises(NotFound):
        incidents.get_incident(ctx, manager, "GLA01-2026-I000404")


def test_others_see_only_that_an_incident_happened_on_a_date(ctx, staff, manager):
    incidents.record_incident(ctx, manager, essentials(manager, affected=[manager.id]))
    own = incidents.record_incident(ctx, staff, essentials(staff))
    listed = incidents.list_incidents_for(ctx, staff)
    restricted = [s for s in listed if s.restricted]
    assert len(listed) == 2 and len(restricted) == 1
    assert restricted[0].reference == "" and restricted[0].location == ""
    assert restricted[0].behaviours == () and restricted[0].headline == "An incident on 10 Mar 2026"
    assert [s.reference for s in listed if not s.restricted] == [own.reference]
    assert all(not s.restricted for s in incidents.list_incidents_for(ctx, manager))


def test_someone_else_cannot_complete_or_follow_up_an_incident(ctx, staff, manager, supervisor):
    saved = incidents.record_incident(ctx, staff, essentials(staff))
    with pytest.raises(PermissionDenied):
        incidents.complete_incident(ctx, supervisor, saved.reference,
                                    {**incidents.form_answers(saved), **complete_extras()})
    for call in (lambda u: incidents.add_update(ctx, u, saved.reference, UpdateKind.NOTE, "x"),
                 lambda u: incidents.add_disclosure(ctx, u, saved.reference,
                                                    disclosed_on=date(2026, 3, 10),
                                                    recipient="PC", organisation="Police",
                                                    reason="why"),
                 lambda u: incidents.outstanding(ctx, u)):
        for user in (staff, supervisor):
            with pytest.raises(PermissionDenied):
                call(user)


# ---- completing and following up without rewriting history ---------------------------------
def test_completing_fills_blanks_and_keeps_the_account(ctx, staff):
    saved = incidents.record_incident(ctx, staff, essentials(staff))
    answers = {**incidents.form_answers(saved), **complete_extras(),
               "behaviours": [VERBAL, ASSAULT]}
    ctx.clock.advance(hours=2)
    done = incidents.complete_incident(ctx, staff, saved.reference, answers)
    assert done.account == saved.account
    assert done.trigger and done.behaviours == (VERBAL, ASSAULT)
    assert incidents.missing_items(done) == {}
    last = done.updates[-1]
    assert last.kind == UpdateKind.DETAILS_ADDED and last.staff_name == "Sam Staff"
    assert last.at == ctx.clock.now() and "trigger" in last.text


@pytest.mark.parametrize("change", [
    {"account": "A tidier version of events"},
    {"location": "Car park"},
    {"behaviours": []},
    {"affected": []},
])
def test_completing_cannot_change_what_was_recorded(ctx, staff, change):
    saved = incidents.record_incident(ctx, staff, essentials(staff))
    with pytest.raises(ValidationFailed):
        incidents.complete_incident(ctx, staff, saved.reference,
                                    {**incidents.form_answers(saved), **change})
    again = incidents.get_incident(ctx, staff, saved.reference)
    assert again.account == saved.account and again.location == "Till 2"
    assert again.updates == ()


def test_manager_updates_are_appended_with_who_and_when(ctx, staff, manager):
    saved = incidents.record_incident(ctx, staff, essentials(
        staff, called={CalledParty.POLICE.value: "10:20"}, police_attended=True))
    ctx.clock.advance(days=1)
    after = incidents.add_update(ctx, manager, saved.reference, UpdateKind.POLICE_FOLLOW_UP,
                                 "PC Brown took a statement", crime_reference="SC-2026-0042")
    ctx.clock.advance(days=1)
    after = incidents.add_update(ctx, manager, saved.reference, UpdateKind.OUTCOME,
                                 "Customer charged", close=True)
    assert [(u.kind, u.staff_name) for u in after.updates] == [
        (UpdateKind.POLICE_FOLLOW_UP, "Morag Manager"), (UpdateKind.OUTCOME, "Morag Manager")]
    assert after.updates[0].at < after.updates[1].at
    assert after.crime_reference == "SC-2026-0042"
    assert after.account == saved.account and after.status is IncidentStatus.CLOSED
    with pytest.raises(ValidationFailed):     # a different number is never written over it
        incidents.add_update(ctx, manager, saved.reference, UpdateKind.NOTE, "x",
                             crime_reference="OTHER-1")


def test_update_and_disclosure_are_checked(ctx, staff, manager):
    saved = incidents.record_incident(ctx, staff, essentials(staff))
    with pytest.raises(ValidationFailed) as raised:
        incidents.add_update(ctx, manager, saved.reference, UpdateKind.NOTE, "  ")
    assert "text" in raised.value.errors
    with pytest.raises(ValidationFailed) as raised:
        incidents.add_update(ctx, manager, saved.reference, UpdateKind.DETAILS_ADDED, "x")
    with pytest.raises(ValidationFailed) as raised:
        incidents.add_disclosure(ctx, manager, saved.reference, disclosed_on=date(2026, 3, 20),
                                 recipient="", organisation="", reason="")
    assert set(raised.value.errors) == {"disclosed_on", "recipient", "organisation", "reason"}


# ---- outstanding actions -------------------------------------------------------------------
def _codes(ctx, manager, reference):
    item = next((i for i in incidents.outstanding(ctx, manager) if i.reference == reference),
                None)
    return set() if item is None else {a.code for a in item.actions}


def test_outstanding_actions_clear_as_a_manager_follows_up(ctx, staff, manager):
    saved = incidents.record_incident(ctx, staff, essentials(
        staff, called={CalledParty.POLICE.value: "10:20"}, cctv_captured=True,
        cctv_reference="Cam 3 10:14", injury=InjuryLevel.HOSPITAL.value,
        injury_details="Cut hand", days_off_work=10, behaviours=[VERBAL, "physical_assault"],
        **complete_extras()))
    assert _codes(ctx, manager, saved.reference) == {
        ActionCode.POLICE_REFERENCE, ActionCode.CCTV_DISCLOSURE, ActionCode.WELFARE,
        ActionCode.RIDDOR_REPORT}
    riddor = next(a for a in incidents.outstanding(ctx, manager)[0].actions
                  if a.code is ActionCode.RIDDOR_REPORT)
    assert riddor.due == date(2026, 3, 25)
    incidents.add_update(ctx, manager, saved.reference, UpdateKind.POLICE_FOLLOW_UP, "Called",
                         crime_reference="SC-1")
    incidents.add_disclosure(ctx, manager, saved.reference, disclosed_on=date(2026, 3, 10),
                             recipient="PC Brown", organisation="Police Scotland",
                             reason="Investigation of assault")
    assert _codes(ctx, manager, saved.reference) == {ActionCode.WELFARE,
                                                     ActionCode.RIDDOR_REPORT}
    incidents.add_update(ctx, manager, saved.reference, UpdateKind.WELFARE_CHECK, "Debriefed")
    incidents.add_update(ctx, manager, saved.reference, UpdateKind.RIDDOR_REPORTED, "F2508 sent")
    assert _codes(ctx, manager, saved.reference) == set()
    assert incidents.get_incident(ctx, manager, saved.reference).welfare_done


def test_cctv_given_to_someone_other_than_police_does_not_clear_it(ctx, staff, manager):
    saved = incidents.record_incident(ctx, staff, essentials(
        staff, police_attended=True, crime_reference="SC-9", cctv_captured=True))
    incidents.add_disclosure(ctx, manager, saved.reference, disclosed_on=date(2026, 3, 10),
                             recipient="Claims team", organisation="Insurer", reason="Claim")
    assert ActionCode.CCTV_DISCLOSURE in _codes(ctx, manager, saved.reference)


# ---- the link to a complaint ----------------------------------------------------------------
def test_an_incident_started_from_a_complaint_is_linked_both_ways(ctx, staff, supervisor):
    complaint = _complaint(ctx, staff)
    start = incidents.start_from_complaint(ctx, staff, complaint.lower())
    assert start.complaint_reference == complaint
    saved = incidents.record_incident(ctx, staff, {**start.answers, **essentials(staff),
                                                   "complaint_reference": complaint})
    assert saved.complaint_reference == complaint
    linked = incidents.incidents_for_complaint(ctx, staff, complaint)
    assert [s.reference for s in linked] == [saved.reference]
    hidden = incidents.incidents_for_complaint(ctx, supervisor, complaint)
    assert hidden[0].restricted and hidden[0].reference == ""
    with pytest.raises(NotFound):
        incidents.start_from_complaint(ctx, staff, "GLA01-2026-000999")


# ---- guidance --------------------------------------------------------------------------------
@pytest.mark.parametrize("days, kinds, status", [
    (None, ["physical_assault"], RiddorStatus.NOT_APPLICABLE),
    (3, ["physical_assault"], RiddorStatus.NOT_APPLICABLE),
    (4, ["physical_assault"], RiddorStatus.RECORD), (8, ["physical_assault"], RiddorStatus.REPORT),
    # RIDDOR 2013 reg. 2(1): abuse on its own is no accident, whatever the time off
    (8, [VERBAL], RiddorStatus.NOT_APPLICABLE)])
def test_guidance_follows_days_off_work(days, kinds, status):
    info = incidents.guidance(Jurisdiction.SCOTLAND, {"days_off_work": days,
                                                      "behaviours": kinds,
                                                      "occurred_at": "2026-03-10T10:00"})
    assert info.riddor is status
    assert info.notes and info.disclaimer


# ---- RIDDOR per nation, with the deadline (RIDDOR 2013; RIDDOR (NI) 1997) -------------------
def _in_nation(ctx, nation: Jurisdiction) -> None:
    from dataclasses import replace
    with ctx.uow() as uow:
        uow.store.save(replace(uow.store.get(), jurisdiction=nation), now=ctx.clock.now())
        uow.commit()


def _riddor_action(ctx, manager, reference):
    item = next(i for i in incidents.outstanding(ctx, manager) if i.reference == reference)
    return next((a for a in item.actions if a.code is ActionCode.RIDDOR_REPORT), None)


def _riddor_row(incident) -> str:
    from desktop_app.domain.incident_sections import incident_sections
    return next(row.value for section in incident_sections(incident) for row in section.rows
                if row.key == "#riddor")


def test_a_fracture_with_no_time_off_is_reported_at_once_and_within_ten_days(ctx, staff, manager):
    saved = incidents.record_incident(ctx, staff, essentials(
        staff, behaviours=[ASSAULT], injury=InjuryLevel.HOSPITAL.value,
        injury_details="Broken arm", days_off_work=0, specified_injuries=["fracture"]))
    action = _riddor_action(ctx, manager, saved.reference)
    assert action.due == date(2026, 3, 20)
    assert action.text == "Notify the HSE under RIDDOR now; written report by 20 March 2026."
    text = _riddor_row(saved)
    assert "A broken bone (not a finger, thumb or toe)" in text and "without delay" in text


def test_verbal_abuse_with_time_off_is_not_riddor_and_says_why(ctx, staff, manager):
    saved = incidents.record_incident(ctx, staff, essentials(staff, days_off_work=10))
    assert _riddor_action(ctx, manager, saved.reference) is None
    assert _riddor_row(saved).startswith("Not reportable under RIDDOR: it covers physical")
    assert incidents.guidance(Jurisdiction.SCOTLAND, {"days_off_work": 10,
                                                      "behaviours": [VERBAL]}).riddor_text \
        .startswith("Not reportable under RIDDOR")


def test_a_member_of_the_public_taken_to_hospital_is_reportable(ctx, staff, manager):
    saved = incidents.record_incident(ctx, staff, essentials(staff, public_to_hospital=True))
    assert saved.public_to_hospital
    action = _riddor_action(ctx, manager, saved.reference)
    assert action.due == date(2026, 3, 20) and "now" in action.text
    assert "member of the public was taken from the store to hospital" in _riddor_row(saved)


def test_northern_ireland_reports_over_three_days_to_hseni_within_ten_days(ctx, staff,
                                                                            manager):
    _in_nation(ctx, Jurisdiction.NORTHERN_IRELAND)
    saved = incidents.record_incident(ctx, staff, essentials(
        staff, behaviours=[ASSAULT], days_off_work=4))
    assert saved.jurisdiction == "northern_ireland"
    action = _riddor_action(ctx, manager, saved.reference)
    assert action.text == "Report to the HSENI under RIDDOR by 20 March 2026."
    assert "RIDDOR (Northern Ireland) 1997" in _riddor_row(saved)
    # the same four days in Scotland are only recorded
    _in_nation(ctx, Jurisdiction.SCOTLAND)
    scottish = incidents.record_incident(ctx, staff, essentials(
        staff, behaviours=[ASSAULT], days_off_work=4))
    assert _riddor_action(ctx, manager, scottish.reference) is None
    assert "record it" in _riddor_row(scottish)


def test_the_incident_pdf_prints_the_riddor_deadline(ctx, staff, manager):
    import io

    from pypdf import PdfReader

    from desktop_app.services import reporting
    saved = incidents.record_incident(ctx, staff, essentials(
        staff, behaviours=[ASSAULT], days_off_work=9))
    report = reporting.incident_report(ctx, manager, saved.reference)
    text = " ".join("".join(p.extract_text() for p in PdfReader(io.BytesIO(report.pdf)).pages)
                    .split())
    assert "The report is due by 25 March 2026 (15 days)" in text
