"""When a duty shift begins and ends, and the calendar UID that names it across rebuilds."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from coordinator.calendar.ics import UID_DOMAIN
from coordinator.core.week import DutySlot, day_date


def shift_uid(week: str, day: str, slot: str, staff_id: str) -> str:
    """The UID of a volunteer's shift; the same every time that week's roster is rebuilt."""
    return f"{week}-{day}-{slot}-{staff_id}@{UID_DOMAIN}"


def week_shift_times(monday: date, day: str, slot: DutySlot, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """When ``slot`` on ``day`` of the week starting ``monday`` begins and ends, in ``zone``."""
    on = day_date(monday, day)
    end_day = on if slot.end > slot.start else on + timedelta(days=1)
    return datetime.combine(on, slot.start, tzinfo=zone), datetime.combine(end_day, slot.end, tzinfo=zone)
