"""A sentence for a database failure that reached the top of a command or a screen.

The SQL and the parameters of a failed statement can hold a customer's details, so they
never reach the message: the driver's error is matched to one of the storage messages.
"""

from __future__ import annotations

import sqlite3

from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from desktop_app.storage.unit_of_work import storage_message


def database_failure(error: BaseException) -> str | None:
    """The sentence for a database error, or None when `error` is not one."""
    if isinstance(error, DBAPIError):
        return storage_message(error)
    if isinstance(error, sqlite3.Error):
        return storage_message(error)
    if isinstance(error, SQLAlchemyError):
        return ("The database could not be used, so nothing was changed. Try again; if it "
                "happens again, tell your manager.")
    return None
