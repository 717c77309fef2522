"""The dashboard's layout of the summary: periods, tiles, bars and the records behind each."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from desktop_app.domain.complaint import Complaint, Escalation, Status
from desktop_app.domain.dashboard_figures import (Figure, Period, build_dashboard,
                                                  period_caption, period_dates, period_errors,
                                                  repeat_references)
from desktop_app.domain.kpis import ComplaintFigures, summarise_complaints
from desktop_app.domain.record_filter import ComplaintFilter

START, END, TODAY = date(2026, 3, 2), date(2026, 3, 15), date(2026, 3, 16)


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


def figures_of(c: Complaint) -> ComplaintFigures:
    return ComplaintFigures(c.reference, c.opened_at, c.saved_at, c.status, c.channel,
                            c.category, c.root_cause, c.customer_agrees, c.escalated,
                            c.follow_up_needed, c.follow_up_due, c.satisfaction,
                            c.contact_phone, c.contact_email, c.customer_name,
                            c.improvement_suggestion, c.closed_at)


def sample() -> list[Complaint]:
    return [
        complaint(2, satisfaction=5, contact_phone="07700 900123"),
        complaint(3, satisfaction=3, root_cause="faulty batch", contact_phone="+44 7700 900123"),
        complaint(4, customer_agrees=False, closed_at=datetime(2026, 3, 6, 10, 0),
                  root_cause="Faulty  batch", category=""),
        complaint(10, escalation=Escalation("Manager", "over limit", datetime(2026, 3, 10)),
                  status=Status.ESCALATED, closed_at=None, channel="phone",
                  category="poor_service", root_cause="Rude", customer_name="Ann Lee"),
        complaint(11, follow_up_needed=True, follow_up_due=date(2026, 3, 13),
                  status=Status.AWAITING_FOLLOW_UP, closed_at=None, channel="",
                  improvement_suggestion="Check the batch", customer_name="ann  lee"),
        complaint(20),                                                   # outside the period
    ]


def test_periods_end_today_and_last_month_is_whole():
    today = date(2026, 3, 10)                                            # a Tuesday
    assert period_dates(Period.THIS_WEEK, today) == (date(2026, 3, 9), today)
    assert period_dates(Period.THIS_MONTH, today) == (date(2026, 3, 1), today)
    assert period_dates(Period.LAST_MONTH, today) == (date(2026, 2, 1), date(2026, 2, 28))
    assert period_dates(Period.THIS_YEAR, today) == (date(2026, 1, 1), today)
    assert period_dates(Period.LAST_12_MONTHS, today) == (date(2025, 3, 11), today)
    assert period_dates(Period.LAST_12_MONTHS, date(2028, 2, 29)) == (date(2027, 3, 1),
                                                                       date(2028, 2, 29))
    assert period_dates(Period.LAST_MONTH, date(2026, 1, 5)) == (date(2025, 12, 1),
                                                                 date(2025, 12, 31))
    assert period_dates(Period.CUSTOM, today, start=date(2025, 1, 1),
                        end=date(2025, 6, 30)) == (date(2025, 1, 1), date(2025, 6, 30))
    assert period_errors(date(2026, 3, 2), date(2026, 3, 1))["end"].startswith("The 'to' date")
    assert period_errors(date(2026, 3, 1), date(2026, 3, 1)) == {}
    assert period_caption(date(2026, 1, 1), date(2026, 12, 31)) == "1 Jan 2026 – 31 Dec 2026"


def test_lean_figures_give_the_same_summary_as_full_complaints():
    complaints = sample()
    full = summarise_complaints(complaints, START, END, today=TODAY)
    lean = summarise_complaints([figures_of(c) for c in complaints], START, END, today=TODAY)
    assert lean == full
    assert full.logged == 5 and full.repeat_complainants == 2 and full.repeat_complaints == 4


def test_tiles_read_as_the_pdf_and_open_their_records():
    complaints = sample()
    s = summarise_complaints(complaints, START, END, today=TODAY)
    board = build_dashboard(s, complaints, today=TODAY)
    period = ComplaintFilter(date_from=START, date_to=END)
    texts = {t.figure: (t.value, t.detail) for t in board.tiles}
    assert texts[Figure.LOGGED] == ("5", "3 closed")
    assert texts[Figure.FIRST_CONTACT] == ("67%", "of 3 complaints closed")
    assert texts[Figure.HANDLING] == ("4.0 min", "from opening to saving")
    assert texts[Figure.SATISFACTION] == ("4.0", "out of 5, from 2 customers")
    assert texts[Figure.ESCALATION] == ("20%", "of 5 complaints logged")
    assert texts[Figure.OVERDUE] == ("1", "on 16 Mar 2026")
    assert texts[Figure.REPEAT] == ("2", "4 complaints")
    records = {t.figure: t.records for t in board.tiles}
    assert records[Figure.ESCALATION] == period.but(
        escalated=True, caption="Escalated complaints saved 2 Mar 2026 – 15 Mar 2026")
    assert records[Figure.FIRST_CONTACT].but(caption="") == period.but(
        statuses=(Status.CLOSED,), first_contact=True)
    assert records[Figure.SATISFACTION].satisfaction_given is True
    assert records[Figure.OVERDUE].but(caption="") == period.but(overdue_on=TODAY)
    assert records[Figure.TIME_TO_CLOSE].statuses == (Status.CLOSED,)
    assert records[Figure.LOGGED].but(caption="") == period
    assert set(records[Figure.REPEAT].references) == {
        "GLA01-2026-000002", "GLA01-2026-000003", "GLA01-2026-000010", "GLA01-2026-000011"}
    assert records[Figure.REPEAT].date_from == START


def test_empty_period_shows_dashes_and_no_bars():
    s = summarise_complaints([], START, END, today=TODAY)
    board = build_dashboard(s, [], today=TODAY)
    assert board.empty
    values = {t.figure: t.value for t in board.tiles}
    assert values[Figure.LOGGED] == "0" and values[Figure.FIRST_CONTACT] == "—"
    assert values[Figure.SATISFACTION] == "—" and values[Figure.TIME_TO_CLOSE] == "—"
    assert board.by_category.bars == () and board.by_root_cause.bars == ()
    assert [bar.count for bar in board.weekly.bars] == [0, 0]


def test_each_bar_names_exactly_the_records_behind_it():
    complaints = sample()
    s = summarise_complaints(complaints, START, END, today=TODAY)
    board = build_dashboard(s, complaints, today=TODAY,
                            category_labels={"faulty_goods": "Faulty goods"})
    categories = {bar.key: bar for bar in board.by_category.bars}
    assert categories["faulty_goods"].label == "Faulty goods"
    assert categories["faulty_goods"].records.category == "faulty_goods"
    assert categories["faulty_goods"].records.caption == (
        "Complaints in ‘Faulty goods’ saved 2 Mar 2026 – 15 Mar 2026")
    # No category: the list cannot ask for "none", so the records are named.
    assert categories["uncategorised"].records.references == ("GLA01-2026-000004",)
    causes = {bar.key: bar for bar in board.by_root_cause.bars}
    # "faulty batch" and "Faulty  batch" count as one; the list compares trimmed text only.
    assert causes["Faulty batch"].count == 2
    assert causes["Faulty batch"].records.references == ("GLA01-2026-000003",
                                                         "GLA01-2026-000004")
    assert causes["Rude"].records.root_cause == "Rude" and not causes["Rude"].records.references
    statuses = {bar.key: bar for bar in board.by_status.bars}
    assert statuses["escalated"].records.statuses == (Status.ESCALATED,)
    assert statuses["escalated"].label == "Escalated"
    channels = {bar.key: bar for bar in board.by_channel.bars}
    assert channels["phone"].records.channel == "phone"
    assert channels["phone"].records.caption.startswith("Complaints made by phone, saved")
    assert channels[""].records.references == ("GLA01-2026-000011",)
    weeks = board.weekly.bars
    assert [(b.records.date_from, b.records.date_to, b.count) for b in weeks] == [
        (date(2026, 3, 2), date(2026, 3, 8), 3), (date(2026, 3, 9), date(2026, 3, 15), 2)]


def test_weeks_are_clipped_to_the_period():
    complaints = sample()
    s = summarise_complaints(complaints, date(2026, 3, 4), date(2026, 3, 10), today=TODAY)
    weeks = build_dashboard(s, complaints, today=TODAY).weekly.bars
    assert [(b.label, b.records.date_from, b.records.date_to, b.count) for b in weeks] == [
        ("02/03", date(2026, 3, 4), date(2026, 3, 8), 1),
        ("09/03", date(2026, 3, 9), date(2026, 3, 10), 1)]
    assert weeks[0].records.caption == "Complaints saved 4 Mar 2026 – 8 Mar 2026"


def test_repeat_references_use_the_summary_s_customer_key():
    complaints = sample()[:5]
    assert repeat_references(complaints) == ("GLA01-2026-000002", "GLA01-2026-000003",
                                             "GLA01-2026-000010", "GLA01-2026-000011")
    assert repeat_references([figures_of(c) for c in complaints]) == repeat_references(
        complaints)
