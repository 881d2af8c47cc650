"""Turn the team as stored into a roster problem (the JSON form the solver reads); pure, no storage."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from coordinator.core.week import DateRange, DutySlot, Level, day_date, iso_week_label
from coordinator.roster.domain import ShiftKey

SOLVER_ROLES = ("trainee", "mentor", "lead")


@dataclass(frozen=True, slots=True)
class VolunteerSnapshot:
    """One member as the solver needs them for one week."""

    staff_id: str
    name: str
    roles: frozenset[str]
    availability: Mapping[str, Level]
    leave: tuple[DateRange, ...] = ()
    mentor: str | None = None
    max_shifts: int | None = None
    """Their own weekly limit, when they set one; else the team's."""
    hours: Mapping[str, tuple[str, str]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Needs:
    min: int = 1
    target: int = 2
    max: int = 3
    max_shifts: int = 3


@dataclass(frozen=True, slots=True)
class WeekRequest:
    """Everything that goes into one week's roster problem."""

    monday: date
    timezone: str
    slots: tuple[DutySlot, ...]
    needs: Needs
    volunteers: tuple[VolunteerSnapshot, ...]
    previous: tuple[ShiftKey, ...] = ()
    pinned: tuple[ShiftKey, ...] = ()
    unavailable: frozenset[ShiftKey] = field(default_factory=frozenset)
    allow_partial: bool = False
    """Whether a volunteer may be put on a slot they can do only in part."""


def next_monday(today: date) -> date:
    return today + timedelta(days=7 - today.weekday())


def problem_data(request: WeekRequest) -> dict[str, Any]:
    """The request in ROSTER_FORMAT's problem form; ``unavailable`` shifts are left out of availability."""
    week_end = request.monday + timedelta(days=6)
    return {
        "week": iso_week_label(request.monday),
        "timezone": request.timezone,
        "slots": [
            {"name": slot.name, "start": f"{slot.start:%H:%M}", "end": f"{slot.end:%H:%M}"} for slot in request.slots
        ],
        "requirements": {
            "default": {"min": request.needs.min, "target": request.needs.target, "max": request.needs.max}
        },
        "rules": {"allow_partial": request.allow_partial},
        "volunteers": [_volunteer(v, request, week_end) for v in request.volunteers],
        "pinned": [_shift(key) for key in request.pinned if _can_work(request, key)],
        "previous": [_shift(key) for key in request.previous],
    }


def _volunteer(volunteer: VolunteerSnapshot, request: WeekRequest, week_end: date) -> dict[str, Any]:
    slot_names = {slot.name for slot in request.slots}
    availability = {
        key: str(level)
        for key, level in volunteer.availability.items()
        if key.partition(":")[2] in slot_names and (volunteer.staff_id, *key.split(":")) not in request.unavailable
    }
    data: dict[str, Any] = {
        "id": volunteer.staff_id,
        "name": volunteer.name,
        "roles": _roles(volunteer.roles),
        "max_shifts": volunteer.max_shifts or request.needs.max_shifts,
        "availability": availability,
        "leave": [
            period.as_json() for period in volunteer.leave if period.start <= week_end and period.end >= request.monday
        ],
    }
    hours = {key: list(span) for key, span in volunteer.hours.items() if key in availability}
    if hours:
        data["hours"] = hours
    on_the_team = {other.staff_id for other in request.volunteers}
    if "trainee" in data["roles"] and volunteer.mentor in on_the_team - {volunteer.staff_id}:
        data["mentor"] = volunteer.mentor
    return data


WORKABLE = (Level.AVAILABLE, Level.PREFERRED, Level.STANDBY)


def workable(allow_partial: bool) -> tuple[Level, ...]:
    """The levels at which a volunteer may be put on a slot: ``partial`` too when the team allows it."""
    return (*WORKABLE, Level.PARTIAL) if allow_partial else WORKABLE


def _can_work(request: WeekRequest, key: ShiftKey) -> bool:
    """Whether a pin still holds: the volunteer still offers that slot and is not away that day."""
    staff_id, day, slot = key
    volunteer = next((v for v in request.volunteers if v.staff_id == staff_id), None)
    if volunteer is None or key in request.unavailable:
        return False
    on = day_date(request.monday, day)
    level = volunteer.availability.get(f"{day}:{slot}")
    return level in workable(request.allow_partial) and not any(on in p for p in volunteer.leave)


def _roles(roles: Iterable[str]) -> list[str]:
    chosen = [role for role in SOLVER_ROLES if role in roles]
    return ["trainee"] if "trainee" in chosen else chosen or ["member"]


def _shift(key: ShiftKey) -> dict[str, str]:
    staff_id, day, slot = key
    return {"volunteer": staff_id, "day": day, "slot": slot}
