"""Week grids and the rules for combining standing availability, week overrides and leave."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date

from coordinator.availability import messages as _messages  # noqa: F401
from coordinator.chat.reply import Table
from coordinator.core.week import DAYS, DateRange, DutySlot, Level, day_date, slot_key
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


def week_grid(
    levels: Mapping[str, Level],
    duty_slots: Sequence[DutySlot],
    lang: str,
    leave_days: Iterable[str] = (),
) -> Table:
    """Slots as rows, days as columns, one mark per cell; days on leave are crossed out."""
    away = set(leave_days)
    headers = ("", *(t(f"day.short.{day}", lang) for day in DAYS))
    rows = tuple(
        (
            f"{t(f'slot.{slot.name}', lang) if _known_slot(slot.name) else slot.name} "
            f"{slot.start:%H}-{slot.end:%H}",
            *(_cell(levels.get(slot_key(day, slot.name)), day in away) for day in DAYS),
        )
        for slot in duty_slots
    )
    return Table(headers, rows, caption=t("avail.legend", lang), picture=True)


def _cell(level: Level | None, on_leave: bool) -> str:
    if on_leave:
        return ON_LEAVE_MARK
    return MARKS[level] if level else EMPTY_MARK


def _known_slot(name: str) -> bool:
    return name in ("morning", "afternoon", "evening")


def leave_days_in_week(leave: Iterable[DateRange], monday: date) -> list[str]:
    return [day for day in DAYS if any(day_date(monday, day) in period for period in leave)]


def to_json(levels: Mapping[str, Level]) -> dict[str, str]:
    return {key: level.value for key, level in levels.items()}


def from_json(data: Mapping[str, str]) -> Availability:
    return {key: Level(value) for key, value in data.items()}


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
