"""Field names of the interchange format and the round-trip marker (see json_format)."""
from __future__ import annotations

FORMAT = "touchpoint-blueprint"
VERSION = 1

TOP_FIELDS = ("format", "version", "name", "stages", "nodes", "edges", "incidents", "executions",
              "resources")
STAGE_FIELDS = ("id", "name")
NODE_REQUIRED = ("id", "lane", "label")
# Optional node fields and the model value that stands for "absent".
NODE_DEFAULTS = {
    "stage": None, "description": None, "owner": None, "channel": None, "category": None,
    "failure_probability": 0.0, "requires": "all",
    "x": None, "y": None, "width": None, "height": None,
    # CONTRACT.md §4 and the issue-6 extensions (perceptions, fmea).
    "time_standard": None, "tolerance": None, "fail_point": False, "wait_point": False,
    "fmea": None, "commitments": (), "perceptions": (),
    # Shared resources and touchpoint volumes (the portfolio extension).
    "resource": None, "volume": None,
}
NODE_FIELDS = NODE_REQUIRED + tuple(NODE_DEFAULTS)
EDGE_FIELDS = ("id", "source", "target", "kind", "label")
# Fields of a commitment / perception point on a node (its ``node`` is the node it sits on).
COMMITMENT_FIELDS = ("id", "level", "name", "metric", "target", "unit", "direction", "owner",
                     "post", "parent")
PERCEPTION_FIELDS = ("id", "name", "importance", "current", "expected", "competitor")
EXECUTION_FIELDS = ("date", "commitment", "actual")

# Reserved key in Node.extra / Edge.extra holding what the model alone cannot say about how
# the item was written: {"given": [field, ...]} and, for edges, {"generated_id": true}.
META_KEY = "__interchange__"
# Top-level properties that belong to this copy of the document, never to the interchange
# format: the repository link of a checked-out working copy (see repository.files).
PRIVATE_PROPERTIES = ("__repository__",)
