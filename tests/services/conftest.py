"""Fixtures shared by the service tests."""

from __future__ import annotations

import json
from datetime import date

import pytest

from desktop_app.services import complaints, exchange, incidents
from tests.services.test_data_protection import canary_complaint, canary_incident, save_complaint

PERIOD = (date(2026, 3, 1), date(2026, 3, 31))


@pytest.fixture
def exported(ctx, manager, staff, supervisor) -> dict:
    """A month with amendments, a signature, a linked incident with updates and a
    disclosure, and non-English text."""
    first = canary_complaint(ctx, staff)
    complaints.amend_complaint(ctx, supervisor, first, "product", "Tegell ŵ — £5 <b>",
                               "Product was misnamed")
    save_complaint(ctx, supervisor, customer_name="Łucja Źdźbło", follow_up_needed=True,
                   follow_up_due=date(2026, 3, 20), follow_up_method="phone")
    incident = canary_incident(ctx, staff, complaint_reference=first)
    incidents.add_update(ctx, manager, incident, "police_follow_up", "Officer called back")
    incidents.add_disclosure(ctx, manager, incident, disclosed_on=date(2026, 3, 10),
                             recipient="PC Example", organisation="Police Scotland",
                             reason="Investigation", what="cctv")
    return json.loads(exchange.export_period(ctx, manager, *PERIOD, "json"))


@pytest.fixture
def other_till(ctx, tmp_path):  # noqa: ANN201 - (AppContext, its manager)
    """A second till of the same store, set up afresh with only its manager, on the same
    clock: where an export is imported."""
    from desktop_app.services import setup
    from desktop_app.services.context import open_app
    from tests.conftest import MANAGER_PIN

    other = open_app(tmp_path / "other.db", clock=ctx.clock)
    boss = setup.initialise(other, store_name="Other", store_code="GLA01",
                            jurisdiction="scotland", manager_name="Morag Manager",
                            manager_code="M01", pin=MANAGER_PIN)
    yield other, boss
    other.close()
