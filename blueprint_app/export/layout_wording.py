"""The words of the readable layout, the heat figures and the vertical slices (issue 13), in
English and Simplified Chinese. Kept apart from export/wording.py so that table stays one
owner's; ``layout_words(language)`` returns ``w(key, **values)`` like ``Wording``."""
from __future__ import annotations

from types import MappingProxyType

_EN = {
    "continued_from": "← continued from page {page}",
    "continued_on": "continued on page {page} →",
    "continued_above": "↑ lanes above on page {page}",
    "continued_below": "↓ lanes below on page {page}",
    "part_label": "Part {number} of {count}",
    "part_outline": "Part {number}: {first} – {last}",
    "legend_heat_figure": "% = a touchpoint's chance to fail; on back office, the touchpoint "
                          "failures it causes per 100 visits",
    # vertical slices
    "slices_heading": "Where each risky touchpoint can fail",
    "slices_intro": "The {count} touchpoints with the most expected failed visits (chance "
                    "to fail × visits), each with only the back-office steps that can make "
                    "it fail.",
    "slice_heading": "{rank}. {label}",
    "slice_figures": "Fails {probability} of the time · visits per period: {volume} · "
                     "expected failed visits: {failed}",
    "slice_owner": "Owner: {owner}",
    "slice_promise": "Promise: {promise}",
    "slice_cause": "Can make it fail",
    "slice_no_cause": "Nothing behind the line of visibility can make it fail; it fails "
                      "only by itself.",
    "slice_share": "{share} of its failures",
    "slice_own": "fails by itself {probability}",
    "slice_more": "… and {count} more steps with a smaller share",
    "no_owner": "no owner named",
}
_ZH = {
    "continued_from": "← 接第 {page} 页",
    "continued_on": "续见第 {page} 页 →",
    "continued_above": "↑ 上方泳道见第 {page} 页",
    "continued_below": "↓ 下方泳道见第 {page} 页",
    "part_label": "第 {number}/{count} 部分",
    "part_outline": "第 {number} 部分：{first} – {last}",
    "legend_heat_figure": "% = 触点的失败概率；后台节点上为其每 100 次访问造成的触点失败次数",
    "slices_heading": "每个高风险触点会在哪里失败",
    "slices_intro": "预期失败次数（失败概率 × 访问量）最多的 {count} 个触点，每个只列出可能使其失败的后台步骤。",
    "slice_heading": "{rank}. {label}",
    "slice_figures": "失败概率 {probability} · 每期访问次数：{volume} · 预期失败次数：{failed}",
    "slice_owner": "负责部门：{owner}",
    "slice_promise": "承诺：{promise}",
    "slice_cause": "可能使其失败",
    "slice_no_cause": "可视线以下没有步骤会使其失败；它只会自身失败。",
    "slice_share": "占其失败的 {share}",
    "slice_own": "自身失败 {probability}",
    "slice_more": "… 以及另外 {count} 个占比较小的步骤",
    "no_owner": "未指定负责部门",
}
_TABLES = {"en": MappingProxyType(_EN), "zh_CN": MappingProxyType(_ZH)}


class LayoutWords:
    def __init__(self, language: str):
        self.language = language if language in _TABLES else "en"
        self.texts = _TABLES[self.language]

    def __call__(self, key: str, **values) -> str:
        text = self.texts[key]
        return text.format(**values) if values else text

    def all_text(self) -> str:
        return "\n".join(self.texts.values())


def layout_words(language: str) -> LayoutWords:
    return LayoutWords(language)


def percent(value: float) -> str:
    """A share or probability with sensible rounding: 12 %, 3.4 %, 0.25 %, < 0.01 %."""
    pct = value * 100
    if pct <= 0:
        return "0 %"
    if pct < 0.01:
        return "< 0.01 %"
    if pct < 1:
        return f"{pct:.2f} %".replace(".00 ", " ")
    if pct < 10:
        return f"{pct:.1f} %"
    return f"{pct:.0f} %"
