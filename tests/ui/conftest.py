"""GUI test guards: a dialog that nobody expects fails the test instead of blocking it,
and a test that switched the till to Welsh leaves it in English for the next."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox


class UnexpectedDialog(AssertionError):
    pass


class DialogAnswers:
    """Tests queue the answers they expect dialogs to be given; any other dialog fails."""

    def __init__(self) -> None:
        self.queue: list[QMessageBox.StandardButton] = []
        self.seen: list[str] = []

    def expect(self, answer: QMessageBox.StandardButton) -> None:
        self.queue.append(answer)

    def answer(self, text: str) -> QMessageBox.StandardButton:
        self.seen.append(text)
        if not self.queue:
            raise UnexpectedDialog(f"Unexpected dialog: {text}")
        return self.queue.pop(0)


@pytest.fixture(autouse=True)
def dialogs(monkeypatch) -> DialogAnswers:
    answers = DialogAnswers()

    def static(_kind):
        def fake(parent, title, text, *args, **kwargs):
            return answers.answer(f"{title}: {text}")
        return staticmethod(fake)

    for kind in ("question", "warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, static(kind))
    monkeypatch.setattr(QMessageBox, "exec",
                        lambda self: answers.answer(f"{self.windowTitle()}: {self.text()}"))
    yield answers
    assert not answers.queue, f"Expected dialogs never appeared: {answers.queue}"


@pytest.fixture(autouse=True)
def collector_on_the_ui_thread(qapp):  # noqa: ANN001, ANN201 - pytest-qt's application
    """As in the program: Python's cycle collector runs from the UI thread's timer, never
    in a pool thread (where it could free a widget's wrapper). Back to normal afterwards
    for the tests that run no event loop."""
    import gc

    from desktop_app.ui.main_thread_gc import collect_on_ui_thread

    collect_on_ui_thread(qapp)
    yield
    gc.collect()
    gc.enable()


@pytest.fixture(autouse=True)
def english_after():
    """The interface's language is the application's: whatever a test chose, the next
    starts in English."""
    yield
    from desktop_app.domain.language import Language
    from desktop_app.ui import language as spoken

    spoken.apply(Language.ENGLISH)
