"""Cycles are collected on the UI thread, by its timer, never by a pool thread."""

from __future__ import annotations

import gc
import threading

from desktop_app.ui.app import make_application
from desktop_app.ui.main_thread_gc import MainThreadCollector


class Cycle:
    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        Cycle.freed_on.append(threading.current_thread().name)


Cycle.freed_on = []


def test_the_program_collects_cycles_from_the_ui_threads_timer(qtbot):
    from PySide6.QtCore import QCoreApplication

    app = make_application()
    # a start-up left by an earlier test in this process takes over on the next turn of the
    # event loop and freezes what exists then (main_thread_gc.settled_after_start): let it,
    # before the garbage is made, or the garbage is frozen with it and never collected
    QCoreApplication.processEvents()
    assert not gc.isenabled()
    collector = app.findChild(MainThreadCollector)
    assert collector is not None and collector.timer.isActive()

    def make_garbage_on_a_worker() -> None:
        for _ in range(5 * gc.get_threshold()[0]):
            Cycle()                                  # enough to have triggered a collection

    Cycle.freed_on.clear()
    worker = threading.Thread(target=make_garbage_on_a_worker, name="pool-like")
    worker.start()
    worker.join()
    assert Cycle.freed_on == []                      # nothing collected on the worker
    qtbot.waitUntil(lambda: len(Cycle.freed_on) > 0, timeout=20_000)   # a loaded CI machine
    assert set(Cycle.freed_on) == {threading.main_thread().name}


def test_at_start_up_nothing_is_collected_until_the_program_has_settled(qtbot):
    """While the database layers are imported on a worker, a collection would walk them
    all on the UI thread (over 100 ms with the sign-in screen up): held until settled."""
    from PySide6.QtCore import QObject

    from desktop_app.ui.main_thread_gc import collect_on_ui_thread, settled_after_start

    holder = QObject()
    collector = collect_on_ui_thread(holder, after_start=True)
    try:
        assert not collector.timer.isActive()
        settled_after_start(holder)
        assert collector.timer.isActive()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        collector.timer.stop()
