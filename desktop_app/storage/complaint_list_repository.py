"""The complaint list: a `ComplaintFilter` turned into SQL, counted and read a page at a time.

Newest first, `(saved_at, id)` descending, which every index on `complaints` serves in
order (an index on SQLite carries the rowid). Pages are read by keyset — the rows after
(or before) a row already shown — and by OFFSET only for a jump into the middle.

Search text never reaches MATCH as typed: it is split into words, each quoted as an FTS5
string (quotes doubled) and the words ANDed, the last one as a prefix. A whole reference
typed as a word is looked up by the unique index on `reference` instead.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta

from sqlalchemy import (ColumnElement, Integer, Select, String, bindparam, column, func,
                        literal_column, select, text, tuple_)
from sqlalchemy.orm import Session

from desktop_app.domain.complaint import FOLLOW_UP_OPEN, Status
from desktop_app.domain.record_filter import ComplaintFilter, ListedComplaint
from desktop_app.domain.reference import is_reference
from desktop_app.storage.complaint_mapping import to_listed
from desktop_app.storage.orm import ComplaintRow, StaffRow
from desktop_app.storage.staff_names import staff_names

_C = ComplaintRow.__table__.c
LISTED_COLUMNS = (_C.id, _C.reference, _C.saved_at, _C.category, _C.status, _C.staff_id,
           _C.model_id, _C.follow_up_due, _C.closed_at)
_NEWEST_FIRST = (_C.saved_at.desc(), _C.id.desc())
_OLDEST_FIRST = (_C.saved_at.asc(), _C.id.asc())


def _has_token(word: str) -> bool:
    """Would the unicode61 tokenizer find anything in it? (letters and digits only)"""
    return any(ch.isalnum() for ch in word)


def search_terms(user_text: str) -> tuple[list[str], str]:
    """(whole references, FTS5 MATCH expression) for what the person typed.

    Every word becomes an FTS string ("" inside doubled), so operators, `*`, `NEAR(`, `-`
    and brackets are only text; words with no letter or digit are dropped (an empty FTS
    string would match nothing). The last word is a prefix: "kett" finds kettle.
    """
    references, words = [], []
    for word in user_text.split():
        if is_reference(word):
            references.append(word.upper())
        elif _has_token(word):
            words.append(word)
    quoted = ['"' + w.replace('"', '""') + '"' for w in words]
    if quoted and not user_text[-1:].isspace():
        quoted[-1] += "*"
    return references, " AND ".join(quoted)


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time.min)


#: Below this many matching words' rows, the search drives the query (each match looked
#: up by rowid, then sorted); above it, an index on complaints drives and each row is
#: checked against the matches, which stops after a page when matches are common.
SEARCH_DRIVES_BELOW = 20_000

#: `matches` not given: the repository counts the search's matches itself.
NOT_COUNTED = -1

_FTS_COUNT = text("SELECT count(*) FROM complaints_fts WHERE complaints_fts MATCH :fts_match")


def _unindexed(name: str) -> ColumnElement:
    """`+complaints.name`: the same value (and type), which SQLite will not find rows by."""
    return literal_column(f"+complaints.{name}", type_=_C[name].type)


class _Columns:
    """The complaint columns a filter compares, each on its index or kept off it."""

    def __init__(self, *, indexed: bool, status_indexed: bool) -> None:
        self.indexed, self.status_indexed = indexed, status_indexed

    def __getattr__(self, name: str) -> ColumnElement:
        usable = self.status_indexed if name == "status" else self.indexed
        return _C[name] if usable else _unindexed(name)


def _matching(match: str, *, drives: bool) -> ColumnElement[bool]:
    rowids = (text("SELECT rowid FROM complaints_fts WHERE complaints_fts MATCH :fts_match")
              .bindparams(fts_match=match).columns(column("rowid", Integer)))
    return (_C.id if drives else _unindexed("id")).in_(rowids)


def has_better_index(flt: ComplaintFilter) -> bool:
    """Does the filter name something more selective than the status to find rows by?"""
    return bool(flt.category or flt.staff_id is not None or flt.model_id or flt.date_from
                or flt.date_to or flt.references
                or search_terms(flt.text)[0])


def conditions(flt: ComplaintFilter, *, search_drives: bool = True,
               ) -> list[ColumnElement[bool]]:
    """Every field of the filter as a WHERE condition; empty fields add none.

    SQLite has no statistics here, so the way in is chosen for it: a search with few
    matches looks them up by rowid (every other column kept off its index); otherwise
    the status, which nearly every row shares (closed), is used only when nothing better is.
    """
    references, match = search_terms(flt.text)
    by_search = bool(match) and search_drives
    c = _Columns(indexed=not by_search,
                 status_indexed=not by_search and not has_better_index(flt))
    where: list[ColumnElement[bool]] = []
    statuses = sorted({Status(s).value for s in flt.statuses})
    if len(statuses) == 1:
        where.append(c.status == statuses[0])        # one value keeps the index's order
    elif statuses:
        where.append(c.status.in_(statuses))
    if flt.category:
        where.append(c.category == flt.category)
    if flt.date_from is not None:
        where.append(c.saved_at >= _day_start(flt.date_from))
    if flt.date_to is not None:
        where.append(c.saved_at < _day_start(flt.date_to + timedelta(days=1)))
    if flt.staff_id is not None:
        where.append(c.staff_id == flt.staff_id)
    if flt.model_id:
        where.append(c.model_id == flt.model_id)
    if flt.channel:
        where.append(_C.channel == flt.channel)
    if flt.root_cause.strip():
        where.append(func.casefold(func.trim(_C.root_cause)) == flt.root_cause.strip().casefold())
    if flt.escalated is not None:
        where.append(_C.escalated_at.is_not(None) if flt.escalated else _C.escalated_at.is_(None))
    if flt.first_contact is not None:
        where.append(_C.first_contact_resolution == flt.first_contact)
    if flt.satisfaction_given is not None:
        given = func.coalesce(_C.satisfaction, 0) > 0
        where.append(given if flt.satisfaction_given else ~given)
    if flt.overdue_on is not None:
        where += [_C.follow_up_needed.is_(True), c.follow_up_due < flt.overdue_on,
                  c.status.in_([s.value for s in FOLLOW_UP_OPEN])]
    if flt.references:
        refs = bindparam("refs", json.dumps([r.strip().upper() for r in flt.references]),
                         type_=String)
        chosen = select(literal_column("value")).select_from(func.json_each(refs))
        where.append(c.reference.in_(chosen))
    if references:
        where.append(c.reference.in_(references))
    if match:
        where.append(_matching(match, drives=search_drives))
    return where


def count_statement(flt: ComplaintFilter, *, search_drives: bool = True) -> Select:
    return (select(func.count()).select_from(ComplaintRow.__table__)
            .where(*conditions(flt, search_drives=search_drives)))


def page_statement(flt: ComplaintFilter, *, after: ListedComplaint | None = None,
                   before: ListedComplaint | None = None, offset: int = 0,
                   from_oldest: bool = False, limit: int = 200,
                   search_drives: bool = True) -> Select:
    """One page newest first: after a row (keyset), before a row or `offset` rows after
    the oldest (both read oldest first, to be reversed by the caller) or at an offset."""
    query = select(*LISTED_COLUMNS).where(*conditions(flt, search_drives=search_drives))
    by_search = search_drives and bool(search_terms(flt.text)[1])
    key = (tuple_(_unindexed("saved_at"), _unindexed("id")) if by_search
           else tuple_(_C.saved_at, _C.id))
    if after is not None:
        query = query.where(key < (after.saved_at, after.id))
    if before is not None:
        return (query.where(key > (before.saved_at, before.id))
                .order_by(*_OLDEST_FIRST).limit(limit))
    if from_oldest:
        query = query.order_by(*_OLDEST_FIRST).limit(limit)
        return query.offset(offset) if offset else query
    query = query.order_by(*_NEWEST_FIRST).limit(limit)
    return query.offset(offset) if offset and after is None else query


class ComplaintListRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def count(self, flt: ComplaintFilter, *, matches: int | None = NOT_COUNTED) -> int:
        """`matches`: the search's count when the caller has it (search_matches)."""
        matches = self.search_matches(flt) if matches == NOT_COUNTED else matches
        if matches is not None and flt.but(text="", caption="").is_empty \
                and not search_terms(flt.text)[0]:
            return matches                     # the search index alone knows the answer
        # counting visits every match: by rowid unless an index narrows the rows first
        drives = matches is not None and (matches < SEARCH_DRIVES_BELOW
                                          or not has_better_index(flt))
        if drives and matches >= SEARCH_DRIVES_BELOW and flt.statuses:
            drives = matches < self._with_status(flt)     # a rare status beats the words
        return self._session.execute(count_statement(flt, search_drives=drives)).scalar_one()

    def page(self, flt: ComplaintFilter, *, after: ListedComplaint | None = None,
             before: ListedComplaint | None = None, offset: int = 0,
             from_oldest: bool = False, limit: int = 200,
             matches: int | None = NOT_COUNTED) -> list[ListedComplaint]:
        """Up to `limit` lines newest first: after `after`, before `before`, from `offset`,
        or `offset` lines after the oldest (`from_oldest`)."""
        matches = self.search_matches(flt) if matches == NOT_COUNTED else matches
        drives = matches is not None and matches < SEARCH_DRIVES_BELOW
        rows = self._session.execute(page_statement(flt, after=after, before=before,
                                                    offset=offset, from_oldest=from_oldest,
                                                    limit=limit, search_drives=drives)).all()
        if before is not None or from_oldest:
            rows.reverse()
        names = staff_names(self._session, (row.staff_id for row in rows))
        return [to_listed(r, staff_name=names.get(r.staff_id, "")) for r in rows]

    def search_matches(self, flt: ComplaintFilter) -> int | None:
        """How many complaints the search words match (None without words): cheap, read
        from the search index alone, and it decides which way round to query."""
        match = search_terms(flt.text)[1]
        if not match:
            return None
        return self._session.execute(_FTS_COUNT, {"fts_match": match}).scalar_one()

    def _with_status(self, flt: ComplaintFilter) -> int:
        """Complaints in the filter's statuses: counted on their index alone, quickly."""
        return self._session.execute(count_statement(ComplaintFilter(statuses=flt.statuses))
                                     ).scalar_one()

    def staff_who_logged(self) -> list[tuple[int, str]]:
        """(id, name) of everyone, active or not: old records point at people who left."""
        return [(r.id, r.name) for r in self._session.execute(
            select(StaffRow.id, StaffRow.name).order_by(StaffRow.name, StaffRow.id))]


def explain(session: Session, statement: Select) -> list[str]:
    """EXPLAIN QUERY PLAN of a statement, its values written in (tests and the benchmark)."""
    sql = str(statement.compile(session.get_bind(), compile_kwargs={"literal_binds": True}))
    rows = session.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + sql).all()
    return [row[-1] for row in rows]


__all__ = ["LISTED_COLUMNS", "SEARCH_DRIVES_BELOW", "ComplaintListRepository", "conditions", "count_statement",
           "explain", "has_better_index", "page_statement", "search_terms"]
