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
    assert len({r[2] for r in rows}) >= 3 and len({r[3] for r in rows}) >= 3
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
