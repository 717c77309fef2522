"""The figures counted in SQL are the figures kpis.py defines, counted in Python."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

import pytest

from desktop_app.domain.dashboard_figures import Behind, RecordsInMemory
from desktop_app.domain.kpis import summarise_complaints, summary_of
from desktop_app.services import demo, reporting
from tests.services.test_data_protection import save_complaint

PERIODS = ((date(2017, 1, 1), date(2026, 3, 10)), (date(2024, 1, 1), date(2024, 12, 31)),
           (date(2026, 2, 23), date(2026, 3, 1)), (date(2026, 3, 10), date(2026, 3, 10)),
           (date(2030, 1, 1), date(2030, 1, 31)))


@pytest.fixture
def store(ctx, clock, staff):
    """Ten years of demonstration records and, today, the awkward ones: the same customer
    typed three ways, root causes and suggestions differing in spacing and case."""
    demo.fill(ctx, complaints=2_500, incidents=0, seed=9, years=10)
    for phone, cause, suggestion in (("07700 900123", "Late  delivery", "Open  earlier"),
                                     ("(07700) 900-123", "late delivery ", "open EARLIER"),
                                     ("+44 7700 900123", "Late delivery", "")):
        save_complaint(ctx, staff, contact_consent=True, contact_phone=phone,
                       root_cause=cause, improvement_suggestion=suggestion)
    return ctx


def close_enough(sql, python) -> None:  # noqa: ANN001
    for field in dataclasses.fields(python):
        ours, theirs = getattr(sql, field.name), getattr(python, field.name)
        if isinstance(theirs, float):       # julianday's double: microseconds at most
            assert ours == pytest.approx(theirs, rel=1e-7), field.name
        else:
            assert ours == theirs, field.name


def test_every_figure_counted_in_sql_equals_the_python_pass(store):
    today = store.clock.now().date()
    for start, end in PERIODS:
        low, high = reporting.period_bounds(start, end)
        with store.read_uow() as uow:
            in_python = summarise_complaints(uow.complaints.saved_between(low, high), start,
                                             end, today=today)
            in_sql = summary_of(uow.figures.counts(low, high, today), start, end)
        close_enough(in_sql, in_python)
    assert in_python.logged == 0                            # a period with nothing in it
    with store.read_uow() as uow:
        low, high = reporting.period_bounds(*PERIODS[0])
        whole = summary_of(uow.figures.counts(low, high, today), *PERIODS[0])
    assert whole.logged > 2_000 and whole.repeat_complainants >= 1
    merged = [s for s in whole.improvement_suggestions if s.text == "Open earlier"]
    assert [s.count for s in merged] == [2]          # "Open  earlier" and "open EARLIER"


def test_the_records_behind_a_figure_are_found_the_same_way_in_sql(store):
    start, end = PERIODS[0]
    low, high = reporting.period_bounds(start, end)
    with store.read_uow() as uow:
        full = uow.complaints.saved_between(low, high)
        memory, sql = RecordsInMemory(full), uow.figures.records_in(low, high)
        assert sql.typed_root_causes() == memory.typed_root_causes()
        assert sql.any_uncategorised() == memory.any_uncategorised()
        causes = frozenset({"Late  delivery", "late delivery "})
        for behind, values in ((Behind.REPEAT, frozenset()), (Behind.NO_CHANNEL, frozenset()),
                               (Behind.NO_CATEGORY, frozenset()),
                               (Behind.ROOT_CAUSES, causes)):
            assert sql.references(behind, values) == memory.references(behind, values), behind
    assert datetime(2026, 3, 10) <= store.clock.now()


def recount(connection) -> dict:  # noqa: ANN001
    """complaint_day_figures worked out afresh from the complaints, as migration 0004 does."""
    rows = connection.exec_driver_sql(
        "SELECT substr(saved_at, 1, 10), category, channel, status, root_cause, count(*), "
        "sum(status = 'closed' AND customer_agrees = 1 AND escalated_at IS NULL "
        "AND follow_up_needed = 0), sum(status = 'closed' AND closed_at IS NOT NULL), "
        "total(CASE WHEN status = 'closed' AND closed_at IS NOT NULL THEN "
        "julianday(closed_at) - julianday(opened_at) END), "
        "total(max(0.0, (julianday(saved_at) - julianday(opened_at)) * 1440.0)), "
        "sum(coalesce(satisfaction, 0) != 0), sum(coalesce(satisfaction, 0)), "
        "sum(escalated_at IS NOT NULL) FROM complaints GROUP BY 1, 2, 3, 4, 5")
    return {row[:5]: row[5:] for row in rows}


def kept(connection) -> dict:  # noqa: ANN001
    return {row[:5]: row[5:] for row in connection.exec_driver_sql(
        "SELECT day, category, channel, status, root_cause, logged, first_contact, "
        "closed_timed, days_to_close, handling_minutes, scores, score_total, escalated "
        "FROM complaint_day_figures")}


def test_the_daily_figures_stay_equal_to_the_complaints_through_changes_and_erasure(store):
    """Whatever writes the complaints (the program, the retention sweep, an import or a
    hand at the file), the triggers keep every day's figures equal to a fresh count."""
    from desktop_app.services import data_protection

    assert data_protection.retention_sweep(store).complaints         # ten years: some old
    with store.db.writer.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE complaints SET status = 'closed', closed_at = datetime(saved_at, "
            "'+3 days'), satisfaction = 4, customer_agrees = 1 WHERE id % 7 = 0")
        connection.exec_driver_sql("UPDATE complaints SET category = 'other', root_cause = "
                                   "'Moved shelf' WHERE id % 11 = 0")
        connection.exec_driver_sql("UPDATE complaints SET saved_at = datetime(saved_at, "
                                   "'+1 day'), escalated_at = NULL WHERE id % 13 = 0")
        connection.exec_driver_sql("UPDATE complaints SET product = 'not a figure' "
                                   "WHERE id % 5 = 0")
        connection.exec_driver_sql("DELETE FROM complaints WHERE id % 17 = 0")
    with store.db.writer.connect() as connection:
        fresh, ours = recount(connection), kept(connection)
    assert set(ours) == set(fresh)                  # no group left behind, none missing
    for key, values in fresh.items():
        assert ours[key] == pytest.approx(values, rel=1e-9, abs=1e-9), key
    test_every_figure_counted_in_sql_equals_the_python_pass(store)


def test_figures_are_counted_over_whole_days_only(store):
    with store.read_uow() as uow, pytest.raises(ValueError, match="whole days"):
        uow.figures.counts(datetime(2026, 3, 1, 12, 0), datetime(2026, 3, 2), date(2026, 3, 10))
