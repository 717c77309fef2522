"""The complaint list as a Qt table model that never holds more than a few pages.

`rowCount()` is the number of complaints the filter matches; rows are read in pages of
`PAGE_ROWS` on a worker thread as the view asks for them, kept in a small LRU cache
(`MAX_PAGES`), and shown as "…" until their page arrives (then `dataChanged`). A page is
read after the last row of the page above it, or before the first row of the page below
(keyset, cheap at any depth). A jump far from every cached page is read from the nearer
end: by offset from the newest, or counted from the oldest (so End, or the scrollbar
dragged to the bottom, reads the oldest rows directly, with no offset at all).

`PageCache` and `fetch_page` are the paging code without Qt's event loop, so the
benchmark pages through a million rows the same way the view does.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication,
                            QModelIndex, QObject, Qt, Signal, Slot)
from PySide6.QtGui import QBrush, QColor, QFont

from desktop_app.domain.record_filter import ComplaintFilter, FollowUpState, ListedComplaint
from desktop_app.domain.staff import StaffMember
from desktop_app.services import complaint_list
from desktop_app.services.context import AppContext
from desktop_app.ui.background import BackgroundQuery
from desktop_app.ui.text import INCIDENT_CONTEXT, tr_data

PAGE_ROWS = 200
MAX_PAGES = 8
PLACEHOLDER = "…"

COL_REFERENCE = 0
COL_DATE = 1
COL_CATEGORY = 2
COL_STATUS = 3
COL_STAFF = 4
COL_AGE = 5
HEADERS = (QT_TRANSLATE_NOOP("ComplaintListModel", "Reference"),
           QT_TRANSLATE_NOOP("ComplaintListModel", "Date"),
           QT_TRANSLATE_NOOP("ComplaintListModel", "Category"),
           QT_TRANSLATE_NOOP("ComplaintListModel", "Status"),
           QT_TRANSLATE_NOOP("ComplaintListModel", "Staff member"),
           QT_TRANSLATE_NOOP("ComplaintListModel", "Age (days)"))

#: columns set in bold on an overdue line (the whole line is tinted)
BOLD_WHEN_OVERDUE = (COL_REFERENCE, COL_STATUS, COL_AGE)
OVERDUE_BACKGROUND = QColor("#f8d7da")
DUE_TODAY_BACKGROUND = QColor("#fff0c2")



def follow_up_tip(due: date, *, overdue: bool) -> str:
    """The tooltip of a line whose follow-up is overdue or due today (list and queue)."""
    if overdue:
        return QCoreApplication.translate("FollowUp", "Follow-up overdue since %1") \
            .replace("%1", due.strftime("%d/%m/%Y"))
    return QCoreApplication.translate("FollowUp", "Follow-up due today")


#: Qt role carrying the reference of a row (to open it)
REFERENCE_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class PageRequest:
    """How to read one page: after a known row, before one, at an offset from the newest,
    or (`from_oldest`) the `rows` that come `offset` rows after the oldest."""

    page: int
    after: ListedComplaint | None = None
    before: ListedComplaint | None = None
    offset: int = 0
    from_oldest: bool = False
    rows: int = PAGE_ROWS


class PageCache:
    """Pages of rows by number, least recently used dropped beyond `max_pages`."""

    def __init__(self, page_rows: int = PAGE_ROWS, max_pages: int = MAX_PAGES) -> None:
        self.page_rows, self.max_pages = page_rows, max_pages
        self._pages: OrderedDict[int, list[ListedComplaint]] = OrderedDict()

    def __contains__(self, page: int) -> bool:
        return page in self._pages

    def __len__(self) -> int:
        return len(self._pages)

    @property
    def pages(self) -> list[int]:
        return list(self._pages)

    def clear(self) -> None:
        self._pages.clear()

    def row(self, row: int) -> ListedComplaint | None:
        page, within = divmod(row, self.page_rows)
        rows = self._pages.get(page)
        if rows is None:
            return None
        self._pages.move_to_end(page)
        return rows[within] if within < len(rows) else None

    def store(self, page: int, rows: list[ListedComplaint]) -> None:
        self._pages[page] = rows
        self._pages.move_to_end(page)
        while len(self._pages) > self.max_pages:
            self._pages.popitem(last=False)

    def request_for(self, page: int, total: int | None = None) -> PageRequest:
        """Keyset from a cached neighbour when there is one; otherwise from the nearer end
        of the `total` rows."""
        size = self.page_rows
        above = self._pages.get(page - 1)
        if above and len(above) == size:
            return PageRequest(page, after=above[-1], rows=size)
        below = self._pages.get(page + 1)
        if below:
            return PageRequest(page, before=below[0], rows=size)
        start = page * size
        if total is not None and start > total - start - size:
            end = min(start + size, total)
            return PageRequest(page, offset=total - end, from_oldest=True, rows=end - start)
        return PageRequest(page, offset=start, rows=size)


def fetch_page(ctx: AppContext, user: StaffMember, flt: ComplaintFilter, request: PageRequest,
               page_rows: int = PAGE_ROWS) -> list[ListedComplaint]:
    """Read one page through the service (on a worker thread in the program)."""
    return complaint_list.complaint_page(ctx, user, flt, after=request.after,
                                         before=request.before, offset=request.offset,
                                         from_oldest=request.from_oldest,
                                         limit=min(page_rows, request.rows))


def _first(ctx: AppContext, user: StaffMember, flt: ComplaintFilter, generation: int,
           ) -> tuple[int, complaint_list.FirstPage]:
    return generation, complaint_list.first_page(ctx, user, flt, limit=PAGE_ROWS)


def _page(ctx: AppContext, user: StaffMember, flt: ComplaintFilter, request: PageRequest,
          generation: int) -> tuple[int, int, list[ListedComplaint]]:
    return generation, request.page, fetch_page(ctx, user, flt, request)


class ComplaintListModel(QAbstractTableModel):
    loaded = Signal(int)          # the filter's count, once its first page is in
    page_loaded = Signal(int)     # a further page arrived
    failed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user: StaffMember | None = None
        self.flt = ComplaintFilter()
        self.cache = PageCache()
        self.total = 0
        self.category_labels: dict[str, str] = {c.id: c.label for c in ctx.catalogue.categories}
        self._generation = 0
        self._loading: int | None = None
        self._wanted: OrderedDict[int, None] = OrderedDict()
        self._first = BackgroundQuery(self)
        self._first.done.connect(self._first_done)
        self._first.failed.connect(self._failed)
        self._pages = BackgroundQuery(self)
        self._pages.done.connect(self._page_done)
        self._pages.failed.connect(self._failed)

    # ---- asking ------------------------------------------------------------------------------
    def load(self, user: StaffMember, flt: ComplaintFilter) -> None:
        """Count and read the first page of `flt` on a worker; `loaded` says when."""
        self.user, self.flt = user, flt
        self._generation += 1
        self._loading = None
        self._wanted.clear()
        self._first.run(_first, self.ctx, user, flt, self._generation)

    @property
    def busy(self) -> bool:
        return self._first.busy or self._loading is not None

    def today(self) -> date:
        return self.ctx.clock.now().date()

    def listed(self, row: int) -> ListedComplaint | None:
        return self.cache.row(row) if 0 <= row < self.total else None

    # ---- answers -----------------------------------------------------------------------------
    @Slot(object)
    def _first_done(self, answer: tuple[int, complaint_list.FirstPage]) -> None:
        generation, first = answer
        if generation != self._generation:
            return
        self.beginResetModel()
        self.cache.clear()
        self.total = first.total
        if first.rows:
            self.cache.store(0, first.rows)
        self.endResetModel()
        self.loaded.emit(self.total)

    @Slot(object)
    def _page_done(self, answer: tuple[int, int, list[ListedComplaint]]) -> None:
        generation, page, rows = answer
        if generation != self._generation:
            return
        self._loading = None
        self.cache.store(page, rows)
        top = page * self.cache.page_rows
        bottom = min(self.total, top + self.cache.page_rows) - 1
        if bottom >= top:
            self.dataChanged.emit(self.index(top, 0), self.index(bottom, len(HEADERS) - 1))
        self.page_loaded.emit(page)
        self._next()

    @Slot(str)
    def _failed(self, message: str) -> None:
        self._loading = None
        self._wanted.clear()
        self.failed.emit(message)

    def _want(self, page: int) -> None:
        if page == self._loading or page in self.cache:
            return
        self._wanted[page] = None
        self._wanted.move_to_end(page)
        while len(self._wanted) > MAX_PAGES:          # pages scrolled past long ago
            self._wanted.popitem(last=False)
        if self._loading is None:
            self._next()

    def _next(self) -> None:
        while self._wanted:
            page, _ = self._wanted.popitem(last=True)   # the latest wish first
            if page not in self.cache:
                self._loading = page
                self._pages.run(_page, self.ctx, self.user, self.flt,
                                self.cache.request_for(page, self.total), self._generation)
                return

    # ---- Qt's table model --------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.total

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < self.total:
            return None
        item = self.cache.row(index.row())
        if item is None:
            self._want(index.row() // self.cache.page_rows)
            return PLACEHOLDER if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, index.column())
        if role == REFERENCE_ROLE:
            return item.reference
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == COL_AGE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and index.column() not in BOLD_WHEN_OVERDUE:
            return None
        found = self._follow_up_data(item, role)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_CATEGORY:
            label = self._text(item, COL_CATEGORY)          # may not fit its column
            return f"{label}\n{found}" if found else label
        return found

    def _text(self, item: ListedComplaint, column: int) -> str:
        if column == COL_REFERENCE:
            return item.reference
        if column == COL_DATE:
            return item.saved_at.strftime("%d/%m/%Y %H:%M")
        if column == COL_CATEGORY:
            return tr_data(self.category_labels.get(item.category, item.category))
        if column == COL_STATUS:
            return tr_data(item.status.label)
        if column == COL_STAFF:
            return item.staff_name
        return str(item.age_days(self.today()))

    def _follow_up_data(self, item: ListedComplaint, role: int) -> object:
        state = item.follow_up_state(self.today())
        if state == FollowUpState.NONE:
            return None
        overdue = state == FollowUpState.OVERDUE
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(OVERDUE_BACKGROUND if overdue else DUE_TODAY_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#1a1a1a"))
        if role == Qt.ItemDataRole.FontRole and overdue:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return follow_up_tip(item.follow_up_due, overdue=overdue)
        return None


INCIDENT_HEADERS = (QT_TRANSLATE_NOOP("IncidentListModel", "Reference"),
                    QT_TRANSLATE_NOOP("IncidentListModel", "Date"),
                    QT_TRANSLATE_NOOP("IncidentListModel", "Status"),
                    QT_TRANSLATE_NOOP("IncidentListModel", "Where"),
                    QT_TRANSLATE_NOOP("IncidentListModel", "What happened"))


class IncidentListModel(QAbstractTableModel):
    """The abusive-behaviour incidents the person may see (there are few: all at once).
    A restricted line shows only its date and cannot be opened."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list = []          # services.incidents.IncidentSummary

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = sorted(rows, key=lambda r: r.occurred_at, reverse=True)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(INCIDENT_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(INCIDENT_HEADERS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        item = self.rows[index.row()]
        if role == REFERENCE_ROLE:
            return "" if item.restricted else item.reference
        if role == Qt.ItemDataRole.ToolTipRole and item.restricted:
            return self.tr("Restricted: only the people involved and the manager can open it.")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 1:
            return item.occurred_at.strftime("%d/%m/%Y" if item.restricted else "%d/%m/%Y %H:%M")
        if item.restricted:
            return self.tr("Restricted") if column == 0 else ""
        if column == 0:
            return item.reference
        if column == 2:
            return tr_data(item.status.label, INCIDENT_CONTEXT)
        if column == 3:
            return item.location
        return ", ".join(item.behaviour_labels)
