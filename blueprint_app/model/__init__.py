"""The blueprint domain model: pure Python and networkx, no Qt."""
from .blueprint import Blueprint
from .enums import (CATEGORY_TITLES, LANE_ORDER, LANE_TITLES, SEPARATOR_LINES, Category,
                    EdgeKind, Lane)
from .commitments import (Commitment, Duration, Execution, Fmea, PerceptionPoint,
                          make_commitment, make_duration, make_execution, make_perception)
from .errors import ModelError
from .resources import ProbabilitySource, Resource, make_resource
from .items import (Edge, Incident, Node, Stage, make_edge, make_incident, make_node,
                    make_stage)

__all__ = [
    "Blueprint", "Category", "Commitment", "Duration", "Execution", "Fmea", "PerceptionPoint",
    "make_commitment", "make_duration", "make_execution", "make_perception", "CATEGORY_TITLES", "Edge", "EdgeKind", "Incident", "Lane",
    "LANE_ORDER", "LANE_TITLES", "ModelError", "Node", "SEPARATOR_LINES", "Stage",
    "make_edge", "make_incident", "make_node", "make_stage",
    "ProbabilitySource", "Resource", "make_resource",
]
