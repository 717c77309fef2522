"""Reviews of complaints: the feedback a supervisor or manager leaves for the person who
took the complaint, and when that person acknowledged it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop_app.domain.review import Review
from desktop_app.storage.orm import ComplaintRow, ReviewRow
from desktop_app.storage.staff_names import staff_names

_CHUNK = 900          # SQLite's variable limit, with room to spare


def _review(row: ReviewRow, names: dict[int, str]) -> Review:
    return Review(at=row.at, staff_id=row.staff_id, went_well=row.went_well,
                  work_on=row.work_on, staff_name=names.get(row.staff_id, ""),
                  acknowledged_at=row.acknowledged_at)


def reviews_of(session: Session, complaint_ids: list[int], names: dict[int, str],
               ) -> dict[int, list[Review]]:
    """The reviews of many complaints, oldest first."""
    found: dict[int, list[Review]] = {}
    for start in range(0, len(complaint_ids), _CHUNK):
        for row in session.scalars(
                select(ReviewRow)
                .where(ReviewRow.complaint_id.in_(complaint_ids[start:start + _CHUNK]))
                .order_by(ReviewRow.at, ReviewRow.id)):
            found.setdefault(row.complaint_id, []).append(_review(row, names))
    return found


class ReviewRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, reference: str, review: Review) -> None:
        complaint_id = self._session.scalars(select(ComplaintRow.id).where(
            ComplaintRow.reference == reference)).one()
        self.add_history(complaint_id, [review])

    def add_history(self, complaint_id: int, reviews: list[Review]) -> None:
        """Reviews as they were (an import), or one new review."""
        self.add_histories([(complaint_id, reviews)])

    def add_histories(self, histories: list[tuple[int, list[Review]]]) -> None:
        """The reviews of many complaints at once (demonstration data), one flush."""
        self._session.add_all(ReviewRow(
            complaint_id=complaint_id, at=r.at, staff_id=r.staff_id, went_well=r.went_well,
            work_on=r.work_on, acknowledged_at=r.acknowledged_at)
            for complaint_id, reviews in histories for r in reviews)
        self._session.flush()

    def _of_complaints_by(self, staff_id: int, *conditions) -> list[tuple[str, Review]]:  # noqa: ANN002
        """(reference, review) of the reviews of this person's complaints that meet the
        conditions, oldest first."""
        rows = self._session.execute(
            select(ComplaintRow.reference, ReviewRow)
            .join(ComplaintRow, ComplaintRow.id == ReviewRow.complaint_id)
            .where(ComplaintRow.staff_id == staff_id, *conditions)
            .order_by(ReviewRow.at, ReviewRow.id))
        names = staff_names(self._session)
        return [(reference, _review(row, names)) for reference, row in rows]

    def unacknowledged(self, staff_id: int) -> list[tuple[str, Review]]:
        """Feedback on complaints this person took that they have not acknowledged."""
        return self._of_complaints_by(staff_id, ReviewRow.acknowledged_at.is_(None))

    def acknowledge(self, staff_id: int, reference: str, now: datetime) -> int:
        """Mark the feedback on one of this person's complaints seen; how many reviews."""
        ids = select(ComplaintRow.id).where(ComplaintRow.reference == reference,
                                            ComplaintRow.staff_id == staff_id)
        result = self._session.execute(update(ReviewRow).where(
            ReviewRow.complaint_id.in_(ids), ReviewRow.acknowledged_at.is_(None))
            .values(acknowledged_at=now))
        return result.rowcount or 0

    def given_between(self, low: datetime, high: datetime, *, staff_id: int,
                      ) -> list[tuple[str, Review]]:
        """Reviews of this person's complaints given in a period, oldest first."""
        return self._of_complaints_by(staff_id, ReviewRow.at >= low, ReviewRow.at < high)
