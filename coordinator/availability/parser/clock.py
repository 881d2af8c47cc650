"""Clock times and parts of the day: 九点到一点, 四点以后, 晚上九点以后, 9am-1pm, noon to 2, before 3pm."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from coordinator.core.week import DutySlot

from .clock_points import Point, read_alone, read_range
from .coverage import names_slot, slot_minutes
from .lexicon import DAY_END, FROM_NOW, NOON
from .tokens import Clock, ClockSpan, Kind, Meridiem, Numeral, Part, SlotPart, TimeSpec, Token, kind_at

_OPENERS = frozenset({Kind.FROM, Kind.AFTER, Kind.BEFORE, Kind.UNTIL})
_CLOSERS = frozenset({Kind.AFTER, Kind.BEFORE})
_CONNECTORS = frozenset({Kind.RANGE, Kind.UNTIL})
_PHRASE_STARTS = _OPENERS | {Kind.PART, Kind.RANGE, Kind.CLOCK, Kind.NUM}
"""Where a clock phrase, a time around a part of the day or lunch as a reason can start."""
_ENDS_AT = frozenset({Kind.BEFORE, Kind.UNTIL})
_FORGETS_PART = frozenset({Kind.DAYS, Kind.SOFT_DAYS, Kind.SPAN, Kind.WEEK, Kind.STOP})
_NOON = 12
_USUAL_DAY_START_HOUR = 9


@dataclass(frozen=True, slots=True)
class _Phrase:
    """A clock phrase as written: one or two times, the word that opens or closes it, its part of the day."""

    first: Point
    second: Point | None
    marker: Kind | None
    part: Part | None
    end: int
    frame: Part | None = None
    """The part of the day named just before (周五晚上只能到八点): where "until" starts when it names none."""
    from_part: bool = False
    """下午到四点 / afternoon 到4点为止: the part is where the time runs from, not the half of the day of the hour."""


@dataclass(frozen=True, slots=True)
class _Team:
    """What the team's slots tell about reading times."""

    day_start_hour: int
    duty_slots: tuple[DutySlot, ...]

    def floor(self, part: Part | None) -> int:
        """Where "before ..." starts: the start of the day (下午三点之前 takes in the morning too), or for an
        evening (晚上十点以前) the first slot it names."""
        if part is None or part.meridiem is not Meridiem.NIGHT:
            return 0
        starts = [slot_minutes(slot)[0] for slot in self.duty_slots if names_slot(part, slot)]
        return min(starts) if starts else part.window[0]


def day_start_hour(duty_slots: Sequence[DutySlot]) -> int:
    """Bare hours before the first slot are read as afternoon: 四点 is 16:00 for a team that starts at 9."""
    return min((slot.start.hour for slot in duty_slots), default=_USUAL_DAY_START_HOUR)


def reduce_times(tokens: Sequence[Token], duty_slots: Sequence[DutySlot]) -> list[Token]:
    """Replace clock phrases and parts of the day with TIME tokens.

    A bare hour with no part of the day of its own reads like the last part named before it, unless days
    came in between: 周二晚上，不过要九点以后 is after 21:00.
    """
    team = _Team(day_start_hour(duty_slots), tuple(duty_slots))
    out: list[Token] = []
    index = 0
    context: Meridiem | None = None
    frame: Part | None = None
    framed = _Framed()
    tokens = _from_now_on(tokens)
    while index < len(tokens):
        start = index
        timed = tokens[index].kind in _PHRASE_STARTS
        phrase = _clock_phrase(tokens, index, context) if timed else None
        if phrase is not None and phrase.part is None:
            phrase = replace(phrase, frame=frame)
        around = _around_part(tokens, index) if timed and phrase is None else None
        if phrase is not None:
            span = _span(phrase, team)
            if _either_half_of_the_day(phrase, team):
                out.append(Token(Kind.VAGUE))
            else:
                out.extend([Token(Kind.TIME, span)] if span else [])
            index = phrase.end
        elif around is not None:
            index, around_span = around
            out.append(Token(Kind.TIME, around_span))
        elif timed and (_lunch_as_reason(tokens, index, out) or _opens_nothing(tokens, index)):
            index += 1
        else:
            token = tokens[index]
            out.append(Token(Kind.TIME, part_time(token.value)) if token.kind is Kind.PART else token)
            index += 1
        for token in tokens[start:index]:
            frame = framed.after(token, frame)
        context = frame.meridiem if frame is not None else None
    return _joined_ends(out)


def _joined_ends(tokens: list[Token]) -> list[Token]:
    """周六从早上到下午四点前 / 周五上午九点半开始，到十二点半: a time from which the day runs on, then one up to
    which it runs (after a comma at most), are one span."""
    out: list[Token] = []
    last_at: int | None = None
    paused = False
    for token in tokens:
        last = out[last_at].value if last_at is not None else None
        if (token.kind is Kind.TIME and isinstance(token.value, ClockSpan) and isinstance(last, ClockSpan)
                and last.end == DAY_END and token.value.start == 0 and last.start < token.value.end):
            out[last_at] = Token(Kind.TIME, ClockSpan(last.start, token.value.end))
            continue
        out.append(token)
        if token.kind is Kind.TIME:
            last_at, paused = len(out) - 1, False
        elif token.kind not in _BETWEEN_ENDS or (token.kind is Kind.POS and not paused):
            last_at = None
        paused = paused or token.kind is Kind.COMMA
    return out


_BETWEEN_ENDS = frozenset({Kind.COMMA, Kind.EVERY, Kind.POS})
"""What may stand between a time's start and its end said apart (九点半开始，到十二点半 / 十一点开始，一直能待到三点);
an offer only after the pause (下班后可以，七点前到不了家 is two statements)."""


def _from_now_on(tokens: Sequence[Token]) -> Sequence[Token]:
    """周末上午以后不行了 / 之前报的周三晚上，以后都来不了了 / 以后白天比较闲: "from now on" before a refusal, after a
    part of the day or after a clause that only names times, or before a duty part of the day (after lunch is a
    time, but no clock time is after 白天)."""
    found = {index for index in range(len(tokens)) if tokens[index].kind is Kind.AFTER and _now_on(tokens, index)}
    return [Token(Kind.EVERY, FROM_NOW) if index in found else token for index, token in enumerate(tokens)]


_NAMED_BEFORE = frozenset({Kind.PART, Kind.DAYS, Kind.NEG})
"""How the clause before "from now on" ends: naming times without a predicate (之前报的周三晚上，以后都来不了了), or
refusing them (周二下午去不了了，以后都去不了 makes the refusal standing, not one week's)."""


def _now_on(tokens: Sequence[Token], index: int) -> bool:
    before, after = kind_at(tokens, index - 1), kind_at(tokens, index + 1)
    refusal = after is Kind.NEG or (after is Kind.EVERY and kind_at(tokens, index + 2) is Kind.NEG)
    opens = before is None or (before in (Kind.COMMA, Kind.STOP) and kind_at(tokens, index - 2) in _NAMED_BEFORE)
    named_part = after is Kind.PART and bool(tokens[index + 1].value.slot_names)
    days_next = after is Kind.DAYS and before in (None, Kind.COMMA, Kind.STOP, Kind.CONTRAST, Kind.ALSO)
    return (refusal and (before is Kind.PART or opens)) or (named_part and before is not Kind.CLOCK) or days_next


def _opens_nothing(tokens: Sequence[Token], index: int) -> bool:
    """Away next week for orientation at the new job: "at" with no time after it in its statement says
    nothing."""
    return tokens[index].kind is Kind.FROM and kind_at(tokens, index + 1) in (Kind.STOP, Kind.COMMA, None)


def _lunch_as_reason(tokens: Sequence[Token], index: int, out: Sequence[Token]) -> bool:
    """周四11点到下午2点可以，午休时间 / Tuesdays 11:30 to 1:30, it's my lunch break / 12点前要下线吃饭午休:
    lunchtime said after hours that reach it, in the same sentence, says why, not when."""
    if tokens[index].kind is not Kind.PART or tokens[index].value != NOON:
        return False
    last = next((token for token in reversed(out) if token.kind in (Kind.TIME, Kind.STOP)), None)
    low, high = NOON.window
    return last is not None and isinstance(last.value, ClockSpan) and last.value.start < high and low <= last.value.end


class _Framed:
    """Which days the last part of the day was said with: naming one of them again keeps that part as the frame
    (周二、周四晚上可以，不过周四只能八点以后 is after 20:00), and so do other days said "too" (Friday as well but
    only till 9); other days, dates or a full stop forget it."""

    def __init__(self) -> None:
        self.days: frozenset[int] = frozenset()
        self.framed: frozenset[int] = frozenset()
        self.last: Part | None = None
        self.after_days = False

    def after(self, token: Token, frame: Part | None) -> Part | None:
        after_days, self.after_days = self.after_days, token.kind is Kind.DAYS
        if token.kind is Kind.PART:
            self.framed, self.last = self.days, token.value
            return token.value
        if token.kind is Kind.DAYS:
            keeps = frame is not None and bool(token.value) and (token.value <= self.framed or not self.framed)
            self.days = token.value
            return frame if keeps else None
        if token.kind is Kind.TOO and after_days and self.last is not None:
            self.framed = self.days
            return self.last
        if token.kind in _FORGETS_PART:
            self.days = self.framed = frozenset()
            return None
        return frame


def _around_part(tokens: Sequence[Token], index: int) -> tuple[int, ClockSpan] | None:
    """before lunch: midnight to the part's start; after lunch: from its end; 下午以后: from its start."""
    kind, following = kind_at(tokens, index), kind_at(tokens, index + 1)
    if kind in _OPENERS and following is Kind.PART:
        part, marker = tokens[index + 1].value, kind
    elif kind is Kind.PART and following in _CLOSERS and kind_at(tokens, index + 2) is not Kind.PART:
        part, marker = tokens[index].value, following
    else:
        return None
    low, high = part.window
    span = ClockSpan(0, low) if marker in _ENDS_AT else ClockSpan(low if part.slot_names else high, DAY_END)
    return (index + 2, span) if span.start < span.end else None


def part_time(part: Part) -> TimeSpec:
    """What a part of the day names on its own: whole slots, or a stretch of the clock (中午, 傍晚)."""
    return SlotPart(part) if part.slot_names else ClockSpan(*part.window)


def _clock_phrase(tokens: Sequence[Token], start: int, context: Meridiem | None) -> _Phrase | None:
    """``[part] [from|after|before|until] time [to [part] time] [以后|以前] [part]``, if one starts here.

    A leading 到 / to is "until": 只能到五点 ends at five."""
    index = start
    part = _part_at(tokens, index)
    if part is not None:
        index += 1
    opener = kind_at(tokens, index) if kind_at(tokens, index) in _OPENERS else None
    from_part = part is not None and kind_at(tokens, index) is Kind.RANGE
    if kind_at(tokens, index) is Kind.RANGE:
        opener = Kind.UNTIL
    if opener is not None:
        index += 1
        if part is None and (part := _part_at(tokens, index)) is not None:
            index += 1
    first = _point_at(tokens, index, part)
    if first is None:
        return None
    is_clock = kind_at(tokens, index) is Kind.CLOCK
    index += 1
    second, index = _range_end(tokens, index, part)
    closer = kind_at(tokens, index) if second is None and kind_at(tokens, index) in _CLOSERS else None
    if closer is not None:
        index += 1
    if second is None and opener is None and closer is None and not is_clock:
        return None
    trailing = _part_at(tokens, index) if part is None else None
    if trailing is not None and not (first.settled and (second or first).settled):
        first, second = first.hinted(trailing.meridiem), second and second.hinted(trailing.meridiem)
        index += 1
    elif part is None and trailing is None:
        first, second = first.hinted(context), second and second.hinted(context)
    return _Phrase(first, second, opener or closer, part, index, from_part=from_part)


def _range_end(tokens: Sequence[Token], index: int, part: Part | None) -> tuple[Point | None, int]:
    """``到 [part] time`` after the first time, if it is there."""
    if kind_at(tokens, index) not in _CONNECTORS:
        return None, index
    own_part = _part_at(tokens, index + 1)
    at = index + 2 if own_part else index + 1
    second = _point_at(tokens, at, own_part or part)
    return (second, at + 1) if second else (None, index)


def _either_half_of_the_day(phrase: _Phrase, team: _Team) -> bool:
    """周五9点以后 / at 8 on Saturday: a bare hour both of whose readings fall in the team's day (9:00 and 21:00)
    is a question to ask, not a guess to store; so is one an end can be either side of (周四10点前: 10:00 or
    22:00, where the day ends)."""
    point, second = phrase.first, phrase.second
    if phrase.part is not None or point.settled or point.minute:
        return False
    day_start, day_end = _team_day(team)
    if second is not None:
        return _range_either_half(point, second, day_start, day_end)
    morning, evening = point.hour * 60, (point.hour + 12) * 60
    last = day_end if phrase.marker in _ENDS_AT else day_end - 1
    return point.hour < _NOON and day_start - 60 <= morning < day_end and day_start <= evening <= last


def _range_either_half(first: Point, second: Point, day_start: int, day_end: int) -> bool:
    """周四8点到10点: a range of bare hours whose morning and evening readings both lie wholly in the team's day
    (8–10 and 20–22 for a day of 9–22) is asked about; 9点到12点 (21–24 runs past the day) is not."""
    if second.settled or second.minute or not (first.hour < second.hour < _NOON):
        return False
    morning = (first.hour * 60, second.hour * 60)
    evening = ((first.hour + 12) * 60, (second.hour + 12) * 60)
    return day_start - 60 <= morning[0] and morning[1] <= day_end and day_start <= evening[0] and evening[1] <= day_end


def _team_day(team: _Team) -> tuple[int, int]:
    bounds = [slot_minutes(slot) for slot in team.duty_slots]
    return min(start for start, _ in bounds), max(end for _, end in bounds)


def _span(phrase: _Phrase, team: _Team) -> ClockSpan | None:
    """Minutes: "after" runs to midnight, "before" from its part's start, 上午十点 alone to its part's end."""
    first, second = phrase.first, phrase.second
    if second is not None:
        start, end = read_range(first, second, team.day_start_hour)
    elif phrase.marker in _ENDS_AT:
        end = read_alone(first, team.day_start_hour)
        floor = phrase.part.window[0] if phrase.from_part and phrase.part else team.floor(phrase.part or phrase.frame)
        start = floor if floor < end else 0
    elif phrase.marker is None and phrase.part is not None:
        start, end = read_alone(first, team.day_start_hour), phrase.part.window[1]
    else:
        start, end = read_alone(first, team.day_start_hour), DAY_END
    return ClockSpan(start, end) if 0 <= start < end <= DAY_END else None


def _point_at(tokens: Sequence[Token], index: int, part: Part | None) -> Point | None:
    kind = kind_at(tokens, index)
    hint = part.meridiem if part else None
    if kind is Kind.CLOCK:
        clock: Clock = tokens[index].value
        return Point(clock.hour, clock.minute, clock.fixed, None if clock.fixed else hint)
    if kind is Kind.NUM:
        numeral: Numeral = tokens[index].value
        if 0 <= numeral.value <= 24:
            return Point(numeral.value, 0, numeral.value == 0 or numeral.value > _NOON, hint)
    return None


def _part_at(tokens: Sequence[Token], index: int) -> Part | None:
    return tokens[index].value if kind_at(tokens, index) is Kind.PART else None
