"""A stateful property test of edit / undo / redo / save / reopen.

Hypothesis drives a QUndoStack with the real commands (delete node, edge or stage, reverse
an edge, connect, add a node) and saves the document incrementally now and then. After every
undo and redo the exported JSON must equal, character for character (edge order
included), the JSON recorded at that point of the history; every save, reopened, must give
the JSON of the blueprint in memory."""
from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from PySide6.QtGui import QUndoStack

from blueprint_app.commands import RemoveStageCommand
from blueprint_app.commands.edge_commands import AddEdgeCommand, ReverseEdgeCommand
from blueprint_app.commands.node_commands import AddNodeCommand, RemoveItemsCommand
from blueprint_app.interchange.json_format import dumps
from blueprint_app.model import Blueprint, make_edge, make_node
from blueprint_app.store import Document, load_blueprint


def _start() -> Blueprint:
    bp = Blueprint("Machine")
    for s in ("s1", "s2", "s3"):
        bp.add_stage(id=s, name=s.upper())
    lanes = ("customer", "frontstage", "backstage", "support")
    for i in range(8):
        bp.add_node(id=f"n{i}", lane=lanes[i % 4], label=f"Node {i}", stage=f"s{1 + i % 3}")
    for i, (a, b) in enumerate([(0, 1), (2, 1), (3, 2), (4, 5), (1, 4), (7, 5), (6, 7), (0, 5)]):
        bp.add_edge(id=f"e{i}", source=f"n{a}", target=f"n{b}",
                    kind="flow" if i % 2 == 0 else "support")
    return bp


class UndoMachine(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="undo-machine-"))
        self.bp = _start()
        self.stack = QUndoStack()
        self.states = [dumps(self.bp)]   # states[i]: the JSON at stack index i
        self.document = Document(self.bp, self.folder / "doc.blueprint")
        self.counter = 0

    def teardown(self):
        self.document.close()

    def _push(self, command) -> None:
        if command.isObsolete():
            return
        self.stack.push(command)
        del self.states[self.stack.index():]
        self.states.append(dumps(self.bp))
        assert len(self.states) == self.stack.index() + 1

    def _pick(self, data, items):
        return data.draw(st.sampled_from(sorted(items)))

    @precondition(lambda self: len(self.bp) > 0)
    @rule(data=st.data())
    def delete_node(self, data):
        self._push(RemoveItemsCommand(self.bp, [self._pick(data, self.bp.node_ids())]))

    @precondition(lambda self: any(True for _ in self.bp.edges()))
    @rule(data=st.data())
    def delete_edge(self, data):
        self._push(RemoveItemsCommand(self.bp, [], [self._pick(data, [e.id for e in self.bp.edges()])]))

    @precondition(lambda self: any(True for _ in self.bp.edges()))
    @rule(data=st.data())
    def delete_node_and_edge(self, data):
        self._push(RemoveItemsCommand(self.bp, [self._pick(data, self.bp.node_ids())],
                                      [self._pick(data, [e.id for e in self.bp.edges()])]))

    @precondition(lambda self: len(self.bp.stages) > 0)
    @rule(data=st.data())
    def delete_stage(self, data):
        self._push(RemoveStageCommand(self.bp, self._pick(data, [s.id for s in self.bp.stages])))

    @precondition(lambda self: any(True for _ in self.bp.edges()))
    @rule(data=st.data())
    def reverse_edge(self, data):
        self._push(ReverseEdgeCommand(self.bp, self._pick(data, [e.id for e in self.bp.edges()])))

    @precondition(lambda self: len(self.bp) >= 2)
    @rule(data=st.data(), kind=st.sampled_from(["flow", "support"]))
    def connect(self, data, kind):
        source = self._pick(data, self.bp.node_ids())
        target = self._pick(data, [n for n in self.bp.node_ids() if n != source])
        self.counter += 1
        self._push(AddEdgeCommand(self.bp, make_edge(id=f"x{self.counter}", source=source,
                                                     target=target, kind=kind)))

    @rule(lane=st.sampled_from(["customer", "frontstage", "support"]))
    def add_node(self, lane):
        self.counter += 1
        self._push(AddNodeCommand(self.bp, make_node(id=f"a{self.counter}", lane=lane,
                                                     label=f"Added {self.counter}")))

    @precondition(lambda self: self.stack.canUndo())
    @rule()
    def undo(self):
        self.stack.undo()
        assert dumps(self.bp) == self.states[self.stack.index()]

    @precondition(lambda self: self.stack.canRedo())
    @rule()
    def redo(self):
        self.stack.redo()
        assert dumps(self.bp) == self.states[self.stack.index()]

    @rule()
    def save_and_reopen(self):
        self.document.save()
        assert dumps(load_blueprint(self.document.path)) == dumps(self.bp)

    @invariant()
    def history_matches(self):
        assert dumps(self.bp) == self.states[self.stack.index()]


UndoMachine.TestCase.settings = settings(
    max_examples=200, stateful_step_count=6, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])


def test_undo_redo_save_reopen_give_back_the_exact_json(qapp, monkeypatch):
    # Durability is the kill test's subject; here fsync only costs time.
    from blueprint_app import atomic_file
    monkeypatch.setattr(atomic_file, "fsync_file", lambda path: None)
    monkeypatch.setattr(atomic_file, "fsync_folder", lambda folder: None)
    UndoMachine.TestCase("runTest").runTest()
