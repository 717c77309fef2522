"""What a person at a 1024×768 till would hit: controls too small for a finger, text cut
off, a window that does not fit. Used by test_touch_and_fit.py over every screen."""

from __future__ import annotations

from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QCheckBox,
                               QComboBox, QLabel, QLineEdit, QRadioButton, QTabBar, QWidget)

from desktop_app.ui.inventory import inputs

TOUCH = 44


def shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.isEnabled() and widget.window().isVisible()


def small_targets(root: QWidget) -> list[str]:
    """Visible, enabled controls under 44×44 px (a check box or radio button counts with
    its label, which takes the click too)."""
    problems = []
    for widget in inputs(root):
        if not shown(widget, root) or not isinstance(
                widget, QAbstractButton | QComboBox | QLineEdit | QAbstractSpinBox):
            continue
        size = widget.size()
        if size.height() < TOUCH - 2 or size.width() < TOUCH - 2:   # borders round down
            problems.append(f"{widget.objectName() or type(widget).__name__} is "
                            f"{size.width()}×{size.height()} px")
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if (not shown(view, root) or model is None or model.rowCount() == 0
                or view.objectName() in ("stepList",) or isinstance(view.parent(), QComboBox)
                or not view.selectionMode().value):
            continue
        first = next((model.index(r, 0) for r in range(model.rowCount())
                      if model.flags(model.index(r, 0)).value & 1), None)   # selectable
        if first is not None and 0 < view.visualRect(first).height() < TOUCH - 4:
            problems.append(f"rows of {view.objectName() or type(view).__name__} are "
                            f"{view.visualRect(first).height()} px high")
    for bar in root.findChildren(QTabBar):
        if not shown(bar, root):
            continue
        for index in range(bar.count()):
            rect = bar.tabRect(index)
            if rect.height() < TOUCH - 2:
                problems.append(f"tab '{bar.tabText(index)}' is {rect.height()} px high")
    return problems


def clipped_text(root: QWidget) -> list[str]:
    """Labels and buttons whose text does not fit (narrower than the text needs, with no
    word wrap to take the rest)."""
    problems = []
    for label in root.findChildren(QLabel):
        if not shown(label, root) or not label.text() or label.wordWrap():
            continue
        if label.textFormat().name == "RichText" or "<" in label.text():
            continue
        needs = label.fontMetrics().horizontalAdvance(label.text().replace("&", "")) \
            + label.contentsMargins().left() + label.contentsMargins().right() + 2 * label.margin()
        if label.contentsRect().width() + 1 < needs - 2 * label.indent() - 2:
            problems.append(f"label '{label.text()[:40]}' needs {needs} px, has "
                            f"{label.contentsRect().width()}")
    for button in root.findChildren(QAbstractButton):
        if not shown(button, root) or isinstance(button, QCheckBox | QRadioButton):
            continue
        if button.text() and button.width() < button.sizeHint().width() - 4:
            problems.append(f"button '{button.text()[:40]}' needs {button.sizeHint().width()} "
                            f"px, has {button.width()}")
    return problems
