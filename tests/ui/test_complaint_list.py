"""The complaint list and search, driven as a manager or a member of staff would: typing in
the search box, choosing filters, scrolling, opening a line with Enter or a double-click."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from desktop_app.domain.complaint import Complaint, Status
from desktop_app.domain.record_filter import ComplaintFilter
from desktop_app.services import complaints, data_protection, demo
from desktop_app.ui.app import make_application
from desktop_app.ui.workspace.complaint_list_model import (COL_REFERENCE, DUE_TODAY_BACKGROUND,
                                                           OVERDUE_BACKGROUND, PLACEHOLDER)
from desktop_app.ui.workspace.list_screen import ComplaintListScreen
from tests.services.test_data_protection import canary_incident, save_complaint
from tests.ui.test_accessibility import unnamed

CLICK = Qt.MouseButton.LeftButton
WAIT = 10_000


def open_list(qtbot, ctx, user) -> ComplaintListScreen:  # noqa: ANN001
    make_application()
    screen = ComplaintListScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1024, 768)
    screen.show()
    qtbot.waitExposed(screen)
    with qtbot.waitSignal(screen.model.loaded, timeout=WAIT):
        screen.show_for(user)
    return screen


def double_click(qtbot, view, index) -> None:  # noqa: ANN001
    """A real double-click: Qt's view opens only the line the first press went down on."""
    centre = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), CLICK, pos=centre)
    qtbot.mouseDClick(view.viewport(), CLICK, pos=centre)


def shown(screen: ComplaintListScreen) -> list[str]:
    """Every reference on the list (the tests keep it within the first page)."""
    model = screen.model
    assert model.total <= model.cache.page_rows
    return [model.listed(row).reference for row in range(model.rowCount())]


def stored(ctx) -> list[Complaint]:  # noqa: ANN001
    with ctx.uow() as uow:
        found = uow.complaints.saved_between(datetime(2000, 1, 1), datetime(2100, 1, 1))
    return sorted(found, key=lambda c: (c.saved_at, c.id), reverse=True)


def expected(ctx, wanted) -> list[str]:  # noqa: ANN001
    return [c.reference for c in stored(ctx) if wanted(c)]


def search(qtbot, screen: ComplaintListScreen, text: str) -> list[str]:  # noqa: ANN001
    screen.search.clear()
    screen.search_timer.stop()
    with qtbot.waitSignal(screen.model.loaded, timeout=WAIT):
        qtbot.keyClicks(screen.search, text)            # debounced: one search at the end
    assert not screen.message.isVisible(), screen.message.text()
    return shown(screen)


def choose(qtbot, screen: ComplaintListScreen, combo, text: str) -> list[str]:  # noqa: ANN001
    index = combo.findText(text)
    assert index >= 0, text
    with qtbot.waitSignal(screen.model.loaded, timeout=WAIT):
        combo.setCurrentIndex(index)
    return shown(screen)


def test_every_filter_narrows_the_list_to_what_the_database_holds(qtbot, ctx, manager):
    demo.fill(ctx, complaints=120, incidents=0, seed=21)
    screen = open_list(qtbot, ctx, manager)
    assert shown(screen) == expected(ctx, lambda c: True)
    assert screen.count_label.text() == "120 complaints"

    assert choose(qtbot, screen, screen.status, "Escalated") == \
        expected(ctx, lambda c: c.status is Status.ESCALATED)
    assert choose(qtbot, screen, screen.status, "Any status") == expected(ctx, lambda c: True)

    assert choose(qtbot, screen, screen.category, "Faulty or damaged goods") == \
        expected(ctx, lambda c: c.category == "faulty_goods")
    choose(qtbot, screen, screen.category, "Any category")

    some = stored(ctx)[4]
    name = some.staff_name or next(n for i, n in
                                   [(screen.staff.itemData(k), screen.staff.itemText(k))
                                    for k in range(screen.staff.count())] if i == some.staff_id)
    assert choose(qtbot, screen, screen.staff, name) == \
        expected(ctx, lambda c: c.staff_id == some.staff_id)
    choose(qtbot, screen, screen.staff, "Anyone")

    heat = ctx.catalogue.model("heat").name
    assert choose(qtbot, screen, screen.model_box, heat) == \
        expected(ctx, lambda c: c.model_id == "heat")
    choose(qtbot, screen, screen.model_box, "Any model")

    with qtbot.waitSignal(screen.model.loaded, timeout=WAIT):
        qtbot.mouseClick(screen.from_check, CLICK)
    with qtbot.waitSignal(screen.model.loaded, timeout=WAIT):
        screen.date_from.set_day(date(2025, 9, 1))
    with qtbot.waitSignal(screen.model.loaded, timeout=WAIT):
        qtbot.mouseClick(screen.to_check, CLICK)
    with qtbot.waitSignal(screen.model.loaded, timeout=WAIT):
        screen.date_to.set_day(date(2025, 11, 30))
    in_autumn = expected(ctx, lambda c: date(2025, 9, 1) <= c.saved_at.date() <= date(2025, 11, 30))
    assert shown(screen) == in_autumn and 0 < len(in_autumn) < 120
    assert screen.count_label.text() == f"{len(in_autumn)} complaints"

    both = choose(qtbot, screen, screen.status, "Closed")
    assert both == expected(ctx, lambda c: c.status is Status.CLOSED
                            and date(2025, 9, 1) <= c.saved_at.date() <= date(2025, 11, 30))

    with qtbot.waitSignal(screen.model.loaded, timeout=WAIT):
        qtbot.mouseClick(screen.clear_button, CLICK)
    assert shown(screen) == expected(ctx, lambda c: True)
    assert not screen.from_check.isChecked() and screen.status.currentIndex() == 0


def test_dates_the_wrong_way_round_say_so_beside_the_dates(qtbot, ctx, manager):
    save_complaint(ctx, manager)
    screen = open_list(qtbot, ctx, manager)
    qtbot.mouseClick(screen.from_check, CLICK)
    qtbot.mouseClick(screen.to_check, CLICK)
    with qtbot.waitSignal(screen.model.loaded, timeout=WAIT):
        screen.date_from.set_day(date(2026, 3, 5))
    qtbot.waitUntil(lambda: not screen.model.busy, timeout=WAIT)
    screen.date_to.set_day(date(2026, 3, 1))
    assert screen.date_message.isVisible()
    assert "before the 'from' date" in screen.date_message.text()
    assert screen.count_label.text() == "Check the dates"
    assert not screen.model.busy                      # nothing asked of the database
    with qtbot.waitSignal(screen.model.loaded, timeout=WAIT):
        screen.date_to.set_day(date(2026, 3, 10))
    assert not screen.date_message.isVisible() and screen.model.total == 1


def test_search_by_reference_name_product_and_the_customers_words(qtbot, ctx, manager, staff):
    kettle = save_complaint(ctx, staff, product="Kettle 1.7 l", customer_name="Jane Smyth",
                            customer_account="The lid snapped off on the first morning.")
    toaster = save_complaint(ctx, staff, product="Toaster", customer_name="Olu Bankole",
                             customer_account="Burnt every slice and smelt of plastic.")
    screen = open_list(qtbot, ctx, manager)
    assert search(qtbot, screen, kettle) == [kettle]
    assert search(qtbot, screen, toaster.lower()) == [toaster]
    assert search(qtbot, screen, "smyth") == [kettle]
    assert search(qtbot, screen, "jane smy") == [kettle]
    assert search(qtbot, screen, "kett") == [kettle]
    assert search(qtbot, screen, "toaster") == [toaster]
    assert search(qtbot, screen, "lid snapped") == [kettle]
    assert search(qtbot, screen, "plastic") == [toaster]
    assert search(qtbot, screen, "plastic lid") == []
    assert screen.count_label.text() == "No complaints match"
    assert search(qtbot, screen, "bankole") == [toaster]
    assert screen.count_label.text() == "1 complaint"


@pytest.mark.parametrize("hostile", ['"', 'kettle"', '"kettle', "*", "kett*", "NEAR(",
                                     "NEAR(kettle toaster", "-", "-kettle", "OR", "kettle OR",
                                     "(", ")", "((kettle", "^", "title:kettle", "AND NOT",
                                     "'; DROP TABLE complaints; --", "\\"])
def test_hostile_search_text_is_only_text(qtbot, ctx, manager, hostile):
    reference = save_complaint(ctx, manager, product="Kettle")
    screen = open_list(qtbot, ctx, manager)
    found = search(qtbot, screen, hostile)
    assert found in ([], [reference])
    assert search(qtbot, screen, reference) == [reference]   # the table is still there


def test_search_follows_an_amendment_and_forgets_an_erased_name(qtbot, ctx, manager, staff):
    reference = save_complaint(ctx, staff, product="Percolator", customer_name="Quentin Blathersby")
    other = save_complaint(ctx, staff, product="Percolator", customer_name="Quentin Other")
    screen = open_list(qtbot, ctx, manager)
    assert search(qtbot, screen, "percolator") == [other, reference]
    complaints.amend_complaint(ctx, manager, reference, "product", "Samovar", "Misheard")
    assert search(qtbot, screen, "percolator") == [other]
    assert search(qtbot, screen, "samovar") == [reference]

    assert search(qtbot, screen, "blathersby") == [reference]
    data_protection.erase_personal_data(ctx, manager, complaints=[reference], incidents=[],
                                        reason="The customer asked",
                                        received_on=date(2026, 3, 9))
    assert search(qtbot, screen, "blathersby") == []
    assert search(qtbot, screen, "quentin") == [other]
    assert search(qtbot, screen, reference) == [reference]


def test_scrolling_reads_further_pages_and_keeps_only_a_few(qtbot, ctx, manager):
    demo.fill(ctx, complaints=450, incidents=0, seed=8)
    screen = open_list(qtbot, ctx, manager)
    model = screen.model
    model.cache.max_pages = 2
    assert model.rowCount() == 450 and model.cache.pages == [0]
    assert screen.count_label.text() == "450 complaints"
    newest = [c.reference for c in stored(ctx)]

    last = model.index(449, COL_REFERENCE)
    assert model.data(last) == PLACEHOLDER                 # until its page arrives
    screen.table.scrollToBottom()
    qtbot.waitUntil(lambda: 2 in model.cache, timeout=WAIT)
    assert model.data(last) == newest[449]

    screen.table.scrollTo(model.index(250, 0))             # back up: page 1, read by keyset
    qtbot.waitUntil(lambda: 1 in model.cache, timeout=WAIT)
    assert [model.listed(r).reference for r in range(200, 400)] == newest[200:400]
    assert len(model.cache) <= 2 and 0 not in model.cache

    screen.table.scrollToTop()
    qtbot.waitUntil(lambda: 0 in model.cache, timeout=WAIT)
    assert model.data(model.index(0, COL_REFERENCE)) == newest[0]
    assert len(model.cache) <= 2


def test_overdue_follow_ups_stand_out_and_due_today_in_amber(qtbot, ctx, manager, staff, clock):
    follow_up = {"follow_up_needed": True, "follow_up_method": "phone", "contact_consent": True}
    late = save_complaint(ctx, staff, follow_up_due=date(2026, 3, 12), **follow_up)
    today = save_complaint(ctx, staff, follow_up_due=date(2026, 3, 14), **follow_up)
    later = save_complaint(ctx, staff, follow_up_due=date(2026, 3, 20), **follow_up)
    closed = save_complaint(ctx, staff)
    clock.set(datetime(2026, 3, 14, 9, 0))
    screen = open_list(qtbot, ctx, manager)
    model = screen.model
    rows = {ref: row for row, ref in enumerate(shown(screen))}

    def look(reference: str, role: Qt.ItemDataRole, column: int = COL_REFERENCE):  # noqa: ANN202
        return model.data(model.index(rows[reference], column), role)

    background = Qt.ItemDataRole.BackgroundRole
    assert look(late, background).color() == OVERDUE_BACKGROUND
    assert isinstance(look(late, Qt.ItemDataRole.FontRole), QFont)
    assert look(late, Qt.ItemDataRole.FontRole).bold()
    assert look(late, Qt.ItemDataRole.ToolTipRole) == "Follow-up overdue since 12/03/2026"
    assert look(today, background).color() == DUE_TODAY_BACKGROUND
    assert look(today, Qt.ItemDataRole.ToolTipRole) == "Follow-up due today"
    for calm in (later, closed):
        assert look(calm, background) is None and look(calm, Qt.ItemDataRole.FontRole) is None
    assert look(late, Qt.ItemDataRole.DisplayRole, 5) == "4"           # age in days
    assert look(late, Qt.ItemDataRole.DisplayRole, 3) == "Awaiting follow-up"


def test_enter_and_double_click_open_the_complaint(qtbot, ctx, manager):
    first = save_complaint(ctx, manager)
    second = save_complaint(ctx, manager)
    screen = open_list(qtbot, ctx, manager)
    table = screen.table
    table.setFocus()
    table.setCurrentIndex(screen.model.index(1, 0))
    with qtbot.waitSignal(screen.open_complaint, timeout=WAIT) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == [first]
    with qtbot.waitSignal(screen.open_complaint, timeout=WAIT) as opened:
        double_click(qtbot, table, screen.model.index(0, 2))
    assert opened.args == [second]


def test_staff_see_only_their_own_complaints(qtbot, ctx, staff, supervisor):
    mine = save_complaint(ctx, staff, product="Kettle")
    theirs = save_complaint(ctx, supervisor, product="Kettle")
    screen = open_list(qtbot, ctx, staff)
    assert shown(screen) == [mine]
    assert not screen.staff.isEnabled() and screen.staff.count() == 1
    assert search(qtbot, screen, "kettle") == [mine]
    assert search(qtbot, screen, theirs) == []
    with qtbot.waitSignal(screen.model.loaded, timeout=WAIT):
        screen.show_filter(ComplaintFilter(staff_id=supervisor.id, caption="Theirs"))
    assert shown(screen) == [mine]


def test_incidents_show_only_what_the_person_may_open(qtbot, ctx, manager, staff, supervisor):
    save_complaint(ctx, staff)
    own = canary_incident(ctx, staff)
    other = canary_incident(ctx, supervisor)
    screen = open_list(qtbot, ctx, staff)
    screen.show_combo.setCurrentIndex(screen.show_combo.findText("Abusive-behaviour incidents"))
    assert screen.incident_table.isVisible() and not screen.table.isVisible()
    assert screen.count_label.text() == "2 incidents"
    model = screen.incident_model
    texts = [[model.index(r, c).data() for c in range(5)] for r in range(model.rowCount())]
    assert [own] in [[row[0]] for row in texts] and other not in str(texts)
    assert ["Restricted"] in [[row[0]] for row in texts]
    table = screen.incident_table
    rows = {row[0]: r for r, row in enumerate(texts)}
    with qtbot.waitSignal(screen.open_incident, timeout=WAIT) as opened:
        double_click(qtbot, table, model.index(rows[own], 1))
    assert opened.args == [own]
    with qtbot.assertNotEmitted(screen.open_incident):
        double_click(qtbot, table, model.index(rows["Restricted"], 1))
    assert "restricted" in screen.message.text()

    boss = open_list(qtbot, ctx, manager)
    boss.show_combo.setCurrentIndex(1)
    refs = {boss.incident_model.index(r, 0).data() for r in range(boss.incident_model.rowCount())}
    assert refs == {own, other}
    with qtbot.waitSignal(boss.model.loaded, timeout=WAIT):
        boss.show_combo.setCurrentIndex(0)
    assert boss.table.isVisible() and boss.model.total == 1


def test_a_filter_from_the_dashboard_is_shown_with_its_caption_and_cleared(qtbot, ctx, manager,
                                                                           staff, clock):
    follow_up = {"follow_up_needed": True, "follow_up_method": "phone", "contact_consent": True}
    late = save_complaint(ctx, staff, follow_up_due=date(2026, 3, 12), **follow_up)
    save_complaint(ctx, staff, category="delivery")
    clock.set(datetime(2026, 3, 20, 9, 0))
    screen = open_list(qtbot, ctx, manager)
    flt = ComplaintFilter(statuses=(Status.OPEN, Status.AWAITING_FOLLOW_UP, Status.ESCALATED),
                          overdue_on=date(2026, 3, 20), date_from=date(2026, 3, 1),
                          caption="Follow-ups overdue (March)")
    with qtbot.waitSignal(screen.model.loaded, timeout=WAIT):
        screen.show_filter(flt)
    assert shown(screen) == [late]
    assert screen.caption_bar.isVisible() and screen.caption.text() == "Follow-ups overdue (March)"
    assert screen.status.currentText() == "Open / Awaiting follow-up / Escalated"
    assert screen.from_check.isChecked() and screen.date_from.day() == date(2026, 3, 1)
    assert screen.current_filter() == flt.but(date_to=screen.current_filter().date_to)
    with qtbot.waitSignal(screen.model.loaded, timeout=WAIT):
        qtbot.mouseClick(screen.caption_clear, CLICK)
    assert not screen.caption_bar.isVisible() and screen.model.total == 2
    assert screen.current_filter() == ComplaintFilter()


def test_every_input_is_named_and_the_screen_fits_1024_by_768(qtbot, ctx, manager):
    screen = open_list(qtbot, ctx, manager)
    assert unnamed(screen) == []
    hint = screen.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 768
    header = screen.table.horizontalHeader()
    assert sum(header.sectionSize(c) for c in range(6)) <= screen.table.viewport().width() + 1
