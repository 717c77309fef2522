"""The dashboard service: the PDF summary's figures, the summary's permission, and for every
figure a filter that lists exactly the records behind it."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain.complaint import Status
from desktop_app.domain.dashboard_figures import Figure
from desktop_app.domain.errors import DomainError, PermissionDenied
from desktop_app.services import complaint_list, dashboard, demo, reporting

START, END = date(2025, 3, 11), date(2026, 3, 10)        # the last 12 months (clock: 10 March)


@pytest.fixture
def filled(ctx):
    demo.fill(ctx, complaints=400, incidents=0, seed=3)
    return ctx


def test_figures_are_the_pdf_summary_s(filled, manager, monkeypatch):
    printed = {}

    def capture(header, summary, labels):  # noqa: ANN001
        printed["summary"] = summary
        return b"%PDF"

    monkeypatch.setattr("desktop_app.reports.summary_report.complaints_summary_pdf", capture)
    for start, end in ((START, END), (date(2026, 2, 1), date(2026, 2, 28)),
                       (date(2025, 12, 29), date(2026, 1, 4))):
        board = dashboard.dashboard(filled, manager, start, end)
        reporting.complaints_summary(filled, manager, start, end)
        assert board.summary == printed["summary"]
    assert board.summary.logged > 0


def test_only_those_who_may_print_the_summary_see_the_dashboard(filled, staff, supervisor,
                                                                 manager):
    for user in (staff, supervisor):
        assert not dashboard.may_see_dashboard(user)
        with pytest.raises(PermissionDenied):
            reporting.complaints_summary(filled, user, START, END)
        with pytest.raises(PermissionDenied):
            dashboard.dashboard(filled, user, START, END)
    assert dashboard.may_see_dashboard(manager)
    with pytest.raises(DomainError, match="before its start"):
        dashboard.dashboard(filled, manager, END, START)


def test_every_figure_opens_exactly_the_records_behind_it(filled, manager):
    board = dashboard.dashboard(filled, manager, START, END)
    s = board.summary

    def listed(flt) -> int:  # noqa: ANN001
        return complaint_list.count_complaints(filled, manager, flt)

    tiles = {t.figure: t.records for t in board.tiles}
    assert listed(tiles[Figure.LOGGED]) == s.logged
    assert listed(tiles[Figure.HANDLING]) == s.logged
    assert listed(tiles[Figure.TIME_TO_CLOSE]) == s.closed
    assert listed(tiles[Figure.FIRST_CONTACT]) == round(s.first_contact_resolution * s.closed)
    assert listed(tiles[Figure.SATISFACTION]) == s.satisfaction_responses
    assert listed(tiles[Figure.ESCALATION]) == round(s.escalation_rate * s.logged)
    assert listed(tiles[Figure.OVERDUE]) == s.follow_ups_overdue > 0
    assert listed(tiles[Figure.REPEAT]) == s.repeat_complaints > 0
    assert len(tiles[Figure.REPEAT].references) == s.repeat_complaints
    assert tiles[Figure.ESCALATION].caption == (
        "Escalated complaints saved 11 Mar 2025 – 10 Mar 2026")
    assert tiles[Figure.OVERDUE].overdue_on == date(2026, 3, 10)
    for chart in (board.weekly, board.by_category, board.by_root_cause, board.by_status,
                  board.by_channel):
        assert chart.bars
        for bar in chart.bars:
            assert listed(bar.records) == bar.count, (chart.title, bar.label)
            assert bar.records.caption
    assert board.by_status.total == s.logged and board.weekly.total == s.logged
    closed = next(b for b in board.by_status.bars if b.key == "closed")
    assert closed.records.statuses == (Status.CLOSED,)


def test_a_period_with_no_complaints(filled, manager):
    board = dashboard.dashboard(filled, manager, date(2020, 1, 1), date(2020, 1, 31))
    assert board.empty and board.summary.logged == 0
    assert board.tile(Figure.ESCALATION).value == "—"
    assert board.tile(Figure.LOGGED).value == "0"


def test_a_complaint_saved_today_counts_this_week(filled, manager):
    before = dashboard.dashboard(filled, manager, date(2026, 3, 9), date(2026, 3, 10))
    from tests.services.test_reporting import _complaint

    _complaint(filled, manager)
    after = dashboard.dashboard(filled, manager, date(2026, 3, 9), date(2026, 3, 10))
    assert after.summary.logged == before.summary.logged + 1
