"""The governance handout: the back office across journeys, for the board (issue 16).

Page 1 names the 3–5 shared resources whose repair avoids the most failed customer visits
across the organisation, in words; then the departments; then one page per journey with its
own top causes. It draws a frozen portfolio result (analysis.portfolio) handed in by the
caller, so nothing here analyses anything.
"""
from __future__ import annotations

import re

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle)

from ..atomic_file import atomic_write
from .fonts import choose_fonts
from .text import paragraph_markup

TOP = 4            # what page 1 of A4 holds with their words
CJK = re.compile(r"[\u3400-\u9fff]")

WORDS = {
    "en": {
        "title": "Where the back office breaks customer visits",
        "summary": "{journeys} journeys, {touchpoints} touchpoints: about {failed} failed "
                   "customer visits are expected per period.",
        "fix_first": "Fix these first",
        "avoids": "Repairing it avoids about {avoid} failed visits per period — {share} of "
                  "all failed visits — across {n} journeys: {journeys}.",
        "avoids_one": "Repairing it avoids about {avoid} failed visits per period — {share} "
                      "of all failed visits — in one journey: {journeys}.",
        "alone": "On its own it breaks: {items}.",
        "owner": "Owner: {owner}",
        "departments": "Who owns the avoidable failures",
        "dept_head": ("Department", "Resources", "Failed visits avoidable", "Share"),
        "journey": "{name}",
        "journey_summary": "{touchpoints} touchpoints; about {failed} failed visits per period.",
        "causes_head": ("Cause", "Owner", "Shared", "Failed visits avoidable", "Share of journey"),
        "yes": "yes", "no": "",
        "no_causes": "No cause with failure data yet.",
        "explain": "A failed visit is one customer visit at a touchpoint that goes wrong. "
                   "“Avoidable” counts the visits that would not fail if that resource "
                   "(or all resources of that department) never failed; the probabilities "
                   "are exact, and a resource shared by several journeys counts once.",
        "nothing": "No shared resource has failure data yet: record estimates, incident "
                   "logs or monitoring figures in the catalogue.",
        "period": "per period",
        "more": " and {n} more",
    },
    "zh_CN": {
        "title": "后台在哪里让客户访问失败",
        "summary": "{journeys} 个旅程、{touchpoints} 个触点：每期预计约 {failed} 次客户访问失败。",
        "fix_first": "优先修复",
        "avoids": "修复它每期可避免约 {avoid} 次失败访问，占全部失败访问的 {share}，涉及 {n} 个旅程：{journeys}。",
        "avoids_one": "修复它每期可避免约 {avoid} 次失败访问，占全部失败访问的 {share}，涉及 1 个旅程：{journeys}。",
        "alone": "它单独失效即会导致失败：{items}。",
        "owner": "负责部门：{owner}",
        "departments": "可避免的失败归属哪些部门",
        "dept_head": ("部门", "资源", "可避免的失败访问", "占比"),
        "journey": "{name}",
        "journey_summary": "{touchpoints} 个触点；每期约 {failed} 次失败访问。",
        "causes_head": ("原因", "负责部门", "共享", "可避免的失败访问", "占本旅程"),
        "yes": "是", "no": "",
        "no_causes": "尚无带失效数据的原因。",
        "explain": "失败访问指客户在触点的一次访问出了问题。“可避免”统计的是：如果该资源（或该部门的全部资源）"
                   "从不失效，就不会失败的访问次数；概率为精确值，多个旅程共享的资源只计一次。",
        "nothing": "共享资源尚无失效数据：请在资源目录中记录估计值、事件日志或监控数据。",
        "period": "每期",
        "more": " 等另外 {n} 个",
    },
}
SEP = {"en": ", ", "zh_CN": "、"}


def language_of(result) -> str:
    names = " ".join([j.name for j in result.journeys] + [r.label for r in result.resources])
    return "zh_CN" if CJK.search(names) else "en"


def figure(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:.2g}" if value else "0"


def percent(share: float | None) -> str:
    if share is None:
        return "–"
    value = share * 100
    return f"{value:.0f} %" if value >= 10 else f"{value:.2g} %"


def export_board_pdf(result, path, language: str | None = None) -> None:
    """Write the governance handout of a portfolio result to ``path`` (atomically)."""
    lang = language or language_of(result)
    words, sep = WORDS[lang], SEP[lang]
    printed = [w if isinstance(w, str) else " ".join(w) for w in words.values()]
    text = " ".join([j.name for j in result.journeys] + [c.label + (c.owner or "")
                                                         for j in result.journeys for c in j.top_causes]
                    + [r.label + (r.owner or "") + (r.post or "") for r in result.resources] + printed)
    fonts = choose_fonts(text)
    regular, bold = fonts.regular, fonts.bold

    def style(size, chain, space=4, leading=None):
        return ParagraphStyle(f"s{size}{chain.primary}", fontName=chain.primary, fontSize=size,
                              leading=leading or size * 1.3, spaceAfter=space,
                              wordWrap="CJK" if lang == "zh_CN" else None)

    title, head, body, small = style(20, bold, 8), style(14, bold, 6), style(10, regular, 2), style(9, regular)

    def para(text, st, chain=regular):
        return Paragraph(paragraph_markup(text, chain), st)

    story = [para(words["title"], title, bold)]
    touchpoints = sum(j.touchpoints for j in result.journeys)
    story.append(para(words["summary"].format(journeys=len(result.journeys), touchpoints=touchpoints,
                                              failed=figure(result.expected_failures)), body))
    story.append(para(words["explain"], small))
    story.append(Spacer(0, 3 * mm))
    story.append(para(words["fix_first"], head, bold))
    top = [r for r in result.resources if r.avoidable_failures > 0][:TOP]
    if not top:
        story.append(para(words["nothing"], body))
    for rank, r in enumerate(top, 1):
        owner = " · ".join(x for x in (r.owner, r.post) if x)
        journeys = sep.join(result.journey_name(j) for j in r.journeys)
        block = [para(f"{rank}. {r.label}", style(12, bold, 2), bold)]
        if owner:
            block.append(para(words["owner"].format(owner=owner), body))
        avoids = words["avoids_one" if len(r.journeys) == 1 else "avoids"]
        block.append(para(avoids.format(avoid=figure(r.avoidable_failures),
                                                 share=percent(r.share), n=len(r.journeys),
                                                 journeys=journeys), body))
        if r.single_points:
            items = sep.join(f"{result.touchpoint_label(j, t)} ({result.journey_name(j)})"
                             for j, t in r.single_points[:2])
            if len(r.single_points) > 2:
                items += words["more"].format(n=len(r.single_points) - 2)
            block.append(para(words["alone"].format(items=items), body))
        block.append(Spacer(0, 2 * mm))
        story.append(KeepTogether(block))
    story.append(PageBreak())

    story.append(para(words["departments"], head, bold))
    rows = [[para(h, small, bold) for h in words["dept_head"]]]
    labels = {r.id: r.label for r in result.resources}
    for d in result.departments:
        rows.append([para(d.owner, small), para(sep.join(labels.get(i, i) for i in d.resources), small),
                     para(figure(d.avoidable_failures), small), para(percent(d.share), small)])
    story.append(_table(rows, (50 * mm, 70 * mm, 32 * mm, 22 * mm)))

    for j in result.journeys:
        story.append(PageBreak())
        story.append(para(words["journey"].format(name=j.name), head, bold))
        story.append(para(words["journey_summary"].format(touchpoints=j.touchpoints,
                                                          failed=figure(j.expected_failures)), body))
        if not j.top_causes:
            story.append(para(words["no_causes"], body))
            continue
        rows = [[para(h, small, bold) for h in words["causes_head"]]]
        for c in j.top_causes:
            share = c.avoidable_failures / j.expected_failures if j.expected_failures else None
            rows.append([para(c.label, small), para(c.owner or "", small),
                         para(words["yes"] if c.is_resource else words["no"], small),
                         para(figure(c.avoidable_failures), small), para(percent(share), small)])
        story.append(_table(rows, (62 * mm, 50 * mm, 16 * mm, 28 * mm, 22 * mm)))

    def build(target: str) -> None:
        doc = SimpleDocTemplate(target, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                                topMargin=18 * mm, bottomMargin=18 * mm,
                                title=words["title"], author="Touchpoint Blueprint Studio")
        doc.build(story)

    atomic_write(path, build)


def _table(rows, widths) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.93, 0.93, 0.93)),
    ]))
    return table
