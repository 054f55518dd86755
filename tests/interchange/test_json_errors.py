"""JSON interchange: every kind of bad input gives a clear, located message, never a crash."""
import json

import pytest
from interchange_samples import minimal, rich

from blueprint_app.interchange import META_KEY, InterchangeError, blueprint_from_dict, read_json


def _problems_of_file(tmp_path, data=None, raw: bytes | None = None) -> list[str]:
    path = tmp_path / "plan.json"
    path.write_bytes(raw if raw is not None else json.dumps(data).encode("utf-8"))
    with pytest.raises(InterchangeError) as caught:
        read_json(path)
    error = caught.value
    assert str(error) == "\n".join(error.problems)
    assert all(p.startswith(f"{path}: ") for p in error.problems)
    return error.problems


def _problems(data) -> list[str]:
    with pytest.raises(InterchangeError) as caught:
        blueprint_from_dict(data, source="in.json")
    return caught.value.problems


def test_malformed_json_names_line_and_column(tmp_path):
    raw = b'{\n  "format": "touchpoint-blueprint",\n  "version": 1\n  "name": "x"\n}'
    [message] = _problems_of_file(tmp_path, raw=raw)
    assert "line 4, column 3" in message and "not valid JSON" in message


def test_non_utf8_bytes(tmp_path):
    text = json.dumps(minimal(), ensure_ascii=False).replace("Orders", "Café")
    [message] = _problems_of_file(tmp_path, raw=text.encode("latin-1"))
    assert "not UTF-8" in message and "line 1" in message and "0xe9" in message


def test_missing_file(tmp_path):
    with pytest.raises(InterchangeError, match="nowhere.json: file not found"):
        read_json(tmp_path / "nowhere.json")


def test_folder_instead_of_file(tmp_path):
    with pytest.raises(InterchangeError, match="is a folder"):
        read_json(tmp_path)


@pytest.mark.parametrize("raw,expected", [
    (b'{"a": NaN}', "NaN is not a JSON number"),
    (b'{"nodes": [{"id": "n", "id": "m"}]}', 'key "id" appears twice'),
    (b'', "line 1, column 1"),
])
def test_json_that_python_would_accept_too_loosely(tmp_path, raw, expected):
    [message] = _problems_of_file(tmp_path, raw=raw)
    assert expected in message


def _with(change) -> dict:
    data = minimal()
    change(data)
    return data


CASES = {
    "wrong format": (lambda d: d.update(format="blueprint"),
                     'format: must be "touchpoint-blueprint", not "blueprint"'),
    "newer version": (lambda d: d.update(version=2), "version: unsupported version 2"),
    "unknown lane": (lambda d: d["nodes"][1].update(lane="middle"),
                     'nodes[1].lane: unknown lane "middle" (known: "evidence"'),
    "duplicate node id": (lambda d: d["nodes"][2].update(id="c1"),
                          'nodes[2].id: duplicate node id "c1" (first used at nodes[0])'),
    "duplicate stage id": (lambda d: d["stages"].append({"id": "order", "name": "Again"}),
                           'stages[1].id: duplicate stage id "order"'),
    "edge to unknown node": (lambda d: d["edges"][1].update(source="ghost"),
                             'edges[1].source: unknown node "ghost"'),
    "probability 1.5": (lambda d: d["nodes"][2].update(failure_probability=1.5),
                        "nodes[2].failure_probability: must be at most 1, not 1.5"),
    "negative probability": (lambda d: d["nodes"][2].update(failure_probability=-0.1),
                             "nodes[2].failure_probability: must be at least 0"),
    "probability as text": (lambda d: d["nodes"][2].update(failure_probability="0.1"),
                            'nodes[2].failure_probability: must be a number, not "0.1"'),
    "requires 0": (lambda d: d["nodes"][1].update(requires=0),
                   'nodes[1].requires: must be "all", "any" or a whole number of at least 1, not 0'),
    "requires some": (lambda d: d["nodes"][1].update(requires="some"),
                      'nodes[1].requires: must be "all", "any"'),
    "missing label": (lambda d: d["nodes"][0].pop("label"), "nodes[0].label: is required"),
    "empty label": (lambda d: d["nodes"][0].update(label=""), "nodes[0].label: must not be empty"),
    "blank label": (lambda d: d["nodes"][0].update(label="   "), "nodes[0].label: must not be empty"),
    "id with spaces": (lambda d: d["nodes"][0].update(id=" c1"),
                       "nodes[0].id: must not start or end with spaces"),
    "unknown stage": (lambda d: d["nodes"][0].update(stage="pay"), 'nodes[0].stage: unknown stage "pay"'),
    "unknown category": (lambda d: d["nodes"][2].update(category="robot"),
                         'nodes[2].category: unknown category "robot"'),
    "self loop": (lambda d: d["edges"][0].update(target="c1"),
                  "edges[0].target: an edge cannot connect a node to itself"),
    "unknown edge kind": (lambda d: d["edges"][0].update(kind="data"), 'edges[0].kind: unknown kind "data"'),
    "missing edge kind": (lambda d: d["edges"][0].pop("kind"), "edges[0].kind: is required"),
    "duplicate edge id": (lambda d: [e.update(id="x") for e in d["edges"]],
                          'edges[1].id: duplicate edge id "x"'),
    "missing nodes": (lambda d: d.pop("nodes"), "nodes: is required"),
    "nodes not a list": (lambda d: d.update(nodes={}), "nodes: must be a list, not {}"),
    "node not an object": (lambda d: d["nodes"].append("c9"), 'nodes[3]: must be an object, not "c9"'),
    "empty name": (lambda d: d.update(name=""), "name: must not be empty"),
    "blank name": (lambda d: d.update(name="  "), "name: must not be empty"),
    "negative width": (lambda d: d["nodes"][0].update(width=-5),
                       "nodes[0].width: must be a positive number or null, not -5"),
    "reserved key": (lambda d: d["nodes"][0].update({META_KEY: {}}),
                     f"nodes[0].{META_KEY}: is a reserved field name"),
    "bad date": (lambda d: d.update(incidents=[{
        "date": "2024-02-30", "touchpoint": "t1", "cause": None, "count": 1,
        "customers_affected": None, "minutes_lost": None}]),
        'incidents[0].date: not a real date: "2024-02-30"'),
    "incident shape": (lambda d: d.update(incidents=[{"date": "1.3.2024", "touchpoint": "zz"}]),
                       "incidents[0].date: must be a date written YYYY-MM-DD"),
    "incident unknown node": (lambda d: d.update(incidents=[{
        "date": "2024-02-03", "touchpoint": "t1", "cause": "gone", "count": 1,
        "customers_affected": None, "minutes_lost": None}]),
        'incidents[0].cause: unknown node "gone"'),
}


@pytest.mark.parametrize("change,expected", CASES.values(), ids=CASES.keys())
def test_each_bad_input_is_named(change, expected):
    problems = _problems(_with(change))
    assert any(p.startswith("in.json: ") and expected in p for p in problems), problems


def test_schema_and_model_do_not_report_one_mistake_twice():
    assert _problems(_with(lambda d: d["nodes"][2].update(failure_probability=1.5))) == [
        "in.json: nodes[2].failure_probability: must be at most 1, not 1.5"]
    # a broken node still counts as existing: the edges to it are not "unknown" too
    assert len(_problems(_with(lambda d: d["nodes"][2].update(lane="x")))) == 1


def test_many_problems_are_collected_in_one_pass(tmp_path):
    data = rich()
    data["format"] = "other"
    data["nodes"][0]["lane"] = "middle"
    data["nodes"][2]["failure_probability"] = 1.5
    data["nodes"][3]["requires"] = 0
    del data["nodes"][4]["label"]
    data["nodes"][5]["id"] = "c1"
    data["edges"][0]["target"] = "nobody"
    data["edges"][2]["target"] = "s1"
    problems = _problems_of_file(tmp_path, data)
    expected = ["format:", "nodes[0].lane:", "nodes[2].failure_probability:",
                "nodes[3].requires:", "nodes[4].label:", "nodes[5].id:", "edges[0].target:",
                "edges[2].target:", "edges[3].source:"]  # b1 was renamed, so it is unknown
    assert [p.split(": ")[1] + ":" for p in problems] == expected


def test_top_level_must_be_an_object():
    assert _problems([1, 2]) == ["in.json: (top level): must be an object, not [1, 2]"]


def test_long_problem_lists_are_shortened_in_str_only():
    data = minimal()
    data["nodes"] = [{"id": f"n{i}", "lane": "nowhere", "label": "x"} for i in range(80)]
    data["edges"] = []
    with pytest.raises(InterchangeError) as caught:
        blueprint_from_dict(data)
    assert len(caught.value.problems) == 80
    assert str(caught.value).endswith("... and 30 more problem(s)")


def test_lone_surrogates_are_checked_by_the_detailed_validator():
    # the compiled validator cannot take a lone surrogate; the text is still valid JSON data
    from blueprint_app.interchange.reading import blueprint_from_dict

    bp = blueprint_from_dict({"format": "touchpoint-blueprint", "version": 1, "name": "a\ud800",
                              "stages": [], "nodes": [{"id": "n", "lane": "customer",
                                                       "label": "x\ud800"}], "edges": []})
    assert bp.node("n").label == "x\ud800"
