"""Work cut into steps for the UI thread: one step per turn of the event loop, in order,
after a query if asked, and nothing more once cancelled."""

from __future__ import annotations

import threading

from desktop_app.ui.background import BackgroundQuery
from desktop_app.ui.idle_steps import IdleSteps


def test_steps_run_in_order_later_each_seeing_what_the_one_before_built(qtbot):
    steps, built, finished = IdleSteps(), [], []

    def plan():
        yield lambda: built.append("list")
        yield lambda: built.append(f"tabs after {built[-1]}")   # runs after "list" was built

    steps.run(plan(), then=lambda: finished.append(list(built)))
    assert built == [] and steps.busy                           # nothing ran yet
    qtbot.waitUntil(lambda: bool(finished))
    assert finished == [["list", "tabs after list"]]
    assert not steps.busy


def test_steps_asked_to_follow_a_query_wait_for_its_answer(qtbot):
    steps, query, built = IdleSteps(), BackgroundQuery(), []
    answer = threading.Event()
    query.run(answer.wait, 10)
    steps.run([lambda: built.append("built")], after=query)
    with qtbot.waitSignal(query.done):
        assert built == []                                       # the query is still out
        answer.set()
    qtbot.waitUntil(lambda: built == ["built"])


def test_cancelled_steps_and_their_ending_never_run(qtbot):
    steps, built = IdleSteps(), []
    steps.run([lambda: built.append(1), lambda: (built.append(2), steps.cancel()),
               lambda: built.append(3)], then=lambda: built.append("then"))
    qtbot.waitUntil(lambda: not steps.busy)
    marker = IdleSteps()
    marker.run([], then=lambda: built.append("later turn"))     # the loop has gone round
    qtbot.waitUntil(lambda: "later turn" in built)
    assert built == [1, 2, "later turn"]
