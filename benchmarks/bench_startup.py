"""Start-up of the command line as whole processes (issue 17): `--help`, and `analyze --json`
of the example map as interchange JSON and as a `.blueprint` document (made with
`blueprint-app import`). Median of RUNS fresh processes each, with the load average, since
the figure is mostly Python's imports and is sensitive to a busy machine.

Run: .venv/bin/python -m benchmarks startup      (figures: docs/benchmarks.md)
`python -X importtime -m blueprint_app analyze DOC.blueprint --json` shows where it goes.
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = int(os.environ.get("BENCH_REPEAT", "5"))
EXAMPLE = Path(__file__).parents[1] / "examples" / "online-order-delivery.json"
TARGETS = {"--help": 0.3, "analyze .json": 0.6, "analyze .blueprint": 0.6}


def _command() -> list[str]:
    script = Path(sys.executable).with_name("blueprint-app")  # the installed entry point
    return [str(script)] if script.exists() else [sys.executable, "-m", "blueprint_app"]


def _median_seconds(argv: list[str]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    app = _command()
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as folder:
        document = Path(folder) / "online-order-delivery.blueprint"
        subprocess.run(app + ["import", str(EXAMPLE), str(document)], check=True,
                       stdout=subprocess.DEVNULL)
        cases = {"--help": ["--help"],
                 "analyze .json": ["analyze", str(EXAMPLE), "--json"],
                 "analyze .blueprint": ["analyze", str(document), "--json"]}
        print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        print(f"{'command':<20} | {'median of ' + str(RUNS):>12} | {'target':>7}")
        print("-" * 46)
        for name, args in cases.items():
            seconds = _median_seconds(app + args)
            print(f"{name:<20} | {seconds:>10.3f} s | {TARGETS[name]:>5.1f} s", flush=True)
        print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
