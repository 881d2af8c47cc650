"""Build the CP-SAT model: one Boolean per eligible (volunteer, slot) pair and the hard rules."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ortools.sat.python import cp_model

from .eligibility import Eligibility
from .problem import Problem

Values = Sequence[int]
"""A 0/1 value per eligible pair: a whole roster."""


@dataclass(frozen=True, slots=True)
class Term:
    """An objective term to minimise, with the largest value it can take (for provably safe weights)."""

    expr: cp_model.LinearExprT
    upper: int
    parts: tuple[Term, ...] = ()
    """For a joined term, its parts: each is kept at its value on its own once the stage is done."""


def lexicographic(first: Term, second: Term) -> Term:
    """``first`` strictly before ``second``: one unit of ``first`` outweighs all of ``second``."""
    scale = second.upper + 1
    return Term(first.expr * scale + second.expr, first.upper * scale + second.upper, (first, second))


@dataclass(slots=True)
class RosterModel:
    """The model and its pair variables; ``derived`` computes each helper variable from a roster."""

    problem: Problem
    elig: Eligibility
    model: cp_model.CpModel
    x: list[cp_model.IntVar]
    derived: list[tuple[cp_model.IntVar, Callable[[Values], int]]] = field(default_factory=list)
    cache: dict[str, object] = field(default_factory=dict)

    def load(self, v: int) -> cp_model.LinearExprT:
        return cp_model.LinearExpr.sum([self.x[p] for p in self.elig.by_volunteer[v]])

    def count(self, s: int) -> cp_model.LinearExprT:
        return cp_model.LinearExpr.sum([self.x[p] for p in self.elig.by_shift[s]])

    def hint(self, values: Values) -> None:
        """Start the search from ``values`` (and the helper variables that follow from them)."""
        self.model.clear_hints()
        for var, value in zip(self.x, values, strict=True):
            self.model.add_hint(var, value)
        for var, rule in self.derived:
            self.model.add_hint(var, rule(values))


HARD_RULES = ("slot_max", "max_shifts", "max_shifts_per_day", "trainee_needs_mentor")


def build_model(
    problem: Problem,
    elig: Eligibility,
    pins: Sequence[int],
    *,
    pins_as_assumptions: bool = False,
    without: str | None = None,
) -> RosterModel:
    """Variables and the hard rules (all but ``without``); pins become fixed values, or assumptions."""
    from . import rules

    model = cp_model.CpModel()
    rm = RosterModel(problem, elig, model, [model.new_bool_var(f"x{p}") for p in range(elig.size)])
    for name in HARD_RULES:
        if name != without:
            getattr(rules, f"add_{name}")(rm)
    rules.add_pins(rm, pins, as_assumptions=pins_as_assumptions)
    return rm
