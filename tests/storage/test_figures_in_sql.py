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
