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
