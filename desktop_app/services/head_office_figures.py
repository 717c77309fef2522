"""Head office's league table: each store's KPIs for a period, ranked, from SQL counts
turned into figures by the same `kpis.summary_of` the till's dashboard uses."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop_app.domain.kpis import ComplaintSummary, summary_of
from desktop_app.services.head_office import HeadOffice
from desktop_app.storage.head_office.figures import league_counts


class LeagueKpi(StrEnum):
    FIRST_CONTACT = "first_contact_resolution"
    ESCALATION = "escalation_rate"
    TIME_TO_CLOSE = "average_days_to_close"
    OVERDUE = "follow_ups_overdue"
    SATISFACTION = "satisfaction"

    @property
    def higher_is_better(self) -> bool:
        return self in (LeagueKpi.FIRST_CONTACT, LeagueKpi.SATISFACTION)


@dataclass(frozen=True)
class LeagueRow:
    store_code: str
    store_name: str
    region: str
    figures: ComplaintSummary

    def value(self, kpi: LeagueKpi) -> float | None:
        return getattr(self.figures, kpi.value)


def league_table(ho: HeadOffice, start: date, end: date, *, kpi: LeagueKpi,
                 region: str | None = None, today: date | None = None) -> list[LeagueRow]:
    """Best first; a store with no figure for the KPI (nothing closed, no scores) last;
    equal figures in store-code order."""
    today = today or ho.clock.now().date()
    with ho.engine.connect() as connection:
        counted = league_counts(connection, start, end, today, region=region)
    rows = [LeagueRow(s.store_code, s.store_name, s.region, summary_of(s.counts, start, end))
            for s in counted]
    sign = -1 if kpi.higher_is_better else 1

    def rank(row: LeagueRow) -> tuple:
        value = row.value(kpi)
        return (value is None, sign * value if value is not None else 0, row.store_code)
    return sorted(rows, key=rank)
