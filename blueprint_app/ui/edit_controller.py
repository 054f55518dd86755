"""Edit-menu and Insert-menu behaviour: each user intention becomes one undo command."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QInputDialog, QMessageBox

from ..commands import (AddEdgeCommand, AddNodeCommand, AddStageCommand, MacroCommand,
                        PasteItemsCommand, RemoveItemsCommand, RemoveStageCommand,
                        RenameStageCommand, TidyUpCommand, UpdateEdgeCommand,
                        align_nodes_command, distribute_nodes_command)
from ..model import EdgeKind, Lane, make_node
from ..model.layout import NODE_HEIGHT, NODE_WIDTH, compute_layout, overlaps_in_cell
from . import clipboard


def tr(text: str) -> str:
    return QCoreApplication.translate("EditController", text)


class EditController(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        a = window.actions_
        a.cut.triggered.connect(self.cut)
        a.copy.triggered.connect(self.copy)
        a.paste.triggered.connect(self.paste)
        a.duplicate.triggered.connect(self.duplicate)
        a.delete.triggered.connect(self.delete_selection)
        a.select_all.triggered.connect(self.select_all)
        a.rename_node.triggered.connect(self.rename_selected)
        a.tidy.triggered.connect(self.tidy_up)
        # lambdas: triggered(bool) would otherwise arrive as the optional first argument
        a.add_stage.triggered.connect(lambda: self.add_stage())
        a.rename_stage.triggered.connect(lambda: self.rename_stage())
        a.remove_stage.triggered.connect(lambda: self.remove_stage())
        a.edge_flow.triggered.connect(lambda: self.set_edge_kind(EdgeKind.FLOW))
        a.edge_support.triggered.connect(lambda: self.set_edge_kind(EdgeKind.SUPPORT))
        for name in ("align_left", "align_right", "align_top", "align_bottom",
                     "distribute_h", "distribute_v"):
            getattr(a, name).triggered.connect(lambda _=False, n=name: self.arrange(n))
        for lane, action in a.lane_actions.items():
            action.triggered.connect(lambda _=False, ln=lane: self.add_node_in_lane(ln))
        window.scene.cell_double_clicked.connect(self._on_scene_cell_double_clicked)
        window.scene.node_double_clicked.connect(self._on_scene_node_double_clicked)
        window.scene.stage_double_clicked.connect(self.rename_stage)

    # ----- helpers ------------------------------------------------------------------------
    @property
    def bp(self):
        return self.window.session.blueprint

    def push(self, command) -> None:
        if not command.isObsolete():
            self.window.session.undo_stack.push(command)

    def selected_nodes(self) -> list[str]:
        return self.window.scene.selected_node_ids()

    def selected_edges(self) -> list[str]:
        return self.window.scene.selected_edge_ids()

    # ----- nodes --------------------------------------------------------------------------
    def add_node(self, lane: Lane, stage_id: str | None, label: str | None = None,
                 offset: tuple[float, float] | None = None, select: bool = True,
                 edit: bool = True) -> str:
        node = make_node(id=self.bp.new_id("n"), lane=lane, label=label or tr("New step"),
                         stage=stage_id, x=offset[0] if offset else None,
                         y=offset[1] if offset else None)
        self.push(AddNodeCommand(self.bp, node))
        if select:
            self.window.scene.select_nodes([node.id])
        if edit:
            self.window.scene.start_inline_edit(node.id)
        return node.id

    def add_node_in_lane(self, lane: Lane) -> None:
        """Insert menu / palette: a new node in the lane, in the stage of the selection."""
        stage_id = None
        selected = self.selected_nodes()
        if selected:
            stage_id = self.bp.node(selected[-1]).stage
        elif self.bp.stages:
            stage_id = self.bp.stages[0].id
        self.add_node(lane, stage_id)

    def _on_scene_cell_double_clicked(self, lane, stage_id, scene_pos) -> None:
        if self.window.session.read_only:
            return
        lane = Lane(lane)
        layout = compute_layout(self.bp)
        ox, oy = layout.cell_origin(lane, stage_id)
        offset = (max(0.0, scene_pos.x() - ox - NODE_WIDTH / 2),
                  max(0.0, scene_pos.y() - oy - NODE_HEIGHT / 2))
        if overlaps_in_cell(self.bp, layout, lane, stage_id, offset):
            offset = None  # automatic placement never overlaps
        self.add_node(lane, stage_id, offset=offset)

    def _on_scene_node_double_clicked(self, node_id: str) -> None:
        self.window.scene.start_inline_edit(node_id)

    def rename_selected(self) -> None:
        selected = self.selected_nodes()
        if selected:
            self.window.scene.start_inline_edit(selected[0])

    def delete_selection(self) -> None:
        nodes, edges = self.selected_nodes(), self.selected_edges()
        if nodes or edges:
            self.push(RemoveItemsCommand(self.bp, nodes, edges))

    def select_all(self) -> None:
        self.window.scene.select_nodes(self.bp.node_ids())

    # ----- clipboard ------------------------------------------------------------------------
    def copy(self) -> None:
        nodes = self.selected_nodes()
        if nodes:
            clipboard.copy_nodes(self.bp, nodes)

    def cut(self) -> None:
        nodes = self.selected_nodes()
        if nodes:
            clipboard.copy_nodes(self.bp, nodes)
            command = RemoveItemsCommand(self.bp, nodes, [])
            command.setText(tr("Cut"))
            self.push(command)

    def paste(self) -> None:
        payload = clipboard.paste_payload(self.bp)
        if payload is None:
            self.paste_spreadsheet_rows()
            return
        nodes, edges = payload
        self.push(PasteItemsCommand(self.bp, nodes, edges))
        self.window.scene.select_nodes([n.id for n in nodes])

    def paste_spreadsheet_rows(self) -> None:
        """Rows copied from a spreadsheet become new steps, as one undo step."""
        from PySide6.QtGui import QGuiApplication

        from ..commands.spreadsheet_commands import PasteStepsCommand
        from ..interchange.errors import InterchangeError

        text = QGuiApplication.clipboard().text()
        try:
            steps = clipboard.spreadsheet_steps(self.bp, text) if text.strip() else None
        except InterchangeError as exc:
            QMessageBox.warning(self.window, tr("Rows not pasted"),
                                tr("Nothing was pasted.\n\n%1").replace("%1", str(exc)))
            return
        if steps is None:
            self.window.statusBar().showMessage(tr("Nothing to paste"), 3000)
            return
        stages, nodes, edges = steps
        self.push(PasteStepsCommand(self.bp, stages, nodes, edges))
        self.window.scene.select_nodes([n.id for n in nodes])
        self.window.statusBar().showMessage(
            tr("Pasted %1 step(s) from the spreadsheet").replace("%1", str(len(nodes))), 5000)

    def duplicate(self) -> None:
        nodes = self.selected_nodes()
        if not nodes:
            return
        new_nodes, new_edges = clipboard.duplicate_nodes(self.bp, nodes)
        command = PasteItemsCommand(self.bp, new_nodes, new_edges)
        command.setText(tr("Duplicate"))
        self.push(command)
        self.window.scene.select_nodes([n.id for n in new_nodes])

    # ----- edges ------------------------------------------------------------------------------
    def set_edge_kind(self, kind: EdgeKind) -> None:
        edges = self.selected_edges()
        if not edges:
            return
        with self.bp.events.batch():
            macro = MacroCommand(self.bp, tr("Change edge kind"))
            for edge_id in edges:
                macro.run(UpdateEdgeCommand(self.bp, edge_id, {"kind": kind}))
            self.push(macro)

    def connect_nodes(self, source: str, target: str, kind: EdgeKind) -> str:
        edge_id = self.bp.new_id("e")
        from ..model import make_edge
        self.push(AddEdgeCommand(self.bp, make_edge(id=edge_id, source=source, target=target,
                                                    kind=kind)))
        return edge_id

    # ----- arrange --------------------------------------------------------------------------------
    def arrange(self, how: str) -> None:
        nodes = self.selected_nodes()
        if len(nodes) < 2:
            self.window.statusBar().showMessage(tr("Select two or more nodes to arrange"), 3000)
            return
        if how.startswith("distribute"):
            axis = "horizontal" if how.endswith("_h") else "vertical"
            self.push(distribute_nodes_command(self.bp, nodes, axis))
        else:
            self.push(align_nodes_command(self.bp, nodes, how.removeprefix("align_")))

    def tidy_up(self) -> None:
        self.push(TidyUpCommand(self.bp))

    # ----- stages --------------------------------------------------------------------------------
    def add_stage(self, name: str | None = None, index: int | None = None) -> str | None:
        if name is None:
            name, ok = QInputDialog.getText(self.window, tr("New stage"), tr("Stage name:"))
            if not ok or not name.strip():
                return None
        stage_id = self.bp.new_id("stage")
        self.push(AddStageCommand(self.bp, stage_id, name.strip(), index))
        return stage_id

    def _choose_stage(self, title: str) -> str | None:
        stages = self.bp.stages
        if not stages:
            return None
        selected = self.selected_nodes()
        current = self.bp.node(selected[0]).stage if selected else None
        names = [s.name for s in stages]
        index = next((i for i, s in enumerate(stages) if s.id == current), 0)
        name, ok = QInputDialog.getItem(self.window, title, tr("Stage:"), names, index, False)
        return stages[names.index(name)].id if ok else None

    def rename_stage(self, stage_id: str | None = None) -> None:
        stage_id = stage_id or self._choose_stage(tr("Rename stage"))
        if stage_id is None:
            return
        name, ok = QInputDialog.getText(self.window, tr("Rename stage"), tr("New name:"),
                                        text=self.bp.stage(stage_id).name)
        if ok and name.strip():
            self.push(RenameStageCommand(self.bp, stage_id, name.strip()))

    def remove_stage(self, stage_id: str | None = None, confirm: bool = True) -> None:
        stage_id = stage_id or self._choose_stage(tr("Remove stage"))
        if stage_id is None:
            return
        count = sum(1 for n in self.bp.nodes() if n.stage == stage_id)
        if count and confirm:
            answer = QMessageBox.question(
                self.window, tr("Remove stage"),
                tr("Stage “%1” holds %2 node(s). Remove the stage and its nodes?")
                .replace("%1", self.bp.stage(stage_id).name).replace("%2", str(count)))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.push(RemoveStageCommand(self.bp, stage_id))

    # ----- documents --------------------------------------------------------------------------------
    def new_from_example(self, path: Path) -> None:
        from ..interchange.json_format import read_json
        try:
            blueprint = read_json(path)
        except Exception as exc:  # noqa: BLE001
            QMessageBox.warning(self.window, tr("Cannot open example"), str(exc))
            return
        target = self.window.window_for_new_document()
        target.session.adopt(blueprint)
