"""Days and times said together: 周一三五晚上, evenings on Mon and Wed, 晚上和周末 (two groups)."""

from __future__ import annotations

from dataclasses import dataclass, field

from .lexicon import ANY_TIME, WORKDAYS
from .tokens import ClockSpan, Kind, SlotPart, TimeSpec, Token, window


@dataclass
class Group:
    """Days and times said together, as in 周一三五晚上 or evenings on Mon and Wed."""

    days: frozenset[int] = frozenset()
    soft_days: bool = False
    times: list[TimeSpec] = field(default_factory=list)
    times_first: bool = False

    @property
    def has_days(self) -> bool:
        return bool(self.days) or self.soft_days

    @property
    def complete(self) -> bool:
        return self.has_days and bool(self.times)

    def day_set(self, default: frozenset[int]) -> frozenset[int]:
        """The days named, the weekdays for 平时 alone, else ``default``."""
        return self.days or (WORKDAYS if self.soft_days else default)

    def takes_in(self, time: TimeSpec) -> bool:
        """Whether a part of the day the group names already holds ``time`` (全天 holds 晚上8点后)."""
        low, high = window(time)
        windows = [spec.part.window for spec in self.times if isinstance(spec, SlotPart)]
        return any(start <= low and high <= end for start, end in windows)

    def narrowed_by(self, time: TimeSpec) -> bool:
        """Whether a clock time says when within the one slot the group names (evenings, after 9; 上午，11点前), or
        where a whole day named ends (周四全天，到下午六点为止)."""
        parts = [spec.part for spec in self.times if isinstance(spec, SlotPart)]
        if isinstance(time, ClockSpan) and len(parts) == 1 and len(parts[0].slot_names) > 1 and time.start == 0:
            return True
        if not isinstance(time, ClockSpan) or len(parts) != 1 or len(parts[0].slot_names) != 1:
            return False
        low, high = parts[0].window
        return time.start < high and low < time.end

    def lend_days(self, other: Group) -> None:
        """Give ``other`` these days."""
        other.days, other.soft_days = self.days, self.soft_days


class GroupBuilder:
    """Sorts days and times into groups as they come.

    Days after a finished group start a new one (周一晚上周三下午); times may come first, as in English
    (evenings on Mon and Wed, afternoons on Fri); 和 / and can start a new group (晚上和周末); after a
    comma, days that bring times of their own start a new group (周末，周一晚上), and times with no days of
    their own keep the days just named (周六上午九点到十一点，下午两点到五点) unless those already take them
    in (周末全天，晚上8点后), or, when they fall within the one slot just named, say when in it
    (周二晚上，不过要九点以后). A single day with times of its own after a set of days is a group of its own
    (weekends 或者 Friday evening).
    """

    def __init__(self, groups: list[Group]) -> None:
        self.groups = groups
        self.sealed = False

    def seal(self) -> None:
        """Mark a comma between fragments."""
        self.sealed = bool(self.groups)

    def add(self, token: Token, next_content: Kind | None, listed: bool) -> None:
        """Add days or a time; ``next_content`` comes next in the fragment, ``listed`` after 和 / and."""
        current = self.groups[-1] if self.groups else None
        after_comma, self.sealed = self.sealed, False
        if token.kind is Kind.TIME:
            time: TimeSpec = token.value
            if current is not None and after_comma and _whenever_within(current, time):
                return
            if current is not None and after_comma and current.narrowed_by(time):
                pass
            elif current is None or _time_opens_group(current, after_comma, next_content, listed):
                previous, current = current, self._start(times_first=True)
                if after_comma and next_content is not Kind.DAYS and previous and not previous.takes_in(time):
                    previous.lend_days(current)
            current.times.append(time)
        else:
            set_then_day = (listed and current is not None and len(current.days) > 1 and not current.times
                            and token.kind is Kind.DAYS and len(token.value) == 1 and next_content is Kind.TIME)
            if current is None or _days_open_group(current, after_comma, next_content, listed) or set_then_day:
                current = self._start(times_first=False)
            if token.kind is Kind.SOFT_DAYS:
                current.soft_days = True
            else:
                current.days |= token.value

    def _start(self, times_first: bool) -> Group:
        group = Group(times_first=times_first)
        self.groups.append(group)
        return group


def _whenever_within(current: Group, time: TimeSpec) -> bool:
    """周一到周五上午我都在家，随时可以接线: any time, after days and times offered, is any time within them."""
    return current.complete and isinstance(time, SlotPart) and time.part is ANY_TIME


def _time_opens_group(current: Group, after_comma: bool, next_content: Kind | None, listed: bool) -> bool:
    """After a comma that followed times, or after a finished group when days follow (…, Fri afternoons)."""
    if after_comma and current.times:
        return True
    return current.complete and next_content is Kind.DAYS and (current.times_first or listed)


def _days_open_group(current: Group, after_comma: bool, next_content: Kind | None, listed: bool) -> bool:
    """After a finished group; after a comma when times of their own follow; after times and 和 / and."""
    if current.complete or (after_comma and next_content is Kind.TIME):
        return True
    return listed and bool(current.times)
