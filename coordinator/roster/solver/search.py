"""Solve a roster problem: check the pins, bound with min-cost flow, optimise with CP-SAT, extract."""

from __future__ import annotations

import time
from collections.abc import Sequence

from coordinator.core.week import day_date

from . import explain
from .eligibility import Eligibility, eligibility
from .flow import flow_roster, pinned_pairs
from .model import build_model
from .pins import conflicting_pins, pin_problems
from .priorities import optimise, stage_one_bound
from .problem import Problem
from .reasons import Reason
from .rules import roster_values
from .solution import Assignment, Shortfall, Solution, Status


def solve(problem: Problem, *, time_limit: float = 10.0, workers: int = 2) -> Solution:
    """The best roster within ``time_limit`` seconds; OPTIMAL only when every priority is proven."""
    started = time.perf_counter()
    deadline = started + time_limit
    elig = eligibility(problem)
    problems = pin_problems(problem, elig)
    if problems:
        return _infeasible(problem, problems, started)
    pins = pinned_pairs(problem, elig)
    flow = flow_roster(problem, elig)
    rm = build_model(problem, elig, pins)
    start = roster_values(rm, _without_lone_trainees(problem, elig, flow.pairs, set(pins)))
    bound = stage_one_bound(rm, flow.shortfall.min, flow.shortfall.target)
    outcome = optimise(rm, start, bound, deadline, workers)
    if outcome.infeasible or outcome.values is None:
        return _infeasible(problem, conflicting_pins(problem, elig, deadline - time.perf_counter()), started)
    chosen = [p for p, value in enumerate(outcome.values) if value]
    return extract(problem, elig, chosen, "OPTIMAL" if outcome.proven else "FEASIBLE", started)


def _without_lone_trainees(
    problem: Problem, elig: Eligibility, pairs: Sequence[int], pinned: set[int]
) -> list[int]:
    """The flow roster made to obey the trainee rule: unpinned trainees leave slots with no non-trainee."""
    if not problem.rules.trainee_needs_mentor:
        return list(pairs)
    trainee = [volunteer.is_trainee for volunteer in problem.volunteers]
    staffed = {elig.pair_shift[p] for p in pairs if not trainee[elig.pair_volunteer[p]]}
    return [
        p
        for p in pairs
        if p in pinned or not trainee[elig.pair_volunteer[p]] or elig.pair_shift[p] in staffed
    ]


def extract(
    problem: Problem, elig: Eligibility, pairs: Sequence[int], status: Status, started: float
) -> Solution:
    """The solution for the roster made of ``pairs``: assignments, gaps, standby lists, loads, shortfall."""
    placed = sorted((elig.pair_shift[p], problem.volunteers[elig.pair_volunteer[p]].id) for p in pairs)
    assigned = {(who, elig.shifts[s]) for s, who in placed}
    assignments = tuple(
        Assignment(who, elig.shifts[s][0], elig.shifts[s][1], day_date(problem.monday, elig.shifts[s][0]))
        for s, who in placed
    )
    return Solution(
        status=status,
        assignments=assignments,
        gaps=explain.gaps(problem, assigned),
        standby=explain.standby(problem, elig, assigned),
        load=explain.loads(problem, assigned),
        shortfall=shortfall_of(problem, assigned),
        solve_seconds=round(time.perf_counter() - started, 3),
    )


def shortfall_of(problem: Problem, assigned: set[tuple[str, tuple[str, str]]]) -> Shortfall:
    counts = {shift: 0 for shift in problem.shifts}
    for _, shift in assigned:
        counts[shift] += 1
    short_min = sum(max(0, problem.needs[s].min - n) for s, n in counts.items())
    return Shortfall(short_min, sum(max(0, problem.needs[s].target - n) for s, n in counts.items()))


def _infeasible(problem: Problem, reasons: tuple[Reason, ...], started: float) -> Solution:
    """No roster: the pins contradict the hard rules. Every slot counts as unstaffed."""
    return Solution(
        status="INFEASIBLE",
        assignments=(),
        gaps=(),
        standby={},
        load=explain.loads(problem, set()),
        shortfall=shortfall_of(problem, set()),
        solve_seconds=round(time.perf_counter() - started, 3),
        infeasible_reasons=reasons,
    )
