"""The portfolio: the back office across journeys (one pure function, exact figures).

Every journey is analysed with the shared catalogue (analysis.resources), so a resource is one
event for all the nodes that name it. Per touchpoint t with volume v_t (visits per period,
1 when none is given) and P_t = P(t fails):

- a journey's expected failed visits = Σ_t v_t·P_t, the portfolio's the sum over journeys;
- a resource's avoidable failures = Σ_t v_t·(P_t − P(t fails | the resource never fails)),
  its share = avoidable / expected failures of the whole portfolio (None when that is 0);
- a department's avoidable failures = the same with all its resources never failing at once
  (so overlaps between its resources are not counted twice);
- a resource's single points of failure: the touchpoints it breaks alone, whatever else works.

A resource's touchpoints and journeys are those its failure can reach along support edges.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import Iterable, Mapping, Sequence

from ..model import Blueprint, Resource
from .failure import check_support_cycles, touchpoint_sensitivity
from .failure_model import has_cycle, supports_map
from .resources import is_stand_in, used_resource_ids, with_resources
from .tracing import alone_sets

TOP_CAUSES = 5


class PortfolioInputError(ValueError):
    """The sources cannot form one portfolio (e.g. a resource defined two ways)."""


@dataclass(frozen=True)
class Journey:
    """One journey of the portfolio: its id (repository id or file name), name and blueprint."""

    id: str
    name: str
    blueprint: Blueprint
    source: str = ""


@dataclass(frozen=True)
class Cause:
    id: str
    label: str
    owner: str | None
    is_resource: bool
    avoidable_failures: float


@dataclass(frozen=True)
class JourneyResult:
    id: str
    name: str
    expected_failures: float
    touchpoints: int
    top_causes: tuple[Cause, ...]


@dataclass(frozen=True)
class ResourceResult:
    id: str
    label: str
    owner: str | None
    post: str | None
    category: str | None
    failure_probability: float
    journeys: tuple[str, ...]
    touchpoints: int
    avoidable_failures: float
    share: float | None
    single_points: tuple[tuple[str, str], ...]   # (journey id, touchpoint id)
    # the matrix of the portfolio view: avoidable failures per journey (journeys it
    # reaches, in journey order) and every (journey id, touchpoint id) it can make fail
    by_journey: tuple[tuple[str, float], ...] = ()
    reached: tuple[tuple[str, str], ...] = ()

    def avoidable_in(self, journey_id: str) -> float:
        return next((v for j, v in self.by_journey if j == journey_id), 0.0)

    def touchpoints_in(self, journey_id: str) -> tuple[str, ...]:
        return tuple(tp for j, tp in self.reached if j == journey_id)


@dataclass(frozen=True)
class DepartmentResult:
    owner: str
    resources: tuple[str, ...]
    avoidable_failures: float
    share: float | None


@dataclass(frozen=True)
class PortfolioResult:
    expected_failures: float
    journeys: tuple[JourneyResult, ...]
    resources: tuple[ResourceResult, ...]
    departments: tuple[DepartmentResult, ...]

    def journey_name(self, journey_id: str) -> str:
        return next((j.name for j in self.journeys if j.id == journey_id), journey_id)

    def touchpoint_label(self, journey_id: str, touchpoint_id: str) -> str:
        return self.touchpoint_labels.get((journey_id, touchpoint_id), touchpoint_id)

    touchpoint_labels: dict = field(default_factory=dict, compare=False)


def _comparable(resource: Resource) -> Resource:
    return replace(resource, extra={k: v for k, v in resource.extra.items()
                                    if k != "__interchange__"})


def merge_catalogues(sources: Iterable[tuple[str, Iterable[Resource]]]) -> dict[str, Resource]:
    """One catalogue from several (source name, resources); PortfolioInputError naming the
    id and both sources when one id is defined in two different ways."""
    merged: dict[str, Resource] = {}
    where: dict[str, str] = {}
    problems = []
    for source, resources in sources:
        for resource in resources:
            known = merged.get(resource.id)
            if known is None:
                merged[resource.id], where[resource.id] = resource, source
            elif _comparable(known) != _comparable(resource):
                problems.append(f"resource {resource.id!r} is defined differently in "
                                f"{where[resource.id]} and in {source}")
    if problems:
        raise PortfolioInputError("; ".join(problems))
    return merged


def analyze_portfolio(journeys: Sequence[Journey],
                      catalogue: Mapping[str, Resource]) -> PortfolioResult:
    per_resource: dict[str, float] = defaultdict(float)
    cells: dict[str, dict[str, float]] = defaultdict(dict)
    reached: dict[str, list[tuple[str, str]]] = defaultdict(list)
    spofs: dict[str, list[tuple[str, str]]] = defaultdict(list)
    departments = _departments(catalogue)
    per_department: dict[str, float] = defaultdict(float)
    journey_results, total = [], 0.0
    for journey in journeys:
        result = _journey(journey, catalogue, departments, per_resource, per_department,
                          cells, reached, spofs)
        journey_results.append(result)
        total += result.expected_failures
    share = (lambda value: value / total if total > 0 else None)
    used = set(reached) | {r for j in journeys for r in used_resource_ids(j.blueprint)}
    resources = [ResourceResult(
        rid, catalogue[rid].label if rid in catalogue else rid,
        catalogue[rid].owner if rid in catalogue else None,
        catalogue[rid].post if rid in catalogue else None,
        catalogue[rid].category.value if rid in catalogue and catalogue[rid].category else None,
        catalogue[rid].failure_probability if rid in catalogue else 0.0,
        tuple(cells[rid]), len(reached[rid]), per_resource[rid],
        share(per_resource[rid]), tuple(spofs[rid]), tuple(cells[rid].items()),
        tuple(reached[rid]))
        for rid in used | set(catalogue)]
    resources.sort(key=lambda r: (-r.avoidable_failures, r.id))
    depts = [DepartmentResult(owner, tuple(sorted(ids)), per_department[owner],
                              share(per_department[owner]))
             for owner, ids in departments.items()]
    depts.sort(key=lambda d: (-d.avoidable_failures, d.owner))
    labels = {(j.id, n.id): n.label for j in journeys for n in j.blueprint.touchpoints()}
    return PortfolioResult(total, tuple(journey_results), tuple(resources), tuple(depts), labels)


def _departments(catalogue: Mapping[str, Resource]) -> dict[str, frozenset[str]]:
    owners: dict[str, set[str]] = defaultdict(set)
    for resource in catalogue.values():
        owners[resource.owner or ""].add(resource.id)
    return {owner: frozenset(ids) for owner, ids in owners.items() if owner}


def _journey(journey: Journey, catalogue, departments, per_resource, per_department,
             cells, reached, spofs) -> JourneyResult:
    bp = with_resources(journey.blueprint, catalogue)
    supports = supports_map(bp)      # read once: every touchpoint's diagram walks it
    if has_cycle(supports):          # resources only add sources: the cycle is the journey's
        check_support_cycles(journey.blueprint)   # raises, naming it as `analyze` does
    alone: dict[str, frozenset[str]] = {}
    resource_ids = set(used_resource_ids(journey.blueprint))
    causes: dict[str, float] = defaultdict(float)
    expected = 0.0
    touchpoints = bp.touchpoints()
    dept_fixes = list(departments.items())
    fixes = [ids for _, ids in dept_fixes]
    for tp in touchpoints:
        volume = tp.visits
        found = touchpoint_sensitivity(bp, tp.id, fixes, supports)
        p = found.probability
        expected += volume * p
        for cause_id, p_working in found.if_working.items():
            avoid = volume * max(p - p_working, 0.0)
            causes[cause_id] += avoid
            if cause_id in resource_ids:
                per_resource[cause_id] += avoid
        for (owner, _), p_fixed in zip(dept_fixes, found.if_fixed):
            per_department[owner] += volume * max(p - p_fixed, 0.0)
        ancestors = [n for n in found.ancestors if n in resource_ids]
        if ancestors:
            alone_sets(bp, supports, [tp.id], alone)
        for rid in ancestors:
            reached[rid].append((journey.id, tp.id))
            cell = cells[rid]
            cell[journey.id] = cell.get(journey.id, 0.0) + volume * max(
                p - found.if_working.get(rid, p), 0.0)
            if rid in alone[tp.id]:
                spofs[rid].append((journey.id, tp.id))
    top = sorted(((cid, avoid) for cid, avoid in causes.items()
                  if avoid > 0 and not is_stand_in(cid)), key=lambda c: (-c[1], c[0]))
    return JourneyResult(journey.id, journey.name, expected, len(touchpoints), tuple(
        Cause(cid, bp.node(cid).label, bp.node(cid).owner, cid in resource_ids, avoid)
        for cid, avoid in top[:TOP_CAUSES]))


def portfolio_to_json(result: PortfolioResult) -> dict:
    """The ``portfolio --json`` document: the fixed fields first, then our additions
    (departments, single points of failure, top causes per journey)."""
    round12 = (lambda x: None if x is None else float(f"{x:.12g}"))
    return {
        "expected_failures": round12(result.expected_failures),
        "journeys": [{"id": j.id, "name": j.name, "expected_failures": round12(j.expected_failures),
                      "touchpoints": j.touchpoints,
                      "top_causes": [{"id": c.id, "label": c.label, "owner": c.owner,
                                      "resource": c.is_resource,
                                      "avoidable_failures": round12(c.avoidable_failures)}
                                     for c in j.top_causes]}
                     for j in result.journeys],
        "resources": [{"id": r.id, "label": r.label, "journeys": list(r.journeys),
                       "touchpoints": r.touchpoints,
                       "avoidable_failures": round12(r.avoidable_failures),
                       "share": round12(r.share), "owner": r.owner, "category": r.category,
                       "failure_probability": round12(r.failure_probability),
                       "single_points_of_failure": [{"journey": j, "touchpoint": t}
                                                    for j, t in r.single_points]}
                      for r in result.resources],
        "departments": [{"owner": d.owner, "resources": list(d.resources),
                         "avoidable_failures": round12(d.avoidable_failures),
                         "share": round12(d.share)} for d in result.departments],
    }
