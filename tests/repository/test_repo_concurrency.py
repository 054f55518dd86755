"""Commits are single transactions, on SQLite and PostgreSQL: two processes committing 20
times each at the same moment lose nothing; a commit killed (SIGKILL) just before its end
leaves the old head and nothing half-written."""
from __future__ import annotations

import copy
import os
import signal
import subprocess
import sys
from pathlib import Path

from blueprint_app.repository import Repository
from blueprint_app.repository.repo import PAUSE_ENV

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
