"""Read-only record tables: a row per record, chosen whole, opened with Enter or a double-click."""

from __future__ import annotations

from PySide6.QtWidgets import (QAbstractItemView, QTableView, QTableWidget, QTableWidgetItem,
                               QWidget)

from desktop_app.ui.touch import TOUCH


def touch_rows(table: QTableView) -> QTableView:
    """Rows a finger can pick (ui.touch), and kept so whatever their text."""
    table.verticalHeader().setMinimumSectionSize(TOUCH)
    table.verticalHeader().setDefaultSectionSize(TOUCH)
    return table


def record_table(parent: QWidget, name: str, accessible: str, columns: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(columns), parent)
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setHorizontalHeaderLabels(columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    return touch_rows(table)


def cell(text: str) -> QTableWidgetItem:
    """A read-only cell; its whole text also shows on hover, where the column cuts it."""
    item = QTableWidgetItem(text)
    if text:
        item.setToolTip(text)
    return item
