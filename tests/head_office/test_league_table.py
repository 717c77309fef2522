"""The league table counted in PostgreSQL equals the till's own figures (domain/kpis.py)
for the same complaints."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop_app.domain.kpis import summarise_complaints
from desktop_app.services import demo, head_office, head_office_link
from desktop_app.services.head_office_figures import LeagueKpi, league_table

YEAR = (date(2025, 3, 11), date(2026, 3, 10))


@pytest.fixture
def imported(ho, linked_till, manager, tmp_path):
    demo.fill(linked_till, complaints=400, incidents=10, seed=7)
    made = head_office_link.make_bundle(linked_till, manager, tmp_path / "out")
    for path in made.paths:
        assert head_office.import_bundle(ho, path).result == "imported"
    return ho


def test_the_league_figures_in_sql_equal_the_tills_own(imported, linked_till):
    (row,) = league_table(imported, *YEAR, kpi=LeagueKpi.FIRST_CONTACT,
                          today=date(2026, 3, 10))
    with linked_till.uow() as uow:
        found = uow.complaints.saved_between(datetime(2025, 3, 11), datetime(2026, 3, 11))
    expected = summarise_complaints(found, *YEAR, today=date(2026, 3, 10))
    assert row.store_code == "GLA01" and row.figures.logged == expected.logged > 300
    for kpi in LeagueKpi:
        mine, theirs = row.value(kpi), getattr(expected, kpi.value)
        assert mine == pytest.approx(theirs), kpi
    assert row.figures.average_handling_minutes == pytest.approx(
        expected.average_handling_minutes)


def _second_till(tmp_path, clock, ho, *, seed: int):
    from desktop_app.services import auth, setup
    from desktop_app.services.context import open_app
    till = open_app(tmp_path / "leeds.db", clock=clock)
    setup.initialise(till, store_name="Leeds", store_code="LDS01", jurisdiction="england",
                     manager_name="Lee Manager", manager_code="L01", pin="246810")
    manager = auth.sign_in(till, "L01", "246810")
    head_office_link.install_head_office_key(
        till, manager, (ho.folder / head_office.PUBLIC_KEY_FILE).read_bytes())
    head_office.register_store(ho, "LDS01", head_office_link.export_store_key(till),
                               name="Leeds", region="North")
    demo.fill(till, complaints=250, incidents=0, seed=seed)
    for path in head_office_link.make_bundle(till, manager, tmp_path / "leeds").paths:
        head_office.import_bundle(ho, path)
    return till


def test_stores_are_ranked_best_first_and_a_region_sees_its_own(imported, ho, clock,
                                                                 tmp_path):
    leeds = _second_till(tmp_path, clock, ho, seed=11)
    try:
        for kpi in LeagueKpi:
            rows = league_table(ho, *YEAR, kpi=kpi, today=date(2026, 3, 10))
            assert {r.store_code for r in rows} == {"GLA01", "LDS01"}
            values = [r.value(kpi) for r in rows]
            assert values == sorted(values, reverse=kpi.higher_is_better), kpi
        north = league_table(ho, *YEAR, kpi=LeagueKpi.ESCALATION, region="North",
                             today=date(2026, 3, 10))
        assert [r.store_code for r in north] == ["LDS01"]
    finally:
        leeds.close()
