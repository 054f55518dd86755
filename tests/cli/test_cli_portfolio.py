"""`blueprint-app portfolio` on the example portfolio and on bad sources."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from blueprint_app.analysis.failure import analyze_blueprint
from blueprint_app.cli import main
from blueprint_app.interchange.json_format import read_json

PORTFOLIO = Path(__file__).resolve().parents[2] / "examples" / "portfolio"
FILES = sorted(str(p) for p in PORTFOLIO.glob("*.json"))


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_example_portfolio_json_agrees_with_each_journeys_analysis(capsys):
    code, out, err = run(capsys, "portfolio", *FILES, "--json")
    assert code == 0, err
    data = json.loads(out)
    assert [j["id"] for j in data["journeys"]] == ["late-order-contact", "online-order",
                                                  "return-refund"]
    for journey, path in zip(data["journeys"], FILES):
        bp = read_json(path)
        volume = {n.id: n.visits for n in bp.touchpoints()}
        expected = sum(volume[a.touchpoint] * a.failure_probability
                       for a in analyze_blueprint(bp, max_order=1))
        assert journey["expected_failures"] == pytest.approx(expected, rel=1e-9)
        assert journey["touchpoints"] == len(volume)
    assert data["expected_failures"] == pytest.approx(sum(j["expected_failures"]
                                                          for j in data["journeys"]))
    resources = data["resources"]
    assert len({r["id"] for r in resources}) == len(resources) >= 6
    avoid = [r["avoidable_failures"] for r in resources]
    assert avoid == sorted(avoid, reverse=True)
    shared = [r for r in resources if len(r["journeys"]) == 3]
    assert {"oms", "carrier", "crm"} <= {r["id"] for r in shared}
    for r in resources:
        assert r["share"] == pytest.approx(r["avoidable_failures"] / data["expected_failures"])


def test_table_names_journeys_resources_and_departments(capsys):
    code, out, _ = run(capsys, "portfolio", *FILES)
    assert code == 0
    assert "Return and refund" in out and "Order management system" in out
    assert "Department" in out and "%" in out


def _write(path: Path, probability: float) -> str:
    path.write_text(json.dumps({
        "format": "touchpoint-blueprint", "version": 1, "name": path.stem, "stages": [],
        "resources": [{"id": "oms", "label": "Order system", "failure_probability": probability}],
        "nodes": [{"id": "t", "lane": "frontstage", "label": "Touchpoint"},
                  {"id": "s", "lane": "support", "label": "Lookup", "resource": "oms"}],
        "edges": [{"source": "s", "target": "t", "kind": "support"}]}), encoding="utf-8")
    return str(path)


def test_resource_defined_differently_is_refused(tmp_path, capsys):
    a, b = _write(tmp_path / "a.json", 0.1), _write(tmp_path / "b.json", 0.2)
    code, out, err = run(capsys, "portfolio", a, b, "--json")
    assert code == 2 and out == ""
    assert "'oms'" in err and "a.json" in err and "b.json" in err


def test_same_journey_id_twice_and_missing_file_are_refused(tmp_path, capsys):
    a = _write(tmp_path / "a.json", 0.1)
    (tmp_path / "x").mkdir()
    again = _write(tmp_path / "x" / "a.json", 0.1)
    code, _, err = run(capsys, "portfolio", a, again)
    assert code == 2 and "journey id 'a'" in err
    code, _, err = run(capsys, "portfolio", str(tmp_path / "nothing.json"))
    assert code == 2 and "nothing.json" in err


def test_example_repository_gives_the_same_figures_as_the_files(capsys, tmp_path):
    import shutil

    repo = tmp_path / "retail.bprepo"      # a copy: reading must not need to write the example
    shutil.copy(PORTFOLIO / "retail.bprepo", repo)
    code, from_files, _ = run(capsys, "portfolio", *FILES, "--json")
    assert code == 0
    code, from_repo, err = run(capsys, "portfolio", str(repo), "--json")
    assert code == 0, err
    assert json.loads(from_repo) == json.loads(from_files)
    code, listed, _ = run(capsys, "resources", str(repo), "--json")
    assert code == 0 and {r["id"] for r in json.loads(listed)["resources"]} >= {"oms", "carrier"}


def test_volumes_import_sets_volumes_all_or_nothing(tmp_path, capsys):
    import shutil

    from blueprint_app.store import load_blueprint

    doc = tmp_path / "order.blueprint"
    shutil.copy(PORTFOLIO.parent / "online-order-delivery.blueprint", doc)
    good = tmp_path / "counts.csv"
    good.write_text("touchpoint,volume\nt-product,40000\nOrder confirmation e-mail,12000\n",
                    encoding="utf-8")
    code, _, err = run(capsys, "volumes", "import", str(doc), str(good))
    assert code == 0, err
    bp = load_blueprint(doc)
    assert (bp.node("t-product").volume, bp.node("t-confirm").volume) == (40000, 12000)
    before = doc.read_bytes()
    bad = tmp_path / "bad.csv"
    bad.write_text("touchpoint,volume\nnope,4\nt-product,-1\nt-chat,\n", encoding="utf-8")
    code, _, err = run(capsys, "volumes", "import", str(doc), str(bad))
    assert code == 2 and doc.read_bytes() == before
    assert "row 2" in err and "'nope'" in err and "row 3" in err and "row 4: volume is empty" in err
