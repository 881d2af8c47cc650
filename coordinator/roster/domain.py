"""Roster rules free of storage and chat: reconcile a new solution with the shifts already out, grids."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from coordinator.chat.reply import Table
from coordinator.core.week import DAYS, DutySlot, day_date
from coordinator.i18n import t

ShiftKey = tuple[str, str, str]
"""(staff ID, day, slot)."""


@dataclass(frozen=True, slots=True)
class ShiftState:
    key: ShiftKey
    cancelled: bool
    sequence: int


@dataclass(frozen=True, slots=True)
class Reconciliation:
    """How the shifts already out change when a new solution comes in."""

    added: tuple[ShiftKey, ...]
    restored: tuple[ShiftKey, ...]
    cancelled: tuple[ShiftKey, ...]
    kept: tuple[ShiftKey, ...]

    @property
    def changed(self) -> tuple[ShiftKey, ...]:
        return self.added + self.restored + self.cancelled


def reconcile(existing: Iterable[ShiftState], assigned: Iterable[ShiftKey]) -> Reconciliation:
    """Shifts in the new solution are added or restored; those missing from it are cancelled, not deleted."""
    wanted = set(assigned)
    known = {shift.key: shift for shift in existing}
    return Reconciliation(
        added=tuple(sorted(wanted - set(known))),
        restored=tuple(sorted(k for k in wanted & set(known) if known[k].cancelled)),
        cancelled=tuple(sorted(k for k, s in known.items() if k not in wanted and not s.cancelled)),
        kept=tuple(sorted(k for k in wanted & set(known) if not known[k].cancelled)),
    )


def shift_window(monday: date, day: str, slot: DutySlot, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """When a shift starts and ends, aware in the team's zone."""
    on = day_date(monday, day)
    start = datetime.combine(on, slot.start, zone)
    end = datetime.combine(on, slot.end, zone) if slot.end != time(0) else datetime.combine(
        on + timedelta(days=1), time(0), zone
    )
    return start, end


def slot_label(slot: DutySlot, lang: str) -> str:
    name = t(f"slot.{slot.name}", lang) if slot.name in ("morning", "afternoon", "evening") else slot.name
    return f"{name} {slot.start:%H:%M}-{slot.end:%H:%M}"


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
            cells.append("、".join(names) if lang == "zh" else ", ".join(names) or "-")
        rows.append((f"{day_label(day, lang)} {on.month}/{on.day}", *(c or "-" for c in cells)))
    return Table(headers, tuple(rows))
