"""Helper process for the concurrency test: waits for GO_FILE, then N times checks out the
head, sets its own node's description to "WHO-i" and commits through the command line's
entry point (``blueprint_app.cli.main``), in this one process."""
import contextlib
import io
import json
import os
import sys
import time

from blueprint_app.cli import main

url, journey, node_id, who, count, go_file, work = sys.argv[1:8]
while not os.path.exists(go_file):
    time.sleep(0.01)
out = os.path.join(work, f"{who}.json")
for i in range(int(count)):
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        assert main(["repo", "checkout", url, journey, out]) == 0
    base = buffer.getvalue().split("@")[1].split()[0]
    with open(out, encoding="utf-8") as f:
        data = json.load(f)
    next(n for n in data["nodes"] if n["id"] == node_id)["description"] = f"{who}-{i}"
    with open(out, "w", encoding="utf-8") as f:
        json.dump(data, f)
    code = main(["repo", "commit", url, journey, out, "--base", base, "--author", who,
                 "-m", f"{who} {i}"])
    assert code == 0, code
