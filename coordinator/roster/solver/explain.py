"""Why each short slot stays short, who could fill it if a rule gave way, and who else could be called."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping

from coordinator.core.week import Level

from . import reasons as r
from .eligibility import Eligibility, shift_dates
from .problem import Problem, Shift, Volunteer
from .reasons import Reason
from .solution import Gap

MAX_PEOPLE_REASONS = 8
MAX_CANDIDATES = 10
_ORDER = (r.ON_LEAVE, r.PARTIAL_HOURS, r.PARTIAL_ONLY, r.AT_MAX_SHIFTS, r.SAME_DAY, r.TRAINEE_NO_MENTOR, r.NOT_PLACED)
_LEVEL_RANK = {Level.PREFERRED: 0, Level.AVAILABLE: 1, Level.PARTIAL: 2, Level.STANDBY: 3}


class _Roster:
    """The solved roster, indexed for the questions asked here."""

    def __init__(self, problem: Problem, assigned: set[tuple[str, Shift]]) -> None:
        self.problem = problem
        self.people: dict[Shift, set[str]] = defaultdict(set)
        self.days: dict[tuple[str, str], list[str]] = defaultdict(list)
        for who, (day, slot) in sorted(assigned):
            self.people[day, slot].add(who)
            self.days[who, day].append(slot)
        self.load = Counter(who for who, _ in assigned)
        self.trainees = {volunteer.id for volunteer in problem.volunteers if volunteer.is_trainee}


def gaps(problem: Problem, assigned: set[tuple[str, Shift]]) -> tuple[Gap, ...]:
    """Every slot below its target, Monday first, with reasons and candidates."""
    roster, found = _Roster(problem, assigned), []
    for shift in problem.shifts:
        need, have = problem.needs[shift], len(roster.people[shift])
        if have < need.target:
            reasons, candidates = _explain(roster, shift)
            below = "min" if have < need.min else "target"
            found.append(Gap(shift[0], shift[1], need.target - have, below, reasons, candidates))
    return tuple(found)


def _explain(roster: _Roster, shift: Shift) -> tuple[tuple[Reason, ...], tuple[str, ...]]:
    listed = [
        v for v in roster.problem.volunteers if shift in v.availability and v.id not in roster.people[shift]
    ]
    if not listed:
        code = r.NOBODY_ELSE if roster.people[shift] else r.NOBODY_AVAILABLE
        return (Reason(code, None, {"day": shift[0], "slot": shift[1]}),), ()
    date = shift_dates(roster.problem)[shift[0]]
    people = sorted(
        (
            (reason, roster.load[v.id])
            for v in listed
            if (reason := _why_not(roster, v, shift, date)) is not None
        ),
        key=lambda item: (_ORDER.index(item[0].code), item[1], item[0].volunteer),
    )
    reasons = [reason for reason, _ in people[:MAX_PEOPLE_REASONS]]
    if len(people) > MAX_PEOPLE_REASONS:
        reasons.append(Reason(r.MORE, None, {"count": len(people) - MAX_PEOPLE_REASONS}))
    candidates = [reason.volunteer for reason, _ in people if reason.code != r.ON_LEAVE]
    return tuple(reasons), tuple(who for who in candidates[:MAX_CANDIDATES] if who is not None)


def _why_not(roster: _Roster, volunteer: Volunteer, shift: Shift, date) -> Reason | None:  # noqa: ANN001
    rules, day = roster.problem.rules, shift[0]
    level = volunteer.availability[shift]
    if volunteer.on_leave(date):
        return Reason(r.ON_LEAVE, volunteer.id, {"date": date.isoformat()})
    if level == Level.PARTIAL and not rules.allow_partial:
        if hours := volunteer.hours.get(shift):
            return Reason(r.PARTIAL_HOURS, volunteer.id, {"start": hours[0], "end": hours[1]})
        return Reason(r.PARTIAL_ONLY, volunteer.id, {"level": level.value})
    if roster.load[volunteer.id] >= volunteer.max_shifts:
        return Reason(r.AT_MAX_SHIFTS, volunteer.id, {"limit": volunteer.max_shifts})
    if len(roster.days[volunteer.id, day]) >= rules.max_shifts_per_day:
        return Reason(r.SAME_DAY, volunteer.id, {"other": roster.days[volunteer.id, day][0]})
    if (
        rules.trainee_needs_mentor
        and volunteer.id in roster.trainees
        and roster.people[shift] <= roster.trainees
    ):
        return Reason(r.TRAINEE_NO_MENTOR, volunteer.id, {})
    return Reason(r.NOT_PLACED, volunteer.id, {})


def standby(
    problem: Problem, elig: Eligibility, assigned: set[tuple[str, Shift]]
) -> dict[str, tuple[str, ...]]:
    """Per "day:slot", who may work it but is not on it: preferred first, standby last, least loaded first."""
    load = Counter(who for who, _ in assigned)
    lists: dict[str, tuple[str, ...]] = {}
    for s, shift in enumerate(elig.shifts):
        free = [
            (_LEVEL_RANK[elig.pair_level[p]], load[who], who)
            for p in elig.by_shift[s]
            if (who := problem.volunteers[elig.pair_volunteer[p]].id, shift) not in assigned
        ]
        if free:
            lists[f"{shift[0]}:{shift[1]}"] = tuple(who for *_, who in sorted(free))
    return lists


def loads(problem: Problem, assigned: set[tuple[str, Shift]]) -> Mapping[str, int]:
    counted = Counter(who for who, _ in assigned)
    return {volunteer.id: counted[volunteer.id] for volunteer in problem.volunteers}
