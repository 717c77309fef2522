"""The head-office window, driven as a person would: sign in, read the views."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desktop_app.services import demo, head_office, head_office_link, incidents
from desktop_app.ui.head_office.window import HeadOfficeWindow
from tests.services.test_incidents import ASSAULT, essentials

CLICK = Qt.MouseButton.LeftButton


def _window(qtbot, ho, ho_url, clock, code):  # noqa: ANN001, ANN202
    window = HeadOfficeWindow(ho_url, clock)
    qtbot.addWidget(window)
    window.show()
    page = window.sign_in_page
    qtbot.keyClicks(page.code, code)
    qtbot.mouseClick(page.button, CLICK)
    return window


def _open(qtbot, parent, table, row, column, name="recordsDialog"):  # noqa: ANN001, ANN202
    """Double-click a cell as a person would (Qt opens the row the first press went down
    on) and return the dialog it opened."""
    table.scrollToItem(table.item(row, column))
    centre = table.visualItemRect(table.item(row, column)).center()
    before = set(parent.findChildren(QDialog, name))
    qtbot.mouseClick(table.viewport(), CLICK, pos=centre)
    qtbot.mouseDClick(table.viewport(), CLICK, pos=centre)
    (opened,) = set(parent.findChildren(QDialog, name)) - before
    return opened


def _imported(ho, ctx, manager, staff, tmp_path) -> None:
    demo.fill(ctx, complaints=120, incidents=30, seed=2)
    incidents.record_incident(ctx, staff, essentials(
        staff, behaviours=[ASSAULT], days_off_work=0, specified_injuries=["fracture"],
        injury="hospital", injury_details="Broken arm"))
    for path in head_office_link.make_bundle(ctx, manager, tmp_path / "out").paths:
        head_office.import_bundle(ho, path)


def test_a_chain_manager_with_the_incident_right_sees_every_view(qtbot, ho, ho_url, clock,
                                                                 linked_till, manager, staff,
                                                                 tmp_path):
    _imported(ho, linked_till, manager, staff, tmp_path)
    head_office.add_person(ho, "HO1", "Harriet Chain", incidents=True)
    window = _window(qtbot, ho, ho_url, clock, "HO1")
    assert window.viewer is not None and window.stack.currentWidget() is not \
        window.sign_in_page
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs == ["Stores", "League table", "Trends", "Abuse by hour", "RIDDOR",
                    "Repeat customers", "Find"]
    window.tabs.setCurrentWidget(window.trends)
    assert window.trends.table.rowCount() > 3
    assert window.trends.table.horizontalHeaderItem(0).text() == "What"
    assert window.stores.table.item(0, 0).text() == "GLA01"
    window.tabs.setCurrentWidget(window.league)
    assert window.league.table.rowCount() == 1
    assert window.league.table.item(0, 1).text() == "GLA01 Glasgow Central"
    records = _open(qtbot, window.league, window.league.table, 0, 1)
    assert records.table.rowCount() >= 100
    reference = records.table.item(0, 1).text()
    view = _open(qtbot, records, records.table, 0, 1, "recordView")
    assert view.sections[0][0] == "The complaint" and reference in view.windowTitle()
    view.close()
    records.close()
    window.tabs.setCurrentWidget(window.trends)
    trends = _open(qtbot, window.trends, window.trends.table, 0, 1)
    assert trends.table.rowCount() == int(window.trends.table.item(0, 1).text().replace(",", ""))
    trends.close()
    window.tabs.setCurrentWidget(window.riddor)
    dues = [window.riddor.table.item(r, 0).text() for r in range(window.riddor.table.rowCount())]
    assert "20/03/2026" in dues                       # the broken arm: 10 days
    arm = _open(qtbot, window.riddor, window.riddor.table, dues.index("20/03/2026"), 2,
                "recordView")
    assert any("Broken arm" in value for _title, rows in arm.sections for _l, value in rows)
    arm.close()
    assert any(due.endswith("OVERDUE") for due in dues)  # older demo cases not reported
    window.tabs.setCurrentWidget(window.abuse)
    cells = [window.abuse.table.item(r, c).text() for r in range(7) for c in range(24)]
    assert sum(int(text) for text in cells if text) >= 30
    busiest = max(range(7 * 24), key=lambda n: int(cells[n] or 0))
    hour = _open(qtbot, window.abuse, window.abuse.table, busiest // 24, busiest % 24)
    assert hour.table.rowCount() == int(cells[busiest])
    hour.close()
    regions = [window.abuse.region.itemText(i) for i in range(window.abuse.region.count())]
    assert regions == ["The whole chain", "Scotland"]
    window.abuse.region.setCurrentIndex(1)                 # Glasgow is in Scotland: the same
    assert window.abuse.table.item(busiest // 24, busiest % 24).text() == cells[busiest]
    qtbot.mouseClick(window.findChild(type(window.sign_in_page.button), "headOfficePack"), CLICK)
    pack = window.findChild(QDialog, "packDialog")
    assert [pack.scope.itemText(i) for i in range(pack.scope.count())] == [
        "The whole chain", "Region Scotland", "GLA01 Glasgow Central"]
    pack.scope.setCurrentIndex(2)
    qtbot.mouseClick(pack.period.show_button, CLICK)
    assert pack.preview is not None and len(pack.preview.pages) >= 2
    assert "period-pack-gla01-" in pack.preview.report.filename
    pack.close()
    window.tabs.setCurrentWidget(window.search)
    broken_arm = window.riddor.cases[dues.index("20/03/2026")].reference
    qtbot.keyClicks(window.search.words, broken_arm.lower())
    qtbot.keyClick(window.search.words, Qt.Key.Key_Return)
    found = [window.search.table.item(r, 1).text()
             for r in range(window.search.table.rowCount())]
    assert found == [broken_arm]
    arm = _open(qtbot, window.search, window.search.table, 0, 1, "recordView")
    assert broken_arm in arm.windowTitle()
    arm.close()
    window.search.words.clear()
    qtbot.keyClicks(window.search.words, "kettle")      # a product the demo complaints name
    qtbot.mouseClick(window.search.find_button, CLICK)
    assert window.search.table.rowCount() > 0
    window.search.words.clear()
    qtbot.keyClicks(window.search.words, "zebra crossing")
    qtbot.mouseClick(window.search.find_button, CLICK)
    assert window.search.table.rowCount() == 0
    assert window.search.message.text() == "Nothing holds all of those words."
    window.grab().save(str(tmp_path / "head-office.png"))
    qtbot.mouseClick(window.findChild(type(window.sign_in_page.button), "headOfficeSignOut"),
                     CLICK)
    assert window.viewer is None and window.stack.currentWidget() is window.sign_in_page


def test_a_regional_manager_without_the_right_sees_no_incident_views(qtbot, ho, ho_url, clock,
                                                                     linked_till, manager,
                                                                     staff, tmp_path):
    _imported(ho, linked_till, manager, staff, tmp_path)
    head_office.add_person(ho, "RM1", "Rhian Regional", region="North")
    window = _window(qtbot, ho, ho_url, clock, "RM1")
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert "RIDDOR" not in tabs and "Abuse by hour" not in tabs
    assert window.stores.table.rowCount() == 0            # Glasgow is not in the North
    window.tabs.setCurrentWidget(window.league)
    assert window.league.region.itemText(0) != "The whole chain"
    assert window.league.table.rowCount() == 0


def test_a_wrong_code_is_said_and_the_password_cleared(qtbot, ho, ho_url, clock):
    window = _window(qtbot, ho, ho_url, clock, "NOBODY")
    assert window.viewer is None
    assert window.sign_in_page.message.text() == "That code and password do not match."
    assert window.sign_in_page.password.text() == ""
