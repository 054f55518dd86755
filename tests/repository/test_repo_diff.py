"""The diff, checked by property: applying the diff of a→b to a gives b (items, fields and
order); and the three-way merge's rules on small hand-made states."""
from __future__ import annotations

import json

from hypothesis import given, settings, strategies as st

from blueprint_app.repository.diff import apply, as_json, diff
from blueprint_app.repository.merge import merge3, resolve
from blueprint_app.repository.state import join, split

from repo_support import EXAMPLE, run_cli, write_json

IDS = st.sampled_from([f"n{i}" for i in range(8)])
VALUES = st.one_of(st.none(), st.integers(-3, 3), st.text(max_size=3), st.booleans())
FIELDS = st.dictionaries(st.sampled_from(["label", "owner", "stage", "x", "extra"]), VALUES,
                         max_size=4)


@st.composite
def journeys(draw):
    nodes = draw(st.lists(st.tuples(IDS, FIELDS), unique_by=lambda t: t[0], max_size=6))
    stages = draw(st.lists(st.sampled_from(["s1", "s2", "s3", "s4"]), unique=True, max_size=4))
    ids = [n for n, _ in nodes]
    edges = draw(st.lists(st.tuples(st.sampled_from(ids), st.sampled_from(ids),
                                    st.sampled_from(["flow", "support"])), max_size=5)) if ids else []
    top = draw(st.dictionaries(st.sampled_from(["name", "resources", "owner"]), VALUES, max_size=3))
    return {"format": "touchpoint-blueprint", "version": 1, **top,
            "stages": [{"id": s, "name": s.upper()} for s in stages],
            "nodes": [{"id": n, "lane": "customer", **f} for n, f in nodes],
            "edges": [{"source": s, "target": t, "kind": k} for s, t, k in edges]}


@settings(max_examples=60, deadline=None)
@given(journeys(), journeys())
def test_applying_the_diff_of_a_to_b_gives_b(a, b):
    change = diff(split(a), split(b))
    assert join(apply(split(a), change)) == b
    assert change.empty == (a == b)
    shape = as_json(change)
    json.dumps(shape)  # plain JSON
    for kind, items in (("nodes", "nodes"), ("stages", "stages")):
        old = {x["id"]: x for x in a[items]}
        new = {x["id"]: x for x in b[items]}
        assert sorted(shape[kind]["added"]) == sorted(set(new) - set(old))
        assert sorted(shape[kind]["removed"]) == sorted(set(old) - set(new))
        for entry in shape[kind]["changed"]:
            for field, (was, now) in entry["fields"].items():
                assert old[entry["id"]].get(field) == was and new[entry["id"]].get(field) == now


def _doc(nodes, stages=("s1", "s2")):
    return {"format": "touchpoint-blueprint", "version": 1, "name": "J",
            "stages": [{"id": s, "name": s} for s in stages],
            "nodes": [{"id": i, "lane": "customer", "label": l} for i, l in nodes], "edges": []}


def test_merge_rules():
    base = split(_doc([("a", "A"), ("b", "B")]))
    ours = split(_doc([("a", "A2"), ("b", "B"), ("c", "C")]))
    theirs = split(_doc([("b", "B3"), ("a", "A")], stages=("s2", "s1")))
    merged, conflicts = merge3(base, ours, theirs)
    assert not conflicts
    # theirs reordered nodes and stages; our added c goes after its predecessor (b) in ours
    assert join(merged) == _doc([("b", "B3"), ("c", "C"), ("a", "A2")], stages=("s2", "s1"))
    both = split(_doc([("a", "X"), ("b", "B")]))
    merged, conflicts = merge3(base, ours, both)
    assert [(c.key, c.field, c.ours, c.theirs) for c in conflicts] == [("a", "label", "A2", "X")]
    chosen = resolve(merged, conflicts, {0: "ours"})
    assert chosen.nodes["a"]["label"] == "A2" and chosen.nodes["c"]["label"] == "C"
    gone = split(_doc([("b", "B")]))
    merged, conflicts = merge3(base, ours, gone)
    assert [(c.key, c.field) for c in conflicts] == [("a", None)]
    assert "a" not in merged.nodes and "a" in resolve(merged, conflicts, {0: "ours"}).nodes
    # deleted on one side, untouched on the other: deleted, no conflict
    merged, conflicts = merge3(base, split(_doc([("a", "A"), ("b", "B")])), gone)
    assert not conflicts and list(merged.nodes) == ["b"]


def test_diff_command(tmp_path):
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    old = write_json(tmp_path / "old.json", data)
    data["nodes"][0]["label"] = "Changed"
    removed = data["nodes"].pop()
    data["edges"] = [e for e in data["edges"] if removed["id"] not in (e["source"], e["target"])]
    new = write_json(tmp_path / "new.json", data)
    result = run_cli("diff", old, new, "--json")
    assert result.returncode == 1, result.stderr
    shape = json.loads(result.stdout)
    assert shape["nodes"]["removed"] == [removed["id"]]
    assert shape["nodes"]["changed"][0]["fields"]["label"][1] == "Changed"
    assert shape["stages"] == {"added": [], "removed": [], "changed": []}


def test_diff_between_repository_revisions(repo_url, tmp_path):
    """``diff URL#ID@REV URL#ID`` on both engines, checked against the edit made by hand."""
    from blueprint_app.repository import Repository
    repo = Repository.create(repo_url)
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    repo.add(data, "j")
    first = repo.checkout("j")[0]
    second = json.loads(json.dumps(first))
    second["nodes"][1]["label"] = "Relabelled"
    gone = second["nodes"].pop(0)
    second["edges"] = [e for e in second["edges"] if gone["id"] not in (e["source"], e["target"])]
    second["nodes"].append({"id": "added-one", "lane": "customer", "label": "Added"})
    repo.commit("j", second, 1)
    repo.close()
    result = run_cli("diff", f"{repo_url}#j@1", f"{repo_url}#j", "--json")
    assert result.returncode == 1, result.stderr
    shape = json.loads(result.stdout)
    assert shape["nodes"]["added"] == ["added-one"]
    assert shape["nodes"]["removed"] == [gone["id"]]
    assert shape["nodes"]["changed"] == [{"id": first["nodes"][1]["id"], "fields": {
        "label": [first["nodes"][1]["label"], "Relabelled"]}}]
    dropped = len(first["edges"]) - len(second["edges"])
    assert len(shape["edges"]["removed"]) == dropped
    # the table, equal revisions and a bad revision, in this process (one start-up is enough)
    code, out, err = _cli("diff", f"{repo_url}#j@1", f"{repo_url}#j@2")
    assert code == 1 and "Relabelled" in out and "added-one" in out
    assert _cli("diff", f"{repo_url}#j@2", f"{repo_url}#j")[0] == 0
    code, out, err = _cli("diff", f"{repo_url}#j@9", f"{repo_url}#j")
    assert code == 2 and "not 9" in err


def _cli(*args: str) -> tuple[int, str, str]:
    import contextlib
    import io
    from blueprint_app.cli import main
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()
