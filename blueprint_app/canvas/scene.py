"""BlueprintScene: the canvas's view of one Blueprint.

It holds no domain state: items are rebuilt from the model, positions come from
``model.layout.compute_layout``, and every edit is a command pushed on the undo stack.
Model events arrive through the bridge; geometry work is batched into one relayout that
runs after each undo-stack step (``indexChanged``) or, for edits made outside the stack, on
the next turn of the event loop. Mouse gestures are handled by interaction objects
(canvas.interactions) the scene forwards events to; right-click menus are built by
canvas.context_menu; colours and fonts follow canvas.appearance.
"""
from __future__ import annotations

from typing import Iterable, Mapping

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QGraphicsScene

from ..commands import MoveNodesCommand, RemoveItemsCommand, UpdateNodeCommand, position_of
from ..model import Blueprint, Edge, Node
from ..look.routes import route_edges
from ..model.layout import LANE_HEADER_WIDTH, STAGE_HEADER_HEIGHT, Layout, Rect
from . import context_menu
from .bridge import SceneBridge
from .edge_item import EdgeItem
from .grid_item import GridItem
from .highlight_layers import ANALYSIS, HighlightLayer, HighlightLayers
from .inline_edit import InlineLabelEditor
from .interactions import IdleInteraction, Interaction
from .node_item import NodeItem
from .incremental_layout import IncrementalLayout
from .route_worker import BackgroundRouter, provisional_route
from .appearance import SceneAppearance

SCENE_MARGIN = 40.0
NUDGE_STEP = 10.0
_ARROWS = {Qt.Key_Left: (-1, 0), Qt.Key_Right: (1, 0), Qt.Key_Up: (0, -1), Qt.Key_Down: (0, 1)}


def tr(text: str) -> str:
    return QCoreApplication.translate("Canvas", text)


class BlueprintScene(SceneAppearance, QGraphicsScene):
    selection_changed_ids = Signal(list)        # selected node ids, document order
    cell_double_clicked = Signal(object, object, QPointF)  # (Lane, stage id or None, scene pos)
    node_double_clicked = Signal(str)
    edge_double_clicked = Signal(str)
    stage_double_clicked = Signal(str)
    layout_changed = Signal()                   # after item geometry followed the model

    def __init__(self, parent=None, follow_palette: bool = True):
        """``follow_palette=False`` keeps the light style whatever the system uses
        (exports: print and handouts)."""
        super().__init__(parent)
        self.blueprint: Blueprint | None = None
        self.undo_stack: QUndoStack | None = None
        self.read_only = False
        self.node_items: dict[str, NodeItem] = {}
        self._added_count = 0  # NodeItem.added_order: node_items' order, for the selection
        self.edge_items: dict[str, EdgeItem] = {}
        # The edge records in edge_items' order, kept by the bridge: the router's input
        # without a walk over the model on every edit.
        self._edge_records: dict[str, Edge] = {}
        self.layout: Layout | None = None
        self._bridge: SceneBridge | None = None
        self._grid = GridItem()
        self.addItem(self._grid)
        self._grid_key = None
        self._dirty = False
        self._routes_dirty = False
        # Nodes whose cell or size changed since the last layout; None: a full layout is due.
        self._layout_touched: set[str] | None = set()
        self._incremental: IncrementalLayout | None = None
        self._relayout_timer = QTimer(self)
        self._relayout_timer.setSingleShot(True)
        self._relayout_timer.setInterval(0)
        self._relayout_timer.timeout.connect(self.flush_layout)
        self._idle = IdleInteraction(self)
        self._interaction: Interaction | None = None
        self._inline: InlineLabelEditor | None = None
        self._retired_editor: InlineLabelEditor | None = None
        self._error_ids: set[str] = set()
        self.highlights = HighlightLayers()
        self._legacy_dimmed = False  # set_dimmed() of the old single-slot API
        self._bulk_select = False
        # The editor window routes edges on a worker thread (canvas.route_worker) so an edit
        # on a big map paints at once; exports keep routing synchronously (the default).
        self.background_routes = False
        self._router = BackgroundRouter(self)
        self._router.routed.connect(self._on_routes_computed)
        self._provisional_nodes: set[str] = set()
        self.selectionChanged.connect(self._on_scene_selection_changed)
        self._init_appearance(follow_palette)

    # ----- document -----------------------------------------------------------------------
    def set_blueprint(self, bp: Blueprint, undo_stack: QUndoStack | None = None) -> None:
        """Show ``bp``; edits are pushed on ``undo_stack`` (None: a read-only rendering)."""
        self.clear_blueprint()
        self.blueprint, self.undo_stack = bp, undo_stack
        self._incremental = IncrementalLayout(bp)
        layout = self.layout = self._incremental.layout
        self._layout_touched = set()
        for node in bp.nodes():
            item = self._add_node_item(node)
            rect = layout.nodes[node.id]
            item.set_geometry(rect.x, rect.y, rect.width, rect.height)
        for edge in bp.edges():
            self._add_edge_item(edge, route=False)
        if not self.background_routes:
            self._provisional_nodes.update(self.node_items)
        # else: no provisional run for every edge of a new map (seconds on a big one): the
        # nodes paint at once, the edges appear when the worker's routes arrive.
        self.route_all_edges()
        self._apply_layout(layout)
        self._bridge = SceneBridge(self, bp)
        if undo_stack is not None:
            undo_stack.indexChanged.connect(self._on_undo_stack_index_changed)

    def clear_blueprint(self) -> None:
        """Drop every item and every subscription (model events, undo stack, timers)."""
        self.cancel_interaction()
        self.finish_inline_edit(False)
        if self._bridge is not None:
            self._bridge.detach()
            self._bridge = None
        if self.undo_stack is not None:
            self.undo_stack.indexChanged.disconnect(self._on_undo_stack_index_changed)
        self._relayout_timer.stop()
        self._router.cancel()
        self._provisional_nodes.clear()
        self._dirty = False
        self._bulk_select = True
        for item in list(self.edge_items.values()) + list(self.node_items.values()):
            self.removeItem(item)
        self._bulk_select = False
        self.node_items.clear()
        self.edge_items.clear()
        self._edge_records.clear()
        self.blueprint = self.undo_stack = self.layout = None
        self._incremental = None
        self._grid_key = None
        self._grid.setVisible(False)
        self._error_ids.clear()
        self.highlights.clear()

    def push(self, command: QUndoCommand) -> None:
        """Run a command through the undo stack (or directly when there is none)."""
        if self.undo_stack is not None:
            self.undo_stack.push(command)
        elif not command.isObsolete():
            command.redo()
        self.flush_layout()

    def item_for_id(self, item_id: str) -> NodeItem | EdgeItem | None:
        return self.node_items.get(item_id) or self.edge_items.get(item_id)

    # ----- items (called by the bridge) -----------------------------------------------------
    def _add_node_item(self, node: Node) -> NodeItem:
        item = NodeItem(node)
        self._added_count += 1
        item.added_order = self._added_count
        marks = self.highlights.marks_of(node.id)
        item.set_marks(error=node.id in self._error_ids, heat=marks.heat, ring=marks.ring,
                       dimmed=marks.dimmed)
        self.node_items[node.id] = item
        self.addItem(item)
        return item

    def _remove_node_item(self, node_id: str) -> None:
        if self._inline is not None and self._inline.node_id == node_id:
            self.finish_inline_edit(False)
        self.removeItem(self.node_items.pop(node_id))

    def _update_node_item(self, node: Node) -> None:
        self.node_items[node.id].set_record(node)

    def _add_edge_item(self, edge: Edge, route: bool = True) -> EdgeItem:
        source, target = self.node_items[edge.source], self.node_items[edge.target]
        item = EdgeItem(edge, source, target)
        source.edges.append(item)
        target.edges.append(item)
        item.dimmed = source.dimmed or target.dimmed
        self.edge_items[edge.id] = item
        self._edge_records[edge.id] = edge
        self.addItem(item)
        if route:
            self.refresh_edges([source, target])
        return item

    def _remove_edge_item(self, edge_id: str) -> None:
        item = self.edge_items.pop(edge_id)
        self._edge_records.pop(edge_id, None)
        for end in (item.source, item.target):
            end.edges.remove(item)
        self.removeItem(item)
        self.refresh_edges([item.source, item.target])

    def _update_edge_item(self, edge: Edge) -> None:
        item = self.edge_items[edge.id]
        self._edge_records[edge.id] = edge
        item.kind = edge.kind
        self.refresh_edges([item.source, item.target])

    def refresh_edges(self, nodes: Iterable[NodeItem]) -> None:
        """Re-route after ``nodes`` moved (live, during a drag) or their edges changed: the
        look routes every edge from the items' current rectangles, so the drawing is the
        one the PDF prints; only items whose route changed are touched."""
        self._provisional_nodes.update(item.node_id for item in nodes)
        self._routes_dirty = True  # routed once, on the next turn (a paste adds many edges)
        self._relayout_timer.start()

    def route_all_edges(self, live: bool = False) -> None:
        self._routes_dirty = False
        if self.blueprint is None or self.layout is None or not self.edge_items:
            self._provisional_nodes.clear()
            return
        if live:
            rects = {nid: Rect(i.x(), i.y(), *i.size) for nid, i in self.node_items.items()}
        else:
            rects = self.layout.nodes
        if self.background_routes:
            self._draw_provisional_routes(rects)
            if self._interaction is None:  # during a drag: provisional only, routed on drop
                self._router.request(self._edge_records.values(), rects, self.layout)
            return
        self._provisional_nodes.clear()
        edges = [self.blueprint.edge(eid) for eid in self.edge_items]
        for route in route_edges(edges, rects, self.layout):
            self.edge_items[route.edge_id].set_route(route)

    def _draw_provisional_routes(self, rects: Mapping[str, Rect]) -> None:
        """Straight runs for the edges of the nodes that moved or changed, until the
        worker's routes arrive (only these edges are touched: the frame stays cheap)."""
        touched = {}
        for node_id in self._provisional_nodes:
            item = self.node_items.get(node_id)
            for edge_item in item.edges if item is not None else ():
                touched[edge_item.edge_id] = edge_item
        self._provisional_nodes.clear()
        for edge_id, edge_item in touched.items():
            src, tgt = rects.get(edge_item.source.node_id), rects.get(edge_item.target.node_id)
            if src is not None and tgt is not None:
                edge_item.set_route(provisional_route(self.blueprint.edge(edge_id), src, tgt))

    def _on_routes_computed(self, routes: list) -> None:
        for route in routes:
            item = self.edge_items.get(route.edge_id)
            if item is not None:
                item.set_route(route)

    def wait_for_routes(self) -> None:
        """Deliver the background routes now (tests, and before an export of the scene)."""
        if self.background_routes:
            self.flush_layout()
            self._router.wait()

    @property
    def routes_pending(self) -> bool:
        return self.background_routes and self._router.pending

    # ----- layout ---------------------------------------------------------------------------
    def mark_layout_dirty(self, grid: bool = False, nodes: Iterable[str] | None = None) -> None:
        """The layout is out of date: only around ``nodes`` (moved, resized or changed
        cell), or everywhere (None: nodes added or removed, stages changed)."""
        if grid:
            self._grid_key = None
        if nodes is None or grid:
            self._layout_touched = None
        elif self._layout_touched is not None:
            self._layout_touched.update(nodes)
        if not self._dirty:
            self._dirty = True
            self._relayout_timer.start()

    def flush_layout(self) -> None:
        """Bring item geometry up to date now if the model changed since the last layout."""
        if self._dirty and self.blueprint is not None:
            if self._layout_touched is not None and self._incremental is not None:
                self._relayout_touched()
            else:
                self.relayout()
        elif self._routes_dirty:
            self.route_all_edges(live=True)

    def relayout(self) -> None:
        """Move every item to where the model's layout puts it (also snaps dragged items)."""
        self._dirty = False
        self._relayout_timer.stop()
        self._layout_touched = set()
        if self._incremental is None:
            self._incremental = IncrementalLayout(self.blueprint)
            layout = self._incremental.layout
        else:
            layout = self._incremental.full()
        self.layout = layout
        for node_id, rect in layout.nodes.items():
            item = self.node_items[node_id]
            if (item.x(), item.y(), *item.size) != (rect.x, rect.y, rect.width, rect.height):
                item.set_geometry(rect.x, rect.y, rect.width, rect.height)
                self._provisional_nodes.add(node_id)
        self.route_all_edges()
        self._apply_layout(layout)

    def _relayout_touched(self) -> None:
        """After moves and resizes: the touched cells' layout (canvas.incremental_layout),
        and only the items whose rectangle changed are moved."""
        touched, self._layout_touched = self._layout_touched, set()
        self._dirty = False
        self._relayout_timer.stop()
        result = self._incremental.update(touched)
        if result is None:
            self._dirty = True
            self.relayout()
            return
        layout, changed = result
        for node_id in changed | touched:
            item, rect = self.node_items.get(node_id), layout.nodes.get(node_id)
            if item is None or rect is None:
                continue
            if (item.x(), item.y(), *item.size) != (rect.x, rect.y, rect.width, rect.height):
                item.set_geometry(rect.x, rect.y, rect.width, rect.height)
                self._provisional_nodes.add(node_id)
        self.layout = layout
        self.route_all_edges()
        self._apply_layout(layout)

    def _apply_layout(self, layout: Layout) -> None:
        self.layout = layout
        key = (layout.columns, layout.bands, self.blueprint.name)
        if key != self._grid_key:
            self._grid_key = key
            self._grid.set_layout(layout, self.blueprint.name)
            self._grid.setVisible(True)
            m = SCENE_MARGIN
            self.setSceneRect(QRectF(-m, -m, layout.width + 2 * m, layout.height + 2 * m))
        self.layout_changed.emit()

    def _on_undo_stack_index_changed(self, index: int) -> None:
        self.flush_layout()

    # ----- selection ------------------------------------------------------------------------
    def selected_node_ids(self) -> list[str]:
        chosen = [i for i in self.selectedItems() if isinstance(i, NodeItem)]
        # In the order the items were added (the document's), without a walk over the map.
        chosen.sort(key=lambda item: item.added_order)
        return [item.node_id for item in chosen]

    def selected_edge_ids(self) -> list[str]:
        return [i.edge_id for i in self.selectedItems() if isinstance(i, EdgeItem)]

    def select_nodes(self, ids: Iterable[str]) -> None:
        self._bulk_select = True
        try:
            self.clearSelection()
            for node_id in ids:
                if node_id in self.node_items:
                    self.node_items[node_id].setSelected(True)
        finally:
            self._bulk_select = False
        self._on_scene_selection_changed()

    def _on_scene_selection_changed(self) -> None:
        if not self._bulk_select:
            self.selection_changed_ids.emit(self.selected_node_ids())

    # ----- marks for validation and analysis -------------------------------------------------
    def set_error_nodes(self, ids: Iterable[str]) -> None:
        new = set(ids)
        for node_id in new ^ self._error_ids:
            if node_id in self.node_items:
                self.node_items[node_id].set_marks(error=node_id in new)
        self._error_ids = new

    def set_commitment_status(self, statuses: Mapping[str, str]) -> None:
        """Traffic-light dots (fits / at_risk / breached) on nodes that carry commitments."""
        for node_id, item in self.node_items.items():
            status = statuses.get(node_id)
            if status != item.commitment_status:
                item.set_marks(commitment=status)

    def set_highlight_layer(self, name: str, values: Mapping[str, float | None] | None, *,
                            dim_others: bool = False, ring: bool = False) -> None:
        """Set (or with None clear) one named highlight layer (canvas.highlight_layers):
        each panel owns its layer, the drawing combines them by priority."""
        # clearing a layer that is not set changes nothing: no walk over every item (the
        # docks clear theirs at each open)
        if self.highlights.set(name, values, dim_others=dim_others, ring=ring):
            self._apply_marks()

    def clear_highlight_layer(self, name: str) -> None:
        self.set_highlight_layer(name, None)

    def highlight_layer(self, name: str) -> HighlightLayer | None:
        return self.highlights.get(name)

    # The old single-slot API, kept for callers outside the docks: it is the analysis layer.
    def set_highlight(self, values: Mapping[str, float] | None) -> None:
        self.set_highlight_layer(ANALYSIS, values, dim_others=self._legacy_dimmed)

    def set_dimmed(self, dimmed: bool) -> None:
        self._legacy_dimmed = dimmed
        layer = self.highlights.get(ANALYSIS)
        self.set_highlight_layer(ANALYSIS, layer.values if layer else None, dim_others=dimmed)

    def _apply_marks(self) -> None:
        for node_id, item in self.node_items.items():
            marks = self.highlights.marks_of(node_id)
            if (marks.heat, marks.ring, marks.dimmed) != (item.heat, item.ring, item.dimmed):
                item.set_marks(heat=marks.heat, ring=marks.ring, dimmed=marks.dimmed)
        for item in self.edge_items.values():
            dimmed = item.source.dimmed or item.target.dimmed
            if dimmed != item.dimmed:
                item.dimmed = dimmed
                item.update()

    # ----- editing helpers --------------------------------------------------------------------
    def nudge_selection(self, dx: float, dy: float) -> None:
        """Move the selected nodes inside their cells; consecutive nudges are one step."""
        ids = self.selected_node_ids()
        if not ids or self.read_only or self.blueprint is None:
            return
        self.flush_layout()
        moves = {}
        for node_id in ids:
            old = position_of(self.blueprint.node(node_id))
            ox, oy = self.layout.offsets[node_id]
            moves[node_id] = (old, {**old, "x": max(0.0, ox + dx), "y": max(0.0, oy + dy)})
        self.push(MoveNodesCommand(self.blueprint, moves, nudge=True, text=tr("Nudge")))

    def delete_selection(self) -> None:
        if self.read_only or self.blueprint is None:
            return
        self.push(RemoveItemsCommand(self.blueprint, self.selected_node_ids(), self.selected_edge_ids()))

    def start_inline_edit(self, node_id: str) -> InlineLabelEditor | None:
        """Edit a node's label in place: Enter commits (one UpdateNodeCommand), Esc cancels."""
        if self.read_only or node_id not in self.node_items:
            return None
        self.finish_inline_edit(True)
        self.flush_layout()
        self._inline = InlineLabelEditor(self, self.node_items[node_id])
        self.addItem(self._inline)
        self._inline.begin()
        return self._inline

    def finish_inline_edit(self, commit: bool) -> None:
        editor, self._inline = self._inline, None
        if editor is None:
            return
        text = editor.finish()
        self.removeItem(editor)
        self._retired_editor = editor  # keep alive: we may be inside its own key event
        if commit and self.blueprint is not None and self.blueprint.has_node(editor.node_id):
            if text.strip() and text != self.blueprint.node(editor.node_id).label:
                self.push(UpdateNodeCommand(self.blueprint, editor.node_id, {"label": text}, merge=False))

    # ----- interactions -----------------------------------------------------------------------
    def set_interaction(self, interaction: Interaction | None) -> None:
        self._interaction = interaction

    def cancel_interaction(self) -> None:
        interaction, self._interaction = self._interaction, None
        if interaction is not None:  # cleared first: its relayout routes as after a drop
            interaction.cancel()

    def stage_at(self, pos: QPointF) -> str | None:
        """The id of the stage whose header is under ``pos``, or None."""
        return self._grid.stage_at(pos.x(), pos.y()) if self.layout is not None else None

    def cell_at(self, pos: QPointF) -> tuple | None:
        """The (Lane, stage id or None) cell under ``pos``, or None outside the cells."""
        if self.layout is None:
            return None
        if pos.x() > LANE_HEADER_WIDTH and STAGE_HEADER_HEIGHT < pos.y() < self.layout.height:
            return self.layout.cell_at(pos.x(), pos.y())
        return None

    def context_actions_for(self, scene_pos: QPointF) -> list[QAction]:
        """The right-click actions for ``scene_pos`` (see canvas.context_menu)."""
        return context_menu.context_actions(self, scene_pos)

    def contextMenuEvent(self, event) -> None:  # noqa: N802
        if context_menu.show_context_menu(self, event):
            event.accept()
        else:
            super().contextMenuEvent(event)

    def node_item_at(self, pos: QPointF, exclude=None) -> NodeItem | None:
        for item in self.items(pos):
            if isinstance(item, NodeItem) and item is not exclude:
                return item
        return None

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if self._inline is not None and not self._inline.contains(self._inline.mapFromScene(event.scenePos())):
            self.finish_inline_edit(True)
        if self.blueprint is not None and (self._interaction or self._idle).mouse_press(event):
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if self._interaction is not None and self._interaction.mouse_move(event):
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if self._interaction is not None and self._interaction.mouse_release(event):
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802
        if self._inline is not None or self.blueprint is None or event.button() != Qt.LeftButton:
            super().mouseDoubleClickEvent(event)
            return
        pos = event.scenePos()
        event.accept()
        for item in self.items(pos):
            if isinstance(item, NodeItem):
                self.node_double_clicked.emit(item.node_id)
                return
            if isinstance(item, EdgeItem):
                self.edge_double_clicked.emit(item.edge_id)
                return
        stage_id = self.stage_at(pos)
        cell = self.cell_at(pos)
        if stage_id is not None:
            self.stage_double_clicked.emit(stage_id)
        elif cell is not None:
            self.cell_double_clicked.emit(*cell, pos)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if self.focusItem() is not None:
            super().keyPressEvent(event)
            return
        step = 1.0 if event.modifiers() & Qt.ShiftModifier else NUDGE_STEP
        if event.key() in _ARROWS and self.selected_node_ids():
            dx, dy = _ARROWS[event.key()]
            self.nudge_selection(dx * step, dy * step)
            event.accept()
        elif event.key() == Qt.Key_Escape and self._interaction is not None:
            self.cancel_interaction()
            event.accept()
        else:
            super().keyPressEvent(event)
