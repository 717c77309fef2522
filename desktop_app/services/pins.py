"""PIN hashing with argon2id: 64 MiB of memory, time cost 3, one lane.

A PIN is short, so whoever copies the database file can try every PIN against its hash;
what the parameters decide is how long that takes. Measured on this project's 2-core
machine (`benchmarks/pin_guessing.py`): one guess costs about 0.12 s and 64 MiB, so all
10,000 four-digit staff PINs take about 20 minutes on one core and all 1,000,000 six-digit
manager PINs about 33 hours. That slows a thief down; it does not stop one, which is why
the README asks for disk encryption. Hashes made with older parameters are replaced the
next time their owner signs in.
"""

from __future__ import annotations

from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

TIME_COST = 3
MEMORY_KIB = 64 * 1024
PARALLELISM = 1

#: Verified against when a staff code does not exist, so that an unknown code costs exactly
#: the one hash a known code with a wrong PIN costs (made with the parameters above).
NOBODY_HASH = ("$argon2id$v=19$m=65536,t=3,p=1$rRPtlYuMOio9XOHD7tkVsg$"
               "vSp8IhcEM6VNz5BszHSG/3lFR/Qn3w7u3icg5Ehjksg")


@cache
def _hasher() -> PasswordHasher:
    return PasswordHasher(time_cost=TIME_COST, memory_cost=MEMORY_KIB,
                          parallelism=PARALLELISM)


NO_PIN = "!"        # the hash of an account that cannot sign in (staff brought by an import)


def hash_pin(pin: str) -> str:
    return _hasher().hash(pin)


def verify_pin(pin_hash: str, pin: str) -> bool:
    """One argon2 computation, whatever the hash (an unusable hash costs the same)."""
    try:
        return _hasher().verify(pin_hash, pin)
    except InvalidHashError:
        return verify_nobody(pin)
    except VerificationError:
        return False


def verify_nobody(pin: str) -> bool:
    """The work of a wrong PIN, for a staff code that does not exist; always False."""
    try:
        _hasher().verify(NOBODY_HASH, pin)
    except VerificationError:
        pass
    return False


def needs_rehash(pin_hash: str) -> bool:
    try:
        return _hasher().check_needs_rehash(pin_hash)
    except InvalidHashError:
        return False
