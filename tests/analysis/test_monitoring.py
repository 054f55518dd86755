"""Execution logs (import all-or-nothing), monitoring summary, attribution, responsibility;
perception priorities and focus list; FMEA ranking; promise-tree validation."""
import datetime as dt

import openpyxl
import pytest

from blueprint_app.analysis.fmea import fmea_ranking
from blueprint_app.analysis.incidents import IncidentImportError
from blueprint_app.analysis.monitoring import monitoring_summary
from blueprint_app.analysis.monitoring_import import import_executions
from blueprint_app.analysis.perception import perception_report
from blueprint_app.analysis.validation import validate
from blueprint_app.model import Blueprint, Lane, make_execution


def tree() -> Blueprint:
    bp = Blueprint("Monitoring")
    bp.add_node(id="t", lane=Lane.FRONTSTAGE, label="Parcel")
    bp.add_node(id="b", lane=Lane.BACKSTAGE, label="Dispatch")
    bp.add_node(id="s", lane=Lane.SUPPORT, label="Carrier")
    bp.add_edge(source="b", target="s", kind="support")
    bp.add_edge(source="s", target="t", kind="support")
    bp.add_commitment(id="c1", node="t", level=1, name="Two days", target=2, unit="d",
                      owner="E-commerce", post="Head of operations")
    bp.add_commitment(id="c2", node="b", level=2, name="Dispatch in 4 h", target=4, unit="h",
                      parent="c1", owner="Logistics", post="Shift lead")
    bp.add_commitment(id="c3", node="s", level=3, name="Carrier", target=1.5, unit="d",
                      parent="c2", owner="Logistics", post="Carrier manager")
    bp.add_commitment(id="q", node="t", level=1, name="First-time right", target=95, unit="%",
                      direction="at_least", owner="E-commerce", post="Head of operations")
    return bp


def write_csv(tmp_path, text, name="log.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_good_csv_with_names_ids_and_unit_conversion(tmp_path):
    path = write_csv(tmp_path, "Date,Commitment,Actual,Unit\n2024-05-01,c1,1.5,\n"
                               "2024-05-01,dispatch in 4 h,300,min\n2024-05-02,q,97,\n")
    records = import_executions(tree(), path)
    assert [(r.date.day, r.commitment, r.actual) for r in records] == \
        [(1, "c1", 1.5), (1, "c2", 5.0), (2, "q", 97)]


def test_good_xlsx(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["date", "commitment", "actual"])
    sheet.append([dt.datetime(2024, 5, 3), "c3", 1.25])
    path = tmp_path / "log.xlsx"
    book.save(path)
    (record,) = import_executions(tree(), path)
    assert (record.date, record.commitment, record.actual) == (dt.date(2024, 5, 3), "c3", 1.25)


@pytest.mark.parametrize("text, expected", [
    ("date,commitment,actual\n2024-05-01,c9,1\n", ["row 2: unknown commitment 'c9'"]),
    ("date,commitment,actual\n2024-05-01,c1,1\n2024-05-02,c2,-3\n",
     ["row 3: negative duration: '-3'"]),
    ("date,commitment,actual\n2024-05-41,c1,1\n", ["row 2: bad date '2024-05-41'"]),
    ("date,commitment\n2024-05-01,c1\n", ["row 1: missing column 'actual' in the header"]),
    ("date,commitment,actual\n2024-05-01,c1,\n,c2,x\n",
     ["row 2: missing actual value", "row 3: missing date", "row 3: duration is not a number"]),
])
def test_bad_logs_are_refused_whole_with_row_numbers(tmp_path, text, expected):
    with pytest.raises(IncidentImportError) as info:
        import_executions(tree(), write_csv(tmp_path, text))
    message = str(info.value)
    assert "nothing imported" in message
    for fragment in expected:
        assert fragment in message, message


def test_summary_attainment_breaches_warnings_and_attribution():
    bp = tree()
    day = lambda d: dt.date(2024, 5, d)  # noqa: E731
    bp.set_executions([make_execution(date=day(d), commitment=c, actual=a) for d, c, a in [
        (1, "c1", 1.5), (1, "c2", 3.5), (1, "c3", 1.0),     # met; c2 uses 87.5 % -> warning
        (2, "c1", 2.5), (2, "c2", 6.0), (2, "c3", 1.2),     # c1 breached, c2 overran by 2 h
        (3, "c1", 2.2), (3, "c2", 2.0), (3, "c3", 2.0),     # c1 breached, c3 overran by 0.5 d
        (3, "q", 90), (4, "q", 99), ("5", "x", 0)][:-1]])
    report = monitoring_summary(bp)
    assert [s.commitment for s in report.statuses] == ["c1", "q", "c2", "c3"]  # document order
    c1, c2, c3, q = (report.status_of(c) for c in ("c1", "c2", "c3", "q"))
    assert (c1.records, c1.met, c1.breaches, c1.status) == (3, 1, 2, "breached")
    assert c1.attainment == pytest.approx(1 / 3)
    assert (c2.breaches, c2.warnings) == (1, 1) and c3.breaches == 1
    assert (q.met, q.breaches, q.worst) == (1, 1, 90)  # at least: 90 < 95 is the breach
    assert [(a.date.day, a.commitment, [(o.commitment, o.overrun) for o in a.culprits])
            for a in report.attributions] == [(2, "c1", [("c2", 2.0)]), (3, "c1", [("c3", 0.5)]), (3, "q", [])]
    rows = {(r.owner, r.post): r for r in report.responsibility}
    assert rows[("Logistics", "Shift lead")].breaches_caused == 1
    assert rows[("Logistics", "Carrier manager")].breaches_caused == 1
    assert rows[("E-commerce", "Head of operations")].commitments == 2
    assert rows[("E-commerce", "Head of operations")].breaches == 3
    assert monitoring_summary(bp, warning_share=0.9).status_of("c2").warnings == 0


def test_perception_priorities_focus_and_quadrants():
    bp = tree()
    for pid, imp, cur, exp, comp in (("p1", 5, 4, 9, 6), ("p2", 3, 7, 8, None),
                                     ("p3", 1, 9, 9, None), ("p4", 4, 5, 7, 4)):
        bp.add_perception(id=pid, node="t", name=pid, importance=imp, current=cur, expected=exp,
                          competitor=comp)
    report = perception_report(bp, share=0.8)
    assert [(r.id, r.gap, r.priority) for r in report.rows] == \
        [("p1", 5, 25), ("p4", 2, 8), ("p2", 1, 3), ("p3", 0, 0)]
    assert report.total_priority == 36 and report.focus == ("p1", "p4")  # 33/36 >= 80 %
    assert [r.below_competitor for r in report.rows] == [True, False, False, False]
    quads = {r.id: r.quadrant for r in report.rows}   # means: importance 3.25, current 6.25
    assert quads == {"p1": "concentrate_here", "p4": "concentrate_here",
                     "p2": "possible_overkill", "p3": "possible_overkill"}
    assert perception_report(bp, share=0.5).focus == ("p1",)


def test_fmea_ranked_front_and_back_together():
    bp = tree()
    bp.update_node("t", fail_point=True, fmea={"severity": 9, "occurrence": 2, "detection": 2})
    bp.update_node("s", fail_point=True, fmea={"severity": 5, "occurrence": 4, "detection": 3})
    bp.update_node("b", fmea={"severity": 6, "occurrence": 2, "detection": 3})
    rows = fmea_ranking(bp)
    assert [(r.rank, r.id, r.rpn, r.behind_visibility) for r in rows] == \
        [(1, "s", 60, True), (2, "t", 36, False), (3, "b", 36, True)]
    assert "fmea-not-fail-point" in validate(bp).codes()


def test_invalid_trees_are_flagged():
    bp = tree()
    bp.add_node(id="b2", lane=Lane.BACKSTAGE, label="Orphan", commitments=[
        {"id": "o1", "level": 2, "target": 1, "unit": "h"},
        {"id": "o2", "level": 3, "parent": "c1", "target": 1, "unit": "h"},
        {"id": "o3", "level": 3, "parent": "c2", "target": 1, "unit": "%"},
        {"id": "o4", "level": 2, "parent": "gone"}])
    bp.add_node(id="t2", lane=Lane.FRONTSTAGE, label="Other",
                commitments=[{"id": "o5", "level": 2, "parent": "c1", "target": 1, "unit": "h"}])
    bp.set_executions([make_execution(date=dt.date(2024, 1, 1), commitment="zz", actual=1)])
    report = validate(bp)
    found = {(f.code, f.ids) for f in report.findings}
    assert ("commitment-without-parent", ("b2",)) in found
    assert ("commitment-parent-level", ("b2",)) in found
    assert ("commitment-unit-mismatch", ("b2",)) in found
    assert ("commitment-unknown-parent", ("b2",)) in found
    assert ("commitment-level-lane", ("t2",)) in found
    assert ("execution-unknown-commitment", ()) in found
    assert ("commitment-incomplete", ("b2",)) in found
    assert report.has_errors
    messages = " ".join(f.message for f in report.findings)
    assert "o1" in messages and "needs a parent at level 1" in messages
