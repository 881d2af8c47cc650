"""One function per hard rule (adds constraints) and per objective term (returns a Term to minimise)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from ortools.sat.python import cp_model

from coordinator.core.week import Level

from .model import RosterModel, Term, Values

_sum = cp_model.LinearExpr.sum
_weighted = cp_model.LinearExpr.weighted_sum


def add_slot_max(rm: RosterModel) -> None:
    """At most ``max`` volunteers in a slot."""
    for s, shift in enumerate(rm.elig.shifts):
        if len(rm.elig.by_shift[s]) > rm.problem.needs[shift].max:
            rm.model.add(rm.count(s) <= rm.problem.needs[shift].max)


def add_max_shifts(rm: RosterModel) -> None:
    """At most ``max_shifts`` slots per volunteer in the week."""
    for v, volunteer in enumerate(rm.problem.volunteers):
        if len(rm.elig.by_volunteer[v]) > volunteer.max_shifts:
            rm.model.add(rm.load(v) <= volunteer.max_shifts)


def add_max_shifts_per_day(rm: RosterModel) -> None:
    """At most ``max_shifts_per_day`` slots per volunteer per day."""
    limit = rm.problem.rules.max_shifts_per_day
    for pairs in rm.elig.by_volunteer:
        by_day: dict[str, list[int]] = defaultdict(list)
        for p in pairs:
            by_day[rm.elig.day_of(rm.elig.pair_shift[p])].append(p)
        for same_day in by_day.values():
            if len(same_day) > limit:
                rm.model.add(_sum([rm.x[p] for p in same_day]) <= limit)


def add_trainee_needs_mentor(rm: RosterModel) -> None:
    """A slot with a trainee also has someone who is not a trainee (one "has a non-trainee" flag per slot)."""
    if not rm.problem.rules.trainee_needs_mentor:
        return
    trainee = [volunteer.is_trainee for volunteer in rm.problem.volunteers]
    for s, pairs in enumerate(rm.elig.by_shift):
        learners = [p for p in pairs if trainee[rm.elig.pair_volunteer[p]]]
        others = [p for p in pairs if not trainee[rm.elig.pair_volunteer[p]]]
        if not learners:
            continue
        staffed = rm.model.new_bool_var(f"staffed{s}")
        rm.model.add(_sum([rm.x[p] for p in others]) >= 1).only_enforce_if(staffed)
        for p in learners:
            rm.model.add_implication(rm.x[p], staffed)
        rm.derived.append((staffed, lambda values, others=others: int(any(values[p] for p in others))))


def add_pins(rm: RosterModel, pins: Sequence[int], *, as_assumptions: bool = False) -> None:
    """Every pinned assignment is kept."""
    if as_assumptions:
        rm.model.add_assumptions([rm.x[p] for p in pins])
        return
    for p in pins:
        rm.model.add(rm.x[p] == 1)


def _shortfall(rm: RosterModel, level: str) -> Term:
    """Σ over slots of max(0, need − assigned), ``need`` being each slot's min or target."""
    terms, upper = [], 0
    for s, shift in enumerate(rm.elig.shifts):
        need = getattr(rm.problem.needs[shift], level)
        if need == 0:
            continue
        short = rm.model.new_int_var(0, need, f"short_{level}{s}")
        rm.model.add(short >= need - rm.count(s))
        pairs = rm.elig.by_shift[s]
        rm.derived.append(
            (short, lambda values, need=need, pairs=pairs: max(0, need - sum(values[p] for p in pairs)))
        )
        terms.append(short)
        upper += need
    return Term(_sum(terms), upper)


def shortfall_min(rm: RosterModel) -> Term:
    return _shortfall(rm, "min")


def shortfall_target(rm: RosterModel) -> Term:
    return _shortfall(rm, "target")


def _pairs_at(rm: RosterModel, level: Level) -> list[int]:
    return [p for p in range(rm.elig.size) if rm.elig.pair_level[p] == level]


def standby_used(rm: RosterModel) -> Term:
    """Shifts given to volunteers at their ``standby`` level."""
    pairs = _pairs_at(rm, Level.STANDBY)
    return Term(_sum([rm.x[p] for p in pairs]), len(pairs))


def partial_used(rm: RosterModel) -> Term:
    """Shifts given to volunteers who offered only part of the slot (when partial slots may be used at all)."""
    pairs = _pairs_at(rm, Level.PARTIAL)
    return Term(_sum([rm.x[p] for p in pairs]), len(pairs))


def preferred_missed(rm: RosterModel) -> Term:
    """Preferred slots not granted: minimising it grants as many as possible."""
    pairs = _pairs_at(rm, Level.PREFERRED)
    return Term(len(pairs) - _sum([rm.x[p] for p in pairs]), len(pairs))


def _load_steps(rm: RosterModel) -> list[list[cp_model.IntVar]]:
    """Per volunteer, Booleans ``load ≥ 1``, ``load ≥ 2``, …; shared by the fairness terms."""
    if "steps" in rm.cache:
        return rm.cache["steps"]  # type: ignore[return-value]
    per_day = rm.problem.rules.max_shifts_per_day * 7
    steps: list[list[cp_model.IntVar]] = []
    for v, volunteer in enumerate(rm.problem.volunteers):
        pairs = rm.elig.by_volunteer[v]
        cap = min(volunteer.max_shifts, len(pairs), per_day)
        mine = [rm.model.new_bool_var(f"load{v}_{k}") for k in range(1, cap + 1)]
        if mine:
            rm.model.add(_sum(mine) == rm.load(v))
            for higher, lower in zip(mine[1:], mine, strict=False):
                rm.model.add_implication(higher, lower)
        for k, var in enumerate(mine, start=1):
            rm.derived.append((var, lambda values, k=k, pairs=pairs: int(sum(values[p] for p in pairs) >= k)))
        steps.append(mine)
    rm.cache["steps"] = steps
    return steps


def min_shifts_missed(rm: RosterModel) -> Term:
    """Σ max(0, min_shifts − load) over volunteers, counting only shifts they could possibly get."""
    wanted = [
        step
        for steps, volunteer in zip(_load_steps(rm), rm.problem.volunteers, strict=True)
        for step in steps[: volunteer.min_shifts]
    ]
    return Term(len(wanted) - _sum(wanted), len(wanted))


def load_squares(rm: RosterModel) -> Term:
    """Σ load², written as Σₖ (2k−1)·[load ≥ k]: the fairness measure after ``min_shifts``.

    Moving one shift from someone with k+2 to someone with k who could take it lowers the sum, so at the
    optimum nobody carries two more shifts than a colleague who was free to take one of them (unless that
    would cost a higher priority); volunteers with few open slots top out at what they can take.
    """
    steps = _load_steps(rm)
    variables = [var for mine in steps for var in mine]
    weights = [2 * k - 1 for mine in steps for k in range(1, len(mine) + 1)]
    return Term(_weighted(variables, weights), sum(weights))


def changes_from_previous(rm: RosterModel) -> Term:
    """Assignments dropped from ``previous`` plus assignments added to it."""
    if not rm.problem.previous:
        return Term(0, 0)
    index = {volunteer.id: v for v, volunteer in enumerate(rm.problem.volunteers)}
    before = {
        rm.elig.pair_index.get((index[place.volunteer], rm.elig.shift_index[place.shift]))
        for place in rm.problem.previous
    } - {None}
    weights = [-1 if p in before else 1 for p in range(rm.elig.size)]
    return Term(len(before) + _weighted(rm.x, weights), rm.elig.size)


def roster_values(rm: RosterModel, pairs: Sequence[int]) -> Values:
    chosen = set(pairs)
    return [int(p in chosen) for p in range(rm.elig.size)]
