"""What the solver returns: assignments, gaps with their reasons, standby lists, loads, shortfall."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from .reasons import Reason

Status = Literal["OPTIMAL", "FEASIBLE", "INFEASIBLE"]


@dataclass(frozen=True, slots=True, order=True)
class Shortfall:
    """Missing volunteers summed over all slots: below each slot's ``min``, and below its ``target``."""

    min: int
    target: int


@dataclass(frozen=True, slots=True)
class Assignment:
    volunteer: str
    day: str
    slot: str
    date: date


@dataclass(frozen=True, slots=True)
class Gap:
    """A slot below target: ``missing`` more are wanted; ``below`` is "min" when short even of its min."""

    day: str
    slot: str
    missing: int
    below: Literal["min", "target"]
    reasons: tuple[Reason, ...]
    candidates: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Solution:
    status: Status
    assignments: tuple[Assignment, ...]
    gaps: tuple[Gap, ...]
    standby: Mapping[str, tuple[str, ...]]
    load: Mapping[str, int]
    shortfall: Shortfall
    solve_seconds: float
    infeasible_reasons: tuple[Reason, ...] = field(default=())
