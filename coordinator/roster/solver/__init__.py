"""The duty-roster solver: a pure function from a roster problem to a solution (OR-Tools CP-SAT)."""

from .flow import min_cost_flow_bound
from .parse import problem_from_json
from .problem import Placement, Problem, ProblemError, Rules, Shift, SlotNeed, Volunteer
from .reasons import Reason, describe_reason
from .search import solve
from .serialize import solution_to_json
from .solution import Assignment, Gap, Shortfall, Solution

__all__ = [
    "Assignment",
    "Gap",
    "Placement",
    "Problem",
    "ProblemError",
    "Reason",
    "Rules",
    "Shift",
    "Shortfall",
    "SlotNeed",
    "Solution",
    "Volunteer",
    "describe_reason",
    "min_cost_flow_bound",
    "problem_from_json",
    "solution_to_json",
    "solve",
]
