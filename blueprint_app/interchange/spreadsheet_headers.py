"""The words of a step-list spreadsheet: column headers, lane and category words.

One table per fact: ``STEP_COLUMNS`` says which headers name which node field (English and
Chinese, matched ignoring case, spaces, ``_`` and ``-`` and a trailing note in brackets);
lane and category words start from the model's own names and titles (model.enums) and add
the words people write in workshops.
"""
from __future__ import annotations

import re

from ..model.enums import CATEGORY_TITLES, LANE_TITLES, Category, Lane

# field: (header written on export, other English headers, Chinese headers)
STEP_COLUMNS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "id": ("id", (), ("编号",)),
    "stage": ("stage", ("phase",), ("阶段",)),
    "lane": ("lane", ("layer",), ("泳道", "层")),
    "label": ("label", ("step", "name"), ("步骤", "名称")),
    "owner": ("owner", ("department",), ("负责人", "负责部门")),
    "channel": ("channel", (), ("渠道",)),
    "category": ("category", ("type",), ("类别", "类型")),
    "failure_probability": ("failure probability", ("p",), ("失效概率",)),
    "requires": ("requires", (), ("需要",)),
    "description": ("description", ("notes",), ("说明", "备注")),
    "supports": ("supports", (), ("支持",)),
    "next": ("next", (), ("下一步",)),
    # Shared resources and touchpoint volumes: the resource id a backstage or support step
    # depends on (the workbook's Resources sheet lists them), customer visits per period.
    "resource": ("resource", (), ("资源",)),
    "volume": ("volume", (), ("访问量",)),
    # Written on export so that every node field has a column (an extension of the list).
    "time_standard": ("time standard", (), ("时间标准",)),
    "tolerance": ("tolerance", (), ("容差",)),
    "fail_point": ("fail point", (), ("失效点", "失败点")),
    "wait_point": ("wait point", (), ("等待点",)),
    "fmea": ("fmea (S/O/D)", (), ("FMEA",)),
    "x": ("x", (), ()),
    "y": ("y", (), ()),
    "width": ("width", (), ("宽度",)),
    "height": ("height", (), ("高度",)),
    "more": ("more fields (JSON)", (), ("更多字段",)),
}
REQUIRED_COLUMNS = ("lane", "label")
# Columns that hold a node field of the interchange format under the same name.
NODE_COLUMNS = tuple(f for f in STEP_COLUMNS if f not in ("supports", "next", "more"))

_LANE_WORDS: dict[Lane, tuple[str, ...]] = {
    Lane.EVIDENCE: ("evidence", "physical evidence", "有形展示", "实体证据"),
    Lane.CUSTOMER: ("customer", "customer action", "customer actions", "客户", "客户行为",
                    "顾客"),
    Lane.FRONTSTAGE: ("frontstage", "touchpoint", "touchpoints", "触点", "前台"),
    Lane.BACKSTAGE: ("backstage", "后台"),
    Lane.SUPPORT: ("support", "support process", "support processes", "支持", "支持流程"),
}
_CATEGORY_WORDS: dict[Category, tuple[str, ...]] = {
    Category.IT_SYSTEM: ("IT system", "system", "IT系统", "系统"),
    Category.KNOWLEDGE: ("knowledge", "知识"),
    Category.PROCESS: ("process", "流程"),
    Category.POLICY: ("policy", "制度", "政策"),
    Category.PEOPLE: ("people", "人员"),
    Category.PARTNER: ("partner", "合作伙伴"),
}
REQUIRES_WORDS = {"all": "all", "any": "any", "全部": "all", "任一": "any", "任意": "any"}
TRUE_WORDS = ("true", "yes", "y", "1", "x", "是", "√")
FALSE_WORDS = ("false", "no", "n", "0", "否")

_NOTE = re.compile(r"[(（][^()（）]*[)）]\s*$")
_IGNORED = re.compile(r"[\s_\-]+")


def normalise(text: str) -> str:
    """``"Failure-Probability (0-1)"`` -> ``"failureprobability"``."""
    text = _NOTE.sub("", str(text).strip()).strip() or str(text).strip()
    return _IGNORED.sub("", text).casefold()


def _index(table: dict, words: dict) -> dict[str, object]:
    out: dict[str, object] = {}
    for key in table:
        for word in (key.value, table[key], *words.get(key, ())):
            out.setdefault(normalise(word), key)
    return out


HEADER_FIELDS: dict[str, str] = {}
for _field, (_written, _english, _chinese) in STEP_COLUMNS.items():
    for _word in (_field, _written, *_english, *_chinese):
        HEADER_FIELDS.setdefault(normalise(_word), _field)

LANE_BY_WORD = _index(LANE_TITLES, _LANE_WORDS)
CATEGORY_BY_WORD = _index(CATEGORY_TITLES, _CATEGORY_WORDS)


def field_of_header(text) -> str | None:
    return HEADER_FIELDS.get(normalise(text)) if text is not None else None


def lane_of(text: str) -> Lane | None:
    return LANE_BY_WORD.get(normalise(text))


def category_of(text: str) -> Category | None:
    return CATEGORY_BY_WORD.get(normalise(text))


def lane_words() -> str:
    """The words a lane cell may hold, for messages."""
    return "; ".join(f"{lane.value}: " + ", ".join(dict.fromkeys((LANE_TITLES[lane],)
                                                                + _LANE_WORDS[lane]))
                     for lane in Lane)


def category_words() -> str:
    return "; ".join(f"{c.value}: " + ", ".join(_CATEGORY_WORDS[c]) for c in Category)


def written_header(field: str) -> str:
    return STEP_COLUMNS[field][0]
