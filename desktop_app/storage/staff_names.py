"""Staff names by id, for the records that point at people (leavers included)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.storage.orm import StaffRow


def staff_names(session: Session, ids: Iterable[int] | None = None) -> dict[int, str]:
    """Every account's name, or only those of `ids` (an empty `ids` reads nothing)."""
    query = select(StaffRow.id, StaffRow.name)
    if ids is not None:
        wanted = list(set(ids))
        if not wanted:
            return {}
        query = query.where(StaffRow.id.in_(wanted))
    return dict(session.execute(query).all())
