"""What an offline guess at a PIN costs, for someone who copied the database file.

Prints the time of one wrong-PIN check with the program's argon2id parameters, beside the
same check with the parameters used before (19 MiB, t=2) measured in the same run, and the
time to try every PIN of each length on one core. Run: `.venv/bin/python
benchmarks/pin_guessing.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from argon2 import PasswordHasher  # noqa: E402
from argon2.exceptions import VerificationError  # noqa: E402

from benchmarks.timing import timed  # noqa: E402
from desktop_app.services import pins  # noqa: E402


def one_guess(hasher: PasswordHasher) -> float:
    stored = hasher.hash("4821")

    def guess() -> None:
        try:
            hasher.verify(stored, "1234")
        except VerificationError:
            pass
    return timed(guess, runs=7)


def hours(seconds: float) -> str:
    return f"{seconds / 60:.0f} minutes" if seconds < 3600 else f"{seconds / 3600:.1f} hours"


def main() -> None:
    now = one_guess(pins._hasher())
    before = one_guess(PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1))
    print(f"argon2id m={pins.MEMORY_KIB // 1024} MiB t={pins.TIME_COST}: one guess "
          f"{now * 1000:.0f} ms ({now / before:.1f}x the old 19 MiB t=2: "
          f"{before * 1000:.0f} ms)")
    for digits, who in ((4, "staff and supervisors (at least 4 digits)"),
                        (6, "managers (at least 6 digits)"), (8, "the longest PIN, 8 digits")):
        space = 10 ** digits
        print(f"  every {digits}-digit PIN, {who}: {hours(space * now)} on one core "
              f"(was {hours(space * before)})")


if __name__ == "__main__":
    main()
