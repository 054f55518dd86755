"""Properties dock: edit every field of the selected node (or the blueprint's name).

Every edit is one UpdateNodeCommand (consecutive edits of one field merge), so it is
undoable; the fields refresh from the model when it changes (undo, edits elsewhere).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSignalBlocker, Qt
from PySide6.QtWidgets import (QComboBox, QDockWidget, QFormLayout, QLabel,
                               QLineEdit, QPlainTextEdit, QScrollArea, QSpinBox, QStackedWidget,
                               QVBoxLayout,
                               QWidget)

from ..canvas.labels import category_title
from ..commands import RenameBlueprintCommand, UpdateNodeCommand
from ..model import LANE_ORDER, Category, Lane, ModelError
from ..model import events as ev
from ..model.items import updated_node
from ..model.readable import percent, significant
from .actions import lane_title
from .error_texts import field_error_text
from .node_extras_editor import NodeExtrasEditor

CHANNELS = ("store", "phone", "web", "app", "email", "field", "chat", "post")


def tr(text: str) -> str:
    return QCoreApplication.translate("PropertiesDock", text)


def parse_probability(text: str) -> float | None:
    """0..1 from "0.05", "0,05", "5 %" or "5%"; None for anything else."""
    text = text.strip().replace(",", ".").replace("％", "%")
    scale = 1.0
    if text.endswith("%"):
        text, scale = text[:-1].strip(), 0.01
    try:
        value = float(text) * scale
    except ValueError:
        return None
    return value if 0.0 <= value <= 1.0 else None


def probability_text(value: float) -> str:
    return significant(value, 6)


class PropertiesDock(QDockWidget):
    def __init__(self, window):
        super().__init__(tr("Properties"), window)
        self.setObjectName("properties_dock")
        self.window = window
        self.node_id: str | None = None
        self._session = None
        self._handles: list[int] = []
        # The stage and resource choices are rebuilt only when their lists change (not on
        # every typed character): the key is what was last put in; the counter is for tests.
        self._stage_key: tuple | None = None
        self._resource_key: tuple | None = None
        self.stage_list_builds = 0
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._build_blueprint_page())
        self.stack.addWidget(self._build_node_page())
        holder = QWidget(self)
        holder_layout = QVBoxLayout(holder)
        holder_layout.addWidget(self.stack)
        holder_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(holder)
        self.setWidget(scroll)
        window.scene.selection_changed_ids.connect(self._on_scene_selection_changed)

    # ----- pages --------------------------------------------------------------------------
    def _build_blueprint_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.name_edit = QLineEdit(page)
        self.name_edit.editingFinished.connect(self._on_name_edit_finished)
        form.addRow(tr("Blueprint name"), self.name_edit)
        self.summary = QLabel(page)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # user text, never HTML
        self.summary.setWordWrap(True)
        form.addRow(self.summary)
        return page

    def _build_node_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.id_label = QLabel(page)
        self.id_label.setTextFormat(Qt.TextFormat.PlainText)  # user text, never HTML
        self.label_edit = QLineEdit(page)
        self.description_edit = QPlainTextEdit(page)
        self.description_edit.setMaximumHeight(90)
        self.owner_edit = QLineEdit(page)
        self.lane_box = QComboBox(page)
        for lane in LANE_ORDER:
            self.lane_box.addItem(lane_title(lane), lane.value)
        self.stage_box = QComboBox(page)
        self.channel_box = QComboBox(page)
        self.channel_box.setEditable(True)
        self.channel_box.addItems(["", *CHANNELS])
        self.category_box = QComboBox(page)
        self.category_box.addItem(tr("(none)"), None)
        for category in Category:
            self.category_box.addItem(category_title(category), category.value)
        # A line edit, not a spin box: it keeps what is typed until Enter or focus-out and
        # accepts "0.05" as well as "5 %" (a spin box rewrote its own text per keystroke).
        self.probability_edit = QLineEdit(page)
        self.probability_edit.setPlaceholderText(tr("0 to 1, or a percentage: 0.05 or 5 %"))
        self.requires_box = QComboBox(page)
        self.requires_box.addItem(tr("all supports"), "all")
        self.requires_box.addItem(tr("any one support"), "any")
        self.requires_box.addItem(tr("at least k supports"), "k")
        self.requires_k = QSpinBox(page)
        self.requires_k.setRange(1, 999)
        self.volume_edit = QLineEdit(page)
        self.volume_edit.setPlaceholderText(tr("customer visits per period (1 if empty)"))
        self.resource_box = QComboBox(page)
        self.error_label = QLabel(page)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)  # user text, never HTML
        self.error_label.setStyleSheet("color: #c0392b")
        self.error_label.setWordWrap(True)
        for label, widget in ((tr("Id"), self.id_label), (tr("Label"), self.label_edit),
                              (tr("Description"), self.description_edit),
                              (tr("Owner"), self.owner_edit), (tr("Lane"), self.lane_box),
                              (tr("Stage"), self.stage_box), (tr("Channel"), self.channel_box),
                              (tr("Category"), self.category_box),
                              (tr("Failure probability"), self.probability_edit),
                              (tr("Requires"), self.requires_box), (tr("k"), self.requires_k),
                              (tr("Volume"), self.volume_edit),
                              (tr("Shared resource"), self.resource_box)):
            form.addRow(label, widget)
        form.addRow(self.error_label)
        self.extras = NodeExtrasEditor(self)
        form.addRow(self.extras)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.label_edit.editingFinished.connect(lambda: self._edit("label", self.label_edit.text()))
        self.owner_edit.editingFinished.connect(
            lambda: self._edit("owner", self.owner_edit.text() or None))
        self.description_edit.installEventFilter(self)  # commits when focus leaves
        self.lane_box.activated.connect(lambda _: self._edit("lane", self.lane_box.currentData()))
        self.stage_box.activated.connect(lambda _: self._edit("stage", self.stage_box.currentData()))
        commit_channel = lambda *_: self._edit("channel", self.channel_box.currentText() or None)  # noqa: E731
        self.channel_box.activated.connect(commit_channel)
        self.channel_box.lineEdit().editingFinished.connect(commit_channel)
        self.category_box.activated.connect(
            lambda _: self._edit("category", self.category_box.currentData()))
        self.probability_edit.editingFinished.connect(self._on_probability_edit_finished)
        self.requires_box.activated.connect(lambda _: self._edit_requires())
        self.requires_k.valueChanged.connect(lambda _: self._edit_requires())
        self.volume_edit.editingFinished.connect(self._on_volume_edit_finished)
        self.resource_box.activated.connect(
            lambda _: self._edit("resource", self.resource_box.currentData()))
        return page

    # ----- session and model -------------------------------------------------------------------
    def set_session(self, session) -> None:
        self.shutdown()
        self._session = session
        events = session.blueprint.events
        self._handles = [events.subscribe(ev.CHANGED, self._on_model_changed)]
        self._stage_key = self._resource_key = None
        self.node_id = None
        self.refresh()

    def shutdown(self) -> None:
        if self._session is not None:
            for handle in self._handles:
                self._session.blueprint.events.unsubscribe(handle)
        self._handles = []

    def _on_model_changed(self) -> None:
        if self.node_id and not self._session.blueprint.has_node(self.node_id):
            self.node_id = None
        self.refresh()

    def _on_scene_selection_changed(self, ids: list) -> None:
        self.node_id = ids[0] if len(ids) == 1 else None
        if self._session is not None and self._session.blueprint.events.batching:
            return  # a command is running (its node was deleted): its one notice refreshes
        self.refresh()

    def _edge_count(self, bp) -> int:
        """The scene holds one item per edge of the open blueprint: counting them is free,
        walking the model's edges is not on a big map (this runs after every edit)."""
        scene = self.window.scene
        if scene.blueprint is bp:
            return len(scene.edge_items)
        return sum(1 for _ in bp.edges())

    def refresh(self) -> None:
        if self._session is None:
            return
        bp = self._session.blueprint
        if self.node_id is None or not bp.has_node(self.node_id):
            self.stack.setCurrentIndex(0)
            with QSignalBlocker(self.name_edit):
                if not self.name_edit.hasFocus():
                    self.name_edit.setText(bp.name)
            self.summary.setText(tr("%1 nodes, %2 edges, %3 stages. Select a node to edit it.")
                                 .replace("%1", str(len(bp))).replace("%2", str(self._edge_count(bp)))
                                 .replace("%3", str(len(bp.stages))))
            return
        self.stack.setCurrentIndex(1)
        self._show_node(bp.node(self.node_id))

    def _show_node(self, node) -> None:
        bp = self._session.blueprint
        widgets = (self.label_edit, self.description_edit, self.owner_edit, self.lane_box,
                   self.stage_box, self.channel_box, self.category_box, self.probability_edit,
                   self.requires_box, self.requires_k, self.volume_edit, self.resource_box)
        blockers = [QSignalBlocker(w) for w in widgets]
        self.id_label.setText(node.id)
        if not self.label_edit.hasFocus():
            self.label_edit.setText(node.label)
        if not self.description_edit.hasFocus():
            self.description_edit.setPlainText(node.description or "")
        if not self.owner_edit.hasFocus():
            self.owner_edit.setText(node.owner or "")
        self.lane_box.setCurrentIndex(node.lane.index)
        stage_key = tuple((stage.id, stage.name) for stage in bp.stages)
        if stage_key != self._stage_key:
            self._stage_key = stage_key
            self.stage_list_builds += 1
            self.stage_box.clear()
            self.stage_box.addItem(tr("(no stage)"), None)
            for stage in bp.stages:
                self.stage_box.addItem(stage.name, stage.id)
        self.stage_box.setCurrentIndex(max(0, self.stage_box.findData(node.stage)))
        if not self.channel_box.hasFocus():
            self.channel_box.setCurrentText(node.channel or "")
        self.category_box.setCurrentIndex(max(0, self.category_box.findData(
            node.category.value if node.category else None)))
        if not self.probability_edit.hasFocus():
            self.probability_edit.setText(probability_text(node.failure_probability))
            self.probability_edit.setToolTip(percent(node.failure_probability))
        is_k = isinstance(node.requires, int)
        self.requires_box.setCurrentIndex(2 if is_k else self.requires_box.findData(node.requires))
        self.requires_k.setEnabled(is_k)
        self.requires_k.setValue(node.requires if is_k else max(1, len(bp.supports_of(node.id))))
        self.channel_box.setEnabled(node.lane is Lane.FRONTSTAGE or bool(node.channel))
        self.category_box.setEnabled(node.lane.behind_visibility or node.category is not None)
        if not self.volume_edit.hasFocus():
            self.volume_edit.setText("" if node.volume is None else f"{node.volume:g}")
        self.volume_edit.setEnabled(node.lane is Lane.FRONTSTAGE or node.volume is not None)
        unknown = node.resource if node.resource is not None and not bp.has_resource(node.resource) else None
        resource_key = (tuple((r.id, r.label) for r in bp.resources), unknown)
        if resource_key != self._resource_key:
            self._resource_key = resource_key
            self.resource_box.clear()
            self.resource_box.addItem(tr("(none)"), None)
            for resource in bp.resources:
                self.resource_box.addItem(resource.label, resource.id)
            if unknown is not None:
                self.resource_box.addItem(unknown, unknown)   # not in the catalogue
        self.resource_box.setCurrentIndex(max(0, self.resource_box.findData(node.resource)))
        self.resource_box.setEnabled(node.lane.behind_visibility or node.resource is not None)
        del blockers
        self.extras.show_node(node)

    # ----- edits --------------------------------------------------------------------------
    def _edit(self, field: str, value) -> None:
        if self._session is None or self.node_id is None or self._session.read_only:
            return
        bp = self._session.blueprint
        if getattr(bp.node(self.node_id), field) == value:
            return
        try:
            updated_node(bp.node(self.node_id), {field: value})  # validate before pushing
            command = UpdateNodeCommand(bp, self.node_id, {field: value})
            self._session.undo_stack.push(command)
            self.error_label.clear()
        except ModelError as exc:
            self.error_label.setText(field_error_text(exc.reason))
            self.refresh()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.description_edit and event.type() == QEvent.Type.FocusOut:
            self._edit("description", self.description_edit.toPlainText() or None)
        return super().eventFilter(watched, event)

    def _on_probability_edit_finished(self) -> None:
        value = parse_probability(self.probability_edit.text())
        if value is None:
            self.error_label.setText(tr("“%1” is not a probability: type a number from 0 to 1 "
                                        "(0.05) or a percentage (5 %).")
                                     .replace("%1", self.probability_edit.text()))
            return
        self.error_label.clear()
        self._edit("failure_probability", value)
        self.probability_edit.setText(probability_text(value))

    def _on_volume_edit_finished(self) -> None:
        text = self.volume_edit.text().strip().replace(",", "")
        if not text:
            self._edit("volume", None)
            return
        try:
            value = float(text)
        except ValueError:
            self.error_label.setText(tr("“%1” is not a number of visits.").replace("%1", text))
            return
        self._edit("volume", value)

    def _edit_requires(self) -> None:
        choice = self.requires_box.currentData()
        self.requires_k.setEnabled(choice == "k")
        self._edit("requires", self.requires_k.value() if choice == "k" else choice)

    def _on_name_edit_finished(self) -> None:
        if self._session is None:
            return
        name = self.name_edit.text().strip()
        if name and name != self._session.blueprint.name:
            self._session.undo_stack.push(RenameBlueprintCommand(self._session.blueprint, name))
        elif not name:
            self.name_edit.setText(self._session.blueprint.name)
