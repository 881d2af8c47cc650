"""Calendar dates: resolve 3月15日, Dec 21 – Jan 3, 明天, 下周三 and 下个月 against the reference date."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from coordinator.core.week import DateRange

from .calendar_dates import (
    as_ranges,
    calendar_month,
    new_year_day,
    relative_month,
    resolve,
    shift,
    week_dates,
    week_of,
)
from .lexicon import DOING, NO_SUCH_DATE, SAME
from .tokens import Bound, CalendarMonth, DateRef, Kind, MonthDay, NewYearDay, Numeral, Token, kind_at

_CONNECTORS = frozenset({Kind.RANGE, Kind.UNTIL})
_DATED = frozenset({Kind.DATE, Kind.SPAN, Kind.WEEK})
_LISTS = frozenset({Kind.LIST, Kind.COMMA})
_ENDS = frozenset({Kind.UNTIL, Kind.BEFORE})
_AFTER_LISTED_DAY = frozenset({None, Kind.LIST, Kind.COMMA, Kind.STOP, Kind.LEAVE, Kind.NEG, Kind.POS})
_LAST_DAY_OF_MONTH = 31
_THEN = frozenset({Kind.LEAVE, Kind.AFTER, Kind.CHAT, Kind.RANGE})
_PAUSE_OR_END = frozenset({Kind.COMMA, Kind.STOP, None})
_DAY_GOES_ON = frozenset({Kind.LIST, Kind.PART, Kind.CLOCK, Kind.NUM, Kind.DAYS, Kind.COLON, Kind.EVERY})
"""What follows a weekday that is the start of a pattern rather than a date's weekday said again."""
_DATING = frozenset({Kind.DATE, Kind.RELDAY, Kind.MONTH, Kind.SPAN, Kind.WEEK, Kind.BOUND})
"""What reduce_dates reads: without one of these a message has no date to resolve."""


def reduce_dates(tokens: Sequence[Token], ref: date) -> list[Token]:
    """Replace dates, relative days and months with SPAN tokens, joining "A to B" into one span.

    A date that only says when something starts (从下周起, 12月起, from next week) is dropped: the message
    is then about the usual week, not about that date. One that says when something ends (12月10号之前,
    before Dec 10) runs from the reference date to the day before it.
    """
    if not any(token.kind in _DATING for token in tokens):
        return list(tokens)
    absolute = _without_weekdays_said_again(
        _fill_months([_absolute(token, ref) for token in _in_named_month(_days_listed_before(tokens), ref)]), ref)
    out: list[Token] = []
    index = 0
    while index < len(absolute):
        token = absolute[index]
        if (bound := _weekday_bound(absolute, index, ref)) is not None:
            out.append(bound[0])
            index = bound[1]
        elif token.kind in _DATED:
            found, end, is_range = _dated_phrase(absolute, index, ref)
            after_first = kind_at(absolute, index - 1) is Kind.AFTER and token.kind is Kind.DATE and bool(out) and (
                out[-1].kind is Kind.AFTER)
            if after_first:
                out.pop()
            opened = (kind_at(absolute, index - 1) is Kind.FROM or after_first) and not is_range
            pause_then_after = kind_at(absolute, end) is Kind.COMMA and kind_at(absolute, end + 1) is Kind.AFTER
            if pause_then_after and not is_range:
                end += 1
            closed = kind_at(absolute, end) is Kind.AFTER or _starting_after(absolute, end)
            ends = token.kind is Kind.DATE and not is_range and kind_at(absolute, end) is Kind.BEFORE
            if _a_month(token) and kind_at(absolute, end) is Kind.BEFORE and not (opened or closed):
                out.extend(_before_the_month(token.value, ref))
                index = end + 1
                continue
            if not (opened or closed):
                out.extend(_bounding(_before(token.value, ref)) if ends else (found,))
            elif (start := _start_of(found, ref)) is not None:
                out.append(Token(Kind.BOUND, Bound(start=start)))
            elif found.kind is Kind.VAGUE:
                out.append(Token(Kind.VAGUE, NO_SUCH_DATE))
            index = end + (closed or ends)
        elif _day_before_dated_range(absolute, index):
            month_day: MonthDay = absolute[index + 2].value
            absolute[index] = Token(Kind.DATE, MonthDay(token.value.value, month_day.month, month_day.year))
        elif token.kind is Kind.WEEK_OF and kind_at(absolute, index + 1) is Kind.DATE:
            out.append(_week_of(absolute[index + 1].value, ref))
            index += 2
        elif token.kind is Kind.BEFORE and _a_month(absolute[index + 1] if index + 1 < len(absolute) else None):
            out.extend(_before_the_month(absolute[index + 1].value, ref))
            index += 2
        elif _leads_to_date(absolute, index):
            written = absolute[index + 1].value
            out.extend(_bounding(_before(written, ref) if token.kind is Kind.BEFORE
                                 else _span_token(_until(written, ref))))
            index += 2
        elif token.kind is not Kind.FROM or kind_at(absolute, index + 1) not in _DATED:
            out.append(token)
            index += 1
        else:
            index += 1
    return _away_after_the_end(_from_that_day(out))


def _without_weekdays_said_again(tokens: list[Token], ref: date) -> list[Token]:
    """12月24日（星期四）到12月27日（星期日） / 從一月四日（星期一）開始: the weekday written after a date that falls on it
    only restates the date (one that disagrees is left for :func:`agree_weekdays` to ask about). Not days listed
    or given times after a start (Starting Dec 7: Monday and Tuesday mornings)."""
    return [token for index, token in enumerate(tokens) if not (
        index and token.kind is Kind.DAYS and len(token.value) == 1 and tokens[index - 1].kind is Kind.DATE
        and kind_at(tokens, index + 1) not in _DAY_GOES_ON
        and (day := resolve(tokens[index - 1].value, ref)) is not None and day.weekday() in token.value)]


def _away_after_the_end(tokens: list[Token]) -> list[Token]:
    """Sat afternoons until Christmas, then I'm travelling / wed evenings till jan 20th, then exams / 1月20号之前每周六
    上午，之后要准备考试 / Through Dec 23: … Flying home after that.: being away or busy, undated, right after the day a pattern ends is why it ends there, not
    leave up to that day."""
    if not any(token.kind in (Kind.LEAVE, Kind.NEG) for token in tokens):
        return tokens
    out: list[Token] = []
    index = 0
    while index < len(tokens):
        if kind_at(out, len(out) - 1) in (Kind.COMMA, Kind.STOP) and _ends_just_before(out):
            start = index
            while kind_at(tokens, start) in (Kind.COMMA, Kind.STOP):
                start += 1
            end = start
            while kind_at(tokens, end) in _THEN or (kind_at(tokens, end) is Kind.NEG and tokens[end].value == DOING):
                end += 1
            if any(token.kind in (Kind.LEAVE, Kind.NEG) for token in tokens[start:end]) and kind_at(
                    tokens, end) in _PAUSE_OR_END:
                index = end
                continue
        out.append(tokens[index])
        index += 1
    return out


def _ends_just_before(out: Sequence[Token]) -> bool:
    """The statement just before bounds a pattern's end (…till jan 20th, / 1月20号之前每周六上午，)."""
    for token in reversed(out[:-1]):
        if token.kind in (Kind.STOP, Kind.COMMA):
            return False
        if token.kind is Kind.BOUND and token.value.end is not None:
            return True
    return False


def _from_that_day(tokens: list[Token]) -> list[Token]:
    """我12月10号放假，从那天起每周三晚上都能来: "from that day on" starts the pattern on the day just named."""
    out: list[Token] = []
    for token in tokens:
        if token.kind is Kind.AFTER and out and out[-1].kind is Kind.ONE_OFF:
            day = next((said.value for said in reversed(out) if said.kind in (Kind.SPAN, Kind.STOP)), None)
            if isinstance(day, DateRange) and day.start == day.end:
                del out[-1]
                if out and out[-1].kind is Kind.FROM:
                    del out[-1]
                out.append(Token(Kind.BOUND, Bound(start=day.start)))
                continue
        out.append(token)
    return out


def _starting_after(tokens: Sequence[Token], index: int) -> bool:
    """12月12日 starting, 每周六上午: "starting" said after a date, then a pause, opens the pattern there."""
    return kind_at(tokens, index) is Kind.FROM and kind_at(tokens, index + 1) is Kind.COMMA


def _weekday_bound(tokens: Sequence[Token], index: int, ref: date) -> tuple[Token, int] | None:
    """From next Monday / 下周三开始: a weekday of a named week that the pattern starts on, and where it ends."""
    if tokens[index].kind is not Kind.WEEK or kind_at(tokens, index + 1) is not Kind.DAYS:
        return None
    days = tokens[index + 1].value
    opened, closed = kind_at(tokens, index - 1) is Kind.FROM, kind_at(tokens, index + 2) is Kind.AFTER
    found = week_dates(tokens[index].value, days, ref) if len(days) == 1 and (opened or closed) else []
    if not found:
        return None
    return Token(Kind.BOUND, Bound(start=found[0])), index + 2 + closed


def _a_month(token: Token | None) -> bool:
    """2月 / February as a span: the whole of a month."""
    if token is None or token.kind is not Kind.SPAN:
        return False
    span: DateRange = token.value
    return span.start.day == 1 and (span.end + timedelta(days=1)).day == 1 and span.start.month == span.end.month


def _before_the_month(month: DateRange, ref: date) -> tuple[Token, ...]:
    """2月之前 / 2月份之前 / before February: from now to the last day before the month, as 1月20号之前 runs to the 19th."""
    if month.start <= ref:
        return ()
    return _bounding(_span_token(DateRange(ref, month.start - timedelta(days=1))))


def _leads_to_date(tokens: Sequence[Token], index: int) -> bool:
    """until Dec 23, 12月10号之前 written first, 到12月20号为止: a date the days before it end at."""
    kind = tokens[index].kind
    leading_range = kind is Kind.RANGE and kind_at(tokens, index - 1) not in (*_DATED, Kind.NUM)
    return (kind in _ENDS or leading_range) and kind_at(tokens, index + 1) is Kind.DATE


def _bounding(ending: Token) -> tuple[Token, ...]:
    """An "until" span and the bound it sets; for a date that cannot exist, a doubt about the bound alone."""
    return (ending, _end_bound(ending)) if ending.kind is Kind.SPAN else (Token(Kind.VAGUE, NO_SUCH_DATE),)


def _end_bound(ending: Token) -> Token:
    """The bound that goes with an "until" span: a pattern stated with it ends on the span's last day."""
    span = ending.value if ending.kind is Kind.SPAN else None
    return Token(Kind.BOUND, Bound(end=span.end, span=span)) if span else Token(Kind.BOUND, Bound())


def _start_of(found: Token, ref: date) -> date | None:
    """Where 12月15日起 / from next week starts."""
    if found.kind is Kind.SPAN:
        start: date = found.value.start
        return start
    if found.kind is Kind.WEEK:
        days = week_dates(found.value, range(7), ref)
        return days[0] if days else None
    return None


def _day_before_dated_range(tokens: Sequence[Token], index: int) -> bool:
    """5-7 Dec, 24 to 26 December: a bare day of the month that starts a range ending in a dated day (not the
    hour of after 5 until the end of the month)."""
    if tokens[index].kind is not Kind.NUM or kind_at(tokens, index + 1) not in _CONNECTORS:
        return False
    if kind_at(tokens, index - 1) in (Kind.AFTER, Kind.BEFORE):
        return False
    numeral: Numeral = tokens[index].value
    end = tokens[index + 2].value if kind_at(tokens, index + 2) is Kind.DATE else None
    return isinstance(end, MonthDay) and end.month is not None and 1 <= numeral.value <= _LAST_DAY_OF_MONTH


def _days_listed_before(tokens: Sequence[Token]) -> list[Token]:
    """25、26号 / 24、25、26号: bare days of the month listed before a day written with 号 are days of the month too."""
    out = list(tokens)
    for index in range(len(out) - 3, -1, -1):
        after: MonthDay | None = out[index + 2].value if out[index + 2].kind is Kind.DATE else None
        token = out[index]
        if (token.kind is Kind.NUM and out[index + 1].kind is Kind.LIST and isinstance(after, MonthDay)
                and after.month is None and 1 <= token.value.value <= _LAST_DAY_OF_MONTH):
            out[index] = Token(Kind.DATE, MonthDay(token.value.value, None, None))
    return out


def _in_named_month(tokens: Sequence[Token], ref: date) -> list[Token]:
    """这个月31号 / 下个月5号: a day of the month right after the month it is in."""
    out: list[Token] = []
    for token in tokens:
        before = out[-1] if out else None
        if (before is not None and before.kind is Kind.MONTH and token.kind is Kind.DATE
                and isinstance(token.value, MonthDay) and token.value.month is None):
            month = relative_month(before.value, ref).start
            out[-1] = Token(Kind.DATE, MonthDay(token.value.day, month.month, month.year))
            continue
        out.append(token)
    return out


def _fill_months(tokens: list[Token]) -> list[Token]:
    """12月24、25号, Dec 1, 3 and 5: days listed after a dated day are in its month."""
    for index in range(2, len(tokens)):
        before: MonthDay | None = tokens[index - 2].value if tokens[index - 2].kind is Kind.DATE else None
        if tokens[index - 1].kind not in _LISTS or not isinstance(before, MonthDay) or before.month is None:
            continue
        day = _listed_day(tokens, index)
        if day is not None:
            tokens[index] = Token(Kind.DATE, MonthDay(day, before.month, before.year))
    return tokens


def _listed_day(tokens: Sequence[Token], index: int) -> int | None:
    """The day of the month at ``index`` when it is one without a month of its own."""
    token = tokens[index]
    if token.kind is Kind.DATE and isinstance(token.value, MonthDay) and token.value.month is None:
        return token.value.day
    if token.kind is Kind.NUM and kind_at(tokens, index + 1) in _AFTER_LISTED_DAY:
        numeral: Numeral = token.value
        return numeral.value if 1 <= numeral.value <= _LAST_DAY_OF_MONTH else None
    return None


def pin_weeks(tokens: Sequence[Token], ref: date) -> list[Token]:
    """下周三, this Friday, 本周末: weekdays of a named week become their dates (after days are joined).

    So does a whole week taken out (but not next week), and 这周三到下周二 becomes one span; "same as" last week
    keeps the week.
    """
    out: list[Token] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.kind is Kind.WEEK and token.value < 0 and out and out[-1].kind is Kind.TOO:
            out[-1] = Token(Kind.ASIDE, SAME)
            index += 1
        elif (span := _into_named_week(tokens, index, ref)) is not None:
            out.append(Token(Kind.SPAN, span))
            index += 4
        elif token.kind is Kind.WEEK and kind_at(tokens, index + 1) is Kind.DAYS:
            spans = as_ranges(week_dates(token.value, tokens[index + 1].value, ref))
            out.extend(Token(Kind.SPAN, span) for span in _joined(out, spans))
            index += 2
        elif token.kind is Kind.WEEK and out and out[-1].kind is Kind.EXCEPT:
            out.extend(Token(Kind.SPAN, span) for span in as_ranges(week_dates(token.value, range(7), ref)))
            index += 1
        else:
            out.append(token)
            index += 1
    return out


def _into_named_week(tokens: Sequence[Token], index: int, ref: date) -> DateRange | None:
    """周五到下周二 / Fri to next Tue: a weekday running into a later week's weekday starts in the week before it."""
    if [kind_at(tokens, at) for at in range(index, index + 4)] != [Kind.DAYS, Kind.RANGE, Kind.WEEK, Kind.DAYS]:
        return None
    first, week, last = tokens[index].value, tokens[index + 2].value, tokens[index + 3].value
    if len(first) != 1 or len(last) != 1 or week < 1:
        return None
    start, end = week_dates(week - 1, first, ref), week_dates(week, last, ref)
    return DateRange(start[0], end[0]) if start and end and start[0] <= end[0] else None


def agree_weekdays(tokens: Sequence[Token]) -> list[Token]:
    """这周三（18号）/ 12月18号周三: a weekday and a date said together must be one day; when they disagree
    (the 18th is a Friday) the bot asks instead of taking both, and when they agree the weekday only names the date's
    (一直到12月18号（周五） does not offer Fridays)."""
    out = list(tokens)
    if not any(token.kind in (Kind.SPAN, Kind.BOUND) for token in out):
        return out
    said_again: set[int] = set()
    for index in range(len(out) - 1):
        pair = (_one_day(out[index]), _one_day(out[index + 1]))
        dates = [day.weekday() for day in pair if isinstance(day, date)]
        weekdays = [day for day in pair if isinstance(day, int)]
        if len(dates) == len(weekdays) == 1 and dates != weekdays:
            out[index] = out[index + 1] = Token(Kind.VAGUE)
        elif len(dates) == len(weekdays) == 1:
            weekday_at = index if isinstance(pair[0], int) else index + 1
            pinned = weekday_at > 0 and out[weekday_at - 1].kind is Kind.WEEK
            said_again.add(weekday_at + (1 if weekday_at == index else -1) if pinned else weekday_at)
        elif out[index].kind is Kind.BOUND and isinstance(pair[1], int) and out[index].value.end is not None:
            heads_times = index + 2 < len(out) and out[index + 2].kind in (Kind.PART, Kind.TIME, Kind.CLOCK)
            if out[index].value.end.weekday() == pair[1] and not heads_times:
                said_again.add(index + 1)
    return [token for index, token in enumerate(out) if index not in said_again]


def _one_day(token: Token) -> int | date | None:
    """A single day, as a weekday (DAYS) or a date (SPAN)."""
    if token.kind is Kind.DAYS and len(token.value) == 1:
        weekday: int = next(iter(token.value))
        return weekday
    if token.kind is Kind.SPAN and token.value.start == token.value.end:
        day: date = token.value.start
        return day
    return None


def _joined(out: list[Token], spans: list[DateRange]) -> list[DateRange]:
    """The spans, the first joined to a span and a range word just before it (这周三 到 下周二)."""
    if len(out) < 2 or not spans or out[-1].kind not in _CONNECTORS or out[-2].kind is not Kind.SPAN:
        return spans
    start: date = out[-2].value.start
    if start > spans[-1].end:
        return spans
    del out[-2:]
    return [DateRange(start, spans[-1].end)]


def _absolute(token: Token, ref: date) -> Token:
    """Relative days and the days of the Spring Festival become dates; months, named or relative, become
    spans."""
    if token.kind is Kind.DATE and isinstance(token.value, CalendarMonth):
        return _span_token(calendar_month(token.value.month, ref))
    if token.kind is Kind.RELDAY:
        day = shift(ref, token.value)
        return Token(Kind.DATE, day) if day else Token(Kind.VAGUE)
    if token.kind is Kind.DATE and isinstance(token.value, NewYearDay):
        day = new_year_day(token.value, ref)
        return Token(Kind.DATE, day) if day else Token(Kind.VAGUE)
    if token.kind is Kind.MONTH:
        return _span_token(relative_month(token.value, ref))
    return token


def _dated_phrase(tokens: Sequence[Token], index: int, ref: date) -> tuple[Token, int, bool]:
    """The token for a date, a range of dates, a week or a month; where it ends; whether it is a range.

    元旦这周 / 12月25号那周 is the week that holds the date."""
    if tokens[index].kind is not Kind.DATE:
        return tokens[index], index + 1, False
    if kind_at(tokens, index + 1) is Kind.WEEK_OF or (
            kind_at(tokens, index + 1) is Kind.WEEK and tokens[index + 1].value == 0):
        return _week_of(tokens[index].value, ref), index + 2, True
    start = resolve(tokens[index].value, ref)
    if kind_at(tokens, index + 1) in _CONNECTORS:
        end_ref = _end_ref(tokens, index + 2)
        if end_ref is not None:
            end = _range_end(end_ref, start) if start else None
            return _span_token(_period(start, end)), index + 3, True
    return _span_token(_period(start, start)), index + 1, False


def _end_ref(tokens: Sequence[Token], index: int) -> DateRef | None:
    """The second date of a range; a bare number there is a day of the month (Dec 1-5)."""
    kind = kind_at(tokens, index)
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


def _before(written: DateRef, ref: date) -> Token:
    """From the reference date up to the day before the date written."""
    day = resolve(written, ref)
    return _span_token(_period(ref, shift(day, -1) if day else None))


def _week_of(written: DateRef, ref: date) -> Token:
    """12月14号那周, the week of Dec 14: the Monday-to-Sunday week that holds the date."""
    day = resolve(written, ref)
    return _span_token(week_of(day) if day else None)
