"""The case table format shared by the parser tests: one message, the week it means, its leave."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from coordinator.availability.parser import parse_availability
from coordinator.core.week import DAYS, DEFAULT_SLOTS, DutySlot

MONDAY = date(2026, 11, 23)


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    week: str = ""
    leave: tuple[tuple[str, str], ...] = ()
    confident: bool = True
    ref: date = MONDAY
    slots: tuple[DutySlot, ...] = DEFAULT_SLOTS


def expand(week: str, slots: tuple[DutySlot, ...]) -> dict[str, str]:
    """``"mon-fri:evening; sat,sun:*=standby"`` → the full map; later entries override earlier ones."""
    result: dict[str, str] = {}
    for entry in filter(None, (part.strip() for part in week.split(";"))):
        where, _, level = entry.partition("=")
        days, _, names = where.partition(":")
        for day in _days(days):
            for name in (slot.name for slot in slots) if names == "*" else names.split(","):
                result[f"{day}:{name}"] = level or "available"
    return result


def _days(spec: str) -> list[str]:
    if spec == "*":
        return list(DAYS)
    days: list[str] = []
    for item in spec.split(","):
        first, _, last = item.partition("-")
        days.extend(DAYS[DAYS.index(first): DAYS.index(last or first) + 1])
    return days


def leave(*periods: str) -> tuple[tuple[str, str], ...]:
    """``"2026-12-24"`` for one day, ``"2026-12-30..2027-01-02"`` for a range."""
    return tuple((period.split("..")[0], period.split("..")[-1]) for period in periods)


def assert_understood(case: Case) -> None:
    """The parser reads ``case.text`` exactly as the case says: confidence, slots and leave."""
    understood = parse_availability(case.text, case.ref, case.slots).as_json()
    assert understood["confident"] is case.confident
    assert understood["slots"] == expand(case.week, case.slots)
    assert [(period["from"], period["to"]) for period in understood["leave"]] == list(case.leave)
