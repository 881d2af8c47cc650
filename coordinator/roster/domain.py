"""Roster rules free of storage and chat: reconcile a new solution with the shifts already out, grids."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from coordinator.chat.reply import Table
from coordinator.core.week import DAYS, DutySlot, day_date
from coordinator.i18n import t
from coordinator.roster import messages as _messages  # noqa: F401

ShiftKey = tuple[str, str, str]
"""(staff ID, day, slot)."""


@dataclass(frozen=True, slots=True)
class ShiftState:
    key: ShiftKey
    cancelled: bool
    sequence: int
    released: bool = False
    """The volunteer gave it up after publishing (a drop, a swap away, leave)."""


@dataclass(frozen=True, slots=True)
class Reconciliation:
    """How the shifts already out change when a new solution comes in."""

    added: tuple[ShiftKey, ...]
    restored: tuple[ShiftKey, ...]
    cancelled: tuple[ShiftKey, ...]


def reconcile(existing: Iterable[ShiftState], assigned: Iterable[ShiftKey]) -> Reconciliation:
    """Shifts in the new solution are added or restored; those missing from it are cancelled, not deleted.

    A shift its volunteer gave up since publishing is never handed back. A shift taken on since then reaches
    the solution as a pin, and only falls out of it when its holder no longer offers that slot."""
    known = {shift.key: shift for shift in existing}
    released = {key for key, shift in known.items() if shift.released and shift.cancelled}
    wanted = set(assigned) - released
    return Reconciliation(
        added=tuple(sorted(wanted - set(known))),
        restored=tuple(sorted(k for k in wanted & set(known) if known[k].cancelled)),
        cancelled=tuple(sorted(k for k, s in known.items() if k not in wanted and not s.cancelled)),
    )


def parse_day(text: str) -> str | None:
    """``wed``, ``Wednesday``, ``周三``, ``星期三``, ``三`` → ``wed``."""
    cleaned = text.strip().lower()
    for prefix in ("星期", "礼拜", "周"):
        cleaned = cleaned.removeprefix(prefix)
    if cleaned in _CHINESE_DAYS:
        return DAYS[_CHINESE_DAYS.index(cleaned) % 7]
    return next((day for day in DAYS if len(cleaned) >= 3 and _ENGLISH_DAYS[day].startswith(cleaned)), None)


def parse_slot(text: str, duty_slots: Sequence[DutySlot]) -> DutySlot | None:
    """A slot by its name (``evening``) or the team's word for it (``晚上``, ``晚班``)."""
    cleaned = text.strip().lower()
    name = _SLOT_WORDS.get(cleaned, cleaned)
    return next((slot for slot in duty_slots if slot.name == name), None)


_CHINESE_DAYS = ("一", "二", "三", "四", "五", "六", "日", "天")
_ENGLISH_DAYS = {
    "mon": "monday", "tue": "tuesday", "wed": "wednesday", "thu": "thursday",
    "fri": "friday", "sat": "saturday", "sun": "sunday",
}
_SLOT_WORDS = {
    "上午": "morning", "早上": "morning", "早班": "morning", "am": "morning",
    "下午": "afternoon", "午班": "afternoon", "pm": "afternoon",
    "晚上": "evening", "晚班": "evening", "night": "evening",
}


def slot_label(slot: DutySlot, lang: str) -> str:
    name = t(f"slot.{slot.name}", lang) if slot.name in ("morning", "afternoon", "evening") else slot.name
    return f"{name} {slot.start:%H:%M}-{slot.end:%H:%M}"


def with_hours(text: str, hours: tuple[str, str] | None, lang: str) -> str:
    """A name or a slot followed by the hours agreed for a partial shift: 熊宝宝 (16:00–19:00)."""
    return t("roster.with_hours", lang, name=text, start=hours[0], end=hours[1]) if hours else text


def day_label(day: str, lang: str) -> str:
    return t(f"day.short.{day}", lang)


def roster_grid(
    names_by_slot: Mapping[tuple[str, str], Sequence[str]],
    duty_slots: Sequence[DutySlot],
    monday: date,
    lang: str,
    gaps: Mapping[tuple[str, str], int] | None = None,
) -> Table:
    """Days as rows (a week of names reads better that way on a phone), slots as columns."""
    gaps = gaps or {}
    headers = ("", *(slot_label(slot, lang) for slot in duty_slots))
    rows = []
    for day in DAYS:
        on = day_date(monday, day)
        cells = []
        for slot in duty_slots:
            names = list(names_by_slot.get((day, slot.name), ()))
            missing = gaps.get((day, slot.name), 0)
            if missing:
                names.append(t("roster.missing_mark", lang, count=missing))
            cells.append(t("list.separator", lang).join(names))
        rows.append((f"{day_label(day, lang)} {on.month}/{on.day}", *(c or "-" for c in cells)))
    return Table(headers, tuple(rows), picture=True)
