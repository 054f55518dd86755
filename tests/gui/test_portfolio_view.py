"""The portfolio window and Where used across journeys, on the online retailer's example
portfolio: the matrix against the analysis (each cell also against the journey analysed on
its own), the ranking, and a click that opens the journey with exactly the touchpoints the
resource can make fail lit; the same from a document checked out of the repository."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from blueprint_app.canvas.highlight_layers import PORTFOLIO as PORTFOLIO_LAYER
from blueprint_app.analysis.portfolio import analyze_portfolio
from blueprint_app.analysis.tracing import causal_subgraph
from blueprint_app.cli.portfolio_commands import load_portfolio_sources
from blueprint_app.repository import Repository
from blueprint_app.repository.files import Link, write_file
from blueprint_app.ui.portfolio_view import show_portfolio

PORTFOLIO = Path(__file__).resolve().parents[2] / "examples" / "portfolio"
FILES = sorted(str(p) for p in PORTFOLIO.glob("*.json"))


def _computed(qtbot, view):
    qtbot.waitUntil(lambda: view.outcome is not None, timeout=60_000)
    assert view.outcome.error is None
    return view.outcome.result


def _affected(bp, resource_id):
    """Touchpoints with a node naming the resource upstream (by walking the support
    edges of the journey as drawn, independently of the analysis)."""
    return sorted(tp.id for tp in bp.touchpoints()
                  if any(bp.node(n).resource == resource_id for n in causal_subgraph(bp, tp.id)))


def _click(qtbot, table, row, column):
    table.scrollToItem(table.item(row, column))
    rect = table.visualItemRect(table.item(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _lit(window):
    layer = window.scene.highlight_layer(PORTFOLIO_LAYER)
    return sorted(layer.values if layer else {})


@pytest.fixture
def view(window, qtbot):
    portfolio = show_portfolio(window, FILES)
    assert "Computing" in portfolio.status.text() or portfolio.outcome is not None
    _computed(qtbot, portfolio)
    yield portfolio
    portfolio.close()


def test_matrix_holds_the_portfolio_figures_and_each_journey_alone(view):
    journeys, catalogue = load_portfolio_sources(FILES)
    expected = analyze_portfolio(journeys, catalogue)
    assert view.matrix.rowCount() == len(expected.resources)
    assert [view.matrix_journey(c) for c in range(2, view.matrix.columnCount())] == \
        [j.id for j in expected.journeys]
    for journey in journeys:
        # a resource's avoidable failures in one journey depend on that journey only
        alone = {r.id: r for r in analyze_portfolio([journey], catalogue).resources}
        for resource in expected.resources:
            cell = view.matrix_value(resource.id, journey.id)
            if alone[resource.id].touchpoints == 0:
                assert cell is None
            else:
                assert cell == pytest.approx(alone[resource.id].avoidable_failures, rel=1e-12)
    for resource in expected.resources:
        assert view.matrix_value(resource.id, None) == resource.avoidable_failures
        assert sum(view.matrix_value(resource.id, j.id) or 0.0 for j in journeys) == \
            pytest.approx(resource.avoidable_failures, rel=1e-12)
    assert view.matrix.item(0, 0).data(Qt.ItemDataRole.UserRole) == expected.resources[0].id


def test_ranking_is_by_avoidable_failures_then_id(view):
    result = view.outcome.result
    ranked = sorted(result.resources, key=lambda r: (-r.avoidable_failures, r.id))
    assert view.ranked_ids() == [r.id for r in ranked]
    assert view.ranked_ids()[0] == "carrier"       # the parcel carrier breaks the most visits
    row = 0
    assert view.ranking.item(row, 4).text() == f"{ranked[0].share * 100:.3g} %"
    assert view.ranking.item(row, 5).text() == str(len(ranked[0].single_points))
    view.ranking.sortByColumn(2, Qt.SortOrder.AscendingOrder)     # by owner
    owners = [view.ranking.item(r, 2).text().casefold() for r in range(view.ranking.rowCount())]
    assert owners == sorted(owners)


def test_clicking_a_cell_opens_that_journey_with_exactly_the_affected_touchpoints_lit(
        view, window, qtbot):
    column = next(c for c in range(2, view.matrix.columnCount())
                  if view.matrix_journey(c) == "return-refund")
    row = next(r for r in range(view.matrix.rowCount())
               if view.matrix.item(r, 0).data(Qt.ItemDataRole.UserRole) == "oms")
    with qtbot.waitSignal(view.journey_opened) as opened:
        _click(qtbot, view.matrix, row, column)
    target, journey_id, lit = opened.args
    assert journey_id == "return-refund"
    assert target.session.blueprint.name == "Return and refund"
    expected = _affected(target.session.blueprint, "oms")
    assert expected and sorted(lit) == expected and _lit(target) == expected
    qtbot.wait(300)         # the docks' own refreshes after opening leave the light on
    assert _lit(target) == expected
    # another resource in the same journey: the same window, now its touchpoints
    row = next(r for r in range(view.matrix.rowCount())
               if view.matrix.item(r, 0).data(Qt.ItemDataRole.UserRole) == "refund-policy")
    with qtbot.waitSignal(view.journey_opened) as again:
        _click(qtbot, view.matrix, row, column)
    assert again.args[0] is target
    assert _lit(target) == _affected(target.session.blueprint, "refund-policy")


def test_clicking_a_ranked_resource_opens_the_journey_where_it_avoids_the_most(view, qtbot):
    result = view.outcome.result
    top = result.resources[0]
    journey_id = max(top.by_journey, key=lambda cell: cell[1])[0]
    with qtbot.waitSignal(view.journey_opened) as opened:
        _click(qtbot, view.ranking, 0, 1)
    target, opened_id, _ = opened.args
    assert opened_id == journey_id == "return-refund"
    assert _lit(target) == _affected(target.session.blueprint, top.id)


def test_where_used_lists_the_other_journeys_of_the_portfolio(view, qtbot):
    target = view.open_journey("carrier", "online-order")
    dock = target.docks["resources"]
    dock.refresh()
    dock.select("carrier")
    journeys, _ = load_portfolio_sources(FILES)
    expected = [(None, n) for n in target.session.blueprint.resource_users("carrier")]
    expected += [(j.id, n) for j in journeys if j.id != "online-order"
                 for n in j.blueprint.resource_users("carrier")]
    assert dock.where_used() == expected
    assert any(j is not None for j, _ in expected)


@pytest.fixture
def checked_out(tmp_path, window):
    """online-order checked out of a copy of the example repository, open in the window."""
    url = str(shutil.copy(PORTFOLIO / "retail.bprepo", tmp_path / "retail.bprepo"))
    repo = Repository.open(url)
    try:
        data, rev = repo.checkout("online-order")
    finally:
        repo.close()
    path = tmp_path / "online-order.blueprint"
    write_file(data, path, Link(url, "online-order", rev))
    assert window.open_path(path)
    return url


def test_portfolio_action_takes_the_documents_repository(checked_out, window, qtbot):
    window.actions_.portfolio.trigger()
    view = window.portfolio_window
    result = _computed(qtbot, view)
    journeys, catalogue = load_portfolio_sources([checked_out])
    expected = analyze_portfolio(journeys, catalogue)
    assert [j.id for j in result.journeys] == ["late-order-contact", "online-order",
                                               "return-refund"]
    for resource in expected.resources:
        assert view.matrix_value(resource.id, None) == resource.avoidable_failures
    # the document's own journey lights in this very window
    opened = view.open_journey("wms", "online-order")
    assert opened is window
    assert _lit(window) == _affected(window.session.blueprint, "wms")
    view.close()


def test_where_used_across_the_repository_and_double_click_opens_the_other_journey(
        checked_out, window, qtbot):
    dock = window.docks["resources"]
    assert dock.wait_for_journeys()
    qtbot.waitUntil(lambda: len(dock.other_journeys()) == 2)
    dock.refresh()
    dock.select("refund-policy")
    repo_journeys, _ = load_portfolio_sources([checked_out])
    others = [(j.id, n) for j in repo_journeys if j.id != "online-order"
              for n in j.blueprint.resource_users("refund-policy")]
    rows = dock.where_used()
    assert rows[:len(rows) - len(others)] == \
        [(None, n) for n in window.session.blueprint.resource_users("refund-policy")]
    assert rows[len(rows) - len(others):] == others and others
    journey_id, node_id = others[0]
    item = dock.used.item(rows.index(others[0]))
    target = dock._on_used_double_clicked(item)
    assert target is not window
    assert target.session.blueprint.name == next(j.name for j in repo_journeys
                                                 if j.id == journey_id)
    assert window.scene is not target.scene
    assert target.scene.selected_node_ids() == [node_id]


def test_a_bad_source_is_reported_in_the_window(window, qtbot, tmp_path):
    bad = tmp_path / "broken.json"
    bad.write_text("{not json", encoding="utf-8")
    view = show_portfolio(window, [str(bad)])
    qtbot.waitUntil(lambda: view.outcome is not None, timeout=30_000)
    assert view.outcome.error and "broken.json" in view.status.text()
    assert view.matrix.rowCount() == 0
    view.close()


def test_governance_handout_from_the_window(view, qtbot, tmp_path, monkeypatch):
    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog

    out = tmp_path / "board"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    assert view.handout_button.isEnabled()
    qtbot.mouseClick(view.handout_button, Qt.MouseButton.LeftButton)
    page1 = PdfReader(str(out) + ".pdf").pages[0].extract_text()
    top = view.outcome.result.resources[0]
    assert top.label.split(" (")[0] in page1 and str(out) in view.status.text()
