"""The complaint list in SQL: every filter field against the same question asked in Python,
safe search text, keyset paging, and query plans that use an index."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from desktop_app.domain.complaint import FOLLOW_UP_OPEN, Complaint, Status
from desktop_app.domain.record_filter import ComplaintFilter
from desktop_app.services import demo
from desktop_app.storage.complaint_list_repository import (count_statement, explain,
                                                           page_statement, search_terms)

TODAY = date(2026, 3, 10)


@pytest.fixture
def everything(ctx, clock, staff) -> list[Complaint]:
    """A demonstration year made ten days ago (so some work is still open, some overdue),
    a follow-up forgotten since the first of the month and an escalation waiting."""
    from tests.services.test_aftercare import escalated
    from tests.services.test_data_protection import save_complaint

    now = clock.now()
    clock.set(now - timedelta(days=10))
    demo.fill(ctx, complaints=160, incidents=0, seed=11)
    clock.set(datetime(2026, 3, 1, 12, 0))
    save_complaint(ctx, staff, follow_up_needed=True, follow_up_due=date(2026, 3, 5),
                   follow_up_method="phone")
    escalated(ctx, staff)                                     # and one waiting for a decision
    clock.set(now)
    with ctx.uow() as uow:
        return uow.complaints.saved_between(datetime(2000, 1, 1), datetime(2100, 1, 1))


def newest_first(complaints: list[Complaint]) -> list[str]:
    return [c.reference for c in sorted(complaints, key=lambda c: (c.saved_at, c.id),
                                        reverse=True)]


def listed(ctx, flt: ComplaintFilter) -> tuple[int, list[str]]:  # noqa: ANN001
    with ctx.read_uow() as uow:
        return (uow.complaint_list.count(flt),
                [r.reference for r in uow.complaint_list.page(flt, limit=1000)])


def _cases(everything: list[Complaint]) -> dict[str, tuple[ComplaintFilter, object]]:
    some = everything[5]
    cause = some.root_cause
    return {
        "status": (ComplaintFilter(statuses=(Status.ESCALATED,)),
                   lambda c: c.status is Status.ESCALATED),
        "statuses": (ComplaintFilter(statuses=(Status.ESCALATED, Status.AWAITING_FOLLOW_UP)),
                     lambda c: c.status in (Status.ESCALATED, Status.AWAITING_FOLLOW_UP)),
        "category": (ComplaintFilter(category="faulty_goods"),
                     lambda c: c.category == "faulty_goods"),
        "dates": (ComplaintFilter(date_from=date(2025, 9, 1), date_to=date(2025, 11, 30)),
                  lambda c: date(2025, 9, 1) <= c.saved_at.date() <= date(2025, 11, 30)),
        "one day": (ComplaintFilter(date_from=some.saved_at.date(), date_to=some.saved_at.date()),
                    lambda c: c.saved_at.date() == some.saved_at.date()),
        "staff": (ComplaintFilter(staff_id=some.staff_id), lambda c: c.staff_id == some.staff_id),
        "model": (ComplaintFilter(model_id="heat"), lambda c: c.model_id == "heat"),
        "channel": (ComplaintFilter(channel="phone"), lambda c: c.channel == "phone"),
        "root cause": (ComplaintFilter(root_cause=f"  {cause.upper()} "),
                       lambda c: c.root_cause.strip().casefold() == cause.casefold()),
        "escalated": (ComplaintFilter(escalated=True), lambda c: c.escalated),
        "not escalated": (ComplaintFilter(escalated=False), lambda c: not c.escalated),
        "first contact": (ComplaintFilter(first_contact=True),
                          lambda c: c.resolved_at_first_contact),
        "not first contact": (ComplaintFilter(first_contact=False),
                              lambda c: not c.resolved_at_first_contact),
        "satisfaction": (ComplaintFilter(satisfaction_given=True), lambda c: bool(c.satisfaction)),
        "no satisfaction": (ComplaintFilter(satisfaction_given=False),
                            lambda c: not c.satisfaction),
        "overdue": (ComplaintFilter(overdue_on=TODAY),
                    lambda c: c.follow_up_needed and c.follow_up_due is not None
                    and c.follow_up_due < TODAY and c.status in FOLLOW_UP_OPEN),
        "references": (ComplaintFilter(references=(everything[3].reference,
                                                   everything[9].reference.lower(), "NOPE")),
                       lambda c: c.reference in (everything[3].reference,
                                                 everything[9].reference)),
        "combined": (ComplaintFilter(statuses=(Status.CLOSED,), category="faulty_goods",
                                     model_id="lass", date_from=date(2025, 6, 1)),
                     lambda c: c.status is Status.CLOSED and c.category == "faulty_goods"
                     and c.model_id == "lass" and c.saved_at.date() >= date(2025, 6, 1)),
    }


def test_every_filter_field_matches_the_same_question_asked_in_python(ctx, everything):
    for name, (flt, wanted) in _cases(everything).items():
        expected = newest_first([c for c in everything if wanted(c)])
        assert 0 < len(expected) < len(everything) or name == "combined", name
        assert listed(ctx, flt) == (len(expected), expected), name


def test_no_filter_lists_everything_newest_first(ctx, everything):
    assert listed(ctx, ComplaintFilter()) == (len(everything), newest_first(everything))


def test_search_finds_words_prefixes_references_and_ignores_accents(ctx, everything):
    some = everything[7]
    kettles = newest_first([c for c in everything if "kettle" in c.product.lower()])
    assert listed(ctx, ComplaintFilter(text="kett"))[1] == kettles
    assert listed(ctx, ComplaintFilter(text="KETTLE"))[1] == kettles
    assert listed(ctx, ComplaintFilter(text=some.reference))[1] == [some.reference]
    assert listed(ctx, ComplaintFilter(text=some.reference.lower()))[1] == [some.reference]
    assert some.reference in listed(ctx, ComplaintFilter(text=some.reference[-6:]))[1]
    surname = some.customer_name.split()[-1]
    named = newest_first([c for c in everything if surname in c.customer_name])
    assert listed(ctx, ComplaintFilter(text=surname.lower())) == (len(named), named)
    sian = [c for c in everything if c.customer_name.startswith("Siân")]
    assert sian and listed(ctx, ComplaintFilter(text="sian"))[0] >= len(sian)


@pytest.mark.parametrize("hostile", [
    '"', '""', 'kettle"', '"kettle', "*", "kett*", "NEAR(", "NEAR(kettle toaster", "-",
    "-kettle", "OR", "kettle OR", "AND NOT", "(", ")", "((kettle", "kettle)", "^", ":",
    "reference:kettle", "{customer_name}: x", "'; DROP TABLE complaints; --", "\\", "%_",
    "   ", "NOT", "kettle NOT toaster", "🙂",
])
def test_hostile_search_text_never_raises(ctx, everything, hostile):
    count, rows = listed(ctx, ComplaintFilter(text=hostile))
    assert count == len(rows)


def test_search_terms_quote_every_word_and_make_the_last_a_prefix():
    assert search_terms('kett') == ([], '"kett"*')
    assert search_terms('jane "smith') == ([], '"jane" AND """smith"*')
    assert search_terms('NEAR( - OR toaster ') == ([], '"NEAR(" AND "OR" AND "toaster"')
    assert search_terms('gla01-2026-000012 kettle') == (["GLA01-2026-000012"], '"kettle"*')
    assert search_terms('* - ( )') == ([], "")


def test_keyset_pages_join_up_with_offset_pages(ctx, everything):
    flt = ComplaintFilter()
    with ctx.read_uow() as uow:
        repo = uow.complaint_list
        first = repo.page(flt, limit=50)
        second = repo.page(flt, after=first[-1], limit=50)
        assert second == repo.page(flt, offset=50, limit=50)
        assert repo.page(flt, before=second[0], limit=50) == first
        assert repo.page(flt, after=first[-1], limit=50, offset=999) == second
    assert [r.reference for r in first + second] == newest_first(everything)[:100]


def test_the_plans_use_an_index_and_read_no_more_than_a_page(ctx, everything):
    day = date(2026, 1, 1)
    with ctx.read_uow() as uow:
        session = uow._session
        assert explain(session, count_statement(ComplaintFilter())) == [
            "SCAN complaints USING COVERING INDEX ix_complaints_saved_at"]
        for flt, index in ((ComplaintFilter(), "ix_complaints_saved_at"),
                           (ComplaintFilter(statuses=(Status.OPEN,)), "ix_complaints_status_saved_at"),
                           (ComplaintFilter(category="delivery"), "ix_complaints_category_saved_at"),
                           (ComplaintFilter(staff_id=2), "ix_complaints_staff_id_saved_at"),
                           (ComplaintFilter(model_id="heat"), "ix_complaints_model_id_saved_at"),
                           (ComplaintFilter(date_from=day), "ix_complaints_saved_at"),
                           (ComplaintFilter(statuses=(Status.CLOSED,), category="delivery"),
                            "ix_complaints_category_saved_at")):
            plan = explain(session, page_statement(flt))
            assert index in plan[0] and not any("TEMP B-TREE" in p for p in plan), (flt, plan)
            assert index in explain(session, count_statement(flt))[0], flt
        few = explain(session, page_statement(ComplaintFilter(text="kettle"), search_drives=True))
        assert "PRIMARY KEY" in few[0]
        many = explain(session, page_statement(ComplaintFilter(text="kettle"),
                                               search_drives=False))
        assert "ix_complaints_saved_at" in many[0]
