"""Reading a `.blueprint` must not import SQLAlchemy or SQLModel (issue 17: their imports
were half a second of every `blueprint-app analyze DOC.blueprint`). Run in a fresh process,
since this test session has imported them long ago."""
import json
import subprocess
import sys
from pathlib import Path

from blueprint_app.interchange.json_format import read_json
from blueprint_app.store import save_blueprint

EXAMPLE = Path(__file__).parents[2] / "examples" / "online-order-delivery.json"

PROGRAM = r"""
import contextlib, io, json, sys
from blueprint_app.cli import main
out = io.StringIO()
with contextlib.redirect_stdout(out):
    code = main(["analyze", sys.argv[1], "--json"])
heavy = sorted(m for m in sys.modules if m.split(".")[0] in ("sqlalchemy", "sqlmodel"))
print(json.dumps({"code": code, "heavy": heavy, "output": out.getvalue()}))
"""


def _analyze_in_fresh_process(path: Path) -> dict:
    done = subprocess.run([sys.executable, "-c", PROGRAM, str(path)], capture_output=True,
                          text=True, timeout=120, check=True)
    return json.loads(done.stdout)


def test_analyze_of_a_document_imports_no_sqlalchemy(tmp_path):
    document = tmp_path / "order.blueprint"
    save_blueprint(read_json(EXAMPLE), document)
    result = _analyze_in_fresh_process(document)
    assert result["code"] == 0
    assert result["heavy"] == []
    # and it did analyze the document: the same report as from the JSON it was made of
    assert json.loads(result["output"]) == json.loads(
        _analyze_in_fresh_process(EXAMPLE)["output"])


def test_the_check_sees_sqlalchemy_when_it_is_imported(tmp_path):
    # The test above can fail: a program that saves (which needs SQLAlchemy) is caught.
    document = tmp_path / "order.blueprint"
    program = PROGRAM.replace("from blueprint_app.cli import main",
                              "from blueprint_app.cli import main\n"
                              "import blueprint_app.store.writer")
    save_blueprint(read_json(EXAMPLE), document)
    done = subprocess.run([sys.executable, "-c", program, str(document)], capture_output=True,
                          text=True, timeout=120, check=True)
    assert "sqlalchemy" in json.loads(done.stdout)["heavy"]
