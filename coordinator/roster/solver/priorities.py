"""Lexicographic optimisation: solve priority 1, keep its value as a constraint, then 2, and so on.

Within a stage two terms are joined with a weight larger than the second term can ever be, so a higher
priority is never traded for a lower one. The stages, in order:

1. shortfall below min, then below target;
2. standby volunteers used, then partial slots used, then preferred slots not granted;
3. fairness: ``min_shifts`` missed, then Σ load² (loads as even as the availabilities allow);
4. stability: changes against ``previous``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from ortools.sat.python import cp_model

from . import rules
from .model import RosterModel, Term, Values, lexicographic

SEED = 20261130
Stage = Callable[[RosterModel], Term]

STAGES: tuple[Stage, ...] = (
    lambda rm: lexicographic(rules.shortfall_min(rm), rules.shortfall_target(rm)),
    lambda rm: lexicographic(lexicographic(rules.standby_used(rm), rules.partial_used(rm)), rules.preferred_missed(rm)),
    lambda rm: lexicographic(rules.min_shifts_missed(rm), rules.load_squares(rm)),
    rules.changes_from_previous,
)
_FIRST_SHARE = 0.5
FULL_SUBSOLVERS = ("max_lp", "default_lp", "core", "quick_restart", "pseudo_costs", "reduced_costs", "no_lp")
"""In this order: the LP-heavy search proves these flow-like stages far faster than the default one.
Presolve is off: on big teams it spends seconds expanding the slot maxima into clauses and gains nothing."""


@dataclass(frozen=True, slots=True)
class Outcome:
    values: Values | None
    """The best roster found (None when the hard rules cannot all hold)."""
    proven: bool
    infeasible: bool = False


def stage_one_bound(rm: RosterModel, shortfall_min: int, shortfall_target: int) -> int:
    """Stage 1's objective for a (min, target) shortfall, with the same weights the stage uses."""
    scale = sum(need.target for need in rm.problem.needs.values()) + 1
    return shortfall_min * scale + shortfall_target


def optimise(
    rm: RosterModel, start: Values, first_bound: int | None, deadline: float, workers: int
) -> Outcome:
    """Run every stage from the roster ``start``; ``first_bound`` is a proven lower bound for stage 1.

    Stage 1 may use half the time left, each later stage an even share of what is left then. With more
    than one worker, ties (rosters equal on every priority) may be broken differently from run to run.
    """
    values, proven = start, True
    for number, stage in enumerate(STAGES):
        term = stage(rm)
        if term.upper == 0:
            continue
        remaining = deadline - time.perf_counter()
        budget = remaining * _FIRST_SHARE if number == 0 else remaining / (len(STAGES) - number)
        if budget <= 0.01:
            return Outcome(values, False)
        if number == 0 and first_bound is not None:
            rm.model.add(term.expr >= first_bound)
        status, solver = _solve_stage(rm, term, values, budget, workers)
        if status == cp_model.INFEASIBLE and number == 0:
            return Outcome(None, False, infeasible=True)
        if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            return Outcome(values, False)
        best = round(solver.objective_value)
        values = [int(solver.boolean_value(var)) for var in rm.x]
        proven = proven and (status == cp_model.OPTIMAL or (number == 0 and best == first_bound))
        for part in term.parts or (term,):
            rm.model.add(part.expr <= round(solver.value(part.expr)))
    return Outcome(values, proven)


def _solve_stage(
    rm: RosterModel, term: Term, start: Values, budget: float, workers: int
) -> tuple[int, cp_model.CpSolver]:
    rm.model.minimize(term.expr)
    rm.hint(start)
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = workers
    solver.parameters.max_time_in_seconds = budget
    solver.parameters.random_seed = SEED
    solver.parameters.subsolvers.extend(FULL_SUBSOLVERS)
    solver.parameters.cp_model_presolve = False
    return solver.solve(rm.model), solver
