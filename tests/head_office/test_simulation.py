"""Fifty stores over a simulated year, sending bundles that are sometimes lost, sent twice
or delayed, and acknowledgements that are sometimes lost: once every store's bundles have
been acknowledged, head office holds exactly what the stores hold, record for record."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.domain import exchange_format
from desktop_app.domain.clock import FixedClock
from desktop_app.services import (aftercare, auth, complaints, data_protection, head_office,
                                  head_office_link, setup)
from desktop_app.services.context import open_app
from desktop_app.storage.head_office.repository import HeadOfficeRepository
from tests.services.test_complaints_service import full_answers

STORES = 50
ROUNDS = 12                     # a month each
PIN = "246810"


class Store:
    def __init__(self, number: int, folder: Path, clock: FixedClock, ho) -> None:  # noqa: ANN001
        self.code = f"S{number:03d}"
        self.folder = folder / self.code
        self.folder.mkdir()
        self.ctx = open_app(self.folder / "till.db", clock=clock)
        setup.initialise(self.ctx, store_name=f"Store {number}", store_code=self.code,
                         jurisdiction="england", manager_name="Manager",
                         manager_code="M01", pin=PIN)
        self.manager = auth.sign_in(self.ctx, "M01", PIN)
        head_office_link.install_head_office_key(
            self.ctx, self.manager, (ho.folder / head_office.PUBLIC_KEY_FILE).read_bytes())
        head_office.register_store(ho, self.code, head_office_link.export_store_key(self.ctx),
                                   name=f"Store {number}", region=f"Region {number % 5}")
        self.references: list[str] = []
        self.erased: set[str] = set()

    def work(self, chance: random.Random) -> None:
        """A month at the till: new complaints, corrections, closures, an erasure."""
        for _ in range(chance.randint(0, 3)):
            form = complaints.start_complaint(self.ctx, self.manager)
            form.answers = {**full_answers(), "product": f"Item {chance.randint(1, 999)}"}
            self.references.append(complaints.save_complaint(self.ctx, form).reference)
        open_ones = [r for r in self.references if r not in self.erased]
        if open_ones and chance.random() < 0.5:
            complaints.amend_complaint(self.ctx, self.manager, chance.choice(open_ones),
                                       "product", f"Fixed {chance.randint(1, 99)}",
                                       "Typed the wrong product")
        if self.references and chance.random() < 0.3:
            reference = chance.choice(self.references)
            if self.ctx_status(reference) != "closed":
                aftercare.close_complaint(self.ctx, self.manager, reference,
                                          "Customer unreachable")
        if open_ones and chance.random() < 0.1:
            reference = chance.choice(open_ones)
            data_protection.erase_personal_data(
                self.ctx, self.manager, complaints=[reference], incidents=[],
                reason="Customer asked", received_on=date(2026, 3, 1))
            self.erased.add(reference)

    def ctx_status(self, reference: str) -> str:
        with self.ctx.uow() as uow:
            return uow.complaints.get(reference).status.value

    def bundle(self, folder: Path) -> list[Path]:
        try:
            return list(head_office_link.make_bundle(self.ctx, None, folder).paths)
        except Exception as error:  # noqa: BLE001 - "Nothing to send" is a fine month
            assert "Nothing to send" in str(error), error
            return []

    def records(self) -> dict[str, dict]:
        with self.ctx.uow() as uow:
            codes = {m.id: m.code for m in uow.staff.everyone()}
            return {c.reference: exchange_format.complaint_record(c, codes)
                    for c in uow.complaints.saved_between(datetime(2000, 1, 1),
                                                          datetime(2100, 1, 1))}


@pytest.mark.slow
def test_fifty_stores_for_a_year_with_bundles_lost_doubled_and_late(ho, tmp_path):
    chance = random.Random(20261201)
    clock = FixedClock(datetime(2026, 3, 10, 9, 0))
    stores = [Store(n, tmp_path, clock, ho) for n in range(1, STORES + 1)]
    delayed: list[tuple[Store, Path]] = []
    lost = doubled = late = 0

    def deliver(store: Store, path: Path) -> None:
        result = head_office.import_bundle(ho, path, store.folder)
        assert result.result in ("imported", "already_held"), result.message
        if chance.random() < 0.15:
            return                                   # the acknowledgement went astray
        head_office_link.read_acknowledgement(store.ctx, None, result.ack.read_bytes())

    for month in range(ROUNDS):
        clock.set(datetime(2026, 3, 10, 9, 0) + timedelta(days=30 * month))
        still_late, delayed = delayed, []
        for store, path in still_late:
            deliver(store, path)
        for store in stores:
            store.work(chance)
            for path in store.bundle(tmp_path / "sent" / f"{month}" / store.code):
                fate = chance.random()
                if fate < 0.15:
                    lost += 1                            # the stick never arrived
                elif fate < 0.25:
                    doubled += 1
                    deliver(store, path)
                    deliver(store, path)
                elif fate < 0.4:
                    late += 1
                    delayed.append((store, path))
                else:
                    deliver(store, path)
    for store, path in delayed:
        deliver(store, path)
    for store in stores:                                # until every store is acknowledged
        for _ in range(5):
            if head_office_link.status(store.ctx).waiting == 0:
                break
            for path in store.bundle(tmp_path / "final" / store.code):
                result = head_office.import_bundle(ho, path, store.folder)
                head_office_link.read_acknowledgement(store.ctx, None, result.ack.read_bytes())
        assert head_office_link.status(store.ctx).waiting == 0, store.code
    assert lost and doubled and late
    with ho.engine.connect() as connection:
        repo = HeadOfficeRepository(connection)
        for store in stores:
            held = {r["reference"]: r for r in repo.records("complaint", store.code)}
            theirs = store.records()
            assert set(held) == set(theirs), store.code
            for reference, record in theirs.items():
                row = held[reference]
                for key in ("product", "status", "customer_name", "customer_account",
                            "paraphrase", "root_cause"):
                    assert row[key] == record[key], (store.code, reference, key)
                assert len(row["amendments"]) == len(record["amendments"])
                assert (row["anonymised_at"] is None) == (record["anonymised_at"] is None)
                assert (row["closed_at"] is None) == (record["closed_at"] is None)
            store.ctx.close()
