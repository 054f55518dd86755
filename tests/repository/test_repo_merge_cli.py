"""The merge matrix through the command line, on SQLite and PostgreSQL: disjoint edits merge;
two values for one field conflict (exit 3, every conflict on stderr, nothing changed); an
edit of something deleted on the other side conflicts; reordering stages merges with node
edits. Each case runs on its own journey so the four commits run as parallel processes."""
from __future__ import annotations

import copy
import hashlib

from blueprint_app.repository import Repository

from repo_support import example, run_cli, start_cli, write_json


def _node(data: dict, node_id: str) -> dict:
    return next(n for n in data["nodes"] if n["id"] == node_id)


def _prepare(repo: Repository, tmp_path, name: str, theirs_edit, ours_edit) -> tuple:
    """Journey ``name`` at revision 1 (the example), revision 2 = theirs; ours (made from
    revision 1) written to a file. Returns (path, base data, theirs data, ours data)."""
    base = example()
    repo.add(base, name, author="ann", message="first")
    theirs, ours = copy.deepcopy(base), copy.deepcopy(base)
    theirs_edit(theirs)
    ours_edit(ours)
    repo.commit(name, theirs, 1, author="bob", message="theirs")
    return write_json(tmp_path / f"{name}.json", ours), base, theirs, ours


def test_merge_matrix(repo_url, tmp_path):
    repo = Repository.create(repo_url)
    nodes = [n["id"] for n in example()["nodes"]]
    n1, n2 = nodes[0], nodes[1]

    def relabel(node_id, text):
        return lambda d: _node(d, node_id).__setitem__("label", text)

    def delete(node_id):
        def edit(d):
            d["nodes"] = [n for n in d["nodes"] if n["id"] != node_id]
            d["edges"] = [e for e in d["edges"] if node_id not in (e["source"], e["target"])]
        return edit

    def reorder(d):
        d["stages"].reverse()

    cases = {
        "disjoint": (relabel(n1, "Theirs label"), lambda d: (_node(d, n2).__setitem__("owner", "Ours dept"),
                                                             d.__setitem__("name", "Renamed by us"))),
        "same_field": (relabel(n1, "Theirs label"), relabel(n1, "Ours label")),
        "edit_delete": (delete(n1), lambda d: _node(d, n1).__setitem__("description", "ours")),
        "delete_edit": (lambda d: _node(d, n1).__setitem__("description", "theirs"), delete(n1)),
        "reorder": (reorder, relabel(n2, "Ours after reorder")),
    }
    prepared = {name: _prepare(repo, tmp_path, name, *edits) for name, edits in cases.items()}
    before = {name: path.read_bytes() for name, (path, *_rest) in prepared.items()}
    procs = {name: start_cli("repo", "commit", repo_url, name, path, "--base", "1",
                             "--author", "carol", "-m", name)
             for name, (path, *_rest) in prepared.items()}
    out = {name: (p.wait(timeout=120), *p.communicate()) for name, p in procs.items()}

    # disjoint: one new revision holding both sides' changes
    code, stdout, stderr = out["disjoint"]
    assert code == 0, stderr
    assert stdout.strip() == "3"
    merged, rev = repo.checkout("disjoint", 3)
    _, base, theirs, ours = prepared["disjoint"]
    assert _node(merged, n1)["label"] == "Theirs label"
    assert _node(merged, n2)["owner"] == "Ours dept"
    assert merged["name"] == "Renamed by us"
    expected = copy.deepcopy(theirs)
    _node(expected, n2)["owner"] = "Ours dept"
    expected["name"] = "Renamed by us"
    assert merged == expected

    # same field, two values: exit 3, label/field/both values on stderr, nothing changed
    code, stdout, stderr = out["same_field"]
    assert code == 3, stderr
    label = _node(example(), n1)["label"]
    assert f'"{label}"' in stderr and "field label" in stderr
    assert '"Ours label"' in stderr and '"Theirs label"' in stderr
    assert repo.head("same_field") == 2
    assert repo.checkout("same_field")[0] == prepared["same_field"][2]

    # edit vs delete, both ways round: a conflict, and the head is left as it was
    for name in ("edit_delete", "delete_edit"):
        code, stdout, stderr = out[name]
        assert code == 3, stderr
        assert "deleted" in stderr and "the whole item" in stderr and stdout == ""
        assert repo.head(name) == 2 and len(repo.log(name)) == 2
        assert repo.checkout(name)[0] == prepared[name][2]

    # stage reordering vs a node edit: both kept
    code, stdout, stderr = out["reorder"]
    assert code == 0, stderr
    merged = repo.checkout("reorder")[0]
    _, base, theirs, ours = prepared["reorder"]
    assert [s["id"] for s in merged["stages"]] == [s["id"] for s in reversed(base["stages"])]
    assert _node(merged, n2)["label"] == "Ours after reorder"

    # the input files are never touched, even on conflict
    assert {name: path.read_bytes() for name, (path, *_r) in prepared.items()} == before
    assert [r.author for r in repo.log("disjoint")] == ["carol", "bob", "ann"]
    repo.close()


def test_checkout_any_revision_and_working_copy(repo_url, tmp_path):
    """Every revision checks out as committed; a checked-out .blueprint commits by itself,
    keeps no password and no link in its JSON export."""
    repo = Repository.create(repo_url)
    states = [example()]
    repo.add(states[0], "j")
    for i in range(3):
        data = copy.deepcopy(states[-1])
        data["nodes"][i]["label"] = f"edit {i}"
        data["nodes"].append({"id": f"new{i}", "lane": "customer", "label": f"New {i}"})
        repo.commit("j", data, len(states))
        states.append(data)
    for rev, data in enumerate(states, start=1):
        assert repo.checkout("j", rev)[0] == data
    url_with_password = repo_url.replace("postgres@", "postgres:secret@") \
        if repo_url.startswith("postgresql") else repo_url
    doc = tmp_path / "work.blueprint"
    result = run_cli("repo", "checkout", url_with_password, "j@2", doc)
    assert result.returncode == 0, result.stderr
    from blueprint_app.repository.files import link_of, read_file, write_file
    data, link = read_file(doc)
    assert data == states[1] and link.journey == "j" and link.base == 2
    assert "secret" not in link.url
    assert "__repository__" not in data
    data["nodes"][5]["label"] = "from the working copy"
    write_file(data, doc, link)
    result = run_cli("repo", "commit", doc, "-m", "wc")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "5"
    head = repo.checkout("j")[0]
    assert head["nodes"][5]["label"] == "from the working copy"
    assert head["nodes"][0]["label"] == "edit 0" and head["nodes"][2]["label"] == "edit 2"
    data, link = read_file(doc)
    assert link.base == 5 and data == head  # the working copy now holds the merged head
    repo.close()
