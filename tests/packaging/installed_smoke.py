"""Smoke suite for an *installed* program: a wheel in a fresh virtual environment, or the
desktop bundle. Every command of the README is run from a temporary folder outside the
checkout, with its own home folder, and its output checked by properties that can fail
(file signatures, parsed content, a probability computed by hand).

    python tests/packaging/installed_smoke.py --program VENV/bin/blueprint-app [--python VENV/bin/python]

``--python`` (the environment's interpreter) adds the checks that the package and its data
come from that environment, not from the checkout. Used by tests/packaging/test_installed_wheel.py,
packaging/check-wheel.sh and packaging/check-bundle.sh. Exit 0 when every check passed.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from xml.etree import ElementTree

CHECKOUT = Path(__file__).resolve().parents[2]
EXAMPLES = CHECKOUT / "examples"
TIMEOUT = 120


class SmokeFailure(AssertionError):
    pass


def check(condition: bool, message: str) -> None:
    if not condition:
        raise SmokeFailure(message)


class Runner:
    """Runs the installed program in WORKDIR with an isolated home and data folder."""

    def __init__(self, program: list[str], workdir: Path, log=print) -> None:
        self.program, self.workdir, self.log = program, workdir, log
        home = workdir / "home"
        home.mkdir(parents=True, exist_ok=True)
        self.env = {key: value for key, value in os.environ.items()
                    if not key.startswith(("PYTHON", "VIRTUAL_ENV", "QT_", "BLUEPRINT_APP_"))}
        self.env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
                        XDG_DATA_HOME=str(home / ".local/share"),
                        XDG_CACHE_HOME=str(home / ".cache"),
                        BLUEPRINT_APP_DATA_DIR=str(home / "appdata"),
                        QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8", LC_ALL="C.UTF-8",
                        PYTHONNOUSERSITE="1")
        self.commands: list[str] = []

    def run(self, *args: str, expect: int = 0, env: dict | None = None) -> subprocess.CompletedProcess:
        started = time.perf_counter()
        result = subprocess.run([*self.program, *args], cwd=self.workdir, capture_output=True,
                                text=True, encoding="utf-8", timeout=TIMEOUT,
                                env={**self.env, **(env or {})})
        shown = " ".join(["blueprint-app", *args])
        self.commands.append(shown)
        self.log(f"  {time.perf_counter() - started:5.1f} s  exit {result.returncode}  {shown}")
        check(result.returncode == expect,
              f"{shown}: exit {result.returncode}, expected {expect}\n"
              f"stdout: {result.stdout[-2000:]}\nstderr: {result.stderr[-2000:]}")
        check("Traceback" not in result.stderr, f"{shown}: a traceback reached the user:\n{result.stderr}")
        return result

    def json(self, *args: str) -> dict:
        return json.loads(self.run(*args).stdout)


def sqlite_header(path: Path) -> tuple[bytes, int, int]:
    head = path.read_bytes()[:100]
    return head[:16], int.from_bytes(head[68:72], "big"), int.from_bytes(head[60:64], "big")


def check_document(path: Path) -> None:
    magic, application_id, user_version = sqlite_header(path)
    check(magic == b"SQLite format 3\x00", f"{path.name} is not an SQLite database")
    check(application_id == 0x42505431, f"{path.name}: application_id {application_id:#x}")
    check(user_version >= 1, f"{path.name}: schema version {user_version}")


def check_exports(runner: Runner, document: str, name: str, node_ids: set[str],
                  full: bool = True) -> None:
    work = runner.workdir
    runner.run("export", document, "out.json")
    exported = json.loads((work / "out.json").read_text(encoding="utf-8"))
    check(exported["name"] == name and {n["id"] for n in exported["nodes"]} == node_ids,
          "export .json lost the name or nodes")
    runner.run("export", document, "out.graphml")
    root = ElementTree.parse(work / "out.graphml").getroot()
    check(root.tag.endswith("graphml"), f"out.graphml root is {root.tag}")
    graph_nodes = [e for e in root.iter() if e.tag.endswith("}node")]
    check(len(graph_nodes) == len(node_ids), f"out.graphml has {len(graph_nodes)} nodes")
    runner.run("export", document, "out.pdf")
    pdf = (work / "out.pdf").read_bytes()
    check(pdf.startswith(b"%PDF-") and b"%%EOF" in pdf[-1024:], "out.pdf is not a whole PDF")
    check_pdf_text(work / "out.pdf", name)
    if full:
        runner.run("export", document, "tiled.pdf", "--paper", "A4", "--tile", "--heat",
                   "--sections", "blueprint,analysis,findings")
        check((work / "tiled.pdf").read_bytes().startswith(b"%PDF-"), "tiled.pdf is not a PDF")
    runner.run("export", document, "out.png", "--scale", "0.5")
    png = (work / "out.png").read_bytes()
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    check(png.startswith(b"\x89PNG\r\n\x1a\n") and width > 200 and height > 100,
          f"out.png is not a drawing ({width}x{height})")
    runner.run("export", document, "out.svg")
    svg = ElementTree.parse(work / "out.svg").getroot()
    check(svg.tag.endswith("svg"), f"out.svg root is {svg.tag}")


def check_pdf_text(path: Path, name: str) -> None:
    try:  # pypdf is a test dependency of the checkout, not of the installed program
        from pypdf import PdfReader
    except ImportError:
        return
    text = PdfReader(str(path)).pages[0].extract_text()
    check(name.split()[0] in text, f"{path.name}: page 1 does not show {name!r}")


def check_analysis_by_hand(runner: Runner) -> None:
    """Touchpoint t1 needs both s1 (p=0.01) and s2 (p=0.02): P = 1 − 0.99·0.98, and s1's
    Fussell–Vesely = (P − P0)/P with P0 = 0.02 (s1 works)."""
    p1, p2 = 0.01, 0.02
    doc = {"format": "touchpoint-blueprint", "version": 1, "name": "By hand",
           "stages": [{"id": "a", "name": "A"}],
           "nodes": [{"id": "t1", "lane": "frontstage", "label": "Touchpoint", "stage": "a"},
                     {"id": "s1", "lane": "support", "label": "One", "stage": "a",
                      "failure_probability": p1},
                     {"id": "s2", "lane": "support", "label": "Two", "stage": "a",
                      "failure_probability": p2}],
           "edges": [{"source": "s1", "target": "t1", "kind": "support"},
                     {"source": "s2", "target": "t1", "kind": "support"}]}
    (runner.workdir / "hand.json").write_text(json.dumps(doc), encoding="utf-8")
    touchpoint = runner.json("analyze", "hand.json", "--json")["touchpoints"][0]
    expected = 1 - (1 - p1) * (1 - p2)
    check(abs(touchpoint["failure_probability"] - expected) < 1e-9,
          f"analyze: P = {touchpoint['failure_probability']}, by hand {expected}")
    check(touchpoint["minimal_cut_sets"] == [["s1"], ["s2"]], "analyze: wrong cut sets")
    s1 = next(c for c in touchpoint["causes"] if c["id"] == "s1")
    check(abs(s1["fussell_vesely"] - (expected - p2) / expected) < 1e-5, "analyze: wrong FV")


def check_gui(runner: Runner, document: str, english: bool = True) -> None:
    """The real entry point: window shown, FILE opened, then quits (BLUEPRINT_APP_START_CHECK)."""
    if english:
        shown = runner.run(document, env={"BLUEPRINT_APP_START_CHECK": "1"}).stdout
        check("start check:" in shown and "&File" in shown and "icon=yes" in shown,
              f"GUI start (English): {shown!r}")
    chinese = runner.run(document, env={"BLUEPRINT_APP_START_CHECK": "1",
                                        "LANG": "zh_CN.UTF-8", "LC_ALL": "zh_CN.UTF-8",
                                        "LANGUAGE": "zh_CN"}).stdout
    check("文件" in chinese and "帮助" in chinese and "icon=yes" in chinese,
          f"GUI start (zh_CN): the Chinese translation was not loaded: {chinese!r}")


def check_package_location(python: str, workdir: Path, log=print) -> None:
    """The package, its data and its translation come from the environment, not the checkout."""
    code = ("import json, blueprint_app; from blueprint_app.resources import resource_path as r, "
            "example_files, icon_files; print(json.dumps({'package': blueprint_app.__file__, "
            "'schema': r('schema', 'touchpoint-blueprint.schema.json').is_file(), "
            "'qm': r('translations', 'blueprint_app_zh_CN.qm').is_file(), "
            "'examples': len(example_files()), 'icons': len(icon_files()), "
            "'svg': r('icons', 'blueprint-app.svg').is_file()}))")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    result = subprocess.run([python, "-c", code], cwd=workdir, capture_output=True, text=True,
                            env=env, timeout=TIMEOUT)
    check(result.returncode == 0, f"import blueprint_app failed: {result.stderr}")
    found = json.loads(result.stdout)
    package = Path(found["package"]).resolve()
    log(f"  package imported from {package.parent}")
    check(not package.is_relative_to(CHECKOUT), f"blueprint_app imported from the checkout: {package}")
    check(found["schema"] and found["qm"] and found["svg"], f"run-time data missing: {found}")
    check(found["examples"] >= 3 and found["icons"] >= 6, f"examples or icons missing: {found}")


def run_smoke(program: list[str], workdir: Path, python: str | None = None, log=print,
              full: bool = True) -> list[str]:
    """Every check (``full``), or the lean set of the test suite: import, validate, analyze,
    every export format, the GUI in Chinese. Returns the commands run; raises SmokeFailure at
    the first failed check."""
    shutil.copytree(EXAMPLES, workdir / "examples", dirs_exist_ok=True)
    runner = Runner(program, workdir, log)
    if python:
        check_package_location(python, workdir, log)
    from_version = runner.run("--version").stdout
    check(from_version.startswith("blueprint-app ") and from_version.split()[1][0].isdigit(),
          f"--version printed {from_version!r}")
    example = "examples/online-order-delivery.json"
    source = json.loads((workdir / example).read_text(encoding="utf-8"))
    node_ids = {n["id"] for n in source["nodes"]}

    runner.run("import", example, "x.blueprint")
    check_document(workdir / "x.blueprint")
    findings = runner.json("validate", "x.blueprint", "--json")
    check(isinstance(findings, (list, dict)), "validate --json printed no JSON")
    (workdir / "broken.json").write_text('{"format": "touchpoint-blueprint", "nodes": [', encoding="utf-8")
    bad = runner.run("validate", "broken.json", expect=2)
    check("broken.json" in bad.stderr, f"validate: message does not name the file: {bad.stderr!r}")
    check(not (workdir / "never.blueprint").exists(), "unexpected file")
    runner.run("import", "broken.json", "never.blueprint", expect=2)
    check(not (workdir / "never.blueprint").exists(), "import wrote a file on bad input")

    analysis = runner.json("analyze", "x.blueprint", "--json")
    touchpoints = analysis["touchpoints"]
    check(touchpoints and all(0 <= t["failure_probability"] <= 1 for t in touchpoints),
          "analyze: no touchpoints or a probability outside [0, 1]")
    check_analysis_by_hand(runner)
    check_exports(runner, "x.blueprint", source["name"], node_ids, full)
    if not full:
        check_gui(runner, "examples/handset-replacement-store.blueprint", english=False)
        return runner.commands
    table = runner.run("analyze", "x.blueprint").stdout
    check(touchpoints[0]["label"] in table, "analyze (table) does not name the first touchpoint")
    runner.run("export", example, "from-json.pdf")  # JSON input straight to PDF

    caused = next(t for t in touchpoints if t["causes"])
    (workdir / "incidents.csv").write_text(
        "date,touchpoint,cause,count,customers_affected\n"
        f"2024-05-01,{caused['id']},{caused['causes'][0]['id']},3,2\n", encoding="utf-8")
    runner.run("incidents", "import", "x.blueprint", "incidents.csv")
    pareto = runner.json("pareto", "x.blueprint", "--touchpoint", caused["id"], "--json")
    check(caused["causes"][0]["id"] in json.dumps(pareto, ensure_ascii=False),
          "pareto does not list the imported cause")

    runner.json("commitments", "x.blueprint", "--json")
    commitment = next(c for n in source["nodes"] for c in n.get("commitments", ())
                      if c.get("metric") == "duration")
    (workdir / "executions.csv").write_text(
        f"date,commitment,actual\n2024-06-01,{commitment['id']},{commitment['target']}\n",
        encoding="utf-8")
    runner.run("monitor", "import", "x.blueprint", "executions.csv")
    report = runner.json("monitor", "report", "x.blueprint", "--json")
    check(commitment["id"] in json.dumps(report), "monitor report ignores the imported record")
    check(runner.json("perceptions", "x.blueprint", "--json"), "perceptions: empty")
    check(runner.json("fmea", "x.blueprint", "--json"), "fmea: empty")

    check_gui(runner, "examples/handset-replacement-store.blueprint")
    return runner.commands


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--program", required=True, help="the installed blueprint-app")
    parser.add_argument("--python", help="the installed environment's interpreter")
    parser.add_argument("--workdir", help="folder to run in (default: a new temporary one)")
    args = parser.parse_args(argv)
    workdir = Path(args.workdir or tempfile.mkdtemp(prefix="blueprint-smoke-")).resolve()
    workdir.mkdir(parents=True, exist_ok=True)
    check(not workdir.is_relative_to(CHECKOUT), "run the smoke suite outside the checkout")
    print(f"smoke suite of {args.program} in {workdir}")
    started = time.perf_counter()
    try:
        commands = run_smoke([args.program], workdir, args.python)
    except SmokeFailure as exc:
        print(f"SMOKE FAILED: {exc}", file=sys.stderr)
        return 1
    print(f"smoke suite passed: {len(commands)} commands in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
