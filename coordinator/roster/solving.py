"""Run the pure solver for a week off the event loop, and keep what it said in a storable form."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from coordinator.core.week import Level
from coordinator.roster.domain import ShiftKey
from coordinator.roster.planning import WeekRequest, problem_data
from coordinator.roster.solver import Problem, Solution, problem_from_json, solve

CHAT_TIME_LIMIT = 10.0


@dataclass(frozen=True, slots=True)
class WeekSolution(Solution):
    """The solver's answer for a stored week, and who could still be called for each slot."""

    free: Mapping[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    """Per "day:slot", (staff ID, availability level) of those off it who could still take it: free then, not on
    leave, not already on another slot that day and below their weekly limit; in the solver's standby order."""
    hours: Mapping[ShiftKey, tuple[str, str]] = field(default_factory=dict)
    """The hours of each assignment on a slot its volunteer offered only in part."""


async def solve_week(request: WeekRequest, time_limit: float = CHAT_TIME_LIMIT) -> WeekSolution:
    """Solve in a worker thread (CP-SAT releases the GIL while it searches), so the bot keeps answering."""
    problem = problem_from_json(problem_data(request))
    solution = await asyncio.to_thread(solve, problem, time_limit=time_limit)
    return WeekSolution(**{item.name: getattr(solution, item.name) for item in fields(Solution)},
                        free=still_free(problem, solution), hours=partial_hours(problem, solution))


def still_free(problem: Problem, solution: Solution) -> dict[str, tuple[tuple[str, str], ...]]:
    """The solver's standby lists (everyone eligible but not placed), with levels, less those a rule keeps off."""
    volunteers = {volunteer.id: volunteer for volunteer in problem.volunteers}
    load = Counter(item.volunteer for item in solution.assignments)
    per_day = Counter((item.volunteer, item.day) for item in solution.assignments)
    free = {}
    for key, people in solution.standby.items():
        day, _, slot = key.partition(":")
        listed = tuple(
            (staff, str(volunteers[staff].availability[day, slot]))
            for staff in people
            if load[staff] < volunteers[staff].max_shifts and per_day[staff, day] < problem.rules.max_shifts_per_day
        )
        if listed:
            free[key] = listed
    return free


def partial_hours(problem: Problem, solution: Solution) -> dict[ShiftKey, tuple[str, str]]:
    """The hours of each assignment on a slot its volunteer offered only in part (``allow_partial``)."""
    volunteers = {volunteer.id: volunteer for volunteer in problem.volunteers}
    found = {}
    for item in solution.assignments:
        volunteer, shift = volunteers[item.volunteer], (item.day, item.slot)
        if volunteer.availability.get(shift) == Level.PARTIAL and (span := volunteer.hours.get(shift)):
            found[item.volunteer, item.day, item.slot] = span
    return found


def assigned(solution: Solution) -> list[ShiftKey]:
    return [(item.volunteer, item.day, item.slot) for item in solution.assignments]


def explanation(solution: Solution, names: Mapping[str, str]) -> dict[str, Any]:
    """What the solver said, as JSON for the roster's record: gaps with structured reasons, standby, loads.

    ``free`` (with each person's level) and ``hours`` (of partial shifts, as [staff ID, day, slot, from, to]) are
    there only for a week solved by ``solve_week``; rows stored before ``free`` have ``standby`` alone, everyone
    eligible but not placed, whatever their level."""
    said: dict[str, Any] = {
        "status": solution.status,
        "shortfall": {"min": solution.shortfall.min, "target": solution.shortfall.target},
        "solve_seconds": round(solution.solve_seconds, 3),
        "gaps": [
            {
                "day": gap.day, "slot": gap.slot, "missing": gap.missing, "below": gap.below,
                "reasons": [asdict(reason) for reason in gap.reasons], "candidates": list(gap.candidates),
            }
            for gap in solution.gaps
        ],
        "standby": {key: list(ids) for key, ids in solution.standby.items()},
        "load": dict(solution.load),
        "names": dict(names),
    }
    if isinstance(solution, WeekSolution):
        said["free"] = {key: [{"id": staff, "level": level} for staff, level in people]
                        for key, people in solution.free.items()}
        said["hours"] = [[*key, *span] for key, span in sorted(solution.hours.items())]
    return said


def offer_ranking(solution: Solution, day: str, slot: str) -> list[str]:
    """Whom to ask to take a dropped slot: the solver's picks first, then the slot's standby people."""
    picks = [item.volunteer for item in solution.assignments if (item.day, item.slot) == (day, slot)]
    return list(dict.fromkeys([*picks, *solution.standby.get(f"{day}:{slot}", ())]))
