"""Kill a real process at random moments of save and autosave, then check every file.

One long-lived child process edits a blueprint and, in a loop, saves the document
(``Document.save``) and writes its recovery copy (``RecoverySlot.write``), printing the
generation it is about to write. The parent SIGKILLs it after a random delay, then checks:
the document opens and holds generation g or g-1 (the last finished or the one in flight,
never a mix, never nothing), and every recovery copy in the folder is found by
``orphaned_entries`` and opens whole. Then a new child continues from the document.

    python -m benchmarks.kill_loop --kills 2000 [--seed 1] [--folder DIR]

prints a table of kills, corrupt, mixed, missing and lost copies (all must be 0).
"""
from __future__ import annotations

import argparse
import os
import random
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# The zygote imports everything once, then forks one worker per kill ("go"): a fork costs
# a millisecond where a fresh Python start costs a second. The worker opens the document and
# saves or autosaves in a loop, printing each generation before writing it.
ZYGOTE = r"""
import os, sys
from pathlib import Path
from blueprint_app.model import Blueprint
from blueprint_app.store import Document
from blueprint_app.store.recovery import RecoverySlot
import blueprint_app.store.writer  # SQLAlchemy, else imported by each worker's first save

def work(doc_path, turn):
    if doc_path.exists():
        document = Document.open(doc_path)
    else:
        bp = Blueprint("generation 0")
        bp.add_stage(id="s", name="Stage")
        document = Document(bp, doc_path)
    bp = document.blueprint
    slot = RecoverySlot()
    generation = int(bp.name.split()[-1])
    while True:
        generation += 1
        bp.rename(f"generation {generation}")
        node = f"n{generation % 40}"
        if bp.has_node(node):
            bp.remove_node(node)
        else:
            bp.add_node(id=node, lane="support", label=f"step {generation} " * 5, stage="s")
        if (generation + turn) % 2:
            print("save", generation, flush=True)
            document.save()
        else:
            print("autosave", generation, flush=True)
            slot.write(bp, doc_path)

doc_path = Path(sys.argv[1])
print("ready", flush=True)
for line in sys.stdin:
    if line.startswith("go"):
        pid = os.fork()
        if pid == 0:
            try:
                print("pid", os.getpid(), flush=True)
                work(doc_path, int(line.split()[1]))
            except BaseException as exc:  # reported, so the loop neither hangs nor hides it
                print("error", type(exc).__name__, str(exc).replace("\n", " "), flush=True)
            finally:
                os._exit(3)
        os.waitpid(pid, 0)
        print("reaped", flush=True)
"""


def _generation(bp) -> int:
    return int(bp.name.split()[-1])


def _count_action(words: list[str], counts: dict[str, int]) -> None:
    if words[:1] == ["save"]:
        counts["saves begun"] += 1
    elif words[:1] == ["autosave"]:
        counts["autosaves begun"] += 1
    elif words[:1] == ["error"]:  # the worker could not open or write the document
        counts["worker errors"] += 1
        counts.setdefault("errors", []).append(" ".join(words[1:]))


def _check(doc: Path, folder: Path, counts: dict[str, int]) -> None:
    from blueprint_app.store import load_blueprint
    from blueprint_app.store.recovery import orphaned_entries

    if doc.exists():
        try:
            bp = load_blueprint(doc)
        except Exception:  # noqa: BLE001 - counted
            counts["corrupt"] += 1
            shutil.move(doc, folder / f"corrupt-{counts['kills']}.blueprint")
            return
        g = _generation(bp)
        # node n{k} exists when an odd number of generations 1..g had k == generation % 40
        expected = {f"n{k}" for k in range(40)
                    if len([i for i in range(1, g + 1) if i % 40 == k]) % 2}
        if {n.id for n in bp.nodes()} != expected:
            counts["mixed"] += 1
    elif counts.get("saved", 0):
        counts["missing"] += 1
    for entry in orphaned_entries():
        counts["copies checked"] += 1
        try:
            bp = load_blueprint(entry.document)
            _generation(bp)
        except Exception:  # noqa: BLE001
            counts["copies lost or corrupt"] += 1
        entry.document.unlink(missing_ok=True)
        entry.document.with_suffix(".json").unlink(missing_ok=True)
    if doc.exists():
        counts["saved"] = 1


def run(kills: int, seed: int, folder: Path, quiet: bool = False, max_delay: float = 0.25,
        timeout: float = 60.0) -> dict[str, int]:
    """``timeout``: seconds without a word from the zygote before the loop counts a stall
    and starts a new one (a killed worker that does not die, a worker that never starts)."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    data = folder / "appdata"
    doc = folder / "doc.blueprint"
    env = dict(os.environ, BLUEPRINT_APP_DATA_DIR=str(data))
    previous = os.environ.get("BLUEPRINT_APP_DATA_DIR")
    os.environ["BLUEPRINT_APP_DATA_DIR"] = str(data)  # orphaned_entries() looks there
    try:
        return _run(kills, rng, folder, data, doc, env, quiet, max_delay, timeout)
    finally:
        if previous is None:
            os.environ.pop("BLUEPRINT_APP_DATA_DIR", None)
        else:
            os.environ["BLUEPRINT_APP_DATA_DIR"] = previous


class _Zygote:
    """The zygote process and its output, read with deadlines: a read that waits longer
    than ``timeout`` raises ``_Stall`` instead of hanging the loop (and the test suite)."""

    def __init__(self, doc: Path, env: dict[str, str]):
        self.process = subprocess.Popen([sys.executable, "-c", ZYGOTE, str(doc)], env=env,
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self._fd = self.process.stdout.fileno()
        self._buffer = b""

    def send(self, text: str) -> None:
        self.process.stdin.write(text.encode())
        self.process.stdin.flush()

    def words(self, timeout: float) -> list[str]:
        deadline = time.monotonic() + timeout
        while b"\n" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._fd], [], [], left)[0]:
                raise _Stall(timeout)
            chunk = os.read(self._fd, 65536)
            if not chunk:
                raise _Stall(timeout, ended=True)
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        return line.decode(errors="replace").split()

    def close(self) -> None:
        self.process.kill()
        self.process.wait()
        for pipe in (self.process.stdin, self.process.stdout):
            try:
                pipe.close()
            except OSError:  # a broken pipe to a killed zygote
                pass


class _Stall(Exception):
    def __init__(self, timeout: float, ended: bool = False):
        super().__init__(f"zygote {'ended' if ended else f'silent for {timeout:.0f} s'}")


def _children(pid: int) -> list[int]:
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _process_state(pid: int) -> str:
    """One line from /proc about a process that did not die when killed (why: D state?)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text().splitlines()
        state = next((l.split(":", 1)[1].strip() for l in status if l.startswith("State")), "?")
        wchan = Path(f"/proc/{pid}/wchan").read_text().strip() or "-"
        return f"pid {pid} state {state} wchan {wchan}"
    except OSError:
        return f"pid {pid} gone"


def _run(kills, rng, folder, data, doc, env, quiet, max_delay, timeout) -> dict[str, int]:
    counts = {"kills": 0, "saves begun": 0, "autosaves begun": 0, "corrupt": 0, "mixed": 0, "missing": 0, "copies checked": 0,
              "copies lost or corrupt": 0, "temps left": 0, "temps removed": 0,
              "worker errors": 0, "stalls": 0}
    started = time.perf_counter()
    zygote = None
    try:
        while counts["kills"] < kills:
            worker = None
            try:
                if zygote is None:
                    zygote = _Zygote(doc, env)
                    assert zygote.words(timeout) == ["ready"]
                zygote.send(f"go {counts['kills']}\n")  # alternate the first write
                line = zygote.words(timeout)
                assert line[:1] == ["pid"], line
                worker = int(line[1])
                # wait until the worker has opened the document and starts writing, so the
                # kill lands inside a save or an autosave (or between them)
                first = zygote.words(timeout)
                _count_action(first, counts)
                if first[:1] != ["reaped"]:  # "reaped" first: the worker ended before writing
                    time.sleep(rng.uniform(0.0, max_delay))
                    try:
                        os.kill(worker, signal.SIGKILL)
                    except ProcessLookupError:
                        pass
                    while (words := zygote.words(timeout)) != ["reaped"]:
                        _count_action(words, counts)
            except _Stall as stall:
                # Never hang: say what the worker was doing, start a new zygote, go on.
                counts["stalls"] += 1
                workers = _children(zygote.process.pid) or ([worker] if worker else [])
                counts.setdefault("stall reasons", []).append(
                    f"{stall}; " + ("; ".join(_process_state(w) for w in workers) or "no worker"))
                for pid in workers:  # first the workers: a stray one would go on writing
                    try:
                        os.kill(pid, signal.SIGKILL)
                    except ProcessLookupError:
                        pass
                zygote.close()
                zygote = None
            counts["kills"] += 1
            _check(doc, folder, counts)
            if not quiet and counts["kills"] % 200 == 0:
                print(" ".join(f"{k}={v}" for k, v in counts.items() if k != "saved"),
                      file=sys.stderr, flush=True)
    finally:
        if zygote is not None:
            zygote.close()
    recovery = data / "recovery"
    recovery.mkdir(parents=True, exist_ok=True)
    temps = [p for p in list(folder.iterdir()) + list(recovery.iterdir()) if ".tmp" in p.name]
    counts["temps left"] = len(temps)
    # every leftover belongs to a killed writer: the cleanup must remove them all
    from blueprint_app.atomic_file import remove_stale_temps_in
    later = time.time() + 3600
    counts["temps removed"] = len(remove_stale_temps_in(folder, now=later)
                                  + remove_stale_temps_in(recovery, now=later))
    counts.pop("saved", None)
    counts["seconds"] = round(time.perf_counter() - started, 1)
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--folder", type=Path, default=None)
    parser.add_argument("--max-delay", type=float, default=0.25,
                        help="longest wait after the worker's first write begins, seconds "
                             "(a save takes about 0.05 s, an autosave 0.08 s)")
    args = parser.parse_args(argv)
    folder = args.folder or Path(tempfile.mkdtemp(prefix="kill-loop-"))
    counts = run(args.kills, args.seed, folder, max_delay=args.max_delay)
    width = max(len(k) for k in counts)
    for key, value in counts.items():
        print(f"{key:<{width}}  {value}")
    bad = counts["corrupt"] + counts["mixed"] + counts["missing"] + counts["copies lost or corrupt"]
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
