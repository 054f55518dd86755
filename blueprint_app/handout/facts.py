"""The frozen handout: plain data (strings, numbers, tuples) that the PDF draws and the
Analysis dock shows. Nothing here refers to an analysis object; people's words only (labels,
names, owners), the ids kept where a reader of the data needs to find the node again
(canvas, tests) but never meant for print."""
from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Mapping


@dataclass(frozen=True)
class Fix:
    """One back-office node worth fixing: the failed touchpoint visits per period that would
    not happen if it never failed by itself (Σ volume × (P − P0) over touchpoints)."""

    rank: int
    id: str                        # to find the node again; never printed
    label: str
    lane: str                      # Lane value
    owner: str | None
    probability: float             # its own failure probability
    avoided: float                 # failed visits avoided per period
    share: float | None            # avoided / all expected failed visits
    touchpoints: tuple[str, ...]   # labels of the touchpoints it breaks, worst first
    promises: tuple[str, ...]      # level-1 commitments on those touchpoints
    worst_touchpoint: str          # label of the touchpoint it contributes most to
    worst_probability: float       # P(that touchpoint fails)
    worst_removed: float           # share of that touchpoint's failure the fix removes
    worst_promise: str | None      # its level-1 commitment, when it has one


@dataclass(frozen=True)
class Decision:
    """Page 1: where the customers' failures start and what to fix first."""

    touchpoints: int
    visits: float                  # touchpoint visits per period (1 each where none given)
    expected_failed_visits: float  # Σ volume × P over touchpoints
    worst_touchpoint: str | None   # label of the touchpoint with the most failed visits
    worst_touchpoint_probability: float | None
    back_office_nodes: int         # back-office nodes that can make some touchpoint fail
    fixes: tuple[Fix, ...]         # the top 3-5, most avoided first
    reason: str | None = None      # why there is no ranking (analysis not possible)


@dataclass(frozen=True)
class Cause:
    label: str
    lane: str
    owner: str | None
    probability: float
    fussell_vesely: float | None
    birnbaum: float | None
    raw: float | None


@dataclass(frozen=True)
class TouchpointFacts:
    label: str
    probability: float | None
    volume: float | None
    causes: tuple[Cause, ...]               # top causes by Fussell–Vesely
    more_causes: int
    cut_sets: tuple[tuple[str, ...], ...]   # labels, smallest first
    more_cut_sets: int
    cut_sets_truncated: bool


@dataclass(frozen=True)
class SummaryRow:
    rank: int
    label: str
    lane: str
    owner: str | None
    probability: float
    avoided: float
    share: float | None
    touchpoints: int
    worst_touchpoint: str | None
    worst_share: float | None


@dataclass(frozen=True)
class ParetoRow:
    label: str
    lane: str | None
    value: float
    share: float
    cumulative_share: float


@dataclass(frozen=True)
class Pareto:
    total: float
    records: int
    behind_share: float | None
    rows: tuple[ParetoRow, ...]      # all rows (the chart wants them); the table cuts
    bar_rows: tuple[ParetoRow, ...]  # what the chart draws


@dataclass(frozen=True)
class FindingRow:
    severity: str                    # "error" | "warning"
    code: str
    nodes: tuple[str, ...]           # labels
    message: str
    hint: str


@dataclass(frozen=True)
class Findings:
    errors: int
    warnings: int
    rows: tuple[FindingRow, ...]


@dataclass(frozen=True)
class BudgetRow:
    commitment: str
    target_hours: float
    chain: tuple[str, ...]
    chain_hours: float
    slack_hours: float
    fits: bool


@dataclass(frozen=True)
class CommitmentRow:
    name: str
    level: int
    target: float | None
    unit: str | None
    owner: str | None
    post: str | None
    records: int
    attainment: float | None
    breaches: int
    warnings: int
    status: str


@dataclass(frozen=True)
class AttributionRow:
    date: str
    commitment: str
    actual: float
    target: float
    unit: str | None
    culprits: tuple[tuple[str, float, str | None], ...]   # (name, overrun, unit)


@dataclass(frozen=True)
class ResponsibilityRow:
    owner: str
    post: str
    commitments: int
    attainment: float | None
    breaches: int
    breaches_caused: int


@dataclass(frozen=True)
class Commitments:
    warning_share: float
    budget: tuple[BudgetRow, ...]
    statuses: tuple[CommitmentRow, ...]
    attributions: tuple[AttributionRow, ...]
    responsibility: tuple[ResponsibilityRow, ...]


@dataclass(frozen=True)
class PerceptionRow:
    name: str
    touchpoint: str
    importance: float
    current: float
    expected: float
    competitor: float | None
    below_competitor: bool
    gap: float
    priority: float
    quadrant: str
    in_focus: bool


@dataclass(frozen=True)
class Perceptions:
    focus: int
    covered_share: float | None
    total_priority: float
    importance_cut: float | None
    performance_cut: float | None
    rows: tuple[PerceptionRow, ...]


@dataclass(frozen=True)
class FmeaRow:
    rank: int
    label: str
    lane: str
    owner: str | None
    severity: int
    occurrence: int
    detection: int
    rpn: int


@dataclass(frozen=True)
class Listed:
    """A list cut to its top items: ``rows`` shown, ``more`` left out (0 with full lists)."""

    rows: tuple
    more: int = 0


@dataclass(frozen=True)
class Handout:
    """Everything the committee handout prints, from one analysis run. ``empty`` names the
    sections with nothing to say and why (a wording key: "empty_pareto", ...); ``heat`` maps
    node ids to [0, 1] for the heat colouring."""

    decision: Decision
    summary: Listed | None                   # None: the failure analysis was not possible
    analysis: Listed | None                  # TouchpointFacts, worst first
    analysis_error: str | None
    pareto: Pareto | None
    pareto_table: Listed
    findings: Findings | None
    findings_table: Listed
    commitments: Commitments | None
    perceptions: Perceptions | None
    perceptions_table: Listed
    fmea: Listed
    empty: Mapping[str, str] = field(default_factory=dict)
    heat: Mapping[str, float] = field(default_factory=dict)
    # the number behind each heat colour, printed on the node: a touchpoint's chance to
    # fail; a back-office node's touchpoint failures per visit, Σ over touchpoints of P − P0
    heat_figure: Mapping[str, float] = field(default_factory=dict)
    slices: tuple = ()  # handout.slices.TouchpointSlice of the riskiest touchpoints

    def __post_init__(self) -> None:
        object.__setattr__(self, "empty", MappingProxyType(dict(self.empty)))
        object.__setattr__(self, "heat", MappingProxyType(dict(self.heat)))
        object.__setattr__(self, "heat_figure", MappingProxyType(dict(self.heat_figure)))
