"""Lockout after five wrong PINs (surviving a restart), unlock and PIN reset by a manager."""

from __future__ import annotations

import pytest

from desktop_app.domain.errors import ValidationFailed
from desktop_app.services import auth
from desktop_app.services.auth import SignInFailed, lock_duration
from desktop_app.services.context import open_app
from tests.conftest import STAFF_PIN


def _fail(ctx, times: int, code: str = "S01") -> str:
    message = ""
    for _ in range(times):
        with pytest.raises(SignInFailed) as refused:
            auth.sign_in(ctx, code, "0000")
        message = str(refused.value)
    return message


@pytest.mark.parametrize(("failures", "seconds"), [(4, 0), (5, 30), (6, 60), (7, 120),
                                                   (20, 3600)])
def test_the_lock_grows_with_each_wrong_pin_up_to_an_hour(failures, seconds):
    assert lock_duration(failures).total_seconds() == seconds


def test_five_wrong_pins_lock_the_code_even_after_a_restart(ctx, db_path, clock):
    assert "Locked for 30 seconds" in _fail(ctx, 5)
    ctx.close()
    again = open_app(db_path, clock=clock)               # the program was restarted
    try:
        with pytest.raises(SignInFailed, match="Too many wrong PINs"):
            auth.sign_in(again, "S01", STAFF_PIN)        # even the right PIN is refused
        clock.advance(seconds=31)
        assert auth.sign_in(again, "S01", STAFF_PIN).code == "S01"
    finally:
        again.close()


def test_a_manager_unlocks_at_once_and_the_count_starts_afresh(ctx, manager, staff):
    _fail(ctx, 6)
    assert auth.locked_staff(ctx, manager) == {staff.id}
    auth.unlock(ctx, manager, "s01")
    assert auth.locked_staff(ctx, manager) == set()
    assert auth.sign_in(ctx, "S01", STAFF_PIN).id == staff.id
    assert "Locked" not in _fail(ctx, 4)                 # four free tries again


def test_a_manager_resets_a_forgotten_pin(ctx, manager):
    _fail(ctx, 5)
    auth.reset_pin(ctx, manager, "S01", "8080")
    assert auth.sign_in(ctx, "S01", "8080").code == "S01"
    with pytest.raises(SignInFailed):
        auth.sign_in(ctx, "S01", STAFF_PIN)


@pytest.mark.parametrize(("code", "pin", "problem"), [
    ("S01", "12", "4"),            # too short for staff
    ("S01", "12ab", "digits"),
    ("M01", "12345", "6"),         # managers need at least six
])
def test_a_reset_pin_must_be_valid_for_the_role(ctx, manager, code, pin, problem):
    with pytest.raises(ValidationFailed) as refused:
        auth.reset_pin(ctx, manager, code, pin)
    assert problem in refused.value.errors["pin"]


class CountingHasher:
    """The real argon2 hasher, counting every hash it computes."""

    def __init__(self, real) -> None:  # noqa: ANN001
        self.real, self.calls = real, 0

    def hash(self, pin: str) -> str:
        self.calls += 1
        return self.real.hash(pin)

    def verify(self, pin_hash: str, pin: str) -> bool:
        self.calls += 1
        return self.real.verify(pin_hash, pin)

    def check_needs_rehash(self, pin_hash: str) -> bool:
        return self.real.check_needs_rehash(pin_hash)


def test_an_unknown_code_costs_exactly_the_hashes_of_a_wrong_pin(ctx, manager, monkeypatch):
    from desktop_app.domain.staff import Role
    from desktop_app.services import pins

    auth.add_staff(ctx, manager, name="Left Already", code="L01", role=Role.STAFF, pin="2468")
    with ctx.uow() as uow:                               # a leaver: the account is inactive
        uow.staff.update(uow.staff.by_code("L01").id, name="Left Already", role=Role.STAFF,
                         active=False)
        uow.commit()
    counter = CountingHasher(pins._hasher())
    monkeypatch.setattr(pins, "_hasher", lambda: counter)
    cost = {}
    for label, code in (("known code, wrong PIN", "S01"), ("unknown code", "NOBODY9"),
                        ("inactive account", "L01")):
        counter.calls = 0
        with pytest.raises(SignInFailed):
            auth.sign_in(ctx, code, "9753")
        cost[label] = counter.calls
    assert cost == {"known code, wrong PIN": 1, "unknown code": 1, "inactive account": 1}


def test_pins_use_the_stated_parameters_and_old_hashes_are_replaced_at_sign_in(ctx):
    from argon2 import PasswordHasher
    from argon2.low_level import Type

    from desktop_app.services import pins

    assert not pins.needs_rehash(pins.NOBODY_HASH)      # the stand-in matches the parameters
    parameters = pins._hasher()
    assert (parameters.memory_cost, parameters.time_cost, parameters.type) == (
        64 * 1024, 3, Type.ID)
    weak = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1).hash(STAFF_PIN)
    with ctx.uow() as uow:
        uow.staff.set_pin_hash(uow.staff.by_code("S01").id, weak)
        uow.commit()
    auth.sign_in(ctx, "S01", STAFF_PIN)
    with ctx.uow() as uow:
        _member, stored, _failures, _locked = uow.staff.credentials("S01")
    assert stored != weak and not pins.needs_rehash(stored)
    auth.sign_in(ctx, "S01", STAFF_PIN)                 # and it still works


def test_account_changes_keep_a_manager_and_are_audited(ctx, manager, supervisor):
    from desktop_app.domain.errors import DomainError, PermissionDenied
    from desktop_app.domain.staff import Role
    from desktop_app.services import audit

    with pytest.raises(PermissionDenied):
        auth.change_account(ctx, supervisor, "S01", active=False)
    promoted = auth.change_account(ctx, manager, "V01", role=Role.MANAGER)
    assert promoted.role is Role.MANAGER
    demoted = auth.change_account(ctx, promoted, "M01", role=Role.STAFF)   # another remains
    assert demoted.role is Role.STAFF
    with pytest.raises(DomainError, match="only manager"):
        auth.change_account(ctx, promoted, "V01", role=Role.SUPERVISOR)
    left = auth.change_account(ctx, promoted, "S01", active=False)
    assert not left.active and left.code in {m.code for m in auth.all_staff(ctx, promoted)}
    assert "S01" not in {m.code for m in auth.staff_list(ctx)}          # not offered at sign-in
    changes = audit.trail(ctx, promoted, action="staff_change")          # newest first
    assert [e.record_ref for e in changes][:3] == ["S01", "M01", "V01"]
