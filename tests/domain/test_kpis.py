"""KPIs worked by hand on small sets of complaints and incidents."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from desktop_app.domain.complaint import Complaint, Escalation, Status
from desktop_app.domain.incident import Incident
from desktop_app.domain.kpis import (Suggestion, customer_key, percent, summarise_complaints,
                                     summarise_incidents, time_band)

START, END = date(2026, 3, 2), date(2026, 3, 15)       # two ISO weeks
TODAY = date(2026, 3, 16)


def complaint(day: int, **changes) -> Complaint:
    opened = datetime(2026, 3, day, 10, 0)
    values = dict(store_code="GLA01", model_id="lass", staff_id=1, opened_at=opened,
                  saved_at=opened + timedelta(minutes=4), customer_account="a", paraphrase="p",
                  customer_feelings="f", desired_outcome="d", product="Kettle",
                  channel="in_store", category="faulty_goods", customer_agrees=True,
                  status=Status.CLOSED, closed_at=opened + timedelta(minutes=4),
                  reference=f"GLA01-2026-{day:06d}")
    values.update(changes)
    return Complaint(**values)


def test_complaint_kpis_by_hand():
    complaints = [
        complaint(2, satisfaction=5),                                   # FCR
        complaint(3, satisfaction=3, root_cause="faulty batch"),        # FCR
        complaint(4, customer_agrees=False, status=Status.CLOSED,       # closed, not FCR
                  closed_at=datetime(2026, 3, 6, 10, 0), root_cause="Faulty  batch"),
        complaint(10, escalation=Escalation("Manager", "over limit", datetime(2026, 3, 10)),
                  status=Status.ESCALATED, closed_at=None, channel="phone",
                  category="poor_service"),
        complaint(11, follow_up_needed=True, follow_up_due=date(2026, 3, 13),
                  status=Status.AWAITING_FOLLOW_UP, closed_at=None,
                  improvement_suggestion="Check the batch"),
        complaint(20),                                                   # outside the period
    ]
    s = summarise_complaints(complaints, START, END, today=TODAY)
    assert s.logged == 5 and s.closed == 3
    assert s.first_contact_resolution == 2 / 3          # 2 FCR of 3 closed
    assert s.average_handling_minutes == 4.0
    assert s.satisfaction == 4.0 and s.satisfaction_responses == 2
    assert s.escalation_rate == 1 / 5
    assert s.average_days_to_close == (4 / 1440 + 4 / 1440 + 2.0) / 3
    assert s.follow_ups_overdue == 1                    # due 13 March, still awaiting on 16th
    assert s.by_category == {"faulty_goods": 4, "poor_service": 1}
    assert s.by_root_cause == {"Faulty batch": 2}       # spacing and case folded
    assert s.by_channel == {"in_store": 4, "phone": 1}
    assert s.weekly == ((date(2026, 3, 2), 3), (date(2026, 3, 9), 2))
    assert s.improvement_suggestions == (Suggestion("Check the batch", 1,
                                                    ("GLA01-2026-000011",)),)


def test_empty_denominators_are_none_not_zero():
    s = summarise_complaints([], START, END, today=TODAY)
    assert s.first_contact_resolution is None and s.escalation_rate is None
    assert s.average_handling_minutes is None and s.satisfaction is None
    assert percent(s.escalation_rate) == "—"
    assert s.weekly == ((date(2026, 3, 2), 0), (date(2026, 3, 9), 0))


def test_repeat_complainants_by_phone_then_email_then_name():
    same_phone = [complaint(2, contact_phone="07700 900123"),
                  complaint(3, contact_phone="+44 7700 900123")]
    same_email = [complaint(4, contact_email="A@Example.com"),
                  complaint(5, contact_email="a@example.com ")]
    named = [complaint(6, customer_name="Jane  Doe"), complaint(9, customer_name="jane doe"),
             complaint(10, customer_name="Someone Else")]
    s = summarise_complaints(same_phone + same_email + named, START, END, today=TODAY)
    assert s.repeat_complainants == 3 and s.repeat_complaints == 6
    assert customer_key(complaint(2)) == ""


def incident(day: int, hour: int, **changes) -> Incident:
    values = dict(store_code="GLA01", reported_by=1, recorded_at=datetime(2026, 3, day, hour),
                  occurred_at=datetime(2026, 3, day, hour), behaviours=("verbal_abuse",),
                  trigger="refund_refused")
    values.update(changes)
    return Incident(**values)


def test_incident_figures_by_hand():
    incidents = [
        incident(2, 8, behaviours=("verbal_abuse", "physical_assault"), police_attended=True,
                 injury="minor", days_off_work=8),                             # Monday
        incident(3, 13, behaviours=("threats", "physical_assault"), days_off_work=4,
                 welfare_done=True),                                           # Tuesday
        # abuse alone is no RIDDOR accident, whatever the time off (reg. 2(1))
        incident(4, 15, behaviours=("verbal_abuse",), days_off_work=10),        # Wednesday
        incident(7, 21, trigger="age_restricted_sale_refused", called={"police": "21:10"}),
        incident(20, 10),                                                      # outside
    ]
    s = summarise_incidents(incidents, START, END)
    assert s.recorded == 4
    assert s.by_kind == {"verbal_abuse": 3, "physical_assault": 2, "threats": 1}
    assert s.by_trigger == {"refund_refused": 3, "age_restricted_sale_refused": 1}
    assert s.by_time_band["Before 9:00"] == 1 and s.by_time_band["12:00-13:59"] == 1
    assert s.by_time_band["20:00 and later"] == 1
    assert s.by_weekday["Monday"] == 1 and s.by_weekday["Saturday"] == 1
    assert s.police_involvement_rate == 2 / 4
    assert (s.riddor_reportable, s.riddor_recordable) == (1, 1)
    assert s.welfare_outstanding == 3
    assert summarise_incidents([], START, END).police_involvement_rate is None


def test_time_bands_cover_the_day():
    assert [time_band(datetime(2026, 1, 1, h)) for h in (0, 9, 12, 14, 17, 23)] == [
        "Before 9:00", "9:00-11:59", "12:00-13:59", "14:00-16:59", "17:00-19:59",
        "20:00 and later"]


def test_suggestions_are_grouped_and_the_most_made_come_first():
    from desktop_app.domain.kpis import group_suggestions
    made = [complaint(3, reference=f"R{i}", improvement_suggestion=text) for i, text in
            enumerate(["Train staff", "Fix the till", "  fix   THE till ", "", "Fix the till"])]
    assert group_suggestions(made) == (Suggestion("Fix the till", 3, ("R1", "R2", "R4")),
                                       Suggestion("Train staff", 1, ("R0",)))


def test_stores_counts_combined_give_the_same_figures_as_counting_them_together():
    from desktop_app.domain.kpis import combined_counts, count_complaints, summary_of
    glasgow = [complaint(2, satisfaction=5, root_cause="faulty batch"),
               complaint(4, customer_agrees=False, closed_at=datetime(2026, 3, 6, 10, 0),
                         improvement_suggestion="Check the batch"),
               complaint(11, follow_up_needed=True, follow_up_due=date(2026, 3, 13),
                         status=Status.AWAITING_FOLLOW_UP, closed_at=None,
                         contact_phone="07700 900123")]
    leeds = [complaint(3, satisfaction=2, root_cause="Faulty  batch", store_code="LDS01",
                       improvement_suggestion="check the batch", contact_phone="07700900123"),
             complaint(12, escalation=Escalation("Manager", "over limit", datetime(2026, 3, 12)),
                       status=Status.ESCALATED, closed_at=None, store_code="LDS01")]
    parts = [count_complaints(group, START, END, today=TODAY) for group in (glasgow, leeds)]
    together = sorted(glasgow + leeds, key=lambda c: c.saved_at)
    combined = summary_of(combined_counts(parts), START, END)
    whole = summary_of(count_complaints(together, START, END, today=TODAY), START, END)
    assert combined.logged == 5 and combined.repeat_complainants == 1
    assert combined.by_root_cause == {"Faulty batch": 2}
    assert [(s.text, s.count) for s in combined.improvement_suggestions] == \
        [(s.text, s.count) for s in whole.improvement_suggestions]
    for name in ("closed", "first_contact_resolution", "average_handling_minutes",
                 "satisfaction", "escalation_rate", "average_days_to_close",
                 "follow_ups_overdue", "by_category", "by_status", "weekly"):
        assert getattr(combined, name) == getattr(whole, name), name
