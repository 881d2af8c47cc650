"""Calendar arithmetic for the date readers: weeks, months, the next date that fits what was written."""

from __future__ import annotations

from calendar import monthrange
from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from coordinator.core.week import DateRange, week_monday

from .tokens import CalendarMonth, DateRef, Duration, MonthDay, NewYearDay

_WEEK = 7
_ALL_DAYS = frozenset(range(_WEEK))
_SPRING_FESTIVALS = tuple(date.fromisoformat(day) for day in (
    "2025-01-29", "2026-02-17", "2027-02-06", "2028-01-26", "2029-02-13", "2030-02-03", "2031-01-23", "2032-02-11",
    "2033-01-31", "2034-02-19", "2035-02-08"))
"""农历正月初一 of the years the bot will see; the lunar calendar is not worth computing for these."""


def week_dates(offset: int, days: Iterable[int], ref: date) -> list[date]:
    """The dates of weekdays ``days`` in the week ``offset`` weeks after the reference date's week."""
    monday = week_monday(ref)
    found = (shift(monday, offset * _WEEK + day) for day in sorted(days))
    return [day for day in found if day is not None]


def new_year_day(written: NewYearDay, ref: date) -> date | None:
    """The first 除夕 / 初一 / 初三 … on or after ``ref`` (a day or two back still counts: 初一那天 said on 初二)."""
    for festival in _SPRING_FESTIVALS:
        day = festival + timedelta(days=written.offset)
        if day >= ref - timedelta(days=_WEEK):
            return day
    return None


def week_of(day: date) -> DateRange | None:
    """The Monday-to-Sunday week that holds ``day``."""
    monday = week_monday(day)
    sunday = shift(monday, _WEEK - 1)
    return DateRange(monday, sunday) if sunday else None


def upcoming_dates(days: Iterable[int], ref: date) -> list[date]:
    """The next date on or after the reference date for each weekday in ``days``."""
    found = (shift(ref, (day - ref.weekday()) % _WEEK) for day in days)
    return sorted(day for day in found if day is not None)


def shift(day: date, days: int) -> date | None:
    """``day`` moved by ``days``, or None past the calendar's ends."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return None


def as_ranges(dates: Iterable[date]) -> list[DateRange]:
    """Single dates joined into inclusive ranges where they follow each other."""
    return merge_ranges(DateRange(day, day) for day in dates)


def merge_ranges(ranges: Iterable[DateRange]) -> list[DateRange]:
    """Ranges sorted, with overlapping or touching ones joined."""
    merged: list[DateRange] = []
    for current in sorted(ranges):
        if merged and _touches(merged[-1], current):
            merged[-1] = DateRange(merged[-1].start, max(merged[-1].end, current.end))
        else:
            merged.append(current)
    return merged


def _touches(earlier: DateRange, later: DateRange) -> bool:
    return later.start <= earlier.end or shift(earlier.end, 1) == later.start


def resolve(written: DateRef, ref: date) -> date | None:
    """The first date on or after ``ref`` that fits what was written; None when there is none."""
    if isinstance(written, date):
        return written
    if isinstance(written, CalendarMonth):
        span = calendar_month(written.month, ref)
        return span.start if span else None
    return _next_fit(written, ref)


def _next_fit(written: MonthDay, ref: date) -> date | None:
    """A written year is taken as it is; a missing year or month is the first that is not in the past. A month
    and day that do not exist in that year (2月29号 in 2027) are no date: not moved to a year where they do."""
    if written.year is not None and written.month is not None:
        return _make(written.year, written.month, written.day)
    if written.month is not None:
        year = ref.year if (written.month, written.day) >= (ref.month, ref.day) else ref.year + 1
        return _make(year, written.month, written.day)
    months = [(ref.year, ref.month), _next_month(ref.year, ref.month)]
    candidates = (_make(year, month, written.day) for year, month in months)
    return next((day for day in candidates if day is not None and day >= ref), None)


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _next_month(year: int, month: int) -> tuple[int, int]:
    return (year + 1, 1) if month == 12 else (year, month + 1)


def relative_month(offset: int, ref: date) -> DateRange | None:
    """What is left of the reference date's month, or the whole of the next one."""
    if offset == 0:
        return _rest_of_month(ref)
    year, month = _next_month(ref.year, ref.month)
    return _whole_month(year, month)


def calendar_month(month: int, ref: date) -> DateRange | None:
    """The named month: what is left of it when it is the reference date's, else its next occurrence."""
    if month == ref.month:
        return _rest_of_month(ref)
    return _whole_month(ref.year + (month < ref.month), month)


def _rest_of_month(ref: date) -> DateRange:
    return DateRange(ref, ref.replace(day=monthrange(ref.year, ref.month)[1]))


def _whole_month(year: int, month: int) -> DateRange | None:
    first = _make(year, month, 1)
    return DateRange(first, first.replace(day=monthrange(year, month)[1])) if first else None


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, on the month's last day when it is shorter (Jan 31 + 1 → Feb 28)."""
    year, month = divmod(day.month - 1 + months, 12)
    year, month = day.year + year, month + 1
    return date(year, month, min(day.day, monthrange(year, month)[1]))


def lasting(start: date, length: Duration) -> DateRange:
    """The days from ``start`` that ``length`` covers: 三天 from Thursday is Thursday to Saturday."""
    end = add_months(start, length.months) if length.months else start + timedelta(days=length.days)
    return DateRange(start, end - timedelta(days=1))


def days_of_spans(spans: Sequence[DateRange]) -> frozenset[int]:
    """The weekdays of short spans (明天晚上可以 is about tomorrow's weekday); every day for a week or longer."""
    if any((span.end - span.start).days >= _WEEK for span in spans):
        return _ALL_DAYS
    return weekdays_touched(spans)


def weekdays_touched(spans: Sequence[DateRange]) -> frozenset[int]:
    """The weekdays the spans cover."""
    days: set[int] = set()
    for span in spans:
        length = min((span.end - span.start).days + 1, _WEEK)
        days |= {(span.start.weekday() + step) % _WEEK for step in range(length)}
    return frozenset(days)
