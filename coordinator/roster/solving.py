"""Run the pure solver for a week off the event loop, and keep what it said in a storable form."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from dataclasses import asdict
from typing import Any

from coordinator.roster.domain import ShiftKey
from coordinator.roster.planning import WeekRequest, problem_data
from coordinator.roster.solver import Solution, problem_from_json, solve

CHAT_TIME_LIMIT = 10.0


async def solve_week(request: WeekRequest, time_limit: float = CHAT_TIME_LIMIT) -> Solution:
    """Solve in a worker thread (CP-SAT releases the GIL while it searches), so the bot keeps answering."""
    problem = problem_from_json(problem_data(request))
    return await asyncio.to_thread(solve, problem, time_limit=time_limit)


def assigned(solution: Solution) -> list[ShiftKey]:
    return [(item.volunteer, item.day, item.slot) for item in solution.assignments]


def explanation(solution: Solution, names: Mapping[str, str]) -> dict[str, Any]:
    """What the solver said, as JSON for the roster's record: gaps with structured reasons, standby, loads."""
    return {
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


def offer_ranking(solution: Solution, day: str, slot: str) -> list[str]:
    """Whom to ask to take a dropped slot: the solver's picks first, then the slot's standby people."""
    picks = [item.volunteer for item in solution.assignments if (item.day, item.slot) == (day, slot)]
    return list(dict.fromkeys([*picks, *solution.standby.get(f"{day}:{slot}", ())]))
