"""The lane table (model/lanes.py) is complete: every row has what each layer needs, and a
row added without its titles, palette entry or shape fails with a message naming the gap."""
from __future__ import annotations

import json
from dataclasses import replace

from blueprint_app.export.wording import _ts_messages, wording
from blueprint_app.look.completeness import missing_for_category, missing_for_lane
from blueprint_app.look.legend import legend_entries
from blueprint_app.look.palette import PALETTES
from blueprint_app.model.enums import LANE_ORDER, Lane
from blueprint_app.model.lanes import CATEGORY_ROWS, LANE_ROWS
from blueprint_app.resources import resource_path

TRANSLATIONS = _ts_messages("zh_CN")


def _schema_lanes() -> list[str]:
    schema = json.loads(resource_path("schema", "touchpoint-blueprint.schema.json").read_text("utf-8"))
    found = []

    def walk(node):
        if isinstance(node, dict):
            if "lane" in node.get("properties", {}):
                found.extend(node["properties"]["lane"].get("enum", []))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
    walk(schema)
    return found


def test_every_row_is_complete_in_every_layer():
    schema = _schema_lanes()
    problems = [p for row in LANE_ROWS
                for p in missing_for_lane(row, translations=TRANSLATIONS, schema_lanes=schema)]
    problems += [p for row in CATEGORY_ROWS for p in missing_for_category(row, translations=TRANSLATIONS)]
    assert problems == []
    assert [lane.value for lane in LANE_ORDER] == [row.key for row in LANE_ROWS]
    assert len({row.shortcut for row in LANE_ROWS}) == len(LANE_ROWS)


def test_a_new_row_without_titles_palette_or_shape_is_named():
    row = replace(LANE_ROWS[1], key="partner_desk", title="", legend="", shape="hexagon")
    problems = missing_for_lane(row, translations=TRANSLATIONS, schema_lanes=_schema_lanes())
    text = "\n".join(problems)
    assert "lane 'partner_desk': no title text" in text
    assert "lane 'partner_desk': no legend text" in text
    for name in PALETTES:
        assert f"lane 'partner_desk': no colours in the {name} palette" in text
    assert "unknown shape 'hexagon'" in text
    assert "not in the interchange schema" in text
    assert "no zh_CN translation of 'Customer action'" not in text  # existing texts are translated
    assert "no zh_CN translation of 'customer action'" not in text


def test_a_palette_missing_a_lane_is_named():
    light = PALETTES["light"]
    lanes = {k: v for k, v in light.lanes.items() if k is not Lane.SUPPORT}
    problems = missing_for_lane(LANE_ROWS[-1], palettes={"broken": replace(light, lanes=lanes)})
    assert problems == ["lane 'support': no colours in the broken palette"]


def test_every_layer_reads_the_table():
    en, zh = wording("en"), wording("zh_CN")
    for row in LANE_ROWS:
        lane = Lane(row.key)
        assert en.lanes[lane] == row.title and en.shapes[lane] == row.legend
        assert zh.lanes[lane] != row.title and zh.shapes[lane] != row.legend  # translated
        assert lane.behind_visibility is row.behind_visibility
    assert [e.payload for e in legend_entries(False) if e.kind == "shape"] == list(LANE_ORDER)
