"""When a duty shift begins and ends, and the calendar UID that names it across rebuilds."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from coordinator.calendar.ics import UID_DOMAIN
from coordinator.core.week import DutySlot, day_date

Hours = tuple[str, str]
"""The part of a slot a volunteer agreed to, as ("16:00", "19:00")."""


def shift_uid(week: str, day: str, slot: str, staff_id: str) -> str:
    """The UID of a volunteer's shift; the same every time that week's roster is rebuilt."""
    return f"{week}-{day}-{slot}-{staff_id}@{UID_DOMAIN}"


def week_shift_times(monday: date, day: str, slot: DutySlot, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """When ``slot`` on ``day`` of the week starting ``monday`` begins and ends, in ``zone``."""
    on = day_date(monday, day)
    end_day = on if slot.end > slot.start else on + timedelta(days=1)
    return datetime.combine(on, slot.start, tzinfo=zone), datetime.combine(end_day, slot.end, tzinfo=zone)


def agreed_times(slot_times: tuple[datetime, datetime], hours: Hours | None) -> tuple[datetime, datetime]:
    """The slot's times narrowed to the hours agreed for a partial shift; the slot's own without hours (or with
    hours that do not fit inside it)."""
    if hours is None:
        return slot_times
    start, end = (_inside(slot_times, clock) for clock in hours)
    return (start, end) if start is not None and end is not None and start < end else slot_times


def _inside(slot_times: tuple[datetime, datetime], clock: str) -> datetime | None:
    """``clock`` (HH:MM) on the slot's day, or the next for a slot past midnight, if the slot holds it."""
    begins, ends = slot_times
    for day in (begins.date(), begins.date() + timedelta(days=1)):
        found = datetime.combine(day, time.fromisoformat(clock), tzinfo=begins.tzinfo)
        if begins <= found <= ends:
            return found
    return None
