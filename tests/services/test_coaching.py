"""Coaching figures per member of staff: theirs beside the store's, the quality trend,
the points most often missed; who may see them; the period PDF for a review."""

from __future__ import annotations

import io
from datetime import date, datetime, time, timedelta

import pytest
from pypdf import PdfReader

from desktop_app.domain.errors import PermissionDenied
from desktop_app.domain.kpis import summarise_complaints
from desktop_app.domain.quality import TITLES
from desktop_app.services import audit, coaching, reviews
from tests.services.test_data_protection import save_complaint

PERIOD = (date(2026, 3, 1), date(2026, 3, 31))


def test_a_persons_figures_stand_beside_the_stores_with_their_missed_points(
        ctx, staff, manager, clock):
    cause = "A faulty batch of thermostats from the supplier"
    mine = [save_complaint(ctx, staff, root_cause=cause),
            save_complaint(ctx, staff, root_cause=cause, further_assistance_offered=True)]
    clock.advance(days=3)
    mine.append(save_complaint(ctx, staff, root_cause="Faulty goods"))  # restates the category
    save_complaint(ctx, manager, further_assistance_offered=True)
    found = coaching.coaching(ctx, manager, "s01", *PERIOD)
    assert (found.staff_code, found.mine.logged, found.store.logged) == ("S01", 3, 4)
    with ctx.uow() as uow:
        theirs = [c for c in uow.complaints.saved_between(
            datetime.combine(PERIOD[0], time.min),
            datetime.combine(PERIOD[1] + timedelta(days=1), time.min))
            if c.staff_id == staff.id]
    expected = summarise_complaints(theirs, *PERIOD, today=clock.now().date())
    assert found.mine.first_contact_resolution == expected.first_contact_resolution
    (march,) = found.months
    assert march.month == "2026-03" and march.complaints == 3
    assert 0 < march.evidenced < march.applying
    missed = {p.rule: p for p in found.most_missed}
    assert missed["further_assistance"].times == 2                 # two of their three
    assert set(missed["further_assistance"].references) <= set(mine)
    assert missed["root_cause"].references == (mine[2],)
    assert [p.times for p in found.most_missed] == sorted(
        (p.times for p in found.most_missed), reverse=True)
    assert [r.reference for r in found.records] == mine[::-1]      # the most recent first
    assert all(0 < r.evidenced <= r.applying and r.reviews == 0 for r in found.records)


def test_feedback_given_in_the_period_is_with_the_figures(ctx, staff, manager, clock):
    march = save_complaint(ctx, staff)
    clock.advance(days=30)                   # reviewed in April, saved in March
    reviews.review_complaint(ctx, manager, march, {
        "went_well": "Asked what would put it right.", "work_on": "Write down the root cause."})
    april = coaching.coaching(ctx, manager, "S01", date(2026, 4, 1), date(2026, 4, 30))
    assert [(n.reference, n.review.work_on) for n in april.feedback] == [
        (march, "Write down the root cause.")]
    assert coaching.coaching(ctx, manager, "S01", *PERIOD).feedback == ()
    assert coaching.coaching(ctx, manager, "S01", *PERIOD).records[0].reviews == 1


def test_staff_see_only_their_own_and_every_look_is_audited(ctx, staff, manager,
                                                             supervisor):
    save_complaint(ctx, staff)
    assert coaching.coaching(ctx, staff, "S01", *PERIOD).mine.logged == 1
    with pytest.raises(PermissionDenied, match="another person's coaching figures"):
        coaching.coaching(ctx, staff, "M01", *PERIOD)
    assert coaching.coaching(ctx, supervisor, "S01", *PERIOD).mine.logged == 1
    looked = [e.record_ref for e in audit.trail(ctx, manager, action="view")
              if e.record_ref.startswith("coaching")]
    assert looked == ["coaching S01 20260301-20260331"] * 2


def test_the_period_pdf_for_a_review(ctx, staff, manager, tmp_path):
    reference = save_complaint(ctx, staff)
    reviews.review_complaint(ctx, manager, reference, {
        "went_well": "Kept calm & <b>named</b> the fault", "work_on": "Offer a second option"})
    report = coaching.coaching_report(ctx, manager, "S01", *PERIOD)
    (tmp_path / report.filename).write_bytes(report.pdf)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(
        io.BytesIO(report.pdf)).pages).split())
    assert "Coaching: Sam Staff (S01)" in text and "The store" in text
    assert "The points most often missed" in text
    assert TITLES["further_assistance"] in text
    assert "CONFIDENTIAL" in text
    assert "Feedback given in the period" in text and reference in text
    assert "Kept calm & <b>named</b> the fault" in text and "Not yet" in text
    assert report.filename == "coaching-S01-20260301-20260331.pdf"
