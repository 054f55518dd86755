"""Step lists and grids read node by node, each checked against an independent reading of
the same file (the csv module / openpyxl and hand-written word tables)."""
from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import openpyxl
import pytest

from blueprint_app.cli import main
from blueprint_app.interchange.spreadsheet_import import import_spreadsheet, parse_map
from blueprint_app.store import load_blueprint

ROOT = Path(__file__).resolve().parents[2]
SHEETS = ROOT / "examples" / "spreadsheets"
ZH_LANES = {"客户行为": "customer", "客户": "customer", "触点": "frontstage", "前台": "frontstage",
            "后台": "backstage", "支持流程": "support", "支持": "support",
            "有形展示": "evidence", "实体证据": "evidence"}
ZH_CATEGORIES = {"IT系统": "it_system", "系统": "it_system", "人员": "people", "流程": "process",
                 "制度": "policy", "政策": "policy", "合作伙伴": "partner", "知识": "knowledge"}


def _edges(bp) -> set[tuple[str, str, str]]:
    return {(e.source, e.target, e.kind.value) for e in bp.edges()}


def test_chinese_step_list_in_gb18030_node_by_node(tmp_path: Path):
    path = SHEETS / "handset-repair-steps-zh.csv"
    raw = path.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # really GB18030, as Chinese Excel saves it
    records = list(csv.reader(io.StringIO(raw.decode("gb18030"))))
    header, rows = records[0], records[1:]
    assert len(rows) == 40
    out = tmp_path / "zh.blueprint"
    assert main(["import", str(path), str(out)]) == 0
    bp = load_blueprint(out)
    nodes = list(bp.nodes())
    assert len(nodes) == 40
    col = {name: header.index(name) for name in header}
    ids, by_label, stages = [], {}, []
    for number, row in enumerate(rows, 2):
        ids.append(row[col["编号"]] or f"n{number}")
        by_label[row[col["步骤"]]] = ids[-1]
        if row[col["阶段"]] not in stages:
            stages.append(row[col["阶段"]])
    assert [s.name for s in bp.stages] == stages == ["预约", "到店", "检测", "维修", "取机"]
    expected_edges = set()
    for node, row, ident in zip(nodes, rows, ids):
        assert node.id == ident
        assert node.lane.value == ZH_LANES[row[col["泳道"]]]
        assert node.label == row[col["步骤"]]
        assert bp.stage(node.stage).name == row[col["阶段"]]
        assert node.owner == (row[col["负责部门"]] or None)
        assert node.channel == (row[col["渠道"]] or None)
        category = row[col["类别"]]
        assert (node.category.value if node.category else None) == ZH_CATEGORIES.get(category)
        assert node.failure_probability == float(row[col["失效概率"]] or 0)
        assert node.description == (row[col["备注"]] or None)
        for name in filter(None, re.split(r"[、;\n]\s*", row[col["支持"]])):
            expected_edges.add((ident, by_label[name.strip()], "support"))
        if row[col["下一步"]]:
            expected_edges.add((ident, row[col["下一步"]], "flow"))
    assert _edges(bp) == expected_edges
    assert len(bp.edges_in_order()) == len(expected_edges)


GRID_LANES = {"Physical evidence": "evidence", "Customer actions": "customer",
              "Touchpoints": "frontstage", "Backstage": "backstage",
              "Support processes": "support"}


def test_english_grid_node_by_node():
    path = SHEETS / "online-shop-grid.xlsx"
    sheet = openpyxl.load_workbook(path).active
    stages = [c.value for c in sheet[1]][1:]
    expected = []
    for row in sheet.iter_rows(min_row=2, values_only=True):
        for stage, cell in zip(stages, row[1:]):
            expected += [(GRID_LANES[row[0]], stage, line) for line in (cell or "").split("\n")
                         if line]
    result = import_spreadsheet(path)
    bp = result.blueprint
    assert result.layout == "grid"
    assert [s.name for s in bp.stages] == stages
    assert [(n.lane.value, n.stage, n.label) for n in bp.nodes()] == expected
    # Flow: stage by stage, customer steps before touchpoints, one line after the other.
    facing = [e for s in stages for lane in ("customer", "frontstage")
              for e in expected if e[1] == s and e[0] == lane]
    label = {n.id: n.label for n in bp.nodes()}
    flows = [(label[e.source], label[e.target]) for e in bp.edges_in_order()]
    assert flows == [(a[2], b[2]) for a, b in zip(facing, facing[1:])]
    assert flows[:3] == [("Searches for a product", "Compares offers"),
                         ("Compares offers", "Web shop search"),
                         ("Web shop search", "Adds to basket")]
    assert "read as a grid" in result.notes[0]


def test_other_headers_through_map(tmp_path: Path, capsys):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Workshop"
    rows = [["Task", "Swimlane", "Phase", "Who", "Risk", "Feeds", "Memo"],
            ["Calls the hotline", "Customer actions", "Contact", None, None, None, "x"],
            ["Hotline menu", "Touchpoint", "Contact", "Service centre", "2%", None, None],
            ["Routing rules", "Support process", "Contact", "IT", 0.01, "Hotline menu", None],
            ["Agent answers", "Frontstage", "Solve", "Service centre", None, None, None],
            ["CRM lookup", "Backstage", "Solve", "Service centre", 0.05,
             "Agent answers; Hotline menu", None]]
    for row in rows:
        sheet.append(row)
    source, out = tmp_path / "workshop.xlsx", tmp_path / "w.blueprint"
    book.save(source)
    args = ["import", str(source), str(out), "--sheet", "Workshop", "--map", "Task=label",
            "--map", "Swimlane=lane", "--map", "Phase=stage", "--map", "Who=owner",
            "--map", "Risk=failure probability", "--map", "Feeds=supports",
            "--map", "Memo=ignore"]
    assert main(args) == 0
    assert "no 'next' column" in capsys.readouterr().err
    bp = load_blueprint(out)
    got = [(n.id, n.lane.value, n.label, n.stage, n.owner, n.failure_probability)
           for n in bp.nodes()]
    assert got == [("n2", "customer", "Calls the hotline", "Contact", None, 0.0),
                   ("n3", "frontstage", "Hotline menu", "Contact", "Service centre", 0.02),
                   ("n4", "support", "Routing rules", "Contact", "IT", 0.01),
                   ("n5", "frontstage", "Agent answers", "Solve", "Service centre", 0.0),
                   ("n6", "backstage", "CRM lookup", "Solve", "Service centre", 0.05)]
    assert [n.extra for n in bp.nodes()] == [{}] * 5  # the ignored memo went nowhere
    assert _edges(bp) == {("n2", "n3", "flow"), ("n3", "n5", "flow"),
                          ("n4", "n3", "support"), ("n6", "n5", "support"),
                          ("n6", "n3", "support")}


def test_headers_match_ignoring_case_spaces_underscores_and_dashes(tmp_path: Path):
    path = tmp_path / "s.csv"
    path.write_text("ID;LANE;Step;Failure_Probability;Supports;NEXT\n"
                    "a;customer;Orders;;;b\nb;Touchpoint;Confirmation;1 %;;\n"
                    "s;support process;OMS;0.5;Confirmation;\n", encoding="utf-8-sig")
    bp = import_spreadsheet(path).blueprint
    assert [(n.id, n.lane.value, n.failure_probability) for n in bp.nodes()] == [
        ("a", "customer", 0.0), ("b", "frontstage", 0.01), ("s", "support", 0.5)]
    assert _edges(bp) == {("a", "b", "flow"), ("s", "b", "support")}


def test_parse_map_refuses_unknown_fields():
    assert parse_map(["Task=label", "Who = owner", "x=ignore"]) == {
        "Task": "label", "Who": "owner", "x": ""}
    with pytest.raises(ValueError, match="unknown field 'colour'"):
        parse_map(["Task=colour"])


def test_chinese_resource_and_volume_columns_and_a_resources_sheet(tmp_path: Path):
    book = openpyxl.Workbook()
    steps = book.active
    steps.title = "Steps"
    step_rows = [["编号", "泳道", "步骤", "资源", "访问量", "支持"],
                 ["t1", "触点", "下单页面", None, 1200, None],
                 ["s1", "支持", "订单系统", "oms", None, "t1"]]
    resource_rows = [["id", "label", "category", "owner", "post", "failure probability",
                      "probability source", "description"],
                     ["oms", "订单管理系统", "系统", "IT运维", "值班经理", "2%", "monitoring",
                      "订单与库存"]]
    resources = book.create_sheet("Resources")
    for sheet, rows in ((steps, step_rows), (resources, resource_rows)):
        for row in rows:
            sheet.append(row)
    path = tmp_path / "zh.xlsx"
    book.save(path)
    bp = import_spreadsheet(path).blueprint
    assert [(n.id, n.resource, n.volume) for n in bp.nodes()] == [
        ("t1", None, 1200.0), ("s1", "oms", None)]
    (oms,) = bp.resources
    assert (oms.id, oms.label, oms.category.value, oms.owner, oms.post) == (
        "oms", "订单管理系统", ZH_CATEGORIES["系统"], "IT运维", "值班经理")
    assert (oms.failure_probability, oms.probability_source.value, oms.description) == (
        0.02, "monitoring", "订单与库存")
