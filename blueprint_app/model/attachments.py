"""What hangs on a blueprint's nodes besides their own fields: commitments and perception
points (kept on their Node record, so removing and restoring a node keeps them), and the
execution records of the commitments (a document-level list, like incidents).

``Blueprint`` inherits this mixin. The add/update/remove methods here are strict about the
promise tree (the GUI edits through them): a parent must exist one level up, level 1 sits on
a touchpoint and levels 2 and 3 elsewhere, and a child's unit must convert to its parent's.
Records read from files go straight onto their nodes, so a file with a broken tree still
opens; validation flags it (analysis.validation_commitments).
"""
from __future__ import annotations

from typing import Any, Iterable, Iterator

from . import events as ev
from .commitments import (COMMITMENT_FIELDS, PERCEPTION_FIELDS, Commitment, Execution,
                          PerceptionPoint, make_commitment, make_perception)
from .enums import Lane
from .errors import ModelError
from .units import can_convert


class AttachmentsMixin:
    # Set up by Blueprint.__init__: commitment / perception id -> node id.
    _commitment_at: dict[str, str]
    _perception_at: dict[str, str]
    executions: list[Execution]

    # ----- index upkeep (called by Blueprint on every node change) -------------------------
    def _check_record_ids(self, new, old=None) -> None:
        for records, index, what in ((new.commitments, self._commitment_at, "commitment"),
                                     (new.perceptions, self._perception_at, "perception")):
            for record in records:
                owner = index.get(record.id)
                if owner is not None and (old is None or owner != old.id):
                    raise ModelError(f"duplicate {what} id {record.id!r} (already on node "
                                     f"{owner!r})", field=f"{what}s", item=f"node {new.id}")

    def _index_records(self, new=None, old=None) -> None:
        if old is not None:
            for record in old.commitments:
                self._commitment_at.pop(record.id, None)
            for record in old.perceptions:
                self._perception_at.pop(record.id, None)
        if new is not None:
            self._commitment_at.update((r.id, new.id) for r in new.commitments)
            self._perception_at.update((r.id, new.id) for r in new.perceptions)

    # ----- commitments -----------------------------------------------------------------------
    def commitments(self) -> Iterator[Commitment]:
        """Every commitment in document order (node order, then order on the node)."""
        for node in self.nodes():
            yield from node.commitments

    def has_commitment(self, commitment_id: str) -> bool:
        return commitment_id in self._commitment_at

    def commitment(self, commitment_id: str) -> Commitment:
        node_id = self._commitment_at.get(commitment_id)
        if node_id is None:
            raise ModelError(f"no commitment with id {commitment_id!r}", field="commitment")
        return next(c for c in self.node(node_id).commitments if c.id == commitment_id)

    def commitments_of(self, node_id: str) -> tuple[Commitment, ...]:
        return self.node(node_id).commitments

    def children_of(self, commitment_id: str) -> list[Commitment]:
        """Commitments naming ``commitment_id`` as parent, in document order."""
        return [c for c in self.commitments() if c.parent == commitment_id]

    def add_commitment(self, commitment: Commitment | None = None, index: int | None = None,
                       **data: Any) -> Commitment:
        """Attach a commitment to its node (at ``index`` among the node's commitments)."""
        commitment = commitment if commitment is not None else make_commitment(**data)
        if commitment.id in self._commitment_at:
            raise ModelError(f"duplicate commitment id {commitment.id!r}", field="id",
                             item=f"commitment {commitment.id}")
        self._check_tree(commitment)
        self._insert(commitment, "commitments", index)
        return commitment

    def update_commitment(self, commitment_id: str, **changes: Any) -> Commitment:
        """Change fields of a commitment (``node`` moves it); returns the old record."""
        old = self.commitment(commitment_id)
        if "id" in changes and changes["id"] != old.id:
            raise ModelError("cannot be changed", field="id", item=f"commitment {old.id}")
        new = make_commitment(**{**{f: getattr(old, f) for f in COMMITMENT_FIELDS}, **changes})
        if new == old:
            return old
        self._check_tree(new)
        if new.level != old.level and self.children_of(old.id):
            raise ModelError("cannot change the level of a commitment that has children",
                             field="level", item=f"commitment {old.id}")
        self._replace_record(old, new, "commitments")
        return old

    def remove_commitment(self, commitment_id: str) -> tuple[Commitment, int]:
        """Detach a commitment without children; returns (record, index on its node)."""
        old = self.commitment(commitment_id)
        children = self.children_of(commitment_id)
        if children:
            raise ModelError(f"still has child commitments: {', '.join(c.id for c in children)}",
                             field="parent", item=f"commitment {commitment_id}")
        return old, self._drop(old, "commitments")

    def _check_tree(self, c: Commitment) -> None:
        item = f"commitment {c.id}"
        if not self.has_node(c.node):
            raise ModelError(f"unknown node {c.node!r}", field="node", item=item)
        touchpoint = self.node(c.node).lane is Lane.FRONTSTAGE
        if c.level == 1:
            if not touchpoint:
                raise ModelError("a level-1 commitment belongs on a touchpoint (frontstage)",
                                 field="level", item=item)
            if c.parent is not None:
                raise ModelError("a level-1 commitment has no parent", field="parent", item=item)
            return
        if touchpoint:
            raise ModelError(f"a level-{c.level} commitment belongs behind the line of "
                             "visibility (backstage or support)", field="level", item=item)
        if c.parent is None:
            raise ModelError(f"a level-{c.level} commitment needs a parent at level "
                             f"{c.level - 1}", field="parent", item=item)
        parent = self.commitment(c.parent) if self.has_commitment(c.parent) else None
        if parent is None:
            raise ModelError(f"unknown commitment {c.parent!r}", field="parent", item=item)
        if parent.level != c.level - 1:
            raise ModelError(f"the parent {parent.id} is at level {parent.level}, not "
                             f"{c.level - 1}", field="parent", item=item)
        if c.unit and parent.unit and not can_convert(c.unit, parent.unit):
            raise ModelError(f"unit {c.unit!r} cannot convert to the parent's {parent.unit!r}",
                             field="unit", item=item)

    # ----- perception points -----------------------------------------------------------------
    def perceptions(self) -> Iterator[PerceptionPoint]:
        for node in self.nodes():
            yield from node.perceptions

    def has_perception(self, perception_id: str) -> bool:
        return perception_id in self._perception_at

    def perception(self, perception_id: str) -> PerceptionPoint:
        node_id = self._perception_at.get(perception_id)
        if node_id is None:
            raise ModelError(f"no perception point with id {perception_id!r}", field="perception")
        return next(p for p in self.node(node_id).perceptions if p.id == perception_id)

    def add_perception(self, point: PerceptionPoint | None = None, index: int | None = None,
                       **data: Any) -> PerceptionPoint:
        point = point if point is not None else make_perception(**data)
        if point.id in self._perception_at:
            raise ModelError(f"duplicate perception id {point.id!r}", field="id",
                             item=f"perception {point.id}")
        self._check_touchpoint(point)
        self._insert(point, "perceptions", index)
        return point

    def update_perception(self, perception_id: str, **changes: Any) -> PerceptionPoint:
        old = self.perception(perception_id)
        if "id" in changes and changes["id"] != old.id:
            raise ModelError("cannot be changed", field="id", item=f"perception {old.id}")
        new = make_perception(**{**{f: getattr(old, f) for f in PERCEPTION_FIELDS}, **changes})
        if new != old:
            self._check_touchpoint(new)
            self._replace_record(old, new, "perceptions")
        return old

    def remove_perception(self, perception_id: str) -> tuple[PerceptionPoint, int]:
        old = self.perception(perception_id)
        return old, self._drop(old, "perceptions")

    def _check_touchpoint(self, point: PerceptionPoint) -> None:
        item = f"perception {point.id}"
        if not self.has_node(point.node):
            raise ModelError(f"unknown node {point.node!r}", field="node", item=item)
        if self.node(point.node).lane is not Lane.FRONTSTAGE:
            raise ModelError("perception points belong on touchpoints (frontstage)",
                             field="node", item=item)

    # ----- executions ------------------------------------------------------------------------
    def set_executions(self, records: Iterable[Execution]) -> list[Execution]:
        """Replace the execution records; returns the old list (an undo snapshot)."""
        old, self.executions = self.executions, list(records)
        self._emit(ev.EXECUTIONS_CHANGED)
        return old

    # ----- shared record editing -------------------------------------------------------------
    def _insert(self, record, attr: str, index: int | None) -> None:
        records = list(getattr(self.node(record.node), attr))
        records.insert(len(records) if index is None else index, record)
        self.update_node(record.node, **{attr: tuple(records)})

    def _drop(self, record, attr: str) -> int:
        records = list(getattr(self.node(record.node), attr))
        index = [r.id for r in records].index(record.id)
        records.pop(index)
        self.update_node(record.node, **{attr: tuple(records)})
        return index

    def _replace_record(self, old, new, attr: str) -> None:
        if old.node == new.node:
            records = tuple(new if r.id == old.id else r for r in getattr(self.node(old.node), attr))
            self.update_node(old.node, **{attr: records})
        else:
            self._drop(old, attr)
            self._insert(new, attr, None)

