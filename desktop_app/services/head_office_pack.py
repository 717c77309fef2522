"""Head office's period pack (chain, region or store): the figures of the views, gathered
in one reading through the person's own role, printed in the store reports' style, and
written to head office's audit trail as a print."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from desktop_app import __version__
from desktop_app.domain.language import Language
from desktop_app.domain.translation import words_in
from desktop_app.domain.bundle_ranges import covered_through, gaps
from desktop_app.domain.errors import DomainError
from desktop_app.domain.kpis import combined_counts, summary_of
from desktop_app.domain.phrase import phrase
from desktop_app.domain.reference import parse_reference
from desktop_app.reports.base import ReportHeader
from desktop_app.reports.head_office_pack import (BundleLine, PackData, RiddorLine,
                                                  StoreLine, period_pack_pdf)
from desktop_app.services.head_office import HeadOffice
from desktop_app.services.head_office_figures import cases_of, category_labels, trend_rows
from desktop_app.services.head_office_retention import head_office_settings
from desktop_app.services.reporting import Report, period_text
from desktop_app.storage.head_office import figures
from desktop_app.storage.head_office.repository import audit, store_overview

def _scope(overview: list[dict], region: str | None, store_code: str | None,
           ) -> tuple[str, set[str]]:
    """The pack's title line and the stores it covers (of those the reader may see)."""
    if store_code is not None:
        found = [s for s in overview if s["code"] == store_code]
        if not found:
            raise DomainError(phrase("There is no store {store_code} that you may see.",
                                     store_code=store_code))
        return phrase("Store {code} {name} ({region})", code=store_code,
                      name=found[0]["name"], region=found[0]["region"]), {store_code}
    if region is not None:
        codes = {s["code"] for s in overview if s["region"] == region}
        if not codes:
            raise DomainError(phrase("There is no store in the region {region} that you may "
                                     "see.", region=region))
        return phrase("Region {region}", region=region), codes
    return phrase("The whole chain"), {s["code"] for s in overview}


@dataclass(frozen=True)
class _Repeats:
    complainants: int = 0          # customers with two complaints or more in the scope
    complaints: int = 0
    across_stores: int = 0         # of them, in two stores or more (one store: and another)
    across_complaints: int = 0


def _repeats(found: list, codes: set[str], one_store: bool) -> _Repeats:
    """The repeat customers of the scope, from every customer with two complaints or more
    anywhere in the chain (storage's repeat_customers), matched as kpis.customer_key."""
    n = {"complainants": 0, "complaints": 0, "across_stores": 0, "across_complaints": 0}
    for _key, _stores, _count, refs in found:
        stores = [parsed[1] for r in refs if (parsed := parse_reference(r))]
        mine = [code for code in stores if code in codes]
        if len(mine) >= 2:
            n["complainants"] += 1
            n["complaints"] += len(mine)
        if mine and (len(set(mine)) >= 2 or (one_store and len(set(stores)) >= 2)):
            n["across_stores"] += 1
            n["across_complaints"] += len(mine)
    return _Repeats(**n)


def period_pack(ho: HeadOffice, start: date, end: date, *, region: str | None = None,
                store_code: str | None = None, silent_days: int | None = None,
                language: Language = Language.ENGLISH) -> Report:
    """The pack for the whole chain, one region or one store. A reader without the
    incident right gets no incident figures (PostgreSQL would show them none anyway)."""
    if end < start:
        raise DomainError(phrase("The end of the period is before its start."))
    now = ho.clock.now()
    silent_days = silent_days or head_office_settings(ho).silent_days
    incidents_shown = ho.incidents
    with ho.engine.begin() as connection:
        overview = store_overview(connection)
        scope, codes = _scope(overview, region, store_code)
        counted = [s for s in figures.league_counts(connection, start, end, now.date(),
                                                    region=region)
                   if s.store_code in codes]
        by_category = figures.monthly_counts(connection, start, end, by="category",
                                             region=region, store_code=store_code)
        by_cause = figures.monthly_counts(connection, start, end, by="root_cause",
                                          region=region, store_code=store_code)
        repeats = _repeats(figures.repeat_customers(connection, start, end, min_stores=1,
                                                    min_complaints=2),
                           codes, one_store=store_code is not None)
        grid, riddor = {}, []
        if incidents_shown:
            grid = figures.abuse_grid(connection, start, end, region=region,
                                      store_code=store_code)
            riddor = [c for c in cases_of(figures.riddor_facts(connection, since=start))
                      if c.store_code in codes and c.occurred_on <= end]
        audit(connection, "print", f"period pack {scope} {start}..{end}")
    by_weekday, by_hour = [0] * 7, [0] * 24
    for (_region, weekday, hour), n in grid.items():
        by_weekday[weekday - 1] += n
        by_hour[hour] += n
    pack = PackData(
        scope=scope,
        figures=replace(summary_of(combined_counts(s.counts for s in counted), start, end),
                        repeat_complainants=repeats.complainants,
                        repeat_complaints=repeats.complaints),
        stores=[StoreLine(s.store_code, s.store_name, s.region,
                          summary_of(s.counts, start, end)) for s in counted],
        categories=trend_rows(by_category, "category"),
        root_causes=trend_rows(by_cause, "root_cause"),
        category_labels=category_labels(),
        bundles=[BundleLine(s["code"], s["name"], s["last"], covered_through(s["ranges"]),
                            ", ".join(f"{a:,}–{b:,}" for a, b in gaps(s["ranges"])),
                            s["last"] is None or now - s["last"] > timedelta(days=silent_days))
                 for s in overview if s["code"] in codes],
        silent_days=silent_days, repeat_customers=repeats.across_stores,
        repeat_complaints=repeats.across_complaints,
        incidents_shown=incidents_shown, abuse_by_weekday=by_weekday, abuse_by_hour=by_hour,
        riddor=[RiddorLine(c.due, c.store_code, c.reference, c.occurred_on, c.reported,
                           c.overdue(now.date()), c.text) for c in riddor])
    title = phrase("Head office period pack")
    header = ReportHeader(store_name=phrase("Head office"), store_code=scope,
                          subject=period_text(start, end),
                          title=phrase("Head office period pack: {scope}", scope=scope),
                          produced_at=now, version=__version__, confidential=incidents_shown,
                          words=words_in(language))
    name = (store_code or region or "chain").replace(" ", "-").lower()
    return Report(period_pack_pdf(header, pack),
                  f"period-pack-{name}-{start:%Y%m%d}-{end:%Y%m%d}.pdf", title)
