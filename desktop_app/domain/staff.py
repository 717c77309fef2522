"""Staff accounts and their roles."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


MAX_NAME = 120          # a staff member's name, as every screen and import checks it

class Role(StrEnum):
    STAFF = "staff"
    SUPERVISOR = "supervisor"
    MANAGER = "manager"

    @property
    def label(self) -> str:
        return self.value.capitalize()

    @property
    def rank(self) -> int:
        return (Role.STAFF, Role.SUPERVISOR, Role.MANAGER).index(self)

    def at_least(self, other: Role) -> bool:
        return self.rank >= other.rank

    @property
    def min_pin_digits(self) -> int:
        return 6 if self is Role.MANAGER else 4


@dataclass(frozen=True)
class StaffMember:
    id: int
    name: str
    code: str
    role: Role
    active: bool = True
    language: str = ""          # language.Language of the interface; "" the store's default
