"""The Analysis dock: selecting a touchpoint fills the table and lights its causal subgraph;
what-if changes the numbers and undo restores them."""
from __future__ import annotations

from pathlib import Path

import pytest

from blueprint_app.analysis.failure import analyze_touchpoint, what_if_fixed
from blueprint_app.analysis.tracing import blast_radius, causal_subgraph

from ui_support import EXAMPLES


def open_dock(qtbot, window, example="online-order-delivery.blueprint"):
    window.session.open(EXAMPLES / example)
    dock = window.docks["analysis"]
    dock.show()
    dock.raise_()
    qtbot.waitUntil(dock.isVisible)
    return dock


def select_and_wait(qtbot, window, dock, node_id):
    window.scene.select_nodes([node_id])
    qtbot.waitUntil(lambda: dock.report is not None and dock.report.node_id == node_id, timeout=10_000)


def test_selecting_a_touchpoint_fills_causes_and_highlights_its_subgraph(qtbot, window):
    dock = open_dock(qtbot, window)
    select_and_wait(qtbot, window, dock, "t-parcel")
    bp = window.session.blueprint
    expected = analyze_touchpoint(bp, "t-parcel")
    assert dock.causes_table.rowCount() == len(expected.causes)
    first = dock.causes_table.item(0, 0)
    assert first.text() == expected.causes[0].label
    assert float(dock.causes_table.item(0, 1).text()) == pytest.approx(
        expected.causes[0].fussell_vesely, rel=5e-3)  # three significant digits
    assert f"{expected.failure_probability * 100:.3g} %" in dock.header.text()
    subgraph = causal_subgraph(bp, "t-parcel")
    for node_id, item in window.scene.node_items.items():
        if node_id in subgraph:
            assert item.heat is not None and not item.dimmed
        else:
            assert item.heat is None and item.dimmed
    assert dock.cut_sets_list.count() >= 1


def test_selecting_a_backstage_node_shows_every_touchpoint_it_can_break(qtbot, window):
    dock = open_dock(qtbot, window)
    select_and_wait(qtbot, window, dock, "s-oms")
    bp = window.session.blueprint
    breakable = [tp.label for tp in blast_radius(bp, "s-oms").touchpoints]
    shown = [dock.touchpoints_table.item(r, 0).text() for r in range(dock.touchpoints_table.rowCount())]
    assert shown == breakable and shown
    for tp in blast_radius(bp, "s-oms").touchpoints:
        assert window.scene.node_items[tp.id].heat == 1.0


def test_what_if_fix_changes_numbers_and_undo_restores_them(qtbot, window):
    dock = open_dock(qtbot, window)
    bp = window.session.blueprint
    before = what_if_fixed(bp, "s-oms")
    select_and_wait(qtbot, window, dock, "s-oms")
    assert dock.fix_button.isEnabled()
    dock.fix_button.click()
    assert bp.node("s-oms").failure_probability == 0.0
    for tp, (old, new) in before.items():
        assert analyze_touchpoint(bp, tp).failure_probability == new
    # The dock recomputes for the new state: "now" equals "if fixed".
    qtbot.waitUntil(lambda: not dock.fix_button.isEnabled(), timeout=10_000)
    window.undo_action.trigger()
    assert bp.node("s-oms").failure_probability > 0
    for tp, (old, _) in before.items():
        assert analyze_touchpoint(bp, tp).failure_probability == old
    qtbot.waitUntil(dock.fix_button.isEnabled, timeout=10_000)


def test_incident_import_is_all_or_nothing_and_undoable(qtbot, window, dialogs, tmp_path: Path):
    from blueprint_app.ui.log_import import import_incident_log
    dock = open_dock(qtbot, window)
    bad = tmp_path / "bad.csv"
    bad.write_text("date,touchpoint,cause,count\n2026-10-01,t-parcel,b-carrier,2\n"
                   "not-a-date,t-parcel,b-carrier,1\n2026-10-03,nowhere,b-carrier,1\n", encoding="utf-8")
    assert not import_incident_log(window, bad)
    message = dialogs.asked[-1][1]
    assert "3" in message and "4" in message  # both bad rows named by number
    assert window.session.blueprint.incidents == []
    good = tmp_path / "good.csv"
    good.write_text("date,touchpoint,cause,count\n2026-10-01,t-parcel,b-carrier,3\n"
                    "2026-10-02,Parcel arrives,b-dispatch,1\n", encoding="utf-8")
    assert import_incident_log(window, good)
    assert sum(i.count for i in window.session.blueprint.incidents) == 4
    select_and_wait(qtbot, window, dock, "t-parcel")
    data = dock.pareto_view.current()
    assert [r.cause for r in data.rows] == ["b-carrier", "b-dispatch"] and data.total == 4
    window.undo_action.trigger()
    assert window.session.blueprint.incidents == []


def test_suggested_probabilities_are_reviewed_then_applied_as_one_step(qtbot, window, tmp_path: Path):
    from PySide6.QtCore import Qt

    from blueprint_app.analysis.estimate import suggest_probabilities
    from blueprint_app.ui.estimate_dialog import EstimateDialog
    from blueprint_app.ui.log_import import import_incident_log
    window.session.open(EXAMPLES / "online-order-delivery.blueprint")
    log = tmp_path / "log.csv"
    log.write_text("date,touchpoint,cause,count\n2026-10-01,t-parcel,b-carrier,3\n"
                   "2026-10-30,t-parcel,b-dispatch,1\n", encoding="utf-8")
    assert import_incident_log(window, log)
    bp = window.session.blueprint
    dialog = EstimateDialog(window.session, window)
    expected = {s.node: s.suggested for s in suggest_probabilities(bp, period_days=30)}
    assert [s.node for s in dialog.suggestions] == list(expected)
    old_dispatch = bp.node("b-dispatch").failure_probability
    carrier_row = [s.node for s in dialog.suggestions].index("b-carrier")
    dialog.table.item(carrier_row, 0).setCheckState(Qt.CheckState.Checked)
    dialog.apply()
    assert bp.node("b-carrier").failure_probability == expected["b-carrier"]
    assert bp.node("b-dispatch").failure_probability == old_dispatch  # not ticked
    window.undo_action.trigger()
    assert bp.node("b-carrier").failure_probability != expected["b-carrier"]


def test_dock_names_single_points_of_failure_and_the_overall_share(qtbot, window):
    from blueprint_app.analysis.tracing import single_points_of_failure, visibility_share
    dock = open_dock(qtbot, window)
    bp = window.session.blueprint
    share = visibility_share(bp)
    # Counted off the GUI thread: "counting…" first, then the figures.
    qtbot.waitUntil(lambda: f"{share.behind} of {share.causes}" in dock.header.text(),
                    timeout=10_000)
    select_and_wait(qtbot, window, dock, "t-parcel")
    for node_id in single_points_of_failure(bp, "t-parcel"):
        if node_id != "t-parcel":
            assert bp.node(node_id).label in dock.header.text()


def test_what_to_fix_first_shows_page_one_of_the_handout(qtbot, window, tmp_path):
    """The dock's list and page 1 of the PDF come from the same decision, in the same order."""
    import pypdf
    from blueprint_app.export import PdfOptions, export_pdf
    from blueprint_app.handout import build_handout
    dock = open_dock(qtbot, window)
    qtbot.waitUntil(lambda: dock.decision is not None, timeout=10_000)
    bp = window.session.blueprint
    handout = build_handout(bp)
    shown = [dock.fixes_table.item(r, 1).text() for r in range(dock.fixes_table.rowCount())]
    assert shown == [f.label for f in handout.decision.fixes] and len(shown) == 5
    out = tmp_path / "h.pdf"
    export_pdf(bp, out, PdfOptions(), handout=handout)
    page1 = "".join(pypdf.PdfReader(str(out)).pages[0].extract_text().split())
    positions = [page1.index("".join(f"{rank}. {label}".split()))
                 for rank, label in enumerate(shown, 1)]
    assert positions == sorted(positions)
    # an edit that changes the ranking reaches the dock: the top node fixed drops out
    top = handout.decision.fixes[0].id
    from blueprint_app.commands import UpdateNodeCommand
    window.session.undo_stack.push(UpdateNodeCommand(bp, top, {"failure_probability": 0.0},
                                                     merge=False))
    qtbot.waitUntil(lambda: dock.fixes_table.item(0, 1).text() != shown[0], timeout=10_000)
    assert dock.fixes_table.item(0, 1).text() == shown[1]


def test_overall_share_is_computed_off_the_gui_thread(qtbot, window, monkeypatch):
    """Opening a document shows "counting…" at once; the worker's figures replace it."""
    import threading

    from blueprint_app.analysis import tracing
    threads, release = [], threading.Event()
    original = tracing.visibility_share

    def slow(bp):
        threads.append(threading.current_thread())
        release.wait(10)
        return original(bp)
    monkeypatch.setattr(tracing, "visibility_share", slow)
    dock = open_dock(qtbot, window)
    assert "Counting the causes behind the line of visibility" in dock.header.text()
    release.set()
    share = original(window.session.blueprint)
    qtbot.waitUntil(lambda: f"{share.behind} of {share.causes}" in dock.header.text(),
                    timeout=10_000)
    assert "Counting" not in dock.header.text()
    assert threads and all(t is not threading.main_thread() for t in threads)
