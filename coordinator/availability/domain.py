"""Week grids and the rules for combining standing availability, week overrides and leave."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date

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
    return Table(headers, rows, caption=t("avail.legend", lang))


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
    if lang == "zh":
        start, end = f"{period.start.month}月{period.start.day}日", f"{period.end.month}月{period.end.day}日"
        if period.start.year != period.end.year:
            end = f"{period.end.year}年{end}"
        return start if period.start == period.end else f"{start}至{end}"
    start, end = f"{period.start:%b} {period.start.day}", f"{period.end:%b} {period.end.day}"
    if period.start.year != period.end.year:
        end = f"{end}, {period.end.year}"
    return start if period.start == period.end else f"{start} – {end}"


def format_periods(periods: Iterable[DateRange], lang: str) -> str:
    return ("、" if lang == "zh" else ", ").join(format_period(p, lang) for p in periods)
