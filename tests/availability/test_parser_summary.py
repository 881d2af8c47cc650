"""The one-line summary the bot shows back to a volunteer, and the JSON form of a parse."""

from __future__ import annotations

from datetime import date, time

import pytest

from coordinator.availability.parser import parse_availability
from coordinator.availability.summary import summarize
from coordinator.core.week import DAYS, DutySlot, Level

CONTRACT_EXAMPLE = {
    "mon:evening": Level.AVAILABLE,
    "sat:morning": Level.STANDBY,
    "wed:afternoon": Level.PARTIAL,
}
WHOLE_WEEKEND = ("sat:morning", "sat:afternoon", "sat:evening", "sun:morning", "sun:afternoon", "sun:evening")


def _every(days: tuple[str, ...], slot: str, level: Level = Level.AVAILABLE) -> dict[str, Level]:
    return {f"{day}:{slot}": level for day in days}


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("zh", "一 晚 · 三 下午(部分) · 六 上午(机动)"),
        ("en", "Mon eve · Wed aft (partial) · Sat morn (standby)"),
    ],
)
def test_contract_example(lang: str, expected: str) -> None:
    assert summarize(CONTRACT_EXAMPLE, lang) == expected


def test_days_with_the_same_slots_are_merged() -> None:
    week = {**_every(DAYS[:5], "evening"), **_every(DAYS[5:], "morning", Level.PREFERRED)}
    assert summarize(week) == "一至五 晚 · 六、日 上午(优先)"
    assert summarize(week, "en") == "Mon–Fri eve · Sat, Sun morn (preferred)"


def test_whole_days_and_every_day() -> None:
    assert summarize(dict.fromkeys(WHOLE_WEEKEND, Level.STANDBY)) == "六、日 全天(机动)"
    assert summarize(_every(DAYS, "evening")) == "每天 晚"
    assert summarize({**_every(("mon", "tue", "wed", "fri"), "evening")}) == "一至三、五 晚"


def test_empty_and_unknown_entries() -> None:
    assert summarize({}) == ""
    assert summarize({"xyz:evening": Level.AVAILABLE, "mon:evening": "nonsense"}) == ""  # type: ignore[dict-item]
    assert summarize({"mon:evening": "available"}, "fr") == "一 晚"  # type: ignore[dict-item]


def test_slots_of_their_own() -> None:
    shifts = (DutySlot("day", time(10), time(16)), DutySlot("night", time(16), time(22)))
    assert summarize({"tue:night": Level.AVAILABLE}, "en", shifts) == "Tue night"


def test_as_json() -> None:
    result = parse_availability("周一晚上可以，周末机动，下周请假", date(2026, 11, 23)).as_json()
    assert result == {
        "slots": {"mon:evening": "available", **dict.fromkeys(WHOLE_WEEKEND, "standby")},
        "leave": [{"from": "2026-11-30", "to": "2026-12-06"}],
        "confident": True,
        "summary": "一 晚 · 六、日 全天(机动)",
        "mode": "replace",
        "hours": {},
        "max_shifts": None,
        "starts": None,
        "ends": None,
        "chat": False,
        "unclear": [],
        "removed": [],
    }
    assert list(result["slots"]) == ["mon:evening", *WHOLE_WEEKEND]
