"""Reading written times: am or pm for a bare hour, and both ends of a range such as 8点到12点 or 7-10pm."""

from __future__ import annotations

from dataclasses import dataclass

from .lexicon import DAY_END, HOUR
from .tokens import Meridiem

_NOON = 12
_LATEST_NIGHT_HOUR = 4


@dataclass(frozen=True, slots=True)
class Point:
    """A written time before am/pm is settled."""

    hour: int
    minute: int
    fixed: bool
    hint: Meridiem | None = None

    @property
    def settled(self) -> bool:
        return self.fixed or self.hint is not None

    def hinted(self, hint: Meridiem | None) -> Point:
        return self if self.settled else Point(self.hour, self.minute, self.fixed, hint)


def read_range(first: Point, second: Point, day_start_hour: int) -> tuple[int, int]:
    """Both ends of ``first 到 second``; 8点到12点 is read as a morning rather than as running to midnight."""
    start = _settle(first, _settle(second, None)) if second.settled else read_alone(first, day_start_hour)
    end = _end(second, start)
    if end is None and not first.settled:
        start = first.hour * HOUR + first.minute
        end = _end(second, start)
    return start, DAY_END if end is None else end


def read_alone(point: Point, day_start_hour: int) -> int:
    """A time on its own: as written when settled; otherwise small hours are afternoon (四点 is 16:00)."""
    if point.settled:
        return _settle(point, None)
    hour = point.hour + 12 if point.hour < min(day_start_hour, _NOON) else point.hour
    return hour * HOUR + point.minute


def _settle(point: Point, before: int | None) -> int:
    """Minutes for a time; an unsettled one takes its latest reading earlier than ``before``."""
    if point.fixed:
        return point.hour * HOUR + point.minute
    if point.hint is not None:
        return _apply_hint(point.hour, point.hint) * HOUR + point.minute
    readings = [hour * HOUR + point.minute for hour in _readings(point.hour)]
    earlier = [minutes for minutes in readings if before is None or minutes < before]
    return max(earlier) if earlier else readings[0]


def _end(point: Point, start: int) -> int | None:
    """The end of a range: the first reading after its start; None when every reading is before it."""
    if point.fixed:
        minutes = point.hour * HOUR + point.minute
        return DAY_END if minutes == 0 else minutes if minutes > start else None
    base = _apply_hint(point.hour, point.hint) if point.hint else point.hour
    for hour in (base, *(hour for hour in _readings(point.hour) if hour > base)):
        minutes = hour * HOUR + point.minute
        if start < minutes <= DAY_END:
            return minutes
    return None


def _readings(hour: int) -> tuple[int, ...]:
    return (hour, hour + 12) if 0 < hour < _NOON else (hour,)


def _apply_hint(hour: int, hint: Meridiem) -> int:
    if hint is Meridiem.AM or hour > _NOON:
        return hour
    if hint is Meridiem.NOON:
        return hour + 12 if hour < 6 else hour
    if hint is Meridiem.NIGHT and (hour == _NOON or hour <= _LATEST_NIGHT_HOUR):
        return 24
    return hour + 12 if hour < _NOON else hour
