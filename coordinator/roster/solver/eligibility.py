"""Who may work which slot: their availability level, the partial rule and their leave dates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from coordinator.core.week import DAYS, Level, day_date

from .problem import Problem, Shift, Volunteer

WORKABLE = frozenset({Level.AVAILABLE, Level.PREFERRED, Level.STANDBY})


def workable_levels(problem: Problem) -> frozenset[Level]:
    return WORKABLE | {Level.PARTIAL} if problem.rules.allow_partial else WORKABLE


def shift_dates(problem: Problem) -> dict[str, date]:
    return {day: day_date(problem.monday, day) for day in DAYS}


def may_work(volunteer: Volunteer, shift: Shift, levels: frozenset[Level], dates: dict[str, date]) -> bool:
    """Hard rule 1: the volunteer listed the slot at a workable level and is not on leave that date."""
    level = volunteer.availability.get(shift)
    return level in levels and not volunteer.on_leave(dates[shift[0]])


@dataclass(frozen=True, slots=True)
class Eligibility:
    """Every (volunteer, slot) pair the hard rules allow, numbered; volunteers and shifts by index."""

    shifts: tuple[Shift, ...]
    shift_index: dict[Shift, int]
    pair_volunteer: tuple[int, ...]
    pair_shift: tuple[int, ...]
    pair_level: tuple[Level, ...]
    pair_index: dict[tuple[int, int], int]
    by_volunteer: tuple[tuple[int, ...], ...]
    by_shift: tuple[tuple[int, ...], ...]

    @property
    def size(self) -> int:
        return len(self.pair_volunteer)

    def day_of(self, shift: int) -> str:
        return self.shifts[shift][0]


def eligibility(problem: Problem) -> Eligibility:
    shifts = problem.shifts
    shift_index = {shift: i for i, shift in enumerate(shifts)}
    levels, dates = workable_levels(problem), shift_dates(problem)
    pv: list[int] = []
    ps: list[int] = []
    pl: list[Level] = []
    by_volunteer: list[tuple[int, ...]] = []
    by_shift: list[list[int]] = [[] for _ in shifts]
    for v, volunteer in enumerate(problem.volunteers):
        mine = []
        for shift in sorted(volunteer.availability, key=shift_index.__getitem__):
            if may_work(volunteer, shift, levels, dates):
                s = shift_index[shift]
                mine.append(len(pv))
                by_shift[s].append(len(pv))
                pv.append(v)
                ps.append(s)
                pl.append(volunteer.availability[shift])
        by_volunteer.append(tuple(mine))
    return Eligibility(
        shifts=shifts,
        shift_index=shift_index,
        pair_volunteer=tuple(pv),
        pair_shift=tuple(ps),
        pair_level=tuple(pl),
        pair_index={(v, s): p for p, (v, s) in enumerate(zip(pv, ps, strict=True))},
        by_volunteer=tuple(by_volunteer),
        by_shift=tuple(tuple(pairs) for pairs in by_shift),
    )
