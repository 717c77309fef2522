"""The mouse wheel scrolls the page; it changes a choice only where the person clicked.

Left to Qt, a combo box or spin box under the pointer takes the wheel whenever the page
scrolls past it, and silently changes what is recorded (the resolution offered, a count).
One filter on the application: a wheel over a combo box or a spin box (dates and times
included) goes to the page behind it unless that control has the focus and got it from a
click. Such controls do not take the focus from the wheel either.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget

GUARDED = (QComboBox, QAbstractSpinBox)
CLICKED = "_wheelAllowed"


def _guarded(watched: QObject) -> QWidget | None:
    """The combo box or spin box the event is for (its inner line edit counts as it)."""
    for widget in (watched, watched.parent() if isinstance(watched, QWidget) else None):
        if isinstance(widget, GUARDED):
            return widget
    return None


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind not in (QEvent.Type.Wheel, QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            return False
        control = _guarded(watched)
        if control is None:
            return False
        if kind == QEvent.Type.FocusIn:
            if control.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                control.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            control.setProperty(CLICKED, event.reason() == Qt.FocusReason.MouseFocusReason)
            return False
        if kind == QEvent.Type.FocusOut:
            control.setProperty(CLICKED, False)
            return False
        if control.hasFocus() and control.property(CLICKED):
            return False
        event.ignore()              # unaccepted, Qt hands it on to the page behind
        return True


def guard_the_wheel(app: QApplication) -> WheelGuard:
    """Install the guard once on the application."""
    existing = app.findChild(WheelGuard)
    if existing is not None:
        return existing
    guard = WheelGuard(app)
    app.installEventFilter(guard)
    return guard
