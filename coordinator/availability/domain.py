"""Week grids and the rules for combining standing availability, week overrides and leave."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from coordinator.availability import messages as _messages  # noqa: F401
from coordinator.availability.parser.result import Mode
from coordinator.chat.reply import Table
from coordinator.core.errors import UserError
from coordinator.core.week import DAYS, DateRange, DutySlot, Level, day_date, slot_key, week_monday
from coordinator.i18n import t

MARKS: dict[Level, str] = {
    Level.AVAILABLE: "●",
    Level.PREFERRED: "★",
    Level.PARTIAL: "◐",
    Level.STANDBY: "○",
}
EMPTY_MARK = "·"
ON_LEAVE_MARK = "✕"

Availability = dict[str, Level]
Hours = dict[str, tuple[str, str]]
"""For partial slots, the part the volunteer can do: ``{"wed:afternoon": ("16:00", "19:00")}``."""


def week_grid(
    levels: Mapping[str, Level],
    duty_slots: Sequence[DutySlot],
    lang: str,
    leave_days: Iterable[str] = (),
    hours: Mapping[str, tuple[str, str]] | None = None,
) -> Table:
    """Slots as rows, days as columns, one mark per cell (with the hours of a partial slot); days on leave
    are crossed out."""
    away, spans = set(leave_days), hours or {}
    headers = ("", *(t(f"day.short.{day}", lang) for day in DAYS))
    rows = tuple(
        (
            f"{t(f'slot.{slot.name}', lang) if _known_slot(slot.name) else slot.name} "
            f"{slot.start:%H}-{slot.end:%H}",
            *(_cell(levels.get(slot_key(day, slot.name)), day in away, spans.get(slot_key(day, slot.name)))
              for day in DAYS),
        )
        for slot in duty_slots
    )
    return Table(headers, rows, caption=t("avail.legend", lang), picture=True)


def _cell(level: Level | None, on_leave: bool, span: tuple[str, str] | None = None) -> str:
    if on_leave:
        return ON_LEAVE_MARK
    if level is Level.PARTIAL and span:
        return f"{MARKS[level]}{_short(span[0])}-{_short(span[1])}"
    return MARKS[level] if level else EMPTY_MARK


def _short(clock: str) -> str:
    """16:00 → 16, 16:30 → 16:30."""
    return clock[:2] if clock.endswith(":00") else clock


def _known_slot(name: str) -> bool:
    return name in ("morning", "afternoon", "evening")


def leave_days_in_week(leave: Iterable[DateRange], monday: date) -> list[str]:
    return [day for day in DAYS if any(day_date(monday, day) in period for period in leave)]


def to_json(levels: Mapping[str, Level], hours: Mapping[str, tuple[str, str]] | None = None) -> dict[str, Any]:
    """A week as kept in a post's record (what it replaced, so it can be undone)."""
    return {"levels": {key: level.value for key, level in levels.items()},
            "hours": {key: list(span) for key, span in (hours or {}).items()}}


def from_json(data: Mapping[str, Any]) -> tuple[Availability, Hours]:
    """The levels and hours of a kept week; records from before hours were kept hold the levels alone."""
    if isinstance(data.get("levels"), dict):
        levels, hours = data["levels"], data.get("hours", {})
    else:
        levels, hours = data, {}
    return ({key: Level(value) for key, value in levels.items()},
            {key: (span[0], span[1]) for key, span in hours.items()})


def changed_week(mode: Mode, current: Availability, current_hours: Hours, said: Availability,
                 said_hours: Hours, removed: Iterable[str]) -> tuple[Availability, Hours]:
    """The standing week after a post: replaced by a statement, added to, or with slots taken out."""
    if mode is Mode.REPLACE:
        return dict(said), dict(said_hours)
    if mode is Mode.ADD:
        hours = {key: span for key, span in current_hours.items() if key not in said}
        return {**current, **said}, {**hours, **said_hours}
    if mode is Mode.REMOVE:
        gone = set(removed)
        return ({key: level for key, level in current.items() if key not in gone},
                {key: span for key, span in current_hours.items() if key not in gone})
    return dict(current), dict(current_hours)


def format_period(period: DateRange, lang: str) -> str:
    """12月3日, 11月30日至12月6日, 12月28日至2027年1月3日 / Dec 3, Nov 30 – Dec 6, Dec 28 – Jan 3, 2027."""
    start = _date(period.start, lang)
    if period.start == period.end:
        return start
    end = _date(period.end, lang, with_year=period.start.year != period.end.year)
    return t("date.range", lang, start=start, end=end)


def _date(day: date, lang: str, *, with_year: bool = False) -> str:
    month = t(f"month.{day.month}", lang)
    if with_year:
        return t("date.year_month_day", lang, year=day.year, month=month, day=day.day)
    return t("date.month_day", lang, month=month, day=day.day)


def format_periods(periods: Iterable[DateRange], lang: str) -> str:
    return t("list.separator", lang).join(format_period(p, lang) for p in periods)


MAX_DATED_WEEKS = 26
"""How far ahead a date may bound a pattern (12月15日以后…): half a year of weeks."""


@dataclass(frozen=True, slots=True)
class DatedPlan:
    """Where a pattern bounded by dates goes: weeks of its own, weeks that keep the old week, the standing week."""

    new_weeks: tuple[date, ...] = ()
    old_weeks: tuple[date, ...] = ()
    standing: bool = True


def dated_plan(this_monday: date, starts: date | None, ends: date | None) -> DatedPlan:
    """From a date on, the pattern becomes the standing week and the weeks before keep the old one; until a
    date (or between two), the weeks it covers get it as their own and the standing week stays."""
    start_week = max(week_monday(starts), this_monday) if starts else this_monday
    if ends is not None:
        weeks = _mondays(start_week, week_monday(ends))
        return DatedPlan(new_weeks=weeks, standing=False)
    return DatedPlan(old_weeks=_mondays(this_monday, start_week - timedelta(days=7)))


def _mondays(first: date, last: date) -> tuple[date, ...]:
    count = (last - first).days // 7 + 1
    if count > MAX_DATED_WEEKS:
        raise UserError("avail.too_far", weeks=MAX_DATED_WEEKS)
    return tuple(first + timedelta(days=7 * step) for step in range(max(count, 0)))
