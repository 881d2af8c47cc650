"""The dates a leave clause is away on."""


from __future__ import annotations

from datetime import date, timedelta

from coordinator.core.week import DAYS, DateRange

from .calendar_dates import (
    as_ranges,
    lasting,
    merge_ranges,
    upcoming_dates,
    week_dates,
    weekdays_touched,
)
from .clauses import Clause
from .lexicon import ALL_DAYS


def leave_of(clause: Clause, ref: date) -> list[DateRange]:
    """A leave clause's dates: its spans, its days in the weeks it names, or the coming days it names.

    A weekday named beside dates that fall on other weekdays is the coming one: tomorrow or Thursday.
    """
    if clause.rest_of_week and not any(bound.end for bound in clause.bounds):
        sunday = _sunday_of(ref)
        named = upcoming_dates(_named_days(clause), ref) or [bound.start for bound in clause.bounds if bound.start]
        start = named[0] if len(named) == 1 and ref <= named[0] <= sunday else min(ref + timedelta(days=1), sunday)
        return [DateRange(start, sunday)]
    if (period := clause.leave_from_start) is not None and (not clause.groups or clause.until_day is not None):
        return [period]
    days = _named_days(clause)
    if (lasting := _lasting_from_a_day(clause, days, ref)) is not None:
        return [lasting]
    dates: list[date] = []
    if clause.weeks and clause.spans and not days:
        return merge_ranges(clause.spans)
    if clause.weeks:
        starts = [bound.start for bound in clause.bounds if bound.start]
        for offset in clause.weeks:
            dates.extend(day for day in week_dates(offset, days or ALL_DAYS, ref) if not starts or day >= starts[0])
    else:
        dates.extend(upcoming_dates(days - weekdays_touched(clause.spans), ref))
    return merge_ranges([*clause.spans, *as_ranges(dates)])


def _lasting_from_a_day(clause: Clause, days: frozenset[int], ref: date) -> DateRange | None:
    """周四开始请假 3 天 / 下周一开始请三天假 / away for a week from Monday the 21st: one day and a length."""
    length = next((length for length in clause.durations if length.days > 1 and not length.months), None)
    if length is None or clause.excepted:
        return None
    if len(clause.spans) == 1 and clause.spans[0].start == clause.spans[0].end:
        start = clause.spans[0].start
    elif not clause.spans and len(days) == 1:
        found = week_dates(clause.weeks[0], days, ref) if len(clause.weeks) == 1 else upcoming_dates(days, ref)
        if len(found) != 1:
            return None
        start = found[0]
    else:
        return None
    return lasting(start, length)


def _named_days(clause: Clause) -> frozenset[int]:
    """The days a clause names, less the ones it excepts (下周除了周三都不在)."""
    named = frozenset().union(*(group.day_set(frozenset()) for group in clause.groups))
    excepted = frozenset().union(*(group.days for group in clause.excepted))
    if excepted and not named:
        named = ALL_DAYS
    return named - excepted


def _sunday_of(day: date) -> date:
    return day + timedelta(days=len(DAYS) - 1 - day.weekday())
