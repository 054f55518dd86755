"""Every text the PDF prints by itself (lane and line names, legend, title block, appendix
headings, table headers, sentences, chart axes), in English and Simplified Chinese.

The export modules take their words only from here: ``wording(language)`` returns a frozen
``Wording``; ``w(key, **values)`` formats one sentence with ``str.format``. The Chinese terms
are the GUI's (docs/translations.md, blueprint_app/resources/translations/blueprint_app_zh_CN.ts; a test
checks lanes, lines and categories against the .ts). Data typed by users (labels, owners,
channels) and messages produced by ``analysis/`` (validation findings) are printed as they are.
"""
from __future__ import annotations

import unicodedata
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from types import MappingProxyType
from typing import Mapping

from ..model.enums import (CATEGORY_ROW, CATEGORY_TITLES, LANE_ROW, LANE_TITLES,
                           SEPARATOR_LINES, Category, Lane)
from ..model.lanes import LANE_CONTEXT
from ..resources import resource_path

LANGUAGES = ("auto", "en", "zh_CN")


@dataclass(frozen=True)
class Wording:
    language: str                          # "en" or "zh_CN"
    lanes: Mapping[Lane, str]
    lines: Mapping[str, str]               # English name in SEPARATOR_LINES -> printed name
    categories: Mapping[Category, str]
    shapes: Mapping[Lane, str]             # legend: each lane's node shape
    quadrants: Mapping[str, str]           # analysis.perception quadrant keys
    statuses: Mapping[str, str]            # monitoring statuses and budget verdicts
    severities: Mapping[str, str]          # analysis.validation severities
    orientations: Mapping[str, str]
    sections: Mapping[str, str]            # option names, as listed in the PDF's subject
    headers: Mapping[str, tuple[str, ...]]  # table name -> column headers
    texts: Mapping[str, str]

    def __call__(self, key: str, **values) -> str:
        text = self.texts[key]
        return text.format(**values) if values else text

    def line(self, name: str) -> str:
        return self.lines[name]

    def all_text(self) -> str:
        """Every fixed text, for choosing fonts that cover it."""
        parts: list[str] = []
        for table in (self.lanes, self.lines, self.categories, self.shapes, self.quadrants,
                      self.statuses, self.severities, self.orientations, self.sections,
                      self.texts):
            parts += table.values()
        for header in self.headers.values():
            parts += header
        return "\n".join(parts)


# ----- English (the model's own titles; byte-for-byte the texts printed before) ----------------
_EN = dict(
    lanes=dict(LANE_TITLES),
    lines={name: name for name, _, _ in SEPARATOR_LINES},
    categories=dict(CATEGORY_TITLES),
    shapes={lane: row.legend for lane, row in LANE_ROW.items()},
    quadrants={"concentrate_here": "Concentrate here",
               "keep_up_the_good_work": "Keep up the good work",
               "low_priority": "Low priority", "possible_overkill": "Possible overkill"},
    statuses={"no data": "no data", "breached": "breached", "at risk": "at risk",
              "fits": "fits", "overrun": "OVERRUN"},
    severities={"error": "error", "warning": "warning"},
    orientations={"landscape": "landscape", "portrait": "portrait"},
    sections={s: s for s in ("blueprint", "analysis", "pareto", "findings", "summary",
                             "commitments", "perceptions", "fmea")},
    headers={
        "summary": ("#", "Node", "Lane", "Owner", "p (own)", "Expected failures", "Share",
                    "Touch-points", "Worst touchpoint (FV)"),
        "causes": ("Cause", "Lane", "Owner", "p", "Fussell–Vesely", "Birnbaum"),
        "pareto": ("Cause", "Lane", "Incidents", "Share", "Cumulative"),
        "findings": ("Severity", "Code", "Nodes", "Finding", "What to do"),
        "budget": ("Commitment", "Target (h)", "Longest chain", "Chain (h)", "Slack (h)",
                   "Verdict"),
        "commitments": ("Commitment", "Level", "Target", "Owner / post", "Records", "Attained",
                        "Breaches", "Warnings", "Status"),
        "attributions": ("Date", "Promise", "Actual > target", "Overran"),
        "responsibility": ("Department", "Post", "Commitments", "Attained", "Breaches",
                           "Broken promises caused"),
        "perceptions": ("Perception (* focus)", "Touchpoint", "Importance", "Today", "Expected",
                        "Competitor", "Gap", "Priority", "Quadrant"),
        "fmea": ("#", "Fail point", "Lane", "Owner", "S", "O", "D", "RPN"),
    },
    texts={
        # legend, drawing and title block
        "legend_flow": "Flow (customer journey)",
        "legend_support": "Support (needed by, arrow up)",
        "legend_lines": "Line of interaction / visibility / internal interaction",
        "legend_heat": "Heat: low → high",
        "probability": "p {value}",
        "version": "Version {version}",
        "printed": "Printed {date}",
        "owner": " · Owner: {owner}",
        "page_of": "Page {page} of ",
        "page_total": "{total}",
        # blueprint pages, tiles and outline
        "paper": "{paper} {orientation}",
        "outline_blueprint": "Blueprint",
        "outline_map": "Blueprint: assembly map",
        "map_label": "Assembly map",
        "tile_label": "Tile {tile} · tile {number} of {count}",
        "tile_outline": "Tile {tile}",
        "map_heading": "Assembly map: {cols} × {rows} = {count} tiles on {paper}, scale {scale}, "
                       "10 mm overlap. Trim each tile at its crop marks and lay it over the "
                       "overlap of its left and upper neighbours.",
        "overlap": "overlap → {tile}",
        "subject": "Touchpoint blueprint '{name}': {sections}",
        "list_sep": ", ",
        "keywords": "touchpoint blueprint",
        # committee summary
        "summary_heading": "For the committee: the back-office nodes that break the most "
                           "customer experience",
        "summary_title": "Summary for the committee",
        "summary_intro": "{count} touchpoints analysed; together they are expected to fail "
                         "{total} times per analysed period. The table ranks backstage and "
                         "support nodes by the touchpoint failures they cause: the expected "
                         "number of touchpoint failures that would disappear if the node never "
                         "failed by itself (the sum over touchpoints of P − P0, i.e. "
                         "Fussell–Vesely × P).",
        "summary_none": "No back-office node can make a touchpoint fail (no support edges or no "
                        "failure probabilities recorded).",
        "no_owner": "(no owner)",
        "owners_to_call": "Owners to call: ",
        "owner_count": "{owner} ({count})",
        "item_sep": "; ",
        # failure analysis
        "analysis_title": "Failure analysis per touchpoint",
        "analysis_intro": "Exact failure probability of every touchpoint (a support reached "
                          "through several paths counts once), its top {top} causes by "
                          "Fussell–Vesely importance (the share of the touchpoint's failure "
                          "probability that would disappear if the cause never failed) with "
                          "Birnbaum importance (P1 − P0, how sensitive the touchpoint is to it), "
                          "and its minimal cut sets of up to {order} nodes.",
        "touchpoint_title": "{label} ({id}): P(fail) = {p}",
        "no_causes": "No cause with a failure probability reaches this touchpoint.",
        "cut_sets_none": "Minimal cut sets: none.",
        "cut_sets": "Minimal cut sets: ",
        "cut_set": "{{{nodes}}}",
        "cut_set_sep": ", ",
        "cut_sets_more": "; and {count} more",
        "cut_sets_truncated": " (sets of more than {order} nodes not listed)",
        "sentence_end": ".",
        "not_available": "Not available.",
        "not_available_because": "Not available: {reason}",
        # Pareto
        "pareto_title": "Pareto of observed incidents by cause",
        "pareto_none": "No incidents recorded in this blueprint.",
        "pareto_count": "{total} incidents from {records} records. ",
        "pareto_behind": "{share} of them were caused behind the line of visibility. ",
        "pareto_colours": "Bars are coloured by the cause's lane.",
        "no_cause": "(cause not recorded)",
        "chart_bars": "incidents (bars)",
        "chart_line": "cumulative share (line)",
        # findings
        "findings_title": "Validation findings",
        "findings_none": "No findings: the blueprint passes every check.",
        "findings_count": "{errors} error(s), {warnings} warning(s).",
        # commitments
        "commitments_title": "Service commitments: budget and monitoring",
        "commitments_outline": "Service commitments",
        "commitments_none": "No commitments recorded in this blueprint.",
        "commitments_intro": "Each duration promise must hold the longest chain of the "
                             "commitments beneath it (steps linked by support edges run in "
                             "sequence, parallel ones take the longest). Monitoring counts the "
                             "execution records: a breach misses the target; an early warning "
                             "meets it but uses at least {share} of it.",
        "attributions_title": "Broken promises and the commitments that overran",
        "none_recorded": "none recorded",
        "responsibility_title": "Responsibility",
        # perceptions
        "perceptions_title": "Customer perception: where to focus",
        "perceptions_none": "No perception points recorded in this blueprint.",
        "perceptions_intro": "Priority = importance × (expected − current). The focus list "
                             "({focus} of {count} points) covers {covered} of the total weighted "
                             "gap {total}. Quadrants split importance at {importance_cut} and "
                             "today's score at {performance_cut} (the means).",
        "below_competitor": " (below)",
        # FMEA
        "fmea_title": "Fail points ranked by risk (FMEA)",
        "fmea_none": "No FMEA scores recorded in this blueprint.",
        "fmea_intro": "Risk priority number RPN = severity × occurrence × detection (each "
                      "1–10), front and back office ranked together.",
    },
)

def _ts_messages(language: str) -> dict[tuple[str, str], str]:
    """{(context, source): translation} of the GUI's .ts file for ``language``."""
    path = resource_path("translations", f"blueprint_app_{language}.ts")
    messages = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            text = message.find("translation")
            if text is not None and text.text and text.get("type") not in ("unfinished", "obsolete", "vanished"):
                messages[(name, message.findtext("source"))] = text.text
    return messages


_ZH_TS = _ts_messages("zh_CN")


def _zh(context: str, text: str) -> str:
    """The translation of a table text; a missing one is a bug the lane-table test names."""
    return _ZH_TS.get((context, text), text)


# ----- Simplified Chinese (terms as in docs/translations.md and the GUI's .ts) -----------------
_ZH = dict(
    # lanes, lines, categories and legend shapes: the lane table's texts as the GUI's
    # translation file renders them (one translation source for screen and paper)
    lanes={lane: _zh(row.context, row.title) for lane, row in LANE_ROW.items()},
    lines={name: _zh(LANE_CONTEXT, name) for name, _, _ in SEPARATOR_LINES},
    categories={c: _zh(row.context, row.title) for c, row in CATEGORY_ROW.items()},
    shapes={lane: _zh(row.context, row.legend) for lane, row in LANE_ROW.items()},
    quadrants={"concentrate_here": "重点改进", "keep_up_the_good_work": "继续保持",
               "low_priority": "低优先级", "possible_overkill": "可能过度投入"},
    statuses={"no data": "无数据", "breached": "未达标", "at risk": "有风险", "fits": "达标",
              "overrun": "超出"},
    severities={"error": "错误", "warning": "警告"},
    orientations={"landscape": "横向", "portrait": "纵向"},
    sections={"blueprint": "蓝图", "analysis": "失效分析", "pareto": "事件帕累托分析",
              "findings": "校验问题", "summary": "委员会摘要", "commitments": "服务承诺",
              "perceptions": "顾客感知", "fmea": "失效点（FMEA）"},
    headers={
        "summary": ("#", "节点", "泳道", "负责部门", "p（自身）", "预期失效次数", "占比",
                    "触点数", "影响最大的触点（FV）"),
        "causes": ("原因", "泳道", "负责部门", "p", "Fussell–Vesely", "Birnbaum"),
        "pareto": ("原因", "泳道", "事件数", "占比", "累计占比"),
        "findings": ("严重程度", "代码", "节点", "问题", "处理建议"),
        "budget": ("承诺", "目标值（小时）", "最长链", "链长（小时）", "余量（小时）", "结论"),
        "commitments": ("承诺", "级别", "目标值", "部门 / 岗位", "记录数", "达成率", "未达标",
                        "预警", "状态"),
        "attributions": ("日期", "对顾客的承诺", "实际 > 目标", "超时的下级承诺"),
        "responsibility": ("部门", "责任岗位", "承诺数", "达成率", "未达标",
                           "导致未兑现的承诺"),
        "perceptions": ("感知点（* 重点）", "触点", "重要度", "当前得分", "期望得分",
                        "竞争对手", "差距", "优先级", "象限"),
        "fmea": ("#", "失效点", "泳道", "负责部门", "严重度", "发生度", "探测度", "RPN 值"),
    },
    texts={
        "legend_flow": "流程线（顾客旅程）",
        "legend_support": "支撑线（箭头指向被支撑节点）",
        "legend_lines": "互动线 / 可视线 / 内部互动线",
        "legend_heat": "热度：低 → 高",
        "probability": "p {value}",
        "version": "版本 {version}",
        "printed": "打印日期 {date}",
        "owner": " · 负责部门：{owner}",
        "page_of": "第 {page} 页，共 ",
        "page_total": "{total} 页",
        "paper": "{paper} {orientation}",
        "outline_blueprint": "蓝图",
        "outline_map": "蓝图：拼接图",
        "map_label": "拼接图",
        "tile_label": "分块 {tile} · {number}/{count}",
        "tile_outline": "分块 {tile}",
        "map_heading": "拼接图：{cols} × {rows} = {count} 块，{paper}，比例 {scale}，重叠 10 mm。"
                       "沿裁切标记裁剪每一块，再将其叠放在左侧和上方相邻分块的重叠区上。",
        "overlap": "重叠 → {tile}",
        "subject": "服务蓝图“{name}”：{sections}",
        "list_sep": "、",
        "keywords": "服务蓝图 触点",
        "summary_heading": "致委员会：对顾客体验破坏最大的后台节点",
        "summary_title": "委员会摘要",
        "summary_intro": "共分析 {count} 个触点，每个分析周期内预计合计失效 {total} 次。"
                         "下表按后台与支持流程节点所导致的触点失效排序，即该节点自身若从不失效，"
                         "预计可减少的触点失效次数（各触点 P − P0 之和，即 Fussell–Vesely × P）。",
        "summary_none": "没有任何后台节点会导致触点失效（未记录支撑线或失效概率）。",
        "no_owner": "（无负责部门）",
        "owners_to_call": "需联系的负责部门：",
        "owner_count": "{owner}（{count}）",
        "item_sep": "；",
        "analysis_title": "各触点失效分析",
        "analysis_intro": "每个触点的精确失效概率（经多条路径到达的同一支撑只计一次）；"
                          "按 Fussell–Vesely 重要度排列的前 {top} 个原因（该原因若从不失效，"
                          "触点失效概率可减少的比例），并列出 Birnbaum 重要度（P1 − P0，"
                          "即触点对该原因的敏感程度）；以及不超过 {order} 个节点的最小割集。",
        "touchpoint_title": "{label} ({id})：失效概率 {p}",
        "no_causes": "没有带失效概率的原因会影响此触点。",
        "cut_sets_none": "最小割集：无。",
        "cut_sets": "最小割集：",
        "cut_set": "{{{nodes}}}",
        "cut_set_sep": "、",
        "cut_sets_more": "；另有 {count} 个",
        "cut_sets_truncated": "（多于 {order} 个节点的割集未列出）",
        "sentence_end": "。",
        "not_available": "无法提供。",
        "not_available_because": "无法提供：{reason}",
        "pareto_title": "按原因的事件帕累托分析",
        "pareto_none": "本蓝图未记录事件。",
        "pareto_count": "共 {total} 起事件，来自 {records} 条事件记录。",
        "pareto_behind": "其中 {share} 由可视线以下的原因造成。",
        "pareto_colours": "柱形颜色表示原因所在泳道。",
        "no_cause": "（未记录原因）",
        "chart_bars": "事件数（柱形）",
        "chart_line": "累计占比（折线）",
        "findings_title": "校验问题",
        "findings_none": "没有问题：蓝图通过了全部检查。",
        "findings_count": "{errors} 个错误，{warnings} 个警告。",
        "commitments_title": "服务承诺：时间预算与监控",
        "commitments_outline": "服务承诺",
        "commitments_none": "本蓝图未记录承诺。",
        "commitments_intro": "每项时长承诺都必须容纳其下级承诺中最长的一条链（以支撑线相连的"
                             "步骤依次进行，并行的步骤取最长者）。监控统计执行记录：未达标即未达到"
                             "目标值；预警指虽达到目标值，但已用去其至少 {share}。",
        "attributions_title": "未兑现的对顾客的承诺及超时的下级承诺",
        "none_recorded": "无记录",
        "responsibility_title": "责任矩阵",
        "perceptions_title": "顾客感知：重点关注",
        "perceptions_none": "本蓝图未记录感知点。",
        "perceptions_intro": "优先级 = 重要度 ×（期望得分 − 当前得分）。重点关注清单（{count} 个"
                             "感知点中的 {focus} 个）覆盖总加权差距 {total} 的 {covered}。象限按"
                             "重要度 {importance_cut} 和当前得分 {performance_cut}（均为平均值）"
                             "划分。",
        "below_competitor": "（低于）",
        "fmea_title": "失效点风险排序（FMEA）",
        "fmea_none": "本蓝图未记录 FMEA 评分。",
        "fmea_intro": "风险优先数 RPN = 严重度 × 发生度 × 探测度（各为 1–10），前台与后台"
                      "统一排序。",
    },
)


# ----- the decision page and the words-and-units tables (issue 13) -----------------------------
_EN["sections"]["decision"] = "decision"
_ZH["sections"]["decision"] = "决策页"
_EN["headers"].update(
    summary=("#", "Node", "Lane", "Owner", "p (own)", "Failed visits avoided", "Share",
             "Touch-points", "Worst touchpoint (FV)"),
    causes=("Cause", "Lane", "Owner", "p", "Fussell–Vesely", "Birnbaum", "RAW"),
    budget=("Commitment", "Target", "Longest chain", "Chain", "Slack", "Verdict"))
_ZH["headers"].update(
    summary=("#", "节点", "泳道", "负责部门", "p（自身）", "可避免的失败访问", "占比",
             "触点数", "影响最大的触点（FV）"),
    causes=("原因", "泳道", "负责部门", "p", "Fussell–Vesely", "Birnbaum", "RAW"),
    budget=("承诺", "目标值", "最长链", "链长", "余量", "结论"))
_EN["texts"].update({
    "units_min": "min", "units_h": "h", "units_d": "d",
    "decision_title": "What to fix first",
    "decision_outline": "Decision: what to fix first",
    "decision_lead": "Of {visits} touchpoint visits per period, about {failed} fail "
                     "({share}). Most of these failures start behind the line of visibility: {nodes} back-office "
                     "nodes can make a touchpoint fail, and fixing the {top} below avoids the "
                     "most failed visits.",
    "decision_worst": "Customers feel it most at “{touchpoint}”: {freq} fail.",
    "freq_one_in": "about 1 in {n} visits",
    "freq_percent": "about {p} of the visits",
    "fix_title": "{rank}. {label}",
    "fix_owner": "Owner: {owner}",
    "fix_breaks": "Breaks: {touchpoints}",
    "fix_promises": "Promises at risk: {promises}",
    "fix_no_promises": "Promises at risk: none recorded",
    "names_more": " and {count} more",
    "fix_figure_promise": "At “{touchpoint}” {freq} miss the promise “{promise}”; fixing "
                          "“{label}” removes {removed} of that.",
    "fix_figure": "At “{touchpoint}” {freq} fail; fixing “{label}” removes {removed} of that.",
    "fix_total": "In all it avoids about {avoided} failed visits per period ({share} of all "
                 "failed visits).",
    "fraction_fifth": "a fifth", "fraction_quarter": "a quarter", "fraction_third": "a third",
    "fraction_half": "half", "fraction_two_thirds": "two thirds",
    "fraction_three_quarters": "three quarters", "fraction_all": "all",
    "decision_none": "No back-office node can make a touchpoint fail yet: record failure "
                     "probabilities and support edges to rank what to fix.",
    "decision_unavailable": "Nothing is ranked because the failure analysis is not possible: "
                            "{reason}",
    "thumbnail_caption": "Where they sit: the blueprint in miniature, lanes from customer "
                         "(top) to support (bottom); darker red = more failed visits; the "
                         "numbers are the fixes above.",
    "left_out": "Left out, nothing to say yet: {items}.",
    "empty_decision": "no touchpoint to analyse",
    "empty_analysis": "no touchpoint to analyse",
    "empty_summary": "no back-office node can make a touchpoint fail",
    "empty_pareto": "no incident log recorded yet",
    "empty_findings": "no validation findings (the blueprint passes every check)",
    "empty_commitments": "no commitments recorded yet",
    "empty_perceptions": "no perception points recorded yet",
    "empty_fmea": "no FMEA scores recorded yet",
    "measures_title": "What the measures mean",
    "measure_p": "p: the cause's own chance of failing in a period.",
    "measure_fv": "Fussell–Vesely: the share of the touchpoint's failures that would "
                  "disappear if this cause never failed.",
    "measure_birnbaum": "Birnbaum: how much the touchpoint's failure chance moves with this "
                        "cause (P if it has failed minus P if it works).",
    "measure_raw": "RAW: how many times more often the touchpoint fails once this cause "
                   "has failed.",
    "more_rows": "… and {count} more (export with full lists to see them all).",
    "summary_intro": "{count} touchpoints analysed; about {total} failed touchpoint visits "
                     "are expected per period. The table ranks backstage and support nodes "
                     "by the failed visits that would not happen if the node never failed by "
                     "itself (visits × (P − P0), summed over the touchpoints).",
    "touchpoint_title": "{label}: fails with probability {p}",
    "touchpoint_volume": " ({visits} visits per period)",
})
_ZH["texts"].update({
    "units_min": "分钟", "units_h": "小时", "units_d": "天",
    "decision_title": "优先修复什么",
    "decision_outline": "决策：优先修复什么",
    "decision_lead": "每个周期 {visits} 次触点访问中约有 {failed} 次失败（{share}）。这些失败大多源于"
                     "可视线以下：共有 {nodes} 个后台节点会导致触点失效，修复下列 {top} 个节点"
                     "可避免最多的失败访问。",
    "decision_worst": "顾客感受最深的是“{touchpoint}”：{freq}失败。",
    "freq_one_in": "约每 {n} 次访问有 1 次",
    "freq_percent": "约 {p} 的访问",
    "fix_title": "{rank}. {label}",
    "fix_owner": "负责部门：{owner}",
    "fix_breaks": "会导致失效的触点：{touchpoints}",
    "fix_promises": "受威胁的承诺：{promises}",
    "fix_no_promises": "受威胁的承诺：未记录",
    "names_more": "等另外 {count} 个",
    "fix_figure_promise": "在“{touchpoint}”，{freq}未兑现承诺“{promise}”；修复“{label}”"
                          "可消除其中的{removed}。",
    "fix_figure": "在“{touchpoint}”，{freq}失败；修复“{label}”可消除其中的{removed}。",
    "fix_total": "合计每个周期约可避免 {avoided} 次失败访问（占全部失败访问的 {share}）。",
    "fraction_fifth": "五分之一", "fraction_quarter": "四分之一", "fraction_third": "三分之一",
    "fraction_half": "一半", "fraction_two_thirds": "三分之二",
    "fraction_three_quarters": "四分之三", "fraction_all": "全部",
    "decision_none": "目前没有任何后台节点会导致触点失效：请记录失效概率和支撑线，以便排出"
                     "修复顺序。",
    "decision_unavailable": "无法进行失效分析，因此没有排序：{reason}",
    "thumbnail_caption": "所在位置：蓝图缩略图，泳道自上而下从顾客到支持流程；红色越深，"
                         "失败访问越多；数字对应上面的修复项。",
    "left_out": "以下部分暂无内容，未打印：{items}。",
    "empty_decision": "没有可分析的触点",
    "empty_analysis": "没有可分析的触点",
    "empty_summary": "没有后台节点会导致触点失效",
    "empty_pareto": "尚未记录事件日志",
    "empty_findings": "没有校验问题（蓝图通过了全部检查）",
    "empty_commitments": "尚未记录承诺",
    "empty_perceptions": "尚未记录感知点",
    "empty_fmea": "尚未记录 FMEA 评分",
    "measures_title": "各项指标的含义",
    "measure_p": "p：该原因自身在一个周期内失效的概率。",
    "measure_fv": "Fussell–Vesely：该原因若从不失效，触点失效中可消除的比例。",
    "measure_birnbaum": "Birnbaum：触点失效概率随该原因变化的幅度（该原因失效时的 P 减去"
                        "其正常时的 P）。",
    "measure_raw": "RAW：该原因失效后，触点失效的频率是原来的多少倍。",
    "more_rows": "……另有 {count} 项（导出完整列表可查看全部）。",
    "summary_intro": "共分析 {count} 个触点，每个周期预计约有 {total} 次触点访问失败。下表按"
                     "后台与支持流程节点排序：该节点自身若从不失效，可避免的失败访问次数"
                     "（访问量 ×（P − P0），各触点求和）。",
    "touchpoint_title": "{label}：失效概率 {p}",
    "touchpoint_volume": "（每个周期 {visits} 次访问）",
})


def _frozen(language: str, table: dict) -> Wording:
    fields = {k: (MappingProxyType(dict(v)) if isinstance(v, dict) else v)
              for k, v in table.items()}
    return Wording(language=language, **fields)


_WORDINGS = {"en": _frozen("en", _EN), "zh_CN": _frozen("zh_CN", _ZH)}


def language_name(text: str) -> str:
    """The canonical language option for ``text`` ("zh-cn" -> "zh_CN"), or ValueError."""
    key = str(text).strip().replace("-", "_").lower()
    for name in LANGUAGES:
        if name.lower() == key:
            return name
    raise ValueError(f"unknown language {text!r}; choose one of {', '.join(LANGUAGES)}")


def _is_han(char: str) -> bool:
    code = ord(char)
    return (0x3400 <= code <= 0x4DBF or 0x4E00 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF
            or 0x20000 <= code <= 0x2FFFF)


def detect_language(bp) -> str:
    """"zh_CN" when the blueprint's own text (name, stage names, node labels) has more Chinese
    characters than Latin letters, else "en". Owners and channels are left out: they are
    often codes or department names in another language than the journey itself."""
    texts = [bp.name] + [s.name for s in bp.stages] + [n.label for n in bp.nodes()]
    han = latin = 0
    for char in "".join(texts):
        if _is_han(char):
            han += 1
        elif char.isalpha() and unicodedata.name(char, "").startswith("LATIN"):
            latin += 1
    return "zh_CN" if han > latin else "en"


def wording(language: str = "en", bp=None) -> Wording:
    """The texts for ``language`` ("en", "zh_CN", or "auto": detected from ``bp``, English
    without one)."""
    language = language_name(language)
    if language == "auto":
        language = detect_language(bp) if bp is not None else "en"
    return _WORDINGS[language]
