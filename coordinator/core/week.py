"""Days of the week, duty slots and availability levels, as the team names them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time, timedelta
from enum import StrEnum

DAYS: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
WEEKDAYS: tuple[str, ...] = DAYS[:5]
WEEKEND: tuple[str, ...] = DAYS[5:]


class Level(StrEnum):
    """How a volunteer can take a slot."""

    AVAILABLE = "available"
    PREFERRED = "preferred"
    PARTIAL = "partial"
    STANDBY = "standby"


@dataclass(frozen=True, slots=True)
class DutySlot:
    """A named part of the day that is staffed, e.g. evening 19:00–22:00."""

    name: str
    start: time
    end: time

    @property
    def minutes(self) -> int:
        return (self.end.hour * 60 + self.end.minute) - (self.start.hour * 60 + self.start.minute)


DEFAULT_SLOTS: tuple[DutySlot, ...] = (
    DutySlot("morning", time(9), time(13)),
    DutySlot("afternoon", time(13), time(19)),
    DutySlot("evening", time(19), time(22)),
)


def slot_key(day: str, slot: str) -> str:
    """The key used in availability maps and JSON: ``"mon:evening"``."""
    return f"{day}:{slot}"


def split_slot_key(key: str) -> tuple[str, str]:
    day, _, slot = key.partition(":")
    return day, slot


@dataclass(frozen=True, slots=True, order=True)
class DateRange:
    """An inclusive range of dates, e.g. a leave from Nov 30 to Dec 6."""

    start: date
    end: date

    def __contains__(self, day: date) -> bool:
        return self.start <= day <= self.end

    def as_json(self) -> dict[str, str]:
        return {"from": self.start.isoformat(), "to": self.end.isoformat()}


def week_monday(day: date) -> date:
    """The Monday of the Monday–Sunday week that holds ``day``."""
    return day - timedelta(days=day.weekday())


def iso_week_label(monday: date) -> str:
    """``2026-W49`` for the week starting on ``monday``."""
    year, week, _ = monday.isocalendar()
    return f"{year}-W{week:02d}"


def parse_iso_week(label: str) -> date:
    """The Monday of an ISO week label such as ``2026-W49``; raises ValueError otherwise."""
    return date.fromisocalendar(int(label[:4]), int(label.split("W", 1)[1]), 1)


_ISO_WEEK = re.compile(r"^\s*(\d{4})\s*-?\s*W\s*(\d{1,2})\s*$", re.IGNORECASE)
_DATE = re.compile(r"^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\s*$")
_RELATIVE_WEEKS = {
    "this week": 0, "本周": 0, "这周": 0, "这个星期": 0, "本星期": 0,
    "next week": 1, "下周": 1, "下星期": 1, "下个星期": 1, "下礼拜": 1,
    "the week after next": 2, "下下周": 2, "下下星期": 2,
    "last week": -1, "上周": -1, "上星期": -1, "上个星期": -1,
}


def read_week(text: str, today: date) -> date:
    """The Monday of the week ``text`` names: ``2026-W49``, a date in it (``2026-12-07``), or 下周 / next week.

    Raises ValueError for anything else, including week numbers and dates that do not exist."""
    cleaned = " ".join(text.strip().lower().split())
    if cleaned in _RELATIVE_WEEKS:
        return week_monday(today) + timedelta(weeks=_RELATIVE_WEEKS[cleaned])
    if match := _ISO_WEEK.match(cleaned):
        return date.fromisocalendar(int(match.group(1)), int(match.group(2)), 1)
    if match := _DATE.match(cleaned):
        return week_monday(date(int(match.group(1)), int(match.group(2)), int(match.group(3))))
    raise ValueError(f"not a week: {text!r}")


def day_date(monday: date, day: str) -> date:
    return monday + timedelta(days=DAYS.index(day))
