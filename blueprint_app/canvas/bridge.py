"""SceneBridge: follows the model's plain-Python events and updates the scene's items.

Subscribes when a blueprint is set and unsubscribes in ``detach`` (DESIGN.md convention 7):
every handle is kept. Items never write back to the model, so nothing can echo; geometry
work is batched into the scene's deferred relayout.
"""
from __future__ import annotations

from ..model import Blueprint
from ..model import events as ev


class SceneBridge:
    def __init__(self, scene, bp: Blueprint):
        self.scene, self.bp = scene, bp
        routes = {
            ev.NODE_ADDED: self._on_model_node_added,
            ev.NODE_REMOVED: self._on_model_node_removed,
            ev.NODE_CHANGED: self._on_model_node_changed,
            ev.NODE_MOVED: self._on_model_node_moved,
            ev.EDGE_ADDED: self._on_model_edge_added,
            ev.EDGE_REMOVED: self._on_model_edge_removed,
            ev.EDGE_CHANGED: self._on_model_edge_changed,
            ev.STAGES_CHANGED: self._on_model_stages_changed,
            ev.NAME_CHANGED: self._on_model_stages_changed,
        }
        self._handles = [bp.events.subscribe(name, cb) for name, cb in routes.items()]

    def detach(self) -> None:
        for handle in self._handles:
            self.bp.events.unsubscribe(handle)
        self._handles = []

    def _on_model_node_added(self, node_id: str) -> None:
        self.scene._add_node_item(self.bp.node(node_id))
        self.scene.mark_layout_dirty()

    def _on_model_node_removed(self, node_id: str) -> None:
        self.scene._remove_node_item(node_id)
        self.scene.mark_layout_dirty()

    def _on_model_node_changed(self, node_id: str, fields: tuple) -> None:
        self.scene._update_node_item(self.bp.node(node_id))
        if {"width", "height", "lane", "stage"} & set(fields):
            self.scene.mark_layout_dirty(nodes=[node_id])

    def _on_model_node_moved(self, node_id: str) -> None:
        self.scene._update_node_item(self.bp.node(node_id))
        self.scene.mark_layout_dirty(nodes=[node_id])

    def _on_model_edge_added(self, edge_id: str) -> None:
        self.scene._add_edge_item(self.bp.edge(edge_id))

    def _on_model_edge_removed(self, edge_id: str) -> None:
        self.scene._remove_edge_item(edge_id)

    def _on_model_edge_changed(self, edge_id: str, fields: tuple) -> None:
        self.scene._update_edge_item(self.bp.edge(edge_id))

    def _on_model_stages_changed(self) -> None:
        self.scene.mark_layout_dirty(grid=True)
