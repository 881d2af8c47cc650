"""The roster problem as frozen, validated values: who can work, what each slot needs, the rules."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from coordinator.core.week import DAYS, DateRange, DutySlot, Level

Shift = tuple[str, str]
"""(day, slot name), e.g. ``("wed", "afternoon")``."""

ROLES: tuple[str, ...] = ("member", "trainee", "mentor", "lead")


class ProblemError(ValueError):
    """A roster problem that cannot be read; the message is one plain sentence naming the field."""


@dataclass(frozen=True, slots=True)
class SlotNeed:
    """How many volunteers a slot needs: at least ``min``, ideally ``target``, never more than ``max``."""

    min: int
    target: int
    max: int


@dataclass(frozen=True, slots=True)
class Rules:
    max_shifts_per_day: int = 1
    trainee_needs_mentor: bool = True
    allow_partial: bool = False


@dataclass(frozen=True, slots=True)
class Volunteer:
    id: str
    name: str
    roles: tuple[str, ...] = ("member",)
    mentor: str | None = None
    max_shifts: int = 3
    min_shifts: int = 0
    availability: Mapping[Shift, Level] = field(default_factory=dict)
    leave: tuple[DateRange, ...] = ()
    hours: Mapping[Shift, tuple[str, str]] = field(default_factory=dict)
    """For partial slots, the hours the volunteer can do (for explanations)."""

    @property
    def is_trainee(self) -> bool:
        return "trainee" in self.roles

    def on_leave(self, day: date) -> bool:
        return any(day in period for period in self.leave)


@dataclass(frozen=True, slots=True)
class Placement:
    """A volunteer on a slot: a pin to keep, or last time's assignment."""

    volunteer: str
    day: str
    slot: str

    @property
    def shift(self) -> Shift:
        return (self.day, self.slot)


@dataclass(frozen=True, slots=True)
class Problem:
    week: str
    monday: date
    timezone: str
    slots: tuple[DutySlot, ...]
    needs: Mapping[Shift, SlotNeed]
    rules: Rules
    volunteers: tuple[Volunteer, ...]
    pinned: tuple[Placement, ...] = ()
    previous: tuple[Placement, ...] = ()

    @property
    def shifts(self) -> tuple[Shift, ...]:
        """Every (day, slot) of the week, Monday morning first."""
        return tuple((day, slot.name) for day in DAYS for slot in self.slots)

    def slot(self, name: str) -> DutySlot:
        return next(slot for slot in self.slots if slot.name == name)

    def names(self) -> dict[str, str]:
        return {volunteer.id: volunteer.name for volunteer in self.volunteers}
