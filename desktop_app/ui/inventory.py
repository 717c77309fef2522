"""Lists the named widgets of a screen: the stable interface for automation and assistive
technology documented in docs/ui-automation.md (and checked by a test)."""

from __future__ import annotations

from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit,
                               QListWidget, QPlainTextEdit, QTableView, QTableWidget, QWidget)

INPUT_TYPES = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractButton, QAbstractSpinBox,
               QListWidget, QTableWidget, QTableView)


def inputs(root: QWidget) -> list[QWidget]:
    """Every input under `root` that a person can use, skipping Qt's own inner parts."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INPUT_TYPES):
            continue
        if widget.objectName().startswith("qt_") or isinstance(widget.parent(), QComboBox | QAbstractSpinBox):
            continue
        if type(widget).__name__ in {"QLineEdit"} and isinstance(widget.parent(), QComboBox):
            continue
        found.append(widget)
    return found


def describe(root: QWidget) -> list[tuple[str, str, str]]:
    """(objectName, widget class, accessible name) for each input, sorted by name."""
    rows = {(w.objectName(), type(w).__name__, w.accessibleName() or _text(w)) for w in inputs(root)}
    return sorted(rows)


def _text(widget: QWidget) -> str:
    return widget.text() if isinstance(widget, QAbstractButton) else ""
