"""Read a roster problem from its JSON form (ROSTER_FORMAT.md), one plain sentence per mistake."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, time
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from coordinator.core.week import (
    DAYS,
    DEFAULT_SLOTS,
    DateRange,
    DutySlot,
    Level,
    parse_iso_week,
    split_slot_key,
)

from .problem import ROLES, Placement, Problem, ProblemError, Rules, Shift, SlotNeed, Volunteer

_TOP = {"week", "timezone", "slots", "requirements", "rules", "volunteers", "pinned", "previous"}
_VOLUNTEER = {"id", "name", "roles", "mentor", "max_shifts", "min_shifts", "availability", "leave", "hours"}
_CLOCK = re.compile(r"^([01]\d|2[0-4]):[0-5]\d$")
_NEED = ("min", "target", "max")
_DEFAULT_NEED = {"min": 1, "target": 1, "max": 3}
_WEEK = re.compile(r"\d{4}-W\d{2}")
MOST = 10_000
"""No count in a roster comes near this; anything larger is a mistake (and would overflow the flow bound)."""
YEARS = range(2000, 2101)
_TIME = re.compile(r"([01]\d|2[0-3]):([0-5]\d)")


def problem_from_json(data: Any) -> Problem:
    """The problem in ``data`` with every default filled in; raises ProblemError naming the bad field."""
    obj = _object(data, "the problem")
    _known_keys(obj, _TOP, "the problem")
    week = _week(obj.get("week"))
    if "volunteers" not in obj:
        raise ProblemError("volunteers is missing; give a list of volunteers, even an empty one")
    slots = _slots(obj.get("slots"))
    names = {slot.name for slot in slots}
    volunteers = tuple(
        _volunteer(item, f"volunteers[{i}]", names) for i, item in enumerate(_list(obj, "volunteers"))
    )
    _unique_ids(volunteers)
    ids = {volunteer.id for volunteer in volunteers}
    _known_mentors(volunteers, ids)
    return Problem(
        week=week,
        monday=parse_iso_week(week),
        timezone=_timezone(obj.get("timezone", "Asia/Shanghai")),
        slots=slots,
        needs=_needs(obj.get("requirements", {}), names),
        rules=_rules(obj.get("rules", {})),
        volunteers=volunteers,
        pinned=tuple(dict.fromkeys(_placements(obj, "pinned", names, ids, strict=True))),
        previous=tuple(dict.fromkeys(_placements(obj, "previous", names, ids, strict=False))),
    )


def _known_mentors(volunteers: tuple[Volunteer, ...], ids: set[str]) -> None:
    for index, volunteer in enumerate(volunteers):
        if volunteer.mentor is None:
            continue
        if volunteer.mentor == volunteer.id:
            raise ProblemError(f"volunteers[{index}].mentor is the volunteer themself; name someone else")
        if volunteer.mentor not in ids:
            raise ProblemError(f"volunteers[{index}].mentor '{volunteer.mentor}' is not one of the volunteers' ids")


def _object(value: Any, where: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise ProblemError(f"{where} must be a JSON object")
    return value


def _list(obj: Mapping[str, Any], key: str, where: str = "") -> list[Any]:
    value = obj.get(key, [])
    if not isinstance(value, list):
        raise ProblemError(f"{where}{key} must be a list")
    return value


def _known_keys(obj: Mapping[str, Any], known: set[str], where: str) -> None:
    unknown = sorted(set(obj) - known)
    if unknown:
        raise ProblemError(
            f"{where} has an unknown field '{unknown[0]}'; the fields are {', '.join(sorted(known))}"
        )


def _whole(value: Any, where: str, least: int = 0, most: int = MOST) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not least <= value <= most:
        raise ProblemError(f"{where} must be a whole number from {least} to {most}")
    return value


def _text(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ProblemError(f"{where} must be a non-empty string")
    return value


def _week(value: Any) -> str:
    if not isinstance(value, str) or not _WEEK.fullmatch(value):
        raise ProblemError("week must be an ISO week label such as 2026-W49")
    try:
        parse_iso_week(value)
    except ValueError:
        raise ProblemError(f"week '{value}' does not exist; weeks run from W01 to W52 or W53") from None
    if int(value[:4]) not in YEARS:
        raise ProblemError(f"week '{value}' is out of range; use a year from {YEARS[0]} to {YEARS[-1]}")
    return value


def _timezone(value: Any) -> str:
    try:
        ZoneInfo(_text(value, "timezone"))
    except (ZoneInfoNotFoundError, ValueError):
        raise ProblemError(f"timezone '{value}' is not an IANA time zone such as Asia/Shanghai") from None
    return value


def _time(value: Any, where: str) -> time:
    match = _TIME.fullmatch(value) if isinstance(value, str) else None
    if not match:
        raise ProblemError(f"{where} must be a time such as 09:00")
    return time(int(match[1]), int(match[2]))


def _slots(value: Any) -> tuple[DutySlot, ...]:
    if value is None:
        return DEFAULT_SLOTS
    if not isinstance(value, list) or not value:
        raise ProblemError("slots must be a non-empty list")
    slots: list[DutySlot] = []
    for i, item in enumerate(value):
        where = f"slots[{i}]"
        obj = _object(item, where)
        _known_keys(obj, {"name", "start", "end"}, where)
        name = _text(obj.get("name"), f"{where}.name")
        if ":" in name or name in {slot.name for slot in slots}:
            raise ProblemError(f"{where}.name '{name}' is used twice or contains ':'")
        start, end = _time(obj.get("start"), f"{where}.start"), _time(obj.get("end"), f"{where}.end")
        if start == end:
            raise ProblemError(f"{where} starts and ends at the same time")
        slots.append(DutySlot(name, start, end))
    return tuple(slots)


def _shift(day: Any, slot: Any, where: str, names: set[str]) -> Shift:
    if day not in DAYS:
        raise ProblemError(f"{where}.day must be one of {', '.join(DAYS)}")
    if slot not in names:
        raise ProblemError(f"{where}.slot must be one of {', '.join(sorted(names))}")
    return (day, slot)


def _need(obj: Mapping[str, Any], where: str, base: Mapping[str, int]) -> SlotNeed:
    values = {key: _whole(obj.get(key, base[key]), f"{where}.{key}") for key in _NEED}
    if not values["min"] <= values["target"] <= values["max"]:
        raise ProblemError(f"{where} needs min ≤ target ≤ max")
    return SlotNeed(**values)


def _needs(value: Any, names: set[str]) -> dict[Shift, SlotNeed]:
    obj = _object(value, "requirements")
    _known_keys(obj, {"default", "overrides"}, "requirements")
    default_obj = _object(obj.get("default", {}), "requirements.default")
    _known_keys(default_obj, set(_NEED), "requirements.default")
    default = _need(default_obj, "requirements.default", _DEFAULT_NEED)
    needs = {(day, slot): default for day in DAYS for slot in sorted(names)}
    for i, item in enumerate(_list(obj, "overrides", "requirements.")):
        where = f"requirements.overrides[{i}]"
        override = _object(item, where)
        _known_keys(override, {"day", "slot", *_NEED}, where)
        shift = _shift(override.get("day"), override.get("slot"), where, names)
        needs[shift] = _need(override, where, {key: getattr(needs[shift], key) for key in _NEED})
    return needs


def _rules(value: Any) -> Rules:
    obj = _object(value, "rules")
    _known_keys(obj, {"max_shifts_per_day", "trainee_needs_mentor", "allow_partial"}, "rules")
    flags = {}
    for key in ("trainee_needs_mentor", "allow_partial"):
        flags[key] = obj.get(key, getattr(Rules(), key))
        if not isinstance(flags[key], bool):
            raise ProblemError(f"rules.{key} must be true or false")
    per_day = _whole(obj.get("max_shifts_per_day", 1), "rules.max_shifts_per_day", least=1)
    return Rules(max_shifts_per_day=per_day, **flags)


def _volunteer(value: Any, where: str, names: set[str]) -> Volunteer:
    obj = _object(value, where)
    _known_keys(obj, _VOLUNTEER, where)
    roles = obj.get("roles", ["member"])
    if not isinstance(roles, list) or any(role not in ROLES for role in roles):
        raise ProblemError(f"{where}.roles must be a list of {', '.join(ROLES)}")
    mentor = obj.get("mentor")
    if mentor is not None:
        _text(mentor, f"{where}.mentor")
    max_shifts = _whole(obj.get("max_shifts", 3), f"{where}.max_shifts")
    min_shifts = _whole(obj.get("min_shifts", 0), f"{where}.min_shifts")
    if min_shifts > max_shifts:
        raise ProblemError(f"{where}.min_shifts cannot be more than its max_shifts ({max_shifts})")
    return Volunteer(
        id=_text(obj.get("id"), f"{where}.id"),
        name=_text(obj.get("name"), f"{where}.name"),
        roles=tuple(dict.fromkeys(roles)) or ("member",),
        mentor=mentor,
        max_shifts=max_shifts,
        min_shifts=min_shifts,
        availability=_availability(obj.get("availability", {}), f"{where}.availability", names),
        leave=tuple(
            _leave(item, f"{where}.leave[{i}]") for i, item in enumerate(_list(obj, "leave", f"{where}."))
        ),
        hours=_hours(obj.get("hours", {}), f"{where}.hours", names),
    )


def _hours(value: Any, where: str, names: set[str]) -> dict[Shift, tuple[str, str]]:
    found: dict[Shift, tuple[str, str]] = {}
    for key, span in _object(value, where).items():
        day, slot = split_slot_key(key)
        if day not in DAYS or slot not in names:
            raise ProblemError(f"{where} has an unknown slot '{key}'; write it as day:slot, e.g. wed:evening")
        if not (isinstance(span, list) and len(span) == 2 and all(isinstance(c, str) and _CLOCK.match(c) for c in span)
                and span[0] < span[1]):
            raise ProblemError(f"{where}['{key}'] must be two times such as [\"16:00\", \"19:00\"]")
        found[(day, slot)] = (span[0], span[1])
    return found


def _availability(value: Any, where: str, names: set[str]) -> dict[Shift, Level]:
    levels = ", ".join(level.value for level in Level)
    found: dict[Shift, Level] = {}
    for key, level in _object(value, where).items():
        day, slot = split_slot_key(key)
        if day not in DAYS or slot not in names:
            raise ProblemError(f"{where} has an unknown slot '{key}'; write it as day:slot, e.g. wed:evening")
        if level not in {item.value for item in Level}:
            raise ProblemError(f"{where}['{key}'] must be one of {levels}")
        found[(day, slot)] = Level(level)
    return found


def _leave(value: Any, where: str) -> DateRange:
    obj = _object(value, where)
    _known_keys(obj, {"from", "to"}, where)
    start, end = _date(obj.get("from"), f"{where}.from"), _date(obj.get("to"), f"{where}.to")
    if end < start:
        raise ProblemError(f"{where} ends before it starts")
    return DateRange(start, end)


def _date(value: Any, where: str) -> date:
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise ProblemError(f"{where} must be a date such as 2026-12-03") from None


def _unique_ids(volunteers: tuple[Volunteer, ...]) -> None:
    seen: set[str] = set()
    for i, volunteer in enumerate(volunteers):
        if volunteer.id in seen:
            raise ProblemError(f"volunteers[{i}].id '{volunteer.id}' is used by an earlier volunteer too")
        seen.add(volunteer.id)


def _placements(
    obj: Mapping[str, Any], key: str, names: set[str], ids: set[str], *, strict: bool
) -> list[Placement]:
    """Pins must name known volunteers; earlier assignments of people no longer listed are dropped."""
    found = []
    for i, item in enumerate(_list(obj, key)):
        where = f"{key}[{i}]"
        entry = _object(item, where)
        _known_keys(entry, {"volunteer", "day", "slot"}, where)
        volunteer = _text(entry.get("volunteer"), f"{where}.volunteer")
        day, slot = _shift(entry.get("day"), entry.get("slot"), where, names)
        if volunteer not in ids:
            if strict:
                raise ProblemError(f"{where}.volunteer '{volunteer}' is not one of the volunteers")
            continue
        found.append(Placement(volunteer, day, slot))
    return found
