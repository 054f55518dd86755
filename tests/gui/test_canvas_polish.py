"""Canvas polish: reordering stages by dragging their header, light/dark palettes, context
menu actions (and ReverseEdgeCommand), presentation font scale."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QUndoStack

from blueprint_app.canvas import BlueprintScene, BlueprintView
from canvas_support import drag, sample_blueprint


@pytest.fixture
def canvas3(qtbot):
    """The sample blueprint with a third stage, shown at 100 %."""
    bp = sample_blueprint()
    bp.add_stage(id="s3", name="Return")
    bp.add_node(id="c3", lane="customer", label="Returns", stage="s3")
    stack = QUndoStack()
    scene = BlueprintScene()
    scene.set_blueprint(bp, stack)
    view = BlueprintView(scene)
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    qtbot.waitExposed(view)
    view.centerOn(scene.sceneRect().center())
    yield bp, scene, view, stack
    scene.clear_blueprint()


def header_point(scene, stage_id, dx=0.0) -> QPointF:
    column = scene.layout.column(stage_id)
    return QPointF(column.x + column.width / 2 + dx, 20)


def order(bp):
    return [s.id for s in bp.stages]


# ----- 1. reorder stages by dragging their header ------------------------------------------
def test_drag_stage_header_right_moves_the_stage_in_one_undo_step(qtbot, canvas3):
    bp, scene, view, stack = canvas3
    last = scene.layout.column("s3")
    drag(qtbot, view, header_point(scene, "s1"), QPointF(last.x + last.width - 10, 20))
    assert order(bp) == ["s2", "s3", "s1"]
    assert stack.count() == 1
    # the grid followed: s1's column is now the rightmost one
    assert [c.stage_id for c in scene.layout.columns] == ["s2", "s3", "s1"]
    assert scene.node_items["c1"].x() > scene.node_items["c3"].x()
    stack.undo()
    assert order(bp) == ["s1", "s2", "s3"]
    assert [c.stage_id for c in scene.layout.columns] == ["s1", "s2", "s3"]
    stack.redo()
    assert order(bp) == ["s2", "s3", "s1"]


def test_drag_stage_header_left_between_two_stages(qtbot, canvas3):
    bp, scene, view, stack = canvas3
    s2 = scene.layout.column("s2")
    drag(qtbot, view, header_point(scene, "s3"), QPointF(s2.x + 10, 20))  # the gap s1|s2
    assert order(bp) == ["s1", "s3", "s2"]
    assert stack.count() == 1


def test_drop_in_place_pushes_nothing_and_leaves_no_feedback(qtbot, canvas3):
    bp, scene, view, stack = canvas3
    before = set(scene.items())
    drag(qtbot, view, header_point(scene, "s2"), header_point(scene, "s2", dx=30))
    # just past the neighbour's edge is still the same place (the gap s1|s2 or s2|s3)
    s3 = scene.layout.column("s3")
    drag(qtbot, view, header_point(scene, "s2"), QPointF(s3.x + 5, 20))
    assert order(bp) == ["s1", "s2", "s3"] and stack.count() == 0
    assert set(scene.items()) == before


def test_drop_indicator_shows_the_gap_while_dragging(qtbot, canvas3):
    from canvas_support import _move, view_point
    bp, scene, view, stack = canvas3
    start = view_point(view, header_point(scene, "s1"))
    qtbot.mousePress(view.viewport(), Qt.LeftButton, Qt.NoModifier, start)
    s3 = scene.layout.column("s3")
    target = view_point(view, QPointF(s3.x + 5, 20))
    for i in range(1, 5):
        _move(view.viewport(), start + (target - start) * i / 4, Qt.LeftButton)
    interaction = scene._interaction
    assert interaction.indicator.isVisible()
    assert interaction.indicator.path().boundingRect().left() == pytest.approx(s3.x)
    assert interaction.indicator.path().boundingRect().height() == pytest.approx(scene.layout.height)
    assert interaction.ghost.scene() is scene
    qtbot.mouseRelease(view.viewport(), Qt.LeftButton, Qt.NoModifier, target)
    assert interaction.indicator is None and order(bp) == ["s2", "s1", "s3"]


def test_escape_cancels_a_stage_drag(qtbot, canvas3):
    from canvas_support import _move, view_point
    bp, scene, view, stack = canvas3
    start = view_point(view, header_point(scene, "s1"))
    end = view_point(view, header_point(scene, "s3", dx=60))
    qtbot.mousePress(view.viewport(), Qt.LeftButton, Qt.NoModifier, start)
    _move(view.viewport(), end, Qt.LeftButton)
    assert scene._interaction.new_index(header_point(scene, "s3", dx=60).x()) == 2
    qtbot.keyClick(view.viewport(), Qt.Key_Escape)
    qtbot.mouseRelease(view.viewport(), Qt.LeftButton, Qt.NoModifier, end)
    assert order(bp) == ["s1", "s2", "s3"] and stack.count() == 0
    assert not [i for i in scene.items() if i.zValue() == 6]  # feedback removed


def test_read_only_scene_does_not_reorder(qtbot, canvas3):
    bp, scene, view, stack = canvas3
    scene.read_only = True
    drag(qtbot, view, header_point(scene, "s1"), header_point(scene, "s3", dx=40))
    assert order(bp) == ["s1", "s2", "s3"] and stack.count() == 0


def test_double_click_on_a_stage_header_still_signals(qtbot, canvas3):
    bp, scene, view, stack = canvas3
    seen = []
    scene.stage_double_clicked.connect(seen.append)
    qtbot.mouseDClick(view.viewport(), Qt.LeftButton, Qt.NoModifier,
                      view.mapFromScene(header_point(scene, "s2")))
    assert seen == ["s2"] and stack.count() == 0


# ----- 2. light and dark palettes --------------------------------------------------------------
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from blueprint_app.canvas import render_png  # noqa: E402
from dataclasses import astuple  # noqa: E402

from blueprint_app.canvas.style import DARK, LIGHT, style_for, style_of  # noqa: E402
from blueprint_app.model import Lane  # noqa: E402


@pytest.fixture
def dark_palette(qapp):
    """A dark application palette for the test, the old one restored afterwards."""
    old = QPalette(qapp.palette())
    dark = QPalette(old)
    for role, colour in ((QPalette.Window, "#202124"), (QPalette.Base, "#17181a"),
                         (QPalette.WindowText, "#e8eaed"), (QPalette.Text, "#e8eaed")):
        dark.setColor(role, QColor(colour))
    qapp.setPalette(dark)
    yield dark
    qapp.setPalette(old)
    qapp.processEvents()


def luminance(colour: QColor) -> float:
    def channel(v):
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: str, b: str) -> float:
    la, lb = sorted((luminance(QColor(a)), luminance(QColor(b))), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def grab(view) -> QImage:
    return view.viewport().grab().toImage()


def scene_pixel(view, image: QImage, scene_pos: QPointF) -> QColor:
    p = view.mapFromScene(scene_pos)
    return image.pixelColor(p.x(), p.y())


def test_dark_palette_gives_a_dark_canvas_and_light_exports(qtbot, canvas3, dark_palette, tmp_path):
    bp, scene, view, stack = canvas3
    qtbot.waitUntil(lambda: scene.canvas_style.dark)
    assert style_of(scene.node_items["c1"]) is scene.canvas_style
    image = grab(view)
    margin = QPointF(-20, -20)  # outside the grid: the scene background
    assert scene_pixel(view, image, margin).lightnessF() < 0.2
    band = scene.layout.band(Lane.BACKSTAGE)
    empty_cell = QPointF(scene.layout.column("s3").x + 8, band.y + band.height - 8)
    assert scene_pixel(view, image, empty_cell).lightnessF() < 0.25
    node = scene.node_items["c1"].body_rect()
    assert scene_pixel(view, image, node.topLeft() + QPointF(20, 6)).lightnessF() < 0.4
    # exports stay light (print, handouts) even now
    out = tmp_path / "dark.png"
    render_png(bp, out)
    exported = QImage(str(out))
    assert exported.pixelColor(5, 5).lightnessF() > 0.95
    assert exported.pixelColor(round(empty_cell.x() + 40), round(empty_cell.y() + 40)).lightnessF() > 0.9


def test_palette_change_back_to_light_restores_the_light_style(qtbot, qapp, canvas3):
    bp, scene, view, stack = canvas3
    assert not scene.canvas_style.dark
    old = QPalette(qapp.palette())
    dark = QPalette(old)
    dark.setColor(QPalette.Window, QColor("#101010"))
    qapp.setPalette(dark)
    try:
        qtbot.waitUntil(lambda: scene.canvas_style.dark)
        assert scene.backgroundBrush().color().lightnessF() < 0.2
    finally:
        qapp.setPalette(old)
    qtbot.waitUntil(lambda: not scene.canvas_style.dark)
    assert grab(view).pixelColor(2, 2).lightnessF() > 0.9


def test_export_scene_ignores_a_dark_palette(qtbot, dark_palette):
    scene = BlueprintScene(follow_palette=False)
    scene.set_blueprint(sample_blueprint(), None)
    assert not scene.canvas_style.dark
    scene.refresh_palette()
    assert not scene.canvas_style.dark
    scene.clear_blueprint()


def test_styles_are_built_once_per_variant(qapp):
    assert style_for(True, 1.0) is style_for(True, 1.0)
    assert style_for(True, 1.0) is not style_for(False, 1.0)


# (palette, least contrast of non-text marks): the light palette predates this test and its
# yellow outline and orange "people" tag reach only ~2.4; the dark one is held to WCAG's 3.0.
@pytest.mark.parametrize("colours, marks", [(LIGHT, 2.2), (DARK, 3.0)], ids=["light", "dark"])
def test_text_is_readable_on_every_fill(colours, marks):
    for lane, c in colours.lanes.items():
        band, fill, outline = c.band, c.fill, c.outline
        assert contrast(colours.text, fill) >= 7.0, lane
        assert contrast(colours.text, band) >= 7.0, lane
        assert contrast(colours.muted, fill) >= 4.5, lane
        assert contrast(outline, band) >= marks, lane  # lane accents and node outlines
    fills = [v.fill for lane, v in colours.lanes.items() if lane in (Lane.BACKSTAGE, Lane.SUPPORT)]
    for category, colour in colours.categories.items():  # tag text on the node fill
        assert min(contrast(colour, f) for f in fills) >= marks, category
    for kind, colour in colours.edges.items():
        assert min(contrast(colour, v.band) for v in colours.lanes.values()) >= 3.0, kind


def test_dark_lanes_keep_their_hues():
    for lane in LIGHT.lanes:
        for i in range(3):
            light, dark = (QColor(astuple(p.lanes[lane])[i]) for p in (LIGHT, DARK))
            if light.hslSaturationF() < 0.15:  # the grey evidence lane
                assert dark.hslSaturationF() < 0.2
                continue
            diff = abs(light.hslHueF() - dark.hslHueF()) * 360
            assert min(diff, 360 - diff) < 12, (lane, i)
    for category in LIGHT.categories:
        light, dark = QColor(LIGHT.categories[category]), QColor(DARK.categories[category])
        diff = abs(light.hslHueF() - dark.hslHueF()) * 360
        assert min(diff, 360 - diff) < 15, category


def test_color_scheme_signal_after_the_scene_is_gone_is_harmless(qtbot):
    from shiboken6 import delete
    scene = BlueprintScene()
    scene.set_blueprint(sample_blueprint(), None)
    scene.clear_blueprint()
    delete(scene)
    hints = QGuiApplication.styleHints()
    if not hasattr(hints, "colorSchemeChanged"):
        pytest.skip("Qt before 6.5")
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    QApplication.processEvents()


# ----- 4. presentation font scale --------------------------------------------------------------
def test_font_scale_enlarges_node_text_and_keeps_node_sizes(qtbot, canvas3):
    bp, scene, view, stack = canvas3
    item = scene.node_items["c1"]  # a short label: "Orders"
    size, lines = item.size, item.label_lines()
    assert scene.font_scale() == 1.0 and item.label_font().pixelSize() == 12
    scene.set_font_scale(1.4)
    style = style_of(item)
    assert scene.font_scale() == 1.4
    assert item.label_font().pixelSize() == 17
    assert style.label_font.pixelSize() == 17 and style.small_font.pixelSize() == 13
    assert style.header_font.pixelSize() == 18  # lane and stage titles
    assert item.size == size and scene.layout.nodes["c1"].width == size[0]
    assert item.label_lines() == lines
    view.viewport().repaint()  # paints with the new fonts without warnings
    scene.set_font_scale(1.0)
    assert item.label_font().pixelSize() == 12


def test_scaled_labels_shrink_to_fit_but_never_below_normal(qtbot, canvas3):
    from blueprint_app.commands import UpdateNodeCommand
    bp, scene, view, stack = canvas3
    stack.push(UpdateNodeCommand(bp, "c2", {"label": "Receives the parcel at the door"}))
    stack.push(UpdateNodeCommand(bp, "c3", {"label": "Returns the item through a partner shop "
                                                     "and waits for the refund to arrive " * 3}))
    medium, huge = scene.node_items["c2"], scene.node_items["c3"]
    normal_medium, normal_huge = medium.label_lines(), huge.label_lines()
    assert not any("…" in line for line in normal_medium)  # fits at the normal size
    assert normal_huge[-1].endswith("…")  # too long even at the normal size
    scene.set_font_scale(1.4)
    # at 17 px the medium label would be cut: it uses the largest size that still fits
    assert 12 < medium.label_font().pixelSize() < 17
    assert not any("…" in line for line in medium.label_lines())
    assert "".join(medium.label_lines()).replace(" ", "") == "Receivestheparcelatthedoor"
    # a label cut anyway is drawn exactly as at the normal size
    assert huge.label_font().pixelSize() == 12 and huge.label_lines() == normal_huge


def test_font_scale_keeps_the_palette_and_refuses_nonsense(qtbot, canvas3, dark_palette):
    bp, scene, view, stack = canvas3
    qtbot.waitUntil(lambda: scene.canvas_style.dark)
    scene.set_font_scale(1.4)
    assert scene.canvas_style.dark and scene.canvas_style is style_for(True, 1.4)
    for bad in (0, -1.0, float("nan")):
        with pytest.raises(ValueError):
            scene.set_font_scale(bad)
    assert scene.font_scale() == 1.4


def test_inline_editor_uses_the_scaled_font(qtbot, canvas3):
    bp, scene, view, stack = canvas3
    scene.set_font_scale(1.4)
    editor = scene.start_inline_edit("c1")
    assert editor.font().pixelSize() == 17
    scene.finish_inline_edit(False)


def test_an_owner_cut_at_any_size_does_not_shrink_the_label(qtbot, canvas3):
    from blueprint_app.commands import UpdateNodeCommand
    bp, scene, view, stack = canvas3
    stack.push(UpdateNodeCommand(bp, "c1", {"owner": "Customer operations - order desk, second shift"}))
    item = scene.node_items["c1"]
    scene.set_font_scale(1.4)
    assert item.label_font().pixelSize() == 17 and item.label_lines() == ["Orders"]


# ----- 3. context menus and ReverseEdgeCommand -------------------------------------------------
from PySide6.QtCore import QTranslator  # noqa: E402
from PySide6.QtGui import QContextMenuEvent  # noqa: E402

from blueprint_app.canvas import context_menu  # noqa: E402
from blueprint_app.commands.edge_commands import ReverseEdgeCommand  # noqa: E402
from blueprint_app.model import EdgeKind  # noqa: E402


def state(bp):
    return (bp.stages, list(bp.nodes()), sorted(bp.edges(), key=lambda e: e.id))


def edge_point(scene, edge_id) -> QPointF:
    item = scene.edge_items[edge_id]
    return item.mapToScene(item._path.pointAtPercent(0.5))


def texts(actions):
    return ["---" if a.isSeparator() else a.text() for a in actions]


def action(actions, text):
    [found] = [a for a in actions if a.text() == text]
    return found


def test_reverse_edge_command_round_trip(qtbot, canvas3):
    bp, scene, view, stack = canvas3
    bp.add_edge(id="e2", source="sup", target="t1", kind="support", label="feeds",
                extra={"weight": 3})
    scene.flush_layout()
    before = state(bp)
    stack.push(ReverseEdgeCommand(bp, "e2"))
    edge = bp.edge("e2")
    assert (edge.source, edge.target, edge.kind, edge.label, edge.extra) == (
        "t1", "sup", EdgeKind.SUPPORT, "feeds", {"weight": 3})
    assert stack.count() == 1 and stack.undoText() == "Reverse connection"
    item = scene.edge_items["e2"]
    assert (item.source.node_id, item.target.node_id) == ("t1", "sup")
    after = state(bp)
    stack.undo()
    assert state(bp) == before
    assert scene.edge_items["e2"].source.node_id == "sup"
    stack.redo()
    assert state(bp) == after
    stack.undo()
    assert state(bp) == before


def test_reverse_edge_command_without_a_stack(qapp):
    bp = sample_blueprint()
    command = ReverseEdgeCommand(bp, "e1")
    command.redo()
    assert (bp.edge("e1").source, bp.edge("e1").target) == ("t1", "c1")
    command.undo()
    assert (bp.edge("e1").source, bp.edge("e1").target) == ("c1", "t1")
    with pytest.raises(ValueError, match="e9"):
        ReverseEdgeCommand(bp, "e9")


def test_edge_menu_kind_actions_are_checkable_and_undoable(qtbot, canvas3):
    bp, scene, view, stack = canvas3
    actions = scene.context_actions_for(edge_point(scene, "e1"))
    assert texts(actions) == ["Flow edge", "Support edge", "---", "Reverse direction", "---", "Delete"]
    flow, support = action(actions, "Flow edge"), action(actions, "Support edge")
    assert flow.isCheckable() and flow.isChecked() and support.isCheckable() and not support.isChecked()
    flow.trigger()  # already a flow edge: nothing to undo
    assert stack.count() == 0
    support.trigger()
    assert bp.edge("e1").kind is EdgeKind.SUPPORT and stack.count() == 1
    assert scene.edge_items["e1"].kind is EdgeKind.SUPPORT
    again = scene.context_actions_for(edge_point(scene, "e1"))
    assert action(again, "Support edge").isChecked() and not action(again, "Flow edge").isChecked()
    action(again, "Flow edge").trigger()
    assert bp.edge("e1").kind is EdgeKind.FLOW and stack.count() == 2
    stack.undo()
    stack.undo()
    assert bp.edge("e1").kind is EdgeKind.FLOW and stack.count() == 2 and stack.index() == 0


def test_edge_menu_reverse_and_delete(qtbot, canvas3):
    bp, scene, view, stack = canvas3
    before = state(bp)
    action(scene.context_actions_for(edge_point(scene, "e1")), "Reverse direction").trigger()
    assert (bp.edge("e1").source, bp.edge("e1").target) == ("t1", "c1") and stack.count() == 1
    action(scene.context_actions_for(edge_point(scene, "e1")), "Delete").trigger()
    assert not bp.has_edge("e1") and "e1" not in scene.edge_items and stack.count() == 2
    assert [n.id for n in bp.nodes()] == [n.id for n in before[1]]  # only the edge went
    stack.undo()
    stack.undo()
    assert state(bp) == before


def test_node_menu_rename_starts_the_inline_editor(qtbot, canvas3):
    bp, scene, view, stack = canvas3
    actions = scene.context_actions_for(scene.node_items["t1"].body_rect().center())
    assert texts(actions) == ["Rename", "---", "Delete"]
    action(actions, "Rename").trigger()
    qtbot.waitUntil(lambda: scene._inline is not None)
    assert scene._inline.node_id == "t1"
    scene.finish_inline_edit(False)


def test_node_menu_delete_takes_the_selection_it_belongs_to(qtbot, canvas3):
    bp, scene, view, stack = canvas3
    before = state(bp)
    scene.select_nodes(["c1", "c2"])
    action(scene.context_actions_for(scene.node_items["c1"].body_rect().center()), "Delete").trigger()
    assert not bp.has_node("c1") and not bp.has_node("c2") and stack.count() == 1
    assert not bp.has_edge("e1")  # went with c1
    stack.undo()
    assert state(bp) == before
    # an unselected node: only that one
    scene.select_nodes(["c1"])
    action(scene.context_actions_for(scene.node_items["c3"].body_rect().center()), "Delete").trigger()
    assert not bp.has_node("c3") and bp.has_node("c1")


def test_empty_cell_menu_asks_to_add_a_step_in_that_lane(qtbot, canvas3):
    bp, scene, view, stack = canvas3
    seen = []
    scene.cell_double_clicked.connect(lambda lane, stage, pos: seen.append((lane, stage, pos)))
    band = scene.layout.band(Lane.BACKSTAGE)
    column = scene.layout.column("s2")
    pos = QPointF(column.x + column.width / 2, band.y + band.height / 2)
    actions = scene.context_actions_for(pos)
    assert texts(actions) == ["Add backstage step here"]
    actions[0].trigger()
    qtbot.waitUntil(lambda: len(seen) == 1)
    assert seen == [(Lane.BACKSTAGE, "s2", pos)] and stack.count() == 0
    customer = scene.layout.band(Lane.CUSTOMER)
    assert texts(scene.context_actions_for(QPointF(column.x + 10, customer.y + 5))) == ["Add customer step here"]


def test_stage_header_menu_and_dead_places(qtbot, canvas3):
    bp, scene, view, stack = canvas3
    seen = []
    scene.stage_double_clicked.connect(seen.append)
    actions = scene.context_actions_for(header_point(scene, "s3"))
    assert texts(actions) == ["Rename stage…"]
    actions[0].trigger()
    qtbot.waitUntil(lambda: seen == ["s3"])
    assert scene.context_actions_for(QPointF(20, 200)) == []  # the lane-title column
    assert scene.context_actions_for(QPointF(-30, -30)) == []  # the margin
    scene.read_only = True
    assert scene.context_actions_for(scene.node_items["t1"].body_rect().center()) == []


class PrefixTranslator(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D102
        return f"«{source}»" if context in ("Canvas", "Lanes") else None


def test_menu_texts_are_translated(qtbot, qapp, canvas3):
    bp, scene, view, stack = canvas3
    translator = PrefixTranslator()
    qapp.installTranslator(translator)
    try:
        places = [edge_point(scene, "e1"), scene.node_items["t1"].body_rect().center(),
                  header_point(scene, "s1"),
                  QPointF(scene.layout.column("s3").x + 10, scene.layout.band(Lane.SUPPORT).y + 10)]
        for pos in places:
            for text in texts(scene.context_actions_for(pos)):
                assert text == "---" or (text.startswith("«") and text.endswith("»")), text
    finally:
        qapp.removeTranslator(translator)


def test_right_click_selects_the_edge_and_shows_its_menu(qtbot, canvas3, monkeypatch):
    bp, scene, view, stack = canvas3
    shown = []

    def fake_exec(actions, screen_pos, parent=None):
        shown.append(texts(actions))
        action(actions, "Reverse direction").trigger()
        return None
    monkeypatch.setattr(context_menu, "exec_menu", fake_exec)
    scene.select_nodes(["t1"])
    point = view.mapFromScene(edge_point(scene, "e1"))
    event = QContextMenuEvent(QContextMenuEvent.Mouse, point, view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view.viewport(), event)
    assert shown == [["Flow edge", "Support edge", "---", "Reverse direction", "---", "Delete"]]
    assert bp.edge("e1").source == "t1" and stack.count() == 1
    # nothing to offer (the margin): no menu
    point = view.mapFromScene(QPointF(-30, -30))
    QApplication.sendEvent(view.viewport(), QContextMenuEvent(QContextMenuEvent.Mouse, point,
                                                              view.viewport().mapToGlobal(point)))
    assert len(shown) == 1


def test_right_click_selects_an_unselected_node(qtbot, canvas3, monkeypatch):
    bp, scene, view, stack = canvas3
    monkeypatch.setattr(context_menu, "exec_menu", lambda actions, pos, parent=None: None)
    scene.select_nodes(["c1", "c2"])
    point = view.mapFromScene(scene.node_items["t1"].body_rect().center())
    QApplication.sendEvent(view.viewport(), QContextMenuEvent(QContextMenuEvent.Mouse, point,
                                                              view.viewport().mapToGlobal(point)))
    assert scene.selected_node_ids() == ["t1"]
    point = view.mapFromScene(scene.node_items["c2"].body_rect().center())
    scene.select_nodes(["c1", "c2"])
    QApplication.sendEvent(view.viewport(), QContextMenuEvent(QContextMenuEvent.Mouse, point,
                                                              view.viewport().mapToGlobal(point)))
    assert scene.selected_node_ids() == ["c1", "c2"]  # kept: the menu acts on both
