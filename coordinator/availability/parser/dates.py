"""Calendar dates: resolve 3月15日, Dec 21 – Jan 3, 明天 and 下个月 against the reference date."""

from __future__ import annotations

from calendar import monthrange
from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from coordinator.core.week import DateRange, week_monday

from .tokens import CalendarMonth, DateRef, Kind, MonthDay, Numeral, Token

_CONNECTORS = frozenset({Kind.RANGE, Kind.UNTIL})
_DATED = frozenset({Kind.DATE, Kind.SPAN, Kind.WEEK})
_LAST_DAY_OF_MONTH = 31


def reduce_dates(tokens: Sequence[Token], ref: date) -> list[Token]:
    """Replace dates, relative days and months with SPAN tokens, joining "A to B" into one span.

    A date that only says when something starts (从下周起, 12月起, from next week) is dropped: the message
    is then about the usual week, not about that date.
    """
    absolute = [_absolute(token, ref) for token in tokens]
    out: list[Token] = []
    index = 0
    while index < len(absolute):
        token = absolute[index]
        if token.kind in _DATED:
            found, end, is_range = _dated_phrase(absolute, index, ref)
            opened = _kind_at(absolute, index - 1) is Kind.FROM and not is_range
            closed = _kind_at(absolute, end) is Kind.AFTER
            if not (opened or closed):
                out.append(found)
            index = end + closed
        elif token.kind is Kind.UNTIL and _kind_at(absolute, index + 1) is Kind.DATE:
            out.append(_span_token(_until(absolute[index + 1].value, ref)))
            index += 2
        elif token.kind is not Kind.FROM or _kind_at(absolute, index + 1) not in _DATED:
            out.append(token)
            index += 1
        else:
            index += 1
    return out


def week_dates(offset: int, days: Iterable[int], ref: date) -> list[date]:
    """The dates of weekdays ``days`` in the week ``offset`` weeks after the reference date's week."""
    monday = week_monday(ref)
    found = (shift(monday, offset * 7 + day) for day in sorted(days))
    return [day for day in found if day is not None]


def upcoming_dates(days: Iterable[int], ref: date) -> list[date]:
    """The next date on or after the reference date for each weekday in ``days``."""
    found = (shift(ref, (day - ref.weekday()) % 7) for day in days)
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


def _absolute(token: Token, ref: date) -> Token:
    """Relative days become dates; months, named or relative, become spans."""
    if token.kind is Kind.DATE and isinstance(token.value, CalendarMonth):
        return _span_token(_calendar_month(token.value.month, ref))
    if token.kind is Kind.RELDAY:
        day = shift(ref, token.value)
        return Token(Kind.DATE, day) if day else Token(Kind.VAGUE)
    if token.kind is Kind.MONTH:
        return _span_token(_month(token.value, ref))
    return token


def _dated_phrase(tokens: Sequence[Token], index: int, ref: date) -> tuple[Token, int, bool]:
    """The token for a date, a range of dates, a week or a month; where it ends; whether it is a range."""
    if tokens[index].kind is not Kind.DATE:
        return tokens[index], index + 1, False
    start = resolve(tokens[index].value, ref)
    if _kind_at(tokens, index + 1) in _CONNECTORS:
        end_ref = _end_ref(tokens, index + 2)
        if end_ref is not None:
            end = _range_end(end_ref, start) if start else None
            return _span_token(_period(start, end)), index + 3, True
    return _span_token(_period(start, start)), index + 1, False


def _end_ref(tokens: Sequence[Token], index: int) -> DateRef | None:
    """The second date of a range; a bare number there is a day of the month (Dec 1-5)."""
    kind = _kind_at(tokens, index)
    if kind is Kind.DATE:
        written: DateRef = tokens[index].value
        return written
    if kind is Kind.NUM:
        numeral: Numeral = tokens[index].value
        if 1 <= numeral.value <= _LAST_DAY_OF_MONTH:
            return MonthDay(numeral.value)
    return None


def _range_end(written: DateRef, start: date) -> date | None:
    """The end of "A to B": B on or after A, rolling into the next year only for an earlier month."""
    end = resolve(written, start)
    same_month = isinstance(written, MonthDay) and written.month == start.month and written.year is None
    return None if end is not None and same_month and end.year > start.year else end


def _until(end_ref: DateRef, ref: date) -> DateRange | None:
    return _period(ref, resolve(end_ref, ref))


def _period(start: date | None, end: date | None) -> DateRange | None:
    return DateRange(start, end) if start and end and start <= end else None


def _span_token(span: DateRange | None) -> Token:
    """A date that does not exist (2月30日) makes the message too vague to act on."""
    return Token(Kind.SPAN, span) if span else Token(Kind.VAGUE)


def resolve(written: DateRef, ref: date) -> date | None:
    """The first date on or after ``ref`` that fits what was written; None when there is none."""
    if isinstance(written, date):
        return written
    if isinstance(written, CalendarMonth):
        span = _calendar_month(written.month, ref)
        return span.start if span else None
    return _next_fit(written, ref)


def _next_fit(written: MonthDay, ref: date) -> date | None:
    """A written year is taken as it is; a missing year or month is the first that is not in the past."""
    if written.year is not None and written.month is not None:
        return _make(written.year, written.month, written.day)
    if written.month is None:
        months = [(ref.year, ref.month), _next_month(ref.year, ref.month)]
    else:
        months = [(ref.year, written.month), (ref.year + 1, written.month)]
    candidates = (_make(year, month, written.day) for year, month in months)
    return next((day for day in candidates if day is not None and day >= ref), None)


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _next_month(year: int, month: int) -> tuple[int, int]:
    return (year + 1, 1) if month == 12 else (year, month + 1)


def _month(offset: int, ref: date) -> DateRange | None:
    """What is left of the reference date's month, or the whole of the next one."""
    if offset == 0:
        return _rest_of_month(ref)
    year, month = _next_month(ref.year, ref.month)
    return _whole_month(year, month)


def _calendar_month(month: int, ref: date) -> DateRange | None:
    """The named month: what is left of it when it is the reference date's, else its next occurrence."""
    if month == ref.month:
        return _rest_of_month(ref)
    return _whole_month(ref.year + (month < ref.month), month)


def _rest_of_month(ref: date) -> DateRange:
    return DateRange(ref, ref.replace(day=monthrange(ref.year, ref.month)[1]))


def _whole_month(year: int, month: int) -> DateRange | None:
    first = _make(year, month, 1)
    return DateRange(first, first.replace(day=monthrange(year, month)[1])) if first else None


def _kind_at(tokens: Sequence[Token], index: int) -> Kind | None:
    return tokens[index].kind if index < len(tokens) else None
