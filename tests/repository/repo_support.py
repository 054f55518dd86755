"""Helpers of the repository tests: the command line in a subprocess, the example journey."""
from __future__ import annotations

import copy
import functools
import json
import os
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = REPO_ROOT / "examples" / "online-order-delivery.json"


def run_cli(*args: str, env: dict | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    """``blueprint-app ARGS`` in a subprocess, as a user would run it."""
    return subprocess.run([sys.executable, "-m", "blueprint_app", *map(str, args)],
                          capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **(env or {})})


def start_cli(*args: str, env: dict | None = None) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "blueprint_app", *map(str, args)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, **(env or {})})


def example() -> dict:
    """The online-order example in the form the repository stores (read and written
    through the interchange format once)."""
    return copy.deepcopy(_example())


@functools.lru_cache(maxsize=1)
def _example() -> dict:
    from blueprint_app.repository.files import read_file
    return read_file(EXAMPLE)[0]


def small_journey() -> dict:
    """Three nodes: cheap to commit many times."""
    return {"format": "touchpoint-blueprint", "version": 1, "name": "Small",
            "stages": [{"id": "s1", "name": "Order"}],
            "nodes": [{"id": "a", "lane": "customer", "label": "Orders", "stage": "s1"},
                      {"id": "b", "lane": "frontstage", "label": "Confirms", "stage": "s1"},
                      {"id": "c", "lane": "support", "label": "Order system", "stage": "s1"}],
            "edges": [{"source": "a", "target": "b", "kind": "flow"},
                      {"source": "c", "target": "b", "kind": "support"}]}


def write_json(path: Path, data: dict) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path
