"""Demonstration data: the counts asked for, varied, and the same for the same seed."""

from __future__ import annotations

import sqlite3

from desktop_app.services import demo


def _summary(db_path) -> list[tuple]:
    with sqlite3.connect(db_path) as connection:
        return connection.execute(
            "SELECT category, model_id, status, channel, customer_account, saved_at "
            "FROM complaints ORDER BY id").fetchall()


def test_counts_variety_and_determinism(ctx, db_path, tmp_path, clock):
    assert demo.fill(ctx, complaints=120, incidents=15, seed=7) == (120, 15)
    rows = _summary(db_path)
    assert len(rows) == 120
    assert len({r[0] for r in rows}) == len(ctx.catalogue.categories)   # every category
    assert {r[1] for r in rows} == set(ctx.catalogue.models)              # every model
    assert len({r[2] for r in rows}) >= 2 and len({r[3] for r in rows}) >= 3
    hours = {int(r[5][11:13]) for r in rows}
    assert min(hours) <= 9 and max(hours) >= 19                           # times of day
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT COUNT(*) FROM incidents").fetchone()[0] == 15
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    from desktop_app.services import setup
    from desktop_app.services.context import open_app
    other = open_app(tmp_path / "again.db", clock=clock)
    setup.initialise(other, store_name="Glasgow Central", store_code="GLA01",
                     jurisdiction="scotland", manager_name="Morag Manager",
                     manager_code="M01", pin="246810")
    from desktop_app.domain.staff import Role
    from desktop_app.services import auth
    manager = auth.sign_in(other, "M01", "246810")
    auth.add_staff(other, manager, name="Sam Staff", code="S01", role=Role.STAFF, pin="1357")
    auth.add_staff(other, manager, name="Suzy Supervisor", code="V01", role=Role.SUPERVISOR,
                   pin="8642")
    demo.fill(other, complaints=120, incidents=15, seed=7)
    other.close()
    assert [r[:5] for r in _summary(tmp_path / "again.db")] == [r[:5] for r in rows]


def test_ten_years_of_demo_records_obey_the_records_rules_and_look_like_a_store(ctx, clock):
    from collections import Counter
    from datetime import timedelta

    from desktop_app.domain.complaint import Status
    from desktop_app.domain.schema.records import RecordContext, complaint_errors

    demo.fill(ctx, complaints=3_000, incidents=0, seed=5, years=10)
    with ctx.read_uow() as uow:
        saved = uow.complaints.saved_between(clock.now() - timedelta(days=3700), clock.now())
    checks = RecordContext(store_code="GLA01", now=clock.now(),
                           categories={c.id: c for c in ctx.catalogue.categories},
                           models=ctx.catalogue.models)
    wrong = {c.reference: complaint_errors(c, checks) for c in saved}
    assert {ref: errors for ref, errors in wrong.items() if errors} == {}
    assert len(saved) == 3_000
    years = Counter(c.saved_at.year for c in saved)
    assert len(years) >= 10 and max(years.values()) < 2 * min(
        n for y, n in years.items() if y not in (min(years), max(years)))
    assert [c.saved_at for c in saved] == sorted(c.saved_at for c in saved)
    references = [c.reference for c in saved if c.saved_at.year == 2020]
    assert references == sorted(references)              # numbered in order of saving
    status = Counter(c.status for c in saved)
    assert 0.9 < status[Status.CLOSED] / len(saved) < 1         # open work is recent
    assert status[Status.AWAITING_FOLLOW_UP]                 # late, or due soon
    escalated = [c for c in saved if c.escalation is not None]
    assert 0.04 < len(escalated) / len(saved) < 0.2             # stores report 5-15%
    discrimination = [c for c in saved if c.category == "discrimination"]
    assert discrimination and all(c.escalation is not None for c in discrimination)
    agreed = [c for c in escalated if c.customer_agrees]
    assert all("does not agree" not in c.escalation.reason for c in agreed)
    decided = [c for c in escalated if c.decisions]
    assert decided and all(c.status is Status.CLOSED or c.follow_up_due for c in decided)
    assert any(c.follow_ups for c in saved) and any(len(c.five_whys) >= 3 for c in saved)
    assert any(c.signature_png for c in saved)
    names = Counter(c.customer_name.split()[-1] for c in saved if c.customer_name)
    assert len(names) > 300 and names.most_common(1)[0][1] > 5 * sorted(names.values())[
        len(names) // 2]                                  # some surnames far commoner
