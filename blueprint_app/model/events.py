"""Plain-Python change notification, so views can follow the model without the model
knowing Qt. Every ``subscribe`` returns a handle for the matching ``unsubscribe``."""
from __future__ import annotations

from collections import defaultdict
from contextlib import contextmanager
from typing import Any, Callable, Iterator

# Event names, in the past tense. Every fine-grained event is followed by ``changed`` -- or,
# inside ``EventHub.batch()`` (every undo command's redo and undo), by one ``changed`` when the
# outermost batch ends: deleting a node with 5 edges is 6 fine events and 1 coarse notice.
NODE_ADDED = "node_added"            # (node_id)
NODE_REMOVED = "node_removed"        # (node_id)
NODE_CHANGED = "node_changed"        # (node_id, changed field names)
NODE_MOVED = "node_moved"            # (node_id) lane, stage or position changed
EDGE_ADDED = "edge_added"            # (edge_id)
EDGE_REMOVED = "edge_removed"        # (edge_id)
EDGE_CHANGED = "edge_changed"        # (edge_id, changed field names)
STAGES_CHANGED = "stages_changed"    # () a stage was added, renamed, moved or removed
NAME_CHANGED = "name_changed"        # ()
INCIDENTS_CHANGED = "incidents_changed"  # ()
PROPERTIES_CHANGED = "properties_changed"  # ()
COMMITMENTS_CHANGED = "commitments_changed"  # (node_id) a commitment of the node changed
PERCEPTIONS_CHANGED = "perceptions_changed"  # (node_id) a perception point of the node changed
EXECUTIONS_CHANGED = "executions_changed"    # () the execution records were replaced
RESOURCES_CHANGED = "resources_changed"      # () the shared-resource catalogue changed
CHANGED = "changed"                  # () coarse: anything changed

ALL_EVENTS = (NODE_ADDED, NODE_REMOVED, NODE_CHANGED, NODE_MOVED, EDGE_ADDED, EDGE_REMOVED,
              EDGE_CHANGED, STAGES_CHANGED, NAME_CHANGED, INCIDENTS_CHANGED,
              PROPERTIES_CHANGED, COMMITMENTS_CHANGED, PERCEPTIONS_CHANGED,
              EXECUTIONS_CHANGED, RESOURCES_CHANGED, CHANGED)

Callback = Callable[..., Any]


class EventHub:
    def __init__(self) -> None:
        self._subscribers: dict[str, dict[int, Callback]] = defaultdict(dict)
        self._next_handle = 1
        self._muted = 0
        self._batch_depth = 0
        self._changed_pending = False

    @property
    def batching(self) -> bool:
        """Inside a batch: a ``changed`` notice is still to come."""
        return self._batch_depth > 0

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Hold ``changed`` back until the outermost batch ends, then send it once (if
        anything changed). Fine-grained events still go out at once, in order."""
        self._batch_depth += 1
        try:
            yield
        finally:
            self._batch_depth -= 1
            if self._batch_depth == 0 and self._changed_pending:
                self._changed_pending = False
                self.emit(CHANGED)

    def subscribe(self, event: str, callback: Callback) -> int:
        if event not in ALL_EVENTS:
            raise ValueError(f"unknown event {event!r}")
        handle = self._next_handle
        self._next_handle += 1
        self._subscribers[event][handle] = callback
        return handle

    def unsubscribe(self, handle: int) -> None:
        for callbacks in self._subscribers.values():
            callbacks.pop(handle, None)

    def subscriber_count(self) -> int:
        return sum(len(c) for c in self._subscribers.values())

    def emit(self, event: str, *args: Any) -> None:
        callbacks = self._subscribers.get(event)
        if self._muted or not callbacks:
            return
        if event == CHANGED and self._batch_depth:
            self._changed_pending = True
            return
        # Copy: a callback may unsubscribe while we iterate.
        for callback in list(callbacks.values()):
            callback(*args)
