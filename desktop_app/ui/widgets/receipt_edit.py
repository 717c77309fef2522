"""A line edit for receipt and order numbers that a barcode scanner can type into.

Scanners type the code and then Enter. In a dialog or wizard, Enter would press the
default button and submit the form; here Enter means "scan finished": it is swallowed,
`scanned` is emitted and focus moves on.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit


class ReceiptLineEdit(QLineEdit):
    scanned = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.scanned.emit(self.text())
            self.focusNextChild()
            return
        super().keyPressEvent(event)
