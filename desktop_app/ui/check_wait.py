"""A save asked for while the start-up page check is still reading the file.

A note says so and the save goes ahead by itself the moment the check answers; the form
stays as it was underneath. If the check found damage the service refuses the save with a
sentence, which the form shows beside what was typed, as for any other refusal.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QVBoxLayout, QWidget

from desktop_app.services.context import AppContext
from desktop_app.services.integrity_gate import CheckState
from desktop_app.ui.background import BackgroundQuery


class CheckWaitNote(QDialog):
    """Modal to its window while it shows, so the save is not asked for twice."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Dialog | Qt.WindowType.CustomizeWindowHint
                         | Qt.WindowType.WindowTitleHint)
        self.setObjectName("checkWaitNote")
        self.setWindowTitle(self.tr("Checking the database"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        text = QLabel(self.tr("The database is being checked, as it is once after the program "
                              "starts. What you typed will be saved as soon as the check "
                              "is done: it takes a few seconds."), self)
        text.setWordWrap(True)
        text.setMinimumWidth(420)
        layout.addWidget(text)
        busy = QProgressBar(self)
        busy.setRange(0, 0)
        layout.addWidget(busy)
        self.query = BackgroundQuery(self)

    def closeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt's name
        if self.query.busy:                  # it closes itself when the check answers
            event.ignore()
            return
        super().closeEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802, ANN001 - Escape must not drop it
        if event.key() != Qt.Key.Key_Escape:
            super().keyPressEvent(event)


def when_checked(parent: QWidget, ctx: AppContext, save: Callable[[], object]) -> bool:
    """True: save now. False: the check is still running; `save` is called again once it
    answers, and the caller returns with the form untouched."""
    if ctx.integrity.state is not CheckState.PENDING:
        return True
    note = CheckWaitNote(parent)

    def answered(_state: object) -> None:
        note.hide()
        note.deleteLater()
        save()

    note.query.done.connect(answered)
    note.query.failed.connect(answered)
    note.query.run(ctx.integrity.wait)
    note.show()
    return False
