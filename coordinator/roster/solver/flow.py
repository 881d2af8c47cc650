"""An exact bound for priorities 1–2 (shortfall below min, then below target) as a min-cost flow.

source → volunteer (max_shifts) → volunteer-day (max_shifts_per_day) → slot (one per eligible pair) → sink,
where each slot's first ``min`` units earn more than every ``target`` unit together. Pins are taken as given.
The trainee rule is not a flow constraint: trainees are only dropped from slots no non-trainee may work,
so with the rule on the result is a lower bound; with it off it is the optimum.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np
from ortools.graph.python.min_cost_flow import SimpleMinCostFlow

from .eligibility import Eligibility, eligibility
from .problem import Problem
from .solution import Shortfall

_SOURCE, _SINK = 0, 1


@dataclass(frozen=True, slots=True)
class FlowResult:
    shortfall: Shortfall
    pairs: tuple[int, ...]
    """Eligible pairs the flow uses, pins included."""


def min_cost_flow_bound(problem: Problem) -> Shortfall:
    """The least shortfall (min, target) any roster can reach; exact when the trainee rule is off."""
    return flow_roster(problem, eligibility(problem)).shortfall


def pinned_pairs(problem: Problem, elig: Eligibility) -> list[int]:
    """The eligible pairs that pins fix (pins on slots the volunteer may not work are left out)."""
    index = {volunteer.id: v for v, volunteer in enumerate(problem.volunteers)}
    found = (
        elig.pair_index.get((index[pin.volunteer], elig.shift_index[pin.shift])) for pin in problem.pinned
    )
    return [pair for pair in found if pair is not None]


def _usable(problem: Problem, elig: Eligibility, pinned: set[int]) -> list[int]:
    trainee = [volunteer.is_trainee for volunteer in problem.volunteers]
    open_to_all = {elig.pair_shift[p] for p in range(elig.size) if not trainee[elig.pair_volunteer[p]]}
    keep_trainees = not problem.rules.trainee_needs_mentor
    return [
        p
        for p in range(elig.size)
        if p not in pinned
        and (keep_trainees or not trainee[elig.pair_volunteer[p]] or elig.pair_shift[p] in open_to_all)
    ]


def flow_roster(problem: Problem, elig: Eligibility) -> FlowResult:
    pins = pinned_pairs(problem, elig)
    pinned = set(pins)
    per_volunteer = Counter(elig.pair_volunteer[p] for p in pins)
    per_day = Counter((elig.pair_volunteer[p], elig.day_of(elig.pair_shift[p])) for p in pins)
    per_shift = Counter(elig.pair_shift[p] for p in pins)
    usable = _usable(problem, elig, pinned)
    open_per_day = Counter((elig.pair_volunteer[p], elig.day_of(elig.pair_shift[p])) for p in usable)

    arcs: list[tuple[int, int, int, int]] = []
    volunteer_node = {v: 2 + v for v in range(len(problem.volunteers))}
    next_node = 2 + len(problem.volunteers)
    shift_node = {s: next_node + s for s in range(len(elig.shifts))}
    next_node += len(elig.shifts)
    supply = 0
    for v, volunteer in enumerate(problem.volunteers):
        cap = max(0, volunteer.max_shifts - per_volunteer[v])
        arcs.append((_SOURCE, volunteer_node[v], cap, 0))
        supply += cap
    day_node: dict[tuple[int, str], int] = {}
    per_day_limit = problem.rules.max_shifts_per_day
    for (v, day), count in open_per_day.items():
        cap = max(0, per_day_limit - per_day[v, day])
        if count > cap:
            day_node[v, day] = next_node
            arcs.append((volunteer_node[v], next_node, cap, 0))
            next_node += 1
    first_pair_arc = len(arcs)
    for p in usable:
        v, s = elig.pair_volunteer[p], elig.pair_shift[p]
        arcs.append((day_node.get((v, elig.day_of(s)), volunteer_node[v]), shift_node[s], 1, 0))
    heavy = sum(need.target for need in problem.needs.values()) + 1
    segment_arcs: list[tuple[int, int]] = []
    base = Shortfall(0, 0)
    for s, shift in enumerate(elig.shifts):
        need, have = problem.needs[shift], per_shift[s]
        base = Shortfall(base.min + max(0, need.min - have), base.target + max(0, need.target - have))
        for cap, cost, weight in (
            (need.min - have, -(heavy + 1), 1),
            (need.target - max(have, need.min), -1, 0),
        ):
            if cap > 0:
                segment_arcs.append((len(arcs), weight))
                arcs.append((shift_node[s], _SINK, cap, cost))
    arcs.append((_SOURCE, _SINK, supply, 0))

    flow = _solve(arcs, next_node, supply)
    used = [usable[i] for i in np.flatnonzero(flow[first_pair_arc : first_pair_arc + len(usable)])]
    filled_min = sum(int(flow[arc]) for arc, weight in segment_arcs if weight)
    filled = sum(int(flow[arc]) for arc, _ in segment_arcs)
    return FlowResult(Shortfall(base.min - filled_min, base.target - filled), tuple(sorted(pins + used)))


def _solve(arcs: list[tuple[int, int, int, int]], nodes: int, supply: int) -> np.ndarray:
    network = SimpleMinCostFlow()
    tails, heads, caps, costs = (np.array(column, dtype=np.int64) for column in zip(*arcs, strict=True))
    network.add_arcs_with_capacity_and_unit_cost(tails, heads, caps, costs)
    supplies = np.zeros(nodes, dtype=np.int64)
    supplies[_SOURCE], supplies[_SINK] = supply, -supply
    network.set_nodes_supplies(np.arange(nodes, dtype=np.int64), supplies)
    status = network.solve()
    if status != network.OPTIMAL:
        raise RuntimeError(f"min-cost flow failed with status {status}")
    return np.asarray(network.flows(np.arange(len(arcs), dtype=np.int64)))
