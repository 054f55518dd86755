"""Docks that follow every edit share one worker thread; a runner's task that has not
started is dropped when a newer one comes (its answer would be thrown away anyway)."""
from __future__ import annotations

import threading

from blueprint_app.ui.background import BackgroundRunner


def test_shared_runners_run_one_at_a_time_and_drop_stale_tasks(qtbot):
    first, second = BackgroundRunner(shared=True), BackgroundRunner(shared=True)
    release, ran, running, overlap = threading.Event(), [], [0], []

    def task(name, block=False):
        def run():
            running[0] += 1
            overlap.append(running[0])
            if block:
                release.wait(10)
            ran.append(name)
            running[0] -= 1
            return name
        return run
    answers = []
    second.finished.connect(answers.append)
    first.submit(task("blocking", block=True))
    qtbot.waitUntil(lambda: overlap == [1], timeout=5_000)  # the shared thread is busy
    for k in range(3):
        second.submit(task(f"edit {k}"))
    release.set()
    qtbot.waitUntil(lambda: answers == ["edit 2"], timeout=5_000)
    assert first.wait(5_000) and second.wait(5_000)
    assert ran == ["blocking", "edit 2"]  # edits 0 and 1 never started
    assert max(overlap) == 1
