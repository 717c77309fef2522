"""The retention sweep on a backlog: batches that each commit, a writer that stays free
between them, and a sweep that carries on where an interrupted one stopped."""

from __future__ import annotations

import threading
from datetime import datetime

import pytest

from desktop_app.domain.audit import AuditAction
from desktop_app.services import audit, complaints, data_protection, demo
from tests.services.test_data_protection import save_complaint

BACKLOG = 240


@pytest.fixture
def backlog(ctx, clock) -> int:
    """BACKLOG closed complaints made over a year, then the clock moved ten years on."""
    demo.fill(ctx, complaints=BACKLOG, incidents=0, seed=3)
    clock.set(datetime(2036, 6, 1, 9, 0))
    with ctx.read_uow() as uow:
        return len(uow.personal_data.past_retention("complaint", datetime(2030, 6, 1),
                                                    limit=10 * BACKLOG))


def left(ctx) -> int:  # noqa: ANN001
    """Complaints past retention and not yet anonymised."""
    with ctx.read_uow() as uow:
        return len(uow.personal_data.past_retention("complaint", datetime(2030, 6, 1),
                                                    limit=10 * BACKLOG))


def test_a_save_during_the_sweep_goes_through_while_the_sweep_carries_on(ctx, staff,
                                                                          backlog):
    assert backlog > 100                      # most demo complaints are closed at the till
    first_batch_done, finished, failures = threading.Event(), threading.Event(), []

    def sweep() -> None:
        try:
            data_protection.retention_sweep(ctx, batch=10,
                                            on_batch=lambda done: first_batch_done.set())
        except BaseException as error:  # noqa: BLE001 - reported by the test below
            failures.append(error)
        finally:
            finished.set()

    worker = threading.Thread(target=sweep)
    worker.start()
    assert first_batch_done.wait(30)
    reference = save_complaint(ctx, staff, customer_name="Saved Meanwhile")
    saved_before_the_end = not finished.is_set()
    worker.join(60)
    assert not failures and finished.is_set()
    assert saved_before_the_end              # the save did not wait for the whole sweep
    assert left(ctx) == 0
    kept = complaints.get_complaint(ctx, staff, reference)
    assert kept.customer_name == "Saved Meanwhile" and kept.anonymised_at is None


def test_an_interrupted_sweep_keeps_its_batches_and_the_next_one_finishes(ctx, manager,
                                                                          backlog):
    class PowerCut(Exception):
        pass

    def cut(done: int) -> None:
        if done >= 30:
            raise PowerCut

    with pytest.raises(PowerCut):
        data_protection.retention_sweep(ctx, batch=15, on_batch=cut)
    assert left(ctx) == backlog - 30                   # two batches, each committed

    rest = data_protection.retention_sweep(ctx, batch=15)
    assert len(rest.complaints) == backlog - 30
    assert left(ctx) == 0
    entries = audit.trail(ctx, manager, action=AuditAction.ANONYMISE.value)
    assert len(entries) == backlog                     # each record once, never twice
    assert data_protection.retention_sweep(ctx).count == 0
