"""PIN hashing with argon2id (memory 19 MiB, time cost 2: OWASP's minimum for argon2id)."""

from __future__ import annotations

from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError


@cache
def _hasher() -> PasswordHasher:
    return PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)


NO_PIN = "!"        # the hash of an account that cannot sign in (staff brought by an import)


def hash_pin(pin: str) -> str:
    return _hasher().hash(pin)


def verify_pin(pin_hash: str, pin: str) -> bool:
    try:
        return _hasher().verify(pin_hash, pin)
    except (VerificationError, InvalidHashError):
        return False
