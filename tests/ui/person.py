"""A person at the till, counted: every key press and click they make that is not the
typing of text itself (Tab, Enter, Space, an arrow, a click, a drawn signature each count
one; the letters of a name or an account do not). Keys go where the focus is, as they
would from a keyboard."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


class Person:
    def __init__(self, qtbot) -> None:  # noqa: ANN001
        self.qtbot = qtbot
        self.count = 0
        self.log: list[str] = []

    @property
    def focus(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def _counted(self, what: str) -> None:
        self.count += 1
        self.log.append(f"{what} ({self.focus.objectName() or type(self.focus).__name__})")

    def type(self, text: str) -> None:
        """Text content: not counted."""
        QTest.keyClicks(self.focus, text)

    def press(self, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:  # noqa: ANN001
        names = {Qt.KeyboardModifier.AltModifier: "Alt+", Qt.KeyboardModifier.ShiftModifier:
                 "Shift+", Qt.KeyboardModifier.ControlModifier: "Ctrl+"}
        self._counted(names.get(modifiers, "") + key.name.removeprefix("Key_"))
        QTest.keyClick(self.focus, key, modifiers)

    def tab(self, times: int = 1) -> None:
        for _ in range(times):
            self.press(Qt.Key.Key_Tab)

    def click(self, widget: QWidget, pos: QPoint | None = None) -> None:
        self.count += 1
        self.log.append(f"click {widget.objectName() or type(widget).__name__}")
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos or widget.rect().center())

    def sign(self, pad: QWidget) -> None:
        """One stroke of a signature, counted once."""
        self.count += 1
        self.log.append("signature")
        QTest.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(30, 80))
        for x in range(40, 300, 20):
            QTest.mouseMove(pad, QPoint(x, 60 + (x // 20 % 3) * 15))
        QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(300, 70))
