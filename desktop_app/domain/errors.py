"""Errors the domain raises; each carries a message fit to show a person."""

from __future__ import annotations

from collections.abc import Mapping


class DomainError(Exception):
    """Something a person asked for cannot be done; the message says why."""


class FieldError(DomainError):
    """One field's value is not acceptable."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(message)
        self.key = key
        self.message = message


class ValidationFailed(DomainError):
    """Several fields are not acceptable; `errors` maps field key to message."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__("; ".join(f"{k}: {v}" for k, v in self.errors.items()))


class PermissionDenied(DomainError):
    """The signed-in person's role does not allow this."""


class NotFound(DomainError):
    """No record with that reference (or not one this person may see)."""


class StorageError(DomainError):
    """The database could not be written or read: disk full, read-only folder, locked file.

    Nothing of the failed transaction is kept; what the person typed is still on screen.
    """
