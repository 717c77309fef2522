"""A regional manager's PostgreSQL role reads only its region's rows, and incidents only
with the incident right: refused by PostgreSQL's row-level security, at the SQL level."""

from __future__ import annotations


from sqlalchemy import text

from desktop_app.services import head_office, incidents
from desktop_app.storage.head_office.repository import HeadOfficeRepository
from tests.head_office.test_league_table import _second_till
from tests.services.test_head_office_link import _save
from tests.services.test_incidents import essentials


def _counts(engine) -> dict[str, dict[str, int]]:
    with engine.connect() as connection:
        out = {}
        for table in ("ho_complaints", "ho_incidents"):
            rows = connection.execute(text(f"SELECT store_code, count(*) FROM {table} "
                                           "GROUP BY store_code")).all()
            out[table] = dict(rows)
        out["ho_stores"] = {code: 1 for (code,) in connection.execute(
            text("SELECT code FROM ho_stores"))}
    return out


def test_regions_and_the_incident_right_are_enforced_by_postgresql(ho, linked_till, manager,
                                                                   staff, clock, tmp_path):
    from desktop_app.services import head_office_link
    _save(linked_till, staff)
    incidents.record_incident(linked_till, staff, essentials(staff))
    for path in head_office_link.make_bundle(linked_till, manager, tmp_path / "g").paths:
        head_office.import_bundle(ho, path)
    leeds = _second_till(tmp_path, clock, ho, seed=3)
    leeds.close()
    north = head_office.add_person(ho, "RM1", "Rhian Regional", region="North")
    scotland = head_office.add_person(ho, "RM2", "Sandy Regional", region="Scotland",
                                      incidents=True)
    chain = head_office.add_person(ho, "HO1", "Harriet Chain", incidents=True)
    seen = {}
    for role in (north, scotland, chain):
        engine = head_office.viewer_engine(ho, role)
        seen[role] = _counts(engine)
        engine.dispose()
    assert set(seen[north]["ho_complaints"]) == {"LDS01"}
    assert seen[north]["ho_incidents"] == {}                       # no incident right
    assert set(seen[north]["ho_stores"]) == {"LDS01"}
    assert set(seen[scotland]["ho_complaints"]) == {"GLA01"}
    assert seen[scotland]["ho_incidents"] == {"GLA01": 1}
    assert set(seen[chain]["ho_complaints"]) == {"GLA01", "LDS01"}
    # the drill-down reads through the same role: another region's records are not there
    from desktop_app.services.head_office_figures import Figure, record_sections, records_behind
    viewer = head_office.sign_in(ho, "RM1")
    try:
        year = (clock.now().date().replace(year=2025), clock.now().date())
        assert {line.store_code for line in records_behind(viewer, Figure("complaint", *year))} \
            == {"LDS01"}
        assert records_behind(viewer, Figure("incident", *year)) == []
        with ho.engine.connect() as connection:
            glasgow = HeadOfficeRepository(connection).records("complaint", "GLA01")[0]
        assert record_sections(viewer, "complaint", "GLA01", glasgow["reference"]) is None
    finally:
        viewer.close()
    # the role cannot write, nor lift the policy for itself
    engine = head_office.viewer_engine(ho, north)
    with engine.connect() as connection:
        for statement in ("UPDATE ho_complaints SET product = 'x'",
                          "ALTER TABLE ho_complaints DISABLE ROW LEVEL SECURITY",
                          "UPDATE ho_people SET region = 'Scotland'"):
            try:
                connection.execute(text(statement))
                raise AssertionError(f"{statement} was allowed")
            except Exception as error:  # noqa: BLE001 - psycopg's InsufficientPrivilege
                assert "permission denied" in str(error) or "must be owner" in str(error)
                connection.rollback()
    engine.dispose()
    with ho.engine.connect() as connection:           # the importing role sees everything
        assert len(HeadOfficeRepository(connection).records("complaint")) > 200


def test_a_person_signs_in_and_every_view_is_audited_in_their_name(ho, linked_till, manager,
                                                                   staff, tmp_path):
    from datetime import date

    from desktop_app.domain.errors import DomainError
    from desktop_app.services import head_office_link
    from desktop_app.services.head_office_figures import LeagueKpi, league_table, stores
    from desktop_app.storage.head_office.repository import audit_trail
    _save(linked_till, staff)
    for path in head_office_link.make_bundle(linked_till, manager, tmp_path / "g").paths:
        head_office.import_bundle(ho, path)
    role = head_office.add_person(ho, "RM3", "Robin Regional", region="Scotland")
    viewer = head_office.sign_in(ho, "rm3")
    try:
        assert viewer.region == "Scotland" and not viewer.incidents
        rows = league_table(viewer, date(2026, 1, 1), date(2026, 3, 10),
                            kpi=LeagueKpi.ESCALATION)
        assert [r.store_code for r in rows] == ["GLA01"]
        assert [s.code for s in stores(viewer)] == ["GLA01"]
    finally:
        viewer.close()
    with ho.engine.connect() as connection:
        trail = [(e["db_role"], e["action"]) for e in audit_trail(connection)]
    assert trail == [(role, "sign_in"), (role, "view"), (role, "view")]
    with ho.engine.connect() as connection:            # append-only, even for the owner
        try:
            connection.execute(text("DELETE FROM ho_audit"))
            raise AssertionError("the trail was changed")
        except Exception as error:  # noqa: BLE001 - psycopg's RaiseException
            assert "cannot be changed" in str(error)
    try:
        head_office.sign_in(ho, "NOPE")
        raise AssertionError("signed in with no such person")
    except DomainError as error:
        assert "No head-office person" in str(error)
