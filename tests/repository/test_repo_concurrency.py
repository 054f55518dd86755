"""Commits are single transactions, on SQLite and PostgreSQL: two processes committing 20
times each at the same moment lose nothing; a commit killed (SIGKILL) just before its end
leaves the old head, and a process killed at random moments while committing leaves the old
or the new head, never anything half-written."""
from __future__ import annotations

import copy
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from blueprint_app.repository import Repository
from blueprint_app.repository.engine import transaction
from blueprint_app.repository.repo import PAUSE_ENV
from blueprint_app.repository.state import split, to_items
from blueprint_app.repository.tables import ITEMS, OBJECTS, REVISIONS

from repo_support import small_journey, start_cli, write_json

COMMITS = int(os.environ.get("BLUEPRINT_REPO_CONCURRENT_COMMITS", "20"))


def test_two_processes_commit_at_once(repo_url, tmp_path):
    repo = Repository.create(repo_url)
    data = small_journey()
    repo.add(data, "j")
    a, b = data["nodes"][0]["id"], data["nodes"][1]["id"]
    go = tmp_path / "go"
    helper = Path(__file__).with_name("commit_loop.py")
    procs = [subprocess.Popen([sys.executable, str(helper), repo_url, "j", node, who,
                               str(COMMITS), str(go), str(tmp_path)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for node, who in ((a, "A"), (b, "B"))]
    go.touch()
    for p in procs:
        _, err = p.communicate(timeout=600)
        assert p.returncode == 0, err[-2000:]
    log = repo.log("j")
    assert [r.rev for r in log] == list(range(2 * COMMITS + 1, 0, -1))  # none shared, none lost
    assert sorted(r.message for r in log[:-1]) == sorted(
        [f"A {i}" for i in range(COMMITS)] + [f"B {i}" for i in range(COMMITS)])
    # walking the history, each writer's values appear in order and none is undone
    seen = {"A": [], "B": []}
    for rev in range(1, 2 * COMMITS + 2):
        state = repo.checkout("j", rev)[0]
        for who, node in (("A", a), ("B", b)):
            value = next(n for n in state["nodes"] if n["id"] == node).get("description")
            if value and value.startswith(who) and (not seen[who] or seen[who][-1] != value):
                seen[who].append(value)
    assert seen == {w: [f"{w}-{i}" for i in range(COMMITS)] for w in "AB"}
    repo.close()


def test_kill_during_commit_leaves_the_old_head(repo_url, tmp_path):
    repo = Repository.create(repo_url)
    data = small_journey()
    repo.add(data, "j")
    before = repo.checkout("j")[0]
    changed = copy.deepcopy(data)
    changed["nodes"][0]["label"] = "never committed"
    changed["nodes"].append({"id": "extra", "lane": "customer", "label": "Extra"})
    path = write_json(tmp_path / "in.json", changed)
    proc = start_cli("repo", "commit", repo_url, "j", path, "--base", "1",
                     env={PAUSE_ENV: "60"})
    line = proc.stdout.readline()  # everything is written, COMMIT not yet sent
    assert "pausing before commit" in line, proc.stderr.read()
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    repo.close()
    repo = Repository.open(repo_url)
    assert repo.head("j") == 1
    assert [r.rev for r in repo.log("j")] == [1]
    assert repo.checkout("j")[0] == before
    # the lock is free and the next commit takes revision 2
    assert repo.commit("j", changed, 1).rev == 2
    assert repo.checkout("j")[0] == changed
    assert repo.checkout("j", 1)[0] == before
    repo.close()


def _assert_whole(repo: Repository, url: str, journey: str, node_id: str) -> int:
    """Every revision is complete: its content matches its message (the writer puts
    "WHO-i" into the node and "WHO i" into the message in the same commit); the open items
    are exactly the head's; no row belongs to a revision that does not exist."""
    log = repo.log(journey)
    head = log[0].rev
    assert [r.rev for r in log] == list(range(head, 0, -1))
    for info in log[:-1]:
        state = repo.checkout(journey, info.rev)[0]
        value = next(n for n in state["nodes"] if n["id"] == node_id)["description"]
        assert value == info.message.replace(" ", "-")
    with transaction(repo.engine, url, write=False) as conn:
        open_rows = conn.execute(select(func.count()).select_from(ITEMS).where(
            ITEMS.c.journey_id == journey, ITEMS.c.to_rev.is_(None))).scalar()
        beyond = conn.execute(select(func.count()).select_from(ITEMS).where(
            (ITEMS.c.from_rev > head) | (ITEMS.c.to_rev > head))).scalar()
        revisions = conn.execute(select(func.count()).select_from(REVISIONS)).scalar()
        orphans = conn.execute(select(func.count()).select_from(ITEMS).outerjoin(
            OBJECTS, OBJECTS.c.hash == ITEMS.c.hash).where(OBJECTS.c.hash.is_(None))).scalar()
    assert open_rows == len(to_items(split(repo.checkout(journey)[0])))
    assert beyond == 0 and orphans == 0 and revisions == head
    return head


def test_kill_at_random_moments_leaves_old_or_new_head(repo_url, tmp_path):
    repo = Repository.create(repo_url)
    data = small_journey()
    repo.add(data, "j")
    node_id = data["nodes"][0]["id"]
    helper = Path(__file__).with_name("commit_loop.py")
    go = tmp_path / "go"
    go.touch()
    rng = random.Random(15)
    head = 1
    for round_ in range(3):
        proc = subprocess.Popen([sys.executable, str(helper), repo_url, "j", node_id,
                                 f"K{round_}", "100000", str(go), str(tmp_path)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 120
        while repo.head("j") < head + 3:  # it is committing: now kill it mid-stream
            assert proc.poll() is None, proc.stderr.read()
            assert time.monotonic() < deadline
            time.sleep(0.02)
        time.sleep(rng.uniform(0, 0.05))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        proc.stderr.close()
        repo.close()
        repo = Repository.open(repo_url)
        head = _assert_whole(repo, repo_url, "j", node_id)
    # the repository takes the next commit as usual
    state = repo.checkout("j")[0]
    state["nodes"][0]["description"] = "after-kills"
    assert repo.commit("j", state, head, message="after kills").rev == head + 1
    repo.close()
