"""Our analysis engine against SCRAM on the SCRAM/Aralia benchmark fault trees.

Run: SCRAM_TREES=/path/to/scram/input/Aralia [SCRAM=/path/to/scram] \\
     .venv/bin/python -m benchmarks scram
Options (environment): BENCH_TREES=chinese,baobab1 (only these), BENCH_TIMEOUT=120 (seconds
per run), BENCH_REPEAT=1 (runs per tree and engine; the median is shown).

Each coherent tree (no ``not``/``xor``) is written as a blueprint (benchmarks/mef_convert.py)
and analysed by a whole ``blueprint-app analyze TREE.json --json`` process: exact
probability, importance of every event and every minimal cut set. SCRAM runs the same with
``--bdd --probability --importance --cut-off 0 --limit-order <events>`` (no cut-off, no
order limit, so both list the same sets). Times are wall-clock seconds of the whole process,
memory its peak resident set; "agrees" compares the two probabilities (to the 6 digits SCRAM's report prints) and
the cut-set counts. How to build SCRAM: benchmarks/README.md.
"""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import xml.etree.ElementTree as ET
from pathlib import Path

from .mef_convert import ConversionError, convert, is_coherent


def _run(command: list[str], stdout: Path, timeout: float) -> tuple[float | None, float, int]:
    """(seconds, or None on a timeout or an error; peak MiB; exit code) of a whole process."""
    with open(stdout, "wb") as out, open(stdout.with_suffix(".err"), "wb") as err:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=err)
        timer = threading.Timer(timeout, process.kill)
        timer.start()
        try:
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            timer.cancel()
        elapsed = time.perf_counter() - start
    process.returncode = code = os.waitstatus_to_exitcode(status)
    return (elapsed if code == 0 and elapsed < timeout else None), usage.ru_maxrss / 1024, code


def _run_measured(command: list[str], stdout: Path, timeout: float, repeat: int):
    runs = [_run(command, stdout, timeout) for _ in range(repeat)]
    times = [t for t, _, _ in runs if t is not None]
    return (statistics.median(times) if len(times) == len(runs) else None,
            max(m for _, m, _ in runs))


def _ours_result(path: Path) -> tuple[float | None, int | None]:
    """(probability, number of cut sets) read line by line: parsing a file of millions of
    sets would grow this process, whose peak memory its children inherit at fork."""
    probability, count, limit_count = None, 0, None
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if line.startswith('      "failure_probability": '):
                value = line.split(": ", 1)[1].rstrip(",\n")
                probability = None if value == "null" else float(value)
            elif line.startswith('      "minimal_cut_set_count": '):
                limit_count = int(line.split(": ", 1)[1].rstrip(",\n"))
            elif line == "        [\n" or line.startswith("        []"):
                count += 1
    return probability, (count if limit_count is None else limit_count)


def _scram_result(path: Path) -> tuple[float | None, int | None]:
    if not path.exists():
        return None, None
    for _, element in ET.iterparse(path, events=("end",)):
        if element.tag == "sum-of-products":
            return float(element.get("probability", "nan")), int(element.get("products"))
        element.clear()
    return None, None


def _events(document: dict) -> int:
    return sum(1 for n in document["nodes"] if n.get("failure_probability"))


def measure_tree(xml: Path, folder: Path, scram: str | None, timeout: float, repeat: int) -> dict:
    document = convert(xml)
    blueprint = folder / f"{xml.stem}.json"
    blueprint.write_text(json.dumps(document), encoding="utf-8")
    ours_out = folder / f"{xml.stem}.ours.json"
    ours = [sys.executable, "-m", "blueprint_app", "analyze", str(blueprint), "--json"]
    row = {"tree": xml.stem, "events": _events(document)}
    row["ours_s"], row["ours_mib"] = _run_measured(ours, ours_out, timeout, repeat)
    row["ours_p"], row["ours_mcs"] = _ours_result(ours_out) if row["ours_s"] else (None, None)
    if scram:
        scram_out = folder / f"{xml.stem}.scram.xml"
        command = [scram, "--bdd", "--probability", "--importance", "--cut-off", "0",
                   "--limit-order", str(max(row["events"], 1)), "--no-indent",
                   "-o", str(scram_out), str(xml)]
        row["scram_s"], row["scram_mib"] = _run_measured(command, folder / "scram.log", timeout,
                                                         repeat)
        row["scram_p"], row["scram_mcs"] = (_scram_result(scram_out) if row["scram_s"]
                                            else (None, None))
    return row


def _fmt(value, spec: str, missing: str = "-") -> str:
    return missing if value is None else format(value, spec)


def _agrees(row: dict) -> str:
    p, q = row.get("ours_p"), row.get("scram_p")
    if p is None or q is None:
        return "-"
    same_p = abs(p - q) <= 5e-6 * max(abs(q), 1e-300)   # SCRAM prints 6 digits
    same_n = row.get("ours_mcs") == row.get("scram_mcs")
    return "yes" if same_p and same_n else f"NO (P {p:.6g}/{q:.6g}, MCS {row.get('ours_mcs')}/{row.get('scram_mcs')})"


def trees() -> list[Path]:
    folder = os.environ.get("SCRAM_TREES")
    if not folder and os.environ.get("SCRAM_SOURCE"):
        folder = str(Path(os.environ["SCRAM_SOURCE"]) / "input" / "Aralia")
    if not folder:
        return []
    chosen = [t for t in os.environ.get("BENCH_TREES", "").split(",") if t]
    found = sorted(Path(folder).glob("*.xml"))
    return [t for t in found if not chosen or t.stem in chosen]


def main() -> None:
    scram = os.environ.get("SCRAM") or None
    timeout = float(os.environ.get("BENCH_TIMEOUT", "120"))
    repeat = int(os.environ.get("BENCH_REPEAT", "1"))
    selected = trees()
    if not selected:
        print("no trees: set SCRAM_TREES=/path/to/scram/input/Aralia (see benchmarks/README.md)")
        return
    header = (f"{'tree':<10} {'events':>6} {'MCS':>9} {'ours s':>8} {'ours MiB':>8}"
              + (f" {'SCRAM s':>8} {'SCRAM MiB':>9} {'ratio':>6}  agrees" if scram else ""))
    print(header)
    print("-" * len(header))
    ratios = []
    with tempfile.TemporaryDirectory() as tmp:
        for xml in selected:
            if not is_coherent(xml):
                print(f"{xml.stem:<10} skipped: not coherent (negation), not a blueprint")
                continue
            try:
                row = measure_tree(xml, Path(tmp), scram, timeout, repeat)
            except ConversionError as exc:
                print(f"{xml.stem:<10} skipped: {exc}")
                continue
            line = (f"{row['tree']:<10} {row['events']:>6} {_fmt(row['ours_mcs'], 'd'):>9} "
                    f"{_fmt(row['ours_s'], '.2f', 'timeout'):>8} {row['ours_mib']:>8.0f}")
            if scram:
                ratio = (row["ours_s"] / row["scram_s"]
                         if row["ours_s"] and row["scram_s"] else None)
                if ratio:
                    ratios.append(ratio)
                line += (f" {_fmt(row['scram_s'], '.2f', 'timeout'):>8} {row['scram_mib']:>9.0f}"
                         f" {_fmt(ratio, '.2f'):>6}  {_agrees(row)}")
            print(line, flush=True)
    if ratios:
        print(f"ratio ours/SCRAM: median {statistics.median(ratios):.2f}, "
              f"range {min(ratios):.2f}-{max(ratios):.2f} over {len(ratios)} trees")


if __name__ == "__main__":
    main()
