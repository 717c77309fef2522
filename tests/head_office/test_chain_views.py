"""Head office's views across stores, each checked against the till's own definitions."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime

from desktop_app.domain.incident_law import RiddorStatus, incident_riddor
from desktop_app.domain.kpis import customer_key
from desktop_app.services import demo, head_office, head_office_link, incidents
from desktop_app.services.head_office_figures import (abuse_hot_spots, repeat_customers,
                                                      riddor_cases)
from tests.head_office.test_league_table import _second_till
from tests.services.test_head_office_link import _save
from tests.services.test_incidents import ASSAULT, essentials

YEAR = (date(2025, 3, 11), date(2026, 3, 10))


def _send(ho, ctx, user, folder):
    for path in head_office_link.make_bundle(ctx, user, folder).paths:
        head_office.import_bundle(ho, path)


def _the_same_customer_in_leeds(ho, clock, tmp_path):  # noqa: ANN001, ANN202 - a Complaint
    """A second store (Leeds) where Ann Example, known in Glasgow by her phone, complains
    too, with her number written another way; its bundles imported."""
    from desktop_app.services import auth, complaints
    from tests.services.test_complaints_service import full_answers
    leeds = _second_till(tmp_path, clock, ho, seed=1)
    try:
        user = auth.sign_in(leeds, "L01", "246810")
        form = complaints.start_complaint(leeds, user)
        form.answers = {**full_answers(), "contact_consent": True,
                        "contact_phone": "+44 7700 900123", "customer_name": "A. Example"}
        saved = complaints.save_complaint(leeds, form)
        _send(ho, leeds, user, tmp_path / "l")
    finally:
        leeds.close()
    return saved


def test_the_abuse_grid_counts_each_incident_in_its_regions_weekday_and_hour(
        ho, linked_till, manager, tmp_path):
    demo.fill(linked_till, complaints=20, incidents=120, seed=5)
    _send(ho, linked_till, manager, tmp_path / "out")
    with linked_till.uow() as uow:
        found = uow.incidents.occurred_between(datetime(2025, 3, 11), datetime(2026, 3, 11))
    expected = Counter(("Scotland", i.occurred_at.isoweekday(), i.occurred_at.hour)
                       for i in found)
    assert abuse_hot_spots(ho, *YEAR) == dict(expected) and sum(expected.values()) > 50
    assert abuse_hot_spots(ho, *YEAR, region="North") == {}


def test_riddor_cases_across_stores_with_their_deadlines(ho, linked_till, manager, staff,
                                                        tmp_path):
    fracture = incidents.record_incident(linked_till, staff, essentials(
        staff, behaviours=[ASSAULT], injury="hospital", injury_details="Broken arm",
        days_off_work=0, specified_injuries=["fracture"]))
    long_off = incidents.record_incident(linked_till, staff, essentials(
        staff, behaviours=[ASSAULT], days_off_work=9))
    incidents.record_incident(linked_till, staff, essentials(staff, days_off_work=12))  # verbal
    _send(ho, linked_till, manager, tmp_path / "out")
    cases = riddor_cases(ho, since=date(2026, 1, 1))
    assert [c.reference for c in cases] == [fracture.reference, long_off.reference]
    assert [c.due for c in cases] == [incident_riddor(fracture).due, incident_riddor(long_off).due]
    assert cases[0].due == date(2026, 3, 20) and cases[0].overdue(date(2026, 3, 21))
    assert all(incident_riddor(i).status is RiddorStatus.REPORT for i in (fracture, long_off))


def test_the_same_customer_in_two_stores_is_found(ho, linked_till, manager, staff, clock,
                                                  tmp_path):
    _save(linked_till, staff, contact_consent=True, contact_phone="07700 900 123",
          customer_name="Ann Example")
    _save(linked_till, staff, customer_name="Only  Here")
    _send(ho, linked_till, manager, tmp_path / "g")
    saved = _the_same_customer_in_leeds(ho, clock, tmp_path)
    found = repeat_customers(ho, *YEAR)
    phone = [row for row in found if row[0].startswith("phone:")]
    assert phone[0][0] == "phone:7700900123" and phone[0][1] == 2
    assert saved.reference in phone[0][3]
    assert phone[0][0] == customer_key(saved)                       # the till's own key


def test_stores_show_their_last_bundle_gaps_and_silence(ho, linked_till, manager, staff,
                                                        clock, tmp_path):
    from datetime import timedelta

    from desktop_app.services.head_office_figures import stores
    from tests.head_office.test_import import _fake_ack
    _save(linked_till, staff)
    first = head_office_link.make_bundle(linked_till, manager, tmp_path / "a")
    _fake_ack(ho, linked_till, first.last, tmp_path / "x")        # acknowledged, then lost
    _save(linked_till, staff)
    head_office_link.make_bundle(linked_till, manager, tmp_path / "b")
    _save(linked_till, staff)
    third = head_office_link.make_bundle(linked_till, manager, tmp_path / "c")
    assert third.first == first.last + 1              # the second was never acknowledged
    head_office.import_bundle(ho, third.path)
    (glasgow,) = stores(ho)
    assert glasgow.code == "GLA01" and glasgow.acknowledged_through == 0
    assert glasgow.gaps == ((1, first.last),)
    assert not glasgow.silent(clock.now(), 7)
    assert glasgow.silent(clock.now() + timedelta(days=8), 7)


def test_trends_by_category_and_root_cause_match_the_tills_counts(ho, linked_till, manager,
                                                                  tmp_path):
    from desktop_app.domain.kpis import root_cause_label
    from desktop_app.services.head_office_figures import trends
    demo.fill(linked_till, complaints=200, incidents=0, seed=9)
    _send(ho, linked_till, manager, tmp_path / "out")
    with linked_till.uow() as uow:
        found = uow.complaints.saved_between(datetime(2025, 3, 11), datetime(2026, 3, 11))
    by_category = Counter((c.category, c.saved_at.strftime("%Y-%m")) for c in found)
    got = trends(ho, *YEAR, by="category")
    assert {(k, m): n for k, months in got.items() for m, n in months.items()} == \
        dict(by_category)
    causes = Counter((root_cause_label(c.root_cause), c.saved_at.strftime("%Y-%m"))
                     for c in found if root_cause_label(c.root_cause))
    got = trends(ho, *YEAR, by="root_cause")
    assert {(k, m): n for k, months in got.items() for m, n in months.items()} == dict(causes)


def test_every_figure_drills_down_to_exactly_the_records_it_counts(ho, linked_till, manager,
                                                                   staff, tmp_path):
    from desktop_app.services.head_office_figures import (Figure, league_table,
                                                          records_behind, trends)
    from desktop_app.services.head_office_figures import LeagueKpi
    demo.fill(linked_till, complaints=80, incidents=60, seed=7)
    _send(ho, linked_till, manager, tmp_path / "out")
    (row,) = league_table(ho, *YEAR, kpi=LeagueKpi.ESCALATION)
    lines = records_behind(ho, Figure("complaint", *YEAR, store_code="GLA01"))
    assert len(lines) == row.figures.logged > 0
    assert sum(line.escalated for line in lines) == round(row.figures.escalation_rate
                                                          * row.figures.logged)
    for by, name in (("category", "category"), ("root_cause", "root_cause")):
        key, months = max(trends(ho, *YEAR, by=by).items(), key=lambda kv: sum(kv[1].values()))
        month, n = max(months.items(), key=lambda kv: kv[1])
        value = "" if key == "uncategorised" else key
        assert len(records_behind(ho, Figure("complaint", *YEAR, month=month,
                                             **{name: value}))) == n
        assert len(records_behind(ho, Figure("complaint", *YEAR,
                                             **{name: value}))) == sum(months.values())
    (region, day, hour), n = max(abuse_hot_spots(ho, *YEAR).items(), key=lambda kv: kv[1])
    behind = records_behind(ho, Figure("incident", *YEAR, region=region, weekday=day,
                                       hour=hour))
    assert len(behind) == n and all(line.at.isoweekday() == day and line.at.hour == hour
                                    for line in behind)


def test_a_record_reads_at_head_office_as_it_does_at_the_till(ho, linked_till, manager,
                                                              staff, tmp_path):
    from desktop_app.domain.complaint_sections import complaint_sections
    from desktop_app.domain.incident_sections import incident_sections
    from desktop_app.services.head_office_figures import complaint_record, record_sections
    saved = _save(linked_till, staff)
    fracture = incidents.record_incident(linked_till, staff, essentials(
        staff, behaviours=[ASSAULT], injury="hospital", injury_details="Broken arm",
        days_off_work=0, specified_injuries=["fracture"]))
    _send(ho, linked_till, manager, tmp_path / "out")
    with linked_till.uow() as uow:
        at_the_till = uow.complaints.get(saved.reference)
        incident = uow.incidents.get(fracture.reference)
    assert complaint_sections(complaint_record(ho, "GLA01", saved.reference)) == \
        complaint_sections(at_the_till)
    assert record_sections(ho, "incident", "GLA01", fracture.reference) == [
        (s.title, tuple((r.label, r.value) for r in s.rows)) for s in incident_sections(incident)]
    assert record_sections(ho, "complaint", "GLA01", "GLA01-C-2026-999999") is None
    from desktop_app.services.head_office_figures import category_labels
    label = category_labels()[at_the_till.category]
    assert record_sections(ho, "complaint", "GLA01", saved.reference) == [
        (s.title, s.rows) for s in complaint_sections(at_the_till, category_label=label)]


def test_the_same_customer_drills_down_to_their_complaints_in_both_stores(
        ho, linked_till, manager, staff, clock, tmp_path):
    from desktop_app.services.head_office_figures import Figure, records_behind
    first = _save(linked_till, staff, contact_consent=True, contact_phone="07700 900 123",
                  customer_name="Ann Example")
    _save(linked_till, staff, customer_name="Someone Else")
    _send(ho, linked_till, manager, tmp_path / "g")
    second = _the_same_customer_in_leeds(ho, clock, tmp_path)
    (key, _stores, count, _refs), = [r for r in repeat_customers(ho, *YEAR)
                                     if r[0].startswith("phone:")]
    lines = records_behind(ho, Figure("complaint", *YEAR, customer_key=key))
    assert len(lines) == count == 2
    assert {(line.store_code, line.reference) for line in lines} == {
        ("GLA01", first.reference), (second.reference[:5], second.reference)}
    assert "one repeat customer" in Figure("complaint", *YEAR, customer_key=key).describe()
    assert "7700" not in Figure("complaint", *YEAR, customer_key=key).describe()
    assert Figure("incident", *YEAR, region="North", weekday=4, hour=12).describe() == (
        "Incidents from 11 March 2025 to 10 March 2026, region North, on Thursdays, "
        "12:00 to 12:59")
    assert Figure("complaint", *YEAR, category="", month="2026-02").describe() == (
        "Complaints from 11 March 2025 to 10 March 2026, no category, saved in February 2026")


def test_search_finds_every_word_in_the_searchable_fields_and_audits_no_words(
        ho, linked_till, manager, staff, tmp_path):
    from desktop_app.services.head_office_figures import search
    from desktop_app.storage.head_office.repository import audit_trail
    kettle = _save(linked_till, staff, product="Blue Kettle 1.7 litre")
    _save(linked_till, staff, product="Toaster")
    _send(ho, linked_till, manager, tmp_path / "out")
    assert [line.reference for line in search(ho, "  kettle   BLUE ")] == [kettle.reference]
    assert [line.reference for line in search(ho, kettle.reference)] == [kettle.reference]
    assert search(ho, "kettle toaster") == [] and search(ho, "   ") == []
    with ho.engine.connect() as connection:
        said = [e["what"] for e in audit_trail(connection) if e["action"] == "search"]
    assert said == ["2 words", "1 word", "2 words"] and not any("ettle" in w for w in said)
