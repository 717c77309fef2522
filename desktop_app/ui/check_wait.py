"""A save asked for while the start-up page check is still reading the file.

A note says so and the save goes ahead by itself the moment the check answers; the form
stays as it was underneath. If the check found damage the service refuses the save with a
sentence, which the form shows beside what was typed, as for any other refusal.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QVBoxLayout, QWidget

from desktop_app.services.context import AppContext
from desktop_app.services.integrity_gate import CheckState, IntegrityGate


class GateWatcher(QObject):
    """The start-up check's answer, delivered on the UI thread (a queued signal from
    whichever thread settles it); no pool thread is kept waiting for it."""

    settled = Signal(str)

    def watch(self, gate: IntegrityGate) -> None:
        """Connect to `settled` first: a gate already settled answers at once."""
        gate.when_settled(self._from_any_thread)

    def _from_any_thread(self, state: CheckState) -> None:
        try:
            self.settled.emit(state.value)
        except RuntimeError:        # its window closed before the check answered
            pass


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
        self.watcher = GateWatcher(self)
        self.waiting = True

    def closeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt's name
        if self.waiting:                     # it closes itself when the check answers
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

    def answered(_state: str) -> None:
        note.waiting = False
        note.hide()
        note.deleteLater()
        save()

    note.watcher.settled.connect(answered)
    note.show()
    note.watcher.watch(ctx.integrity)
    return False
