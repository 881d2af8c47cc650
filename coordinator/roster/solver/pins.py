"""Pins that break the hard rules, named: checked one by one first, then together with CP-SAT."""

from __future__ import annotations

from collections import Counter, defaultdict

from ortools.sat.python import cp_model

from coordinator.core.week import Level

from . import reasons as r
from .eligibility import Eligibility, shift_dates, workable_levels
from .flow import pinned_pairs
from .model import HARD_RULES, build_model
from .problem import Problem
from .reasons import Reason


def pin_problems(problem: Problem, elig: Eligibility) -> tuple[Reason, ...]:
    """Every pin that breaks a hard rule on its own, or with the other pins of the same person or slot."""
    found = [*_unworkable(problem), *_over_limits(problem), *_over_slot_max(problem)]
    return tuple(found) or _trainees_alone(problem, elig)


def _unworkable(problem: Problem) -> list[Reason]:
    levels, dates, found = workable_levels(problem), shift_dates(problem), []
    people = {volunteer.id: volunteer for volunteer in problem.volunteers}
    for pin in problem.pinned:
        volunteer, where = people[pin.volunteer], {"day": pin.day, "slot": pin.slot}
        level = volunteer.availability.get(pin.shift)
        if level not in levels:
            code = r.PIN_PARTIAL if level == Level.PARTIAL else r.PIN_NOT_AVAILABLE
            found.append(Reason(code, pin.volunteer, where))
        elif volunteer.on_leave(dates[pin.day]):
            found.append(Reason(r.PIN_ON_LEAVE, pin.volunteer, {**where, "date": dates[pin.day].isoformat()}))
    return found


def _over_limits(problem: Problem) -> list[Reason]:
    people = {volunteer.id: volunteer for volunteer in problem.volunteers}
    weekly = Counter(pin.volunteer for pin in problem.pinned)
    daily = Counter((pin.volunteer, pin.day) for pin in problem.pinned)
    limit = problem.rules.max_shifts_per_day
    found = [
        Reason(r.PIN_OVER_MAX_SHIFTS, who, {"count": count, "limit": people[who].max_shifts})
        for who, count in weekly.items()
        if count > people[who].max_shifts
    ]
    found += [
        Reason(r.PIN_OVER_DAY, who, {"day": day, "count": count, "limit": limit})
        for (who, day), count in daily.items()
        if count > limit
    ]
    return found


def _over_slot_max(problem: Problem) -> list[Reason]:
    by_shift: dict[tuple[str, str], list[str]] = defaultdict(list)
    for pin in problem.pinned:
        by_shift[pin.shift].append(pin.volunteer)
    return [
        Reason(
            r.PIN_OVER_SLOT_MAX,
            None,
            {
                "day": day,
                "slot": slot,
                "count": len(who),
                "limit": problem.needs[day, slot].max,
                "people": tuple(who),
            },
        )
        for (day, slot), who in by_shift.items()
        if len(who) > problem.needs[day, slot].max
    ]


def _trainees_alone(problem: Problem, elig: Eligibility) -> tuple[Reason, ...]:
    if not problem.rules.trainee_needs_mentor:
        return ()
    trainee = {volunteer.id for volunteer in problem.volunteers if volunteer.is_trainee}
    open_shifts = {
        elig.shifts[elig.pair_shift[p]]
        for p in range(elig.size)
        if problem.volunteers[elig.pair_volunteer[p]].id not in trainee
    }
    return tuple(
        Reason(r.PIN_TRAINEE_ALONE, pin.volunteer, {"day": pin.day, "slot": pin.slot})
        for pin in problem.pinned
        if pin.volunteer in trainee and pin.shift not in open_shifts
    )


def conflicting_pins(problem: Problem, elig: Eligibility, time_limit: float) -> tuple[Reason, ...]:
    """The pins that cannot all be kept together (an infeasible core) and the rules involved."""
    pins = pinned_pairs(problem, elig)
    rm = build_model(problem, elig, pins, pins_as_assumptions=True)
    status, solver = _feasibility(rm.model, time_limit)
    core = set(solver.sufficient_assumptions_for_infeasibility()) if status == cp_model.INFEASIBLE else set()
    chosen = [p for p in pins if rm.x[p].index in core] or pins
    people = tuple(dict.fromkeys(problem.volunteers[elig.pair_volunteer[p]].id for p in chosen))
    involved = tuple(
        rule
        for rule in HARD_RULES
        if _feasibility(build_model(problem, elig, chosen, without=rule).model, time_limit)[0]
        != cp_model.INFEASIBLE
    )
    return (Reason(r.PINS_CONFLICT, None, {"people": people, "rules": involved}),)


def _feasibility(model: cp_model.CpModel, time_limit: float) -> tuple[int, cp_model.CpSolver]:
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    solver.parameters.max_time_in_seconds = max(time_limit / 5, 0.2)
    return solver.solve(model), solver
