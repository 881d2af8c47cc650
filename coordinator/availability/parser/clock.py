"""Clock times and parts of the day: 九点到一点, 四点以后, 晚上九点以后, 9am-1pm, noon to 2, before 3pm."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from coordinator.core.week import DutySlot

from .coverage import names_slot, slot_minutes
from .lexicon import DAY_END, HOUR
from .tokens import Clock, ClockSpan, Kind, Meridiem, Numeral, Part, SlotPart, TimeSpec, Token

_OPENERS = frozenset({Kind.FROM, Kind.AFTER, Kind.BEFORE, Kind.UNTIL})
_CLOSERS = frozenset({Kind.AFTER, Kind.BEFORE})
_CONNECTORS = frozenset({Kind.RANGE, Kind.UNTIL})
_ENDS_AT = frozenset({Kind.BEFORE, Kind.UNTIL})
_NOON = 12
_LATEST_NIGHT_HOUR = 4
_USUAL_DAY_START_HOUR = 9


@dataclass(frozen=True, slots=True)
class _Point:
    """A written time before am/pm is settled."""

    hour: int
    minute: int
    fixed: bool
    hint: Meridiem | None = None

    @property
    def settled(self) -> bool:
        return self.fixed or self.hint is not None

    def hinted(self, hint: Meridiem | None) -> _Point:
        return self if self.settled else _Point(self.hour, self.minute, self.fixed, hint)


@dataclass(frozen=True, slots=True)
class _Phrase:
    """A clock phrase as written: one or two times, the word that opens or closes it, its part of the day."""

    first: _Point
    second: _Point | None
    marker: Kind | None
    part: Part | None
    end: int


@dataclass(frozen=True, slots=True)
class _Team:
    """What the team's slots tell about reading times."""

    day_start_hour: int
    duty_slots: tuple[DutySlot, ...]

    def floor(self, part: Part | None) -> int:
        """Where "before ..." starts: the first slot its part names (晚上十点以前), else the part's start."""
        if part is None:
            return 0
        starts = [slot_minutes(slot)[0] for slot in self.duty_slots if names_slot(part, slot)]
        return min(starts) if starts else part.window[0]


def day_start_hour(duty_slots: Sequence[DutySlot]) -> int:
    """Bare hours before the first slot are read as afternoon: 四点 is 16:00 for a team that starts at 9."""
    return min((slot.start.hour for slot in duty_slots), default=_USUAL_DAY_START_HOUR)


def reduce_times(tokens: Sequence[Token], duty_slots: Sequence[DutySlot]) -> list[Token]:
    """Replace clock phrases and parts of the day with TIME tokens."""
    team = _Team(day_start_hour(duty_slots), tuple(duty_slots))
    out: list[Token] = []
    index = 0
    while index < len(tokens):
        phrase = _clock_phrase(tokens, index)
        if phrase is not None:
            span = _span(phrase, team)
            if span is not None:
                out.append(Token(Kind.TIME, span))
            index = phrase.end
            continue
        around = _around_part(tokens, index)
        if around is not None:
            index, span = around
            out.append(Token(Kind.TIME, span))
            continue
        token = tokens[index]
        out.append(Token(Kind.TIME, part_time(token.value)) if token.kind is Kind.PART else token)
        index += 1
    return out


def _around_part(tokens: Sequence[Token], index: int) -> tuple[int, ClockSpan] | None:
    """before lunch: midnight to the part's start; after lunch: from its end; 下午以后: from its start."""
    kind, following = _kind_at(tokens, index), _kind_at(tokens, index + 1)
    if kind in _OPENERS and following is Kind.PART:
        part, marker = tokens[index + 1].value, kind
    elif kind is Kind.PART and following in _CLOSERS and _kind_at(tokens, index + 2) is not Kind.PART:
        part, marker = tokens[index].value, following
    else:
        return None
    low, high = part.window
    span = ClockSpan(0, low) if marker in _ENDS_AT else ClockSpan(low if part.slot_names else high, DAY_END)
    return (index + 2, span) if span.start < span.end else None


def part_time(part: Part) -> TimeSpec:
    """What a part of the day names on its own: whole slots, or a stretch of the clock (中午, 傍晚)."""
    return SlotPart(part) if part.slot_names else ClockSpan(*part.window)


def _clock_phrase(tokens: Sequence[Token], start: int) -> _Phrase | None:
    """``[part] [from|after|before|until] time [to [part] time] [以后|以前] [part]``, if one starts here."""
    index = start
    part = _part_at(tokens, index)
    if part is not None:
        index += 1
    opener = _kind_at(tokens, index) if _kind_at(tokens, index) in _OPENERS else None
    if opener is not None:
        index += 1
    first = _point_at(tokens, index, part)
    if first is None:
        return None
    is_clock = _kind_at(tokens, index) is Kind.CLOCK
    index += 1
    second, index = _range_end(tokens, index, part)
    closer = _kind_at(tokens, index) if second is None and _kind_at(tokens, index) in _CLOSERS else None
    if closer is not None:
        index += 1
    if second is None and opener is None and closer is None and not is_clock:
        return None
    trailing = _part_at(tokens, index) if part is None else None
    if trailing is not None and not (first.settled and (second or first).settled):
        first, second = first.hinted(trailing.meridiem), second and second.hinted(trailing.meridiem)
        index += 1
    return _Phrase(first, second, opener or closer, part, index)


def _range_end(tokens: Sequence[Token], index: int, part: Part | None) -> tuple[_Point | None, int]:
    """``到 [part] time`` after the first time, if it is there."""
    if _kind_at(tokens, index) not in _CONNECTORS:
        return None, index
    own_part = _part_at(tokens, index + 1)
    at = index + 2 if own_part else index + 1
    second = _point_at(tokens, at, own_part or part)
    return (second, at + 1) if second else (None, index)


def _span(phrase: _Phrase, team: _Team) -> ClockSpan | None:
    """Minutes: "after" runs to midnight, "before" from its part's start, 上午十点 alone to its part's end."""
    first, second = phrase.first, phrase.second
    if second is not None:
        start, end = _range(first, second, team.day_start_hour)
    elif phrase.marker in _ENDS_AT:
        end = _default(first, team.day_start_hour)
        start = min(team.floor(phrase.part), end)
    elif phrase.marker is None and phrase.part is not None:
        start, end = _default(first, team.day_start_hour), phrase.part.window[1]
    else:
        start, end = _default(first, team.day_start_hour), DAY_END
    return ClockSpan(start, end) if 0 <= start < end <= DAY_END else None


def _range(first: _Point, second: _Point, day_start_hour: int) -> tuple[int, int]:
    """Both ends of ``first 到 second``; 8点到12点 is read as a morning rather than as running to midnight."""
    start = _settle(first, _settle(second, None)) if second.settled else _default(first, day_start_hour)
    end = _end(second, start)
    if end is None and not first.settled:
        start = first.hour * HOUR + first.minute
        end = _end(second, start)
    return start, DAY_END if end is None else end


def _default(point: _Point, day_start_hour: int) -> int:
    """A time on its own: as written when settled; otherwise small hours are afternoon (四点 is 16:00)."""
    if point.settled:
        return _settle(point, None)
    hour = point.hour + 12 if point.hour < min(day_start_hour, _NOON) else point.hour
    return hour * HOUR + point.minute


def _settle(point: _Point, before: int | None) -> int:
    """Minutes for a time; an unsettled one takes its latest reading earlier than ``before``."""
    if point.fixed:
        return point.hour * HOUR + point.minute
    if point.hint is not None:
        return _apply_hint(point.hour, point.hint) * HOUR + point.minute
    readings = [hour * HOUR + point.minute for hour in _readings(point.hour)]
    earlier = [minutes for minutes in readings if before is None or minutes < before]
    return max(earlier) if earlier else readings[0]


def _end(point: _Point, start: int) -> int | None:
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


def _point_at(tokens: Sequence[Token], index: int, part: Part | None) -> _Point | None:
    kind = _kind_at(tokens, index)
    hint = part.meridiem if part else None
    if kind is Kind.CLOCK:
        clock: Clock = tokens[index].value
        return _Point(clock.hour, clock.minute, clock.fixed, None if clock.fixed else hint)
    if kind is Kind.NUM:
        numeral: Numeral = tokens[index].value
        if 0 <= numeral.value <= 24:
            return _Point(numeral.value, 0, numeral.value == 0 or numeral.value > _NOON, hint)
    return None


def _part_at(tokens: Sequence[Token], index: int) -> Part | None:
    return tokens[index].value if _kind_at(tokens, index) is Kind.PART else None


def _kind_at(tokens: Sequence[Token], index: int) -> Kind | None:
    return tokens[index].kind if 0 <= index < len(tokens) else None
