"""The solution as the JSON of ROSTER_FORMAT.md; reasons are English sentences joined with "; "."""

from __future__ import annotations

from typing import Any

from .reasons import describe_reason
from .solution import Solution


def solution_to_json(solution: Solution, names: dict[str, str] | None = None) -> dict[str, Any]:
    """``names`` (id → name) words the reasons; without it people are called by their IDs."""
    names = names or {}
    data: dict[str, Any] = {
        "status": solution.status,
        "assignments": [
            {"volunteer": a.volunteer, "day": a.day, "slot": a.slot, "date": a.date.isoformat()}
            for a in solution.assignments
        ],
        "gaps": [
            {
                "day": gap.day,
                "slot": gap.slot,
                "missing": gap.missing,
                "below": gap.below,
                "reason": "; ".join(describe_reason(reason, "en", names) for reason in gap.reasons),
                "candidates": list(gap.candidates),
            }
            for gap in solution.gaps
        ],
        "standby": {key: list(ids) for key, ids in solution.standby.items()},
        "load": dict(solution.load),
        "shortfall": {"min": solution.shortfall.min, "target": solution.shortfall.target},
        "solve_seconds": solution.solve_seconds,
    }
    if solution.infeasible_reasons:
        data["message"] = "; ".join(
            describe_reason(reason, "en", names) for reason in solution.infeasible_reasons
        )
    return data
