"""Listing and searching complaints through the service: who sees what, dates checked,
and the search kept in step with amendments and erasure."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import date

import pytest

from desktop_app.domain.complaint import Status
from desktop_app.domain.errors import ValidationFailed
from desktop_app.domain.record_filter import ComplaintFilter
from desktop_app.services import complaint_list, complaints, data_protection, demo
from tests.services.test_data_protection import save_complaint

EVERYTHING = ComplaintFilter()


def references(ctx, user, flt: ComplaintFilter) -> list[str]:  # noqa: ANN001
    return [r.reference for r in complaint_list.complaint_page(ctx, user, flt, limit=1000)]


def test_staff_list_only_their_own_complaints_whatever_they_ask(ctx, staff, supervisor, manager):
    mine = save_complaint(ctx, staff, product="Kettle")
    theirs = save_complaint(ctx, supervisor, product="Kettle")
    assert references(ctx, staff, EVERYTHING) == [mine]
    assert references(ctx, staff, ComplaintFilter(staff_id=supervisor.id)) == [mine]
    assert references(ctx, staff, ComplaintFilter(text=theirs)) == []
    assert complaint_list.count_complaints(ctx, staff, EVERYTHING) == 1
    assert references(ctx, supervisor, EVERYTHING) == [theirs, mine]
    assert references(ctx, manager, ComplaintFilter(staff_id=staff.id)) == [mine]
    assert complaint_list.staff_choices(ctx, staff) == [(staff.id, "Sam Staff")]
    names = [name for _id, name in complaint_list.staff_choices(ctx, manager)]
    assert names == sorted(names) and {"Sam Staff", "Morag Manager", "Suzy Supervisor"} <= set(names)


def test_dates_the_wrong_way_round_are_refused_with_a_message(ctx, manager):
    backwards = ComplaintFilter(date_from=date(2026, 3, 1), date_to=date(2026, 2, 1))
    assert "before the 'from' date" in complaint_list.filter_errors(backwards)["date_to"]
    for call in (complaint_list.count_complaints, complaint_list.complaint_page,
                 complaint_list.first_page):
        with pytest.raises(ValidationFailed) as refused:
            call(ctx, manager, backwards)
        assert set(refused.value.errors) == {"date_to"}
    assert complaint_list.filter_errors(backwards.but(date_to=date(2026, 3, 1))) == {}


def test_first_page_counts_and_reads_the_newest(ctx, manager, clock):
    demo.fill(ctx, complaints=230, incidents=0, seed=4)
    first = complaint_list.first_page(ctx, manager, EVERYTHING)
    assert first.total == 230 and len(first.rows) == complaint_list.PAGE_SIZE
    assert first.rows == sorted(first.rows, key=lambda r: (r.saved_at, r.id), reverse=True)
    rest = complaint_list.complaint_page(ctx, manager, EVERYTHING, after=first.rows[-1])
    assert len(rest) == 30 and rest[0].saved_at <= first.rows[-1].saved_at
    empty = complaint_list.first_page(ctx, manager, ComplaintFilter(text="zzzzqqq"))
    assert (empty.total, empty.rows) == (0, [])


def test_any_page_read_from_the_oldest_end_is_the_same_page(ctx, manager):
    """End (or the scrollbar at the bottom) reads the oldest rows, not OFFSET total-200."""
    from desktop_app.ui.workspace.complaint_list_model import PageCache, fetch_page

    demo.fill(ctx, complaints=530, incidents=0, seed=4)
    newest_first = [r.reference for r in complaint_list.complaint_page(
        ctx, manager, EVERYTHING, limit=1000)]
    cache = PageCache(page_rows=100)
    last = cache.request_for(5, total=530)
    assert (last.from_oldest, last.offset, last.rows) == (True, 0, 30)
    middle = cache.request_for(3, total=530)
    assert (middle.from_oldest, middle.offset, middle.rows) == (True, 130, 100)
    assert not cache.request_for(1, total=530).from_oldest      # nearer the newest end
    for page in range(6):
        rows = fetch_page(ctx, manager, EVERYTHING, cache.request_for(page, total=530),
                          page_rows=100)
        assert [r.reference for r in rows] == newest_first[page * 100:(page + 1) * 100], page
    text = ComplaintFilter(text="kettle")
    found = [r.reference for r in complaint_list.complaint_page(ctx, manager, text, limit=1000)]
    tail = complaint_list.complaint_page(ctx, manager, text, from_oldest=True, limit=7)
    assert len(found) > 7 and [r.reference for r in tail] == found[-7:]


def test_searching_finds_the_new_word_after_an_amendment_and_not_the_old(ctx, manager, staff):
    reference = save_complaint(ctx, staff, product="Percolator")
    assert references(ctx, manager, ComplaintFilter(text="percolator")) == [reference]
    complaints.amend_complaint(ctx, manager, reference, "product", "Samovar", "Misheard")
    assert references(ctx, manager, ComplaintFilter(text="percolator")) == []
    assert references(ctx, manager, ComplaintFilter(text="samov")) == [reference]


def test_an_erased_customer_can_no_longer_be_found_by_name(ctx, manager, staff):
    erased = save_complaint(ctx, staff, customer_name="Quentin Blathersby")
    kept = save_complaint(ctx, staff, customer_name="Quentin Other")
    assert references(ctx, manager, ComplaintFilter(text="blathersby")) == [erased]
    data_protection.erase_personal_data(ctx, manager, complaints=[erased], incidents=[],
                                        reason="The customer asked", received_on=date(2026, 3, 9))
    assert references(ctx, manager, ComplaintFilter(text="blathersby")) == []
    assert references(ctx, manager, ComplaintFilter(text="quentin")) == [kept]
    assert references(ctx, manager, ComplaintFilter(text=erased)) == [erased]   # still counted


def test_the_list_can_be_read_on_worker_threads_while_the_till_saves(ctx, manager, staff):
    for _ in range(3):
        save_complaint(ctx, staff)
    flt = ComplaintFilter(statuses=(Status.CLOSED,))
    with ThreadPoolExecutor(max_workers=2) as pool:
        counts = [pool.submit(complaint_list.count_complaints, ctx, manager, flt)
                  for _ in range(4)]
        save_complaint(ctx, staff)
        assert {f.result() for f in counts} <= {3, 4}
    assert complaint_list.count_complaints(ctx, manager, flt) == 4


def test_a_search_counts_its_matches_once_per_request(ctx, manager):
    from sqlalchemy import event

    demo.fill(ctx, complaints=60, incidents=0, seed=4)
    sent: list[str] = []

    def seen(_conn, _cursor, statement, *_args) -> None:  # noqa: ANN001
        sent.append(statement)

    event.listen(ctx.db.reader, "before_cursor_execute", seen)
    try:
        first = complaint_list.first_page(ctx, manager, ComplaintFilter(text="kettle"))
    finally:
        event.remove(ctx.db.reader, "before_cursor_execute", seen)
    assert first.total > 0
    counts = [s for s in sent if s.startswith("SELECT count(*) FROM complaints_fts")]
    assert len(counts) == 1
