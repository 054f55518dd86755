"""Resources dock: the catalogue of shared back-office resources — search, add, edit,
remove, merge two that are the same, link the selected node, and where each is used.

Every change is one undo command on the document's stack (commands.resource_commands);
fields commit when editing finishes, never per keystroke.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDockWidget, QDoubleSpinBox,
                               QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from ..commands.base import MacroCommand
from ..commands.node_commands import UpdateNodeCommand
from ..commands.resource_commands import (AddResourceCommand, MergeResourcesCommand,
                                          RemoveResourceCommand, UpdateResourceCommand)
from ..model import CATEGORY_TITLES, Category, ModelError, ProbabilitySource, make_resource
from ..model.resources import updated_resource
from .background import BackgroundRunner
from .model_watch import DebouncedWatch

ACROSS_ROLE = Qt.ItemDataRole.UserRole + 1   # (journey id, node id) of another journey

SOURCE_TITLES = {ProbabilitySource.ESTIMATE: QT_TRANSLATE_NOOP("ResourcesDock", "Estimate"),
                 ProbabilitySource.INCIDENT_LOG: QT_TRANSLATE_NOOP("ResourcesDock", "Incident log"),
                 ProbabilitySource.MONITORING: QT_TRANSLATE_NOOP("ResourcesDock", "Monitoring")}
COLUMNS = (QT_TRANSLATE_NOOP("ResourcesDock", "Resource"), QT_TRANSLATE_NOOP("ResourcesDock", "Category"),
           QT_TRANSLATE_NOOP("ResourcesDock", "Owner"),
           QT_TRANSLATE_NOOP("ResourcesDock", "Failure probability"), QT_TRANSLATE_NOOP("ResourcesDock", "Used by"))


def tr(text: str) -> str:
    return QCoreApplication.translate("ResourcesDock", text)


def plain_item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def percent(p: float) -> str:
    return "0 %" if p == 0 else f"{p * 100:.3g} %"


class ResourcesDock(QDockWidget):
    def __init__(self, window):
        super().__init__(tr("Resources"), window)
        self.setObjectName("resources_dock")
        self.window = window
        self._session = None
        self._ids: list[str] = []
        self._watch = DebouncedWatch(self, self.refresh)
        # the other journeys of the document's repository, read off the GUI thread
        self._repository_journeys: tuple = ()
        self._loader = BackgroundRunner(self)
        self._loader.finished.connect(self._on_journeys_loaded)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.search = QLineEdit(body)
        self.search.setPlaceholderText(tr("Search resources by name, owner or category"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _: self.refresh())
        layout.addWidget(self.search)
        self.table = QTableWidget(0, len(COLUMNS), body)
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)
        layout.addWidget(self.table, 2)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(tr("Add"), body)
        self.remove_button = QPushButton(tr("Remove"), body)
        self.merge_button = QPushButton(tr("Merge selected"), body)
        self.merge_button.setToolTip(tr("Select two resources: the second becomes the first, "
                                        "and its nodes depend on the first"))
        self.link_button = QPushButton(tr("Link selected node"), body)
        for button, slot in ((self.add_button, self.add_resource),
                             (self.remove_button, self.remove_resource),
                             (self.merge_button, self.merge_selected),
                             (self.link_button, self.link_selected_node)):
            button.clicked.connect(slot)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        layout.addLayout(self._build_form(body))
        layout.addWidget(QLabel(tr("Where used"), body))
        self.used = QListWidget(body)
        self.used.itemDoubleClicked.connect(self._on_used_double_clicked)
        layout.addWidget(self.used, 1)
        self.setWidget(body)
        self._update_buttons()

    def _build_form(self, body: QWidget) -> QFormLayout:
        form = QFormLayout()
        self.label_edit = QLineEdit(body)
        self.owner_edit = QLineEdit(body)
        self.post_edit = QLineEdit(body)
        self.description_edit = QLineEdit(body)
        for edit, name in ((self.label_edit, "label"), (self.owner_edit, "owner"),
                           (self.post_edit, "post"), (self.description_edit, "description")):
            edit.editingFinished.connect(lambda e=edit, n=name: self._commit_text(n, e))
        self.category_combo = QComboBox(body)
        self.category_combo.addItem(tr("(none)"), None)
        for category in Category:
            self.category_combo.addItem(QCoreApplication.translate("Model", CATEGORY_TITLES[category]), category)
        self.category_combo.activated.connect(
            lambda _: self._commit("category", self.category_combo.currentData()))
        self.probability = QDoubleSpinBox(body)
        self.probability.setRange(0, 100)
        self.probability.setDecimals(3)
        self.probability.setSuffix(" %")
        self.probability.setKeyboardTracking(False)
        self.probability.editingFinished.connect(
            lambda: self._commit("failure_probability", round(self.probability.value() / 100, 8)))
        self.source_combo = QComboBox(body)
        self.source_combo.addItem(tr("(not said)"), None)
        for source, title in SOURCE_TITLES.items():
            self.source_combo.addItem(tr(title), source)
        self.source_combo.activated.connect(
            lambda _: self._commit("probability_source", self.source_combo.currentData()))
        self.message = QLabel(body)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setStyleSheet("color: #b03a2e")
        form.addRow(tr("Name"), self.label_edit)
        form.addRow(tr("Category"), self.category_combo)
        form.addRow(tr("Owner (department)"), self.owner_edit)
        form.addRow(tr("Responsible post"), self.post_edit)
        form.addRow(tr("Failure probability"), self.probability)
        form.addRow(tr("Where it comes from"), self.source_combo)
        form.addRow(tr("Description"), self.description_edit)
        form.addRow(self.message)
        return form

    # ----- session ---------------------------------------------------------------------------
    def set_session(self, session) -> None:
        if self._session is None:
            self.window.scene.selection_changed_ids.connect(self._on_scene_selection_changed)
        self._session = session
        self._watch.attach(session.blueprint)
        self._repository_journeys = ()
        from .portfolio_sources import document_sources, load_journeys
        sources = document_sources(self.window)
        if sources:
            self._loader.submit(lambda: load_journeys(sources))
        else:
            self._loader.cancel_pending()
        self.refresh()

    def shutdown(self) -> None:
        self._watch.detach()
        self._loader.cancel_pending()
        self._loader.wait()

    def wait_for_journeys(self, msecs: int = 30_000) -> bool:
        return self._loader.wait(msecs)

    def _on_journeys_loaded(self, journeys) -> None:
        self._repository_journeys = tuple(journeys)
        self._on_table_selection_changed()

    def on_portfolio_computed(self) -> None:
        self._on_table_selection_changed()

    def _portfolio_with_this_document(self, path):
        """This window's portfolio, or another window's one that holds this document."""
        from .main_window import open_windows
        views = [getattr(w, "portfolio_window", None) for w in open_windows()]
        views = [v for v in views if v is not None and v.outcome is not None and v.outcome.result]
        for view in views:
            if self.window in view._opened.values() or (path is not None and any(
                    p.path is not None and p.path.resolve() == path.resolve()
                    for p in view.outcome.places.values())):
                return view
        own = getattr(self.window, "portfolio_window", None)
        return own if own in views else None

    def other_journeys(self) -> list:
        """The journeys of the document's repository (at their head) or, for a document
        without one, of the open portfolio — without the document itself."""
        from ..repository.files import link_of
        from .portfolio_sources import place_of
        link = link_of(self.blueprint)
        journeys, opened = self._repository_journeys, {}
        path = self._session.path
        if link is None:
            view = self._portfolio_with_this_document(path)
            journeys = view.outcome.journeys if view is not None else ()
            opened = view._opened if view is not None else {}
        others = []
        for journey in journeys:
            place = place_of(journey.source)
            if link is not None and journey.id == link.journey:
                continue
            if opened.get(journey.id) is self.window:
                continue
            if path is not None and place.path is not None and \
                    place.path.resolve() == path.resolve():
                continue
            others.append(journey)
        return others

    def _on_scene_selection_changed(self, _ids) -> None:
        self._update_buttons()

    @property
    def blueprint(self):
        return self._session.blueprint

    def _push(self, command) -> None:
        self._session.undo_stack.push(command)

    # ----- list --------------------------------------------------------------------------------
    def visible_ids(self) -> list[str]:
        return list(self._ids)

    def refresh(self) -> None:
        if self._session is None:
            return
        bp = self.blueprint
        selected = self.selected_ids()
        needle = self.search.text().strip().casefold()
        counts: dict[str, int] = {}
        for node in bp.nodes():
            if node.resource is not None:
                counts[node.resource] = counts.get(node.resource, 0) + 1
        rows = []
        for r in bp.resources:
            category = QCoreApplication.translate("Model", CATEGORY_TITLES[r.category]) if r.category else ""
            words = " ".join((r.label, r.owner or "", r.post or "", category)).casefold()
            if needle and needle not in words:
                continue
            rows.append((r, category))
        self._ids = [r.id for r, _ in rows]
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for row, (r, category) in enumerate(rows):
            values = (r.label, category, r.owner or "", percent(r.failure_probability),
                      tr("%1 node(s)").replace("%1", str(counts.get(r.id, 0))))
            for column, text in enumerate(values):
                item = plain_item(text)
                if column == 0 and r.description:
                    item.setToolTip(r.description)
                self.table.setItem(row, column, item)
        self.table.clearSelection()
        for rid in selected:
            if rid in self._ids:
                self.table.selectRow(self._ids.index(rid))
        self.table.blockSignals(False)
        self._on_table_selection_changed()

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self._ids[r] for r in rows if r < len(self._ids)]

    def select(self, resource_id: str) -> None:
        if resource_id in self._ids:
            self.table.selectRow(self._ids.index(resource_id))

    def _current(self):
        ids = self.selected_ids()
        return self.blueprint.resource(ids[0]) if len(ids) == 1 else None

    def _on_table_selection_changed(self) -> None:
        resource = self._current() if self._session else None
        self.message.clear()
        for widget in (self.label_edit, self.owner_edit, self.post_edit, self.description_edit,
                       self.category_combo, self.probability, self.source_combo):
            widget.setEnabled(resource is not None)
        self.label_edit.setText(resource.label if resource else "")
        self.owner_edit.setText(resource.owner or "" if resource else "")
        self.post_edit.setText(resource.post or "" if resource else "")
        self.description_edit.setText(resource.description or "" if resource else "")
        self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(
            resource.category if resource else None)))
        self.source_combo.setCurrentIndex(max(0, self.source_combo.findData(
            resource.probability_source if resource else None)))
        self.probability.blockSignals(True)
        self.probability.setValue(resource.failure_probability * 100 if resource else 0)
        self.probability.blockSignals(False)
        self._show_where_used(resource)
        self._update_buttons()

    def _show_where_used(self, resource) -> None:
        self.used.clear()
        if resource is None:
            return
        bp = self.blueprint
        for node_id in bp.resource_users(resource.id):
            item = QListWidgetItem(bp.node(node_id).label, self.used)
            item.setData(Qt.ItemDataRole.UserRole, node_id)
        if not self.used.count():
            QListWidgetItem(tr("No node of this journey depends on it yet."), self.used)
        for journey in self.other_journeys():
            for node_id in journey.blueprint.resource_users(resource.id):
                item = QListWidgetItem(tr("%1 — %2").replace("%1", journey.name).replace(
                    "%2", journey.blueprint.node(node_id).label), self.used)
                item.setData(ACROSS_ROLE, (journey.id, node_id))
                item.setToolTip(tr("In the journey ‘%1’ (double-click to open it)")
                                .replace("%1", journey.name))

    def where_used(self) -> list[tuple[str | None, str]]:
        """The rows of Where used: (None, node id) in this document, (journey id, node id)
        in the other journeys."""
        rows = []
        for i in range(self.used.count()):
            item = self.used.item(i)
            if item.data(Qt.ItemDataRole.UserRole):
                rows.append((None, item.data(Qt.ItemDataRole.UserRole)))
            elif item.data(ACROSS_ROLE):
                rows.append(tuple(item.data(ACROSS_ROLE)))
        return rows

    def _update_buttons(self) -> None:
        ids = self.selected_ids() if self._session else []
        self.remove_button.setEnabled(len(ids) == 1)
        self.merge_button.setEnabled(len(ids) == 2)
        nodes = self.window.scene.selected_node_ids() if self._session else []
        self.link_button.setEnabled(len(ids) == 1 and len(nodes) >= 1)

    # ----- actions -----------------------------------------------------------------------------
    def add_resource(self) -> None:
        bp = self.blueprint
        n = len(bp.resources) + 1
        while bp.has_resource(f"r{n}") or bp.has_node(f"r{n}"):
            n += 1
        resource = make_resource(id=f"r{n}", label=tr("New resource %1").replace("%1", str(n)))
        self._push(AddResourceCommand(bp, resource))
        self.search.clear()
        self.refresh()
        self.select(resource.id)
        self.label_edit.setFocus()
        self.label_edit.selectAll()

    def remove_resource(self) -> None:
        resource = self._current()
        if resource is not None:
            self._push(RemoveResourceCommand(self.blueprint, resource.id))
            self.refresh()

    def merge_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 2:
            self._push(MergeResourcesCommand(self.blueprint, ids[0], ids[1]))
            self.refresh()
            self.select(ids[0])

    def link_selected_node(self) -> None:
        resource = self._current()
        if resource is None:
            return
        bp = self.blueprint
        nodes = [n for n in self.window.scene.selected_node_ids()
                 if bp.has_node(n) and bp.node(n).lane.behind_visibility]
        if not nodes:
            self.message.setText(tr("Select a backstage or support node on the canvas first."))
            return
        stack = self._session.undo_stack
        with bp.events.batch():
            macro = MacroCommand(bp, tr("Link %1 node(s) to ‘%2’").replace("%1", str(len(nodes)))
                                 .replace("%2", resource.label))
            for node_id in nodes:
                macro.run(UpdateNodeCommand(bp, node_id, {"resource": resource.id}, merge=False))
            stack.push(macro)
        self.refresh()

    def _commit_text(self, name: str, edit: QLineEdit) -> None:
        text = edit.text().strip()
        self._commit(name, text or (None if name != "label" else ""))

    def _commit(self, name: str, value) -> None:
        resource = self._current()
        if resource is None or getattr(resource, name) == value:
            return
        try:
            updated_resource(resource, {name: value})   # refuse a bad value before the command
        except ModelError as error:
            self._on_table_selection_changed()   # the fields show the stored values again
            self.message.setText(tr("Not changed: %1").replace("%1", error.reason))
            return
        self._push(UpdateResourceCommand(self.blueprint, resource.id, {name: value}))
        self.refresh()

    def _on_used_double_clicked(self, item: QListWidgetItem):
        """Go to the node, opening its journey first when it is another one; the window."""
        node_id, window = item.data(Qt.ItemDataRole.UserRole), self.window
        across = item.data(ACROSS_ROLE)
        if across:
            from .portfolio_sources import open_place, place_of
            journey_id, node_id = across
            journey = next(j for j in self.other_journeys() if j.id == journey_id)
            window = open_place(self.window, place_of(journey.source))
        if node_id and window is not None:
            window.scene.select_nodes([node_id])
            window.view.center_on_node(node_id)
        return window
