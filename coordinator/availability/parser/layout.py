"""Posts laid out under headers: ``Mornings: Mon, Tue. Evenings: Thu``, ``晚班：1、3、5；早班：周日`` and
``下周安排：周二下午 … 周五请假``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .lexicon import ALL_DAY, ALL_DAYS, BACK, DASH, MARK, SAME, STORY, WHOLE
from .tokens import Kind, Numeral, Token, kind_at

_LIST_LINKS = frozenset({Kind.LIST, Kind.COMMA})
_WEEKDAY_NUMBERS = range(1, 8)
_OWN_DATES = frozenset({Kind.WEEK, Kind.DATE, Kind.RELDAY, Kind.MONTH})
_NOTHING = frozenset({Kind.RANGE, Kind.LIST})
_LINE_MARKS = frozenset({Kind.LEAVE, Kind.RANGE})
"""What ends a line of a weekly list that says a day is not offered (Sat: off / 周一 —)."""
_FREE_THAT_WEEK = frozenset({Kind.WEEK, Kind.POS})
_TAKING_OFF = frozenset({Kind.LEAVE, Kind.NEG, Kind.EXCEPT, Kind.EXCEPT_POST})
_PINNED = frozenset({Kind.DAYS, Kind.SOFT_DAYS, Kind.WEEK_OF})
_STATEMENT_ENDS = frozenset({Kind.STOP, Kind.COMMA, Kind.COLON})
_PREDICATES = frozenset({Kind.POS, Kind.NEG, Kind.LEAVE, Kind.LEVEL})
_FILLER = frozenset({Kind.STOP, Kind.COMMA, Kind.LIST, Kind.EVERY})
_TIMES = frozenset({Kind.PART, Kind.CLOCK})
_CONTENT = frozenset({Kind.DAYS, Kind.SOFT_DAYS, Kind.PART, Kind.CLOCK, Kind.DATE, Kind.SPAN, Kind.WEEK, Kind.RELDAY,
                      Kind.NUM})
_RANGE_ENDS = frozenset({Kind.DAYS, Kind.NUM, Kind.CLOCK, Kind.DATE, Kind.WEEK, Kind.RELDAY, Kind.PART, Kind.MONTH,
                         Kind.STOP})


def read_headers(tokens: Sequence[Token]) -> list[Token]:
    """A part of the day with a colon heads the days after it: each header starts a new statement, and the
    numbers listed under it (1、3、5) are weekdays. A week with a colon heads the post: the leave under it is in
    that week, the times are the week's pattern. A dash after a day's colon (``Tue: -``) is a no."""
    kinds = {token.kind for token in tokens}
    if Kind.COLON in kinds and Kind.STOP in kinds:
        tokens = _items_under_part_headers(_said_in_both_languages(tokens))
    if any(token.value == MARK for token in tokens):
        tokens = _marks_after_times(_marked_one_by_one(tokens))
    days_named = sum(token.kind is Kind.DAYS for token in tokens)
    out = _narrower_days(tokens) if days_named > 1 or (days_named and Kind.COLON in kinds) else list(tokens)
    out = _parts_as_headers(out)
    if Kind.WEEK in kinds:
        out = _week_as_frame(_under_week_header(out))
    if Kind.STOP not in kinds:
        return out
    return _under_predicate_headers(_under_day_headers(out) if Kind.DAYS in kinds else out)


def without_dated_header(tokens: list[Token]) -> list[Token]:
    """``1/4-1/10 我的时间`` / ``Availability (wk of Jan 4):`` / ``Week of the 18th:`` over lines of days: dates
    alone on the first line only say which week the post is about; under them the lines are the week."""
    end = next((index for index, token in enumerate(tokens) if token.kind is Kind.STOP), None)
    if end is None or end == len(tokens) - 1:
        return tokens
    header = [token for token in tokens[:end] if token.kind not in _FILLER]
    if not header or any(token.kind is not Kind.SPAN for token in header) or any(
            token.kind in (Kind.LEAVE, Kind.SPAN, Kind.DATE) for token in tokens[end:]):
        return tokens
    return tokens[end + 1:]


def _said_in_both_languages(tokens: Sequence[Token]) -> list[Token]:
    """下午 afternoon: / evening 晚上: a part of the day said twice in a row, in both languages, is one header."""
    return [token for index, token in enumerate(tokens)
            if not (token.kind is Kind.PART and index and tokens[index - 1] == token)]


def _items_under_part_headers(tokens: Sequence[Token]) -> list[Token]:
    """``上午：\n- 周一\n- 周五`` / ``Mornings:\n• Tue\n• Thu``: lines of days alone, bulleted or not, under a line
    that is only a part of the day and a colon are that header's list, as if written on its line; a line that
    names a narrower time of its own (``白天：\n· 周六上午``) stands as written."""
    out: list[Token] = []
    header: list[Token] | None = None
    listed: list[list[Token]] = []
    own: list[list[Token]] = []
    for statement in (*_statements(tokens), None):
        if header is not None and statement is not None and _day_item(statement):
            start = 1 if statement[0].kind is Kind.RANGE else 0
            listed.append([token for token in statement[start:] if token.kind is not Kind.STOP])
            continue
        if header is not None and statement is not None and _own_item(statement, header):
            own.append(statement[1:] if statement[0].kind is Kind.RANGE else statement)
            continue
        if header is not None:
            out.extend(_header_with_items(header, listed, own))
        header = statement[:-1] if statement is not None and _part_header(statement) else None
        listed, own = [], []
        if header is None and statement is not None:
            out.extend(statement)
    return out


def _header_with_items(header: list[Token], listed: list[list[Token]], own: list[list[Token]]) -> list[Token]:
    out: list[Token] = []
    if listed or not own:
        out.extend(header)
        for index, item in enumerate(listed):
            out.extend([Token(Kind.COMMA), *item] if index else item)
        out.append(Token(Kind.STOP))
    for item in own:
        out.extend(item)
    return out


def _own_item(statement: Sequence[Token], header: Sequence[Token]) -> bool:
    """A line of days with parts of the day that all lie inside the header's."""
    body = [token for token in statement if token.kind is not Kind.STOP]
    if body and body[0].kind is Kind.RANGE and body[0].value == DASH:
        body = body[1:]
    within = frozenset().union(*(token.value.slot_names for token in header if token.kind is Kind.PART))
    parts = [token.value.slot_names for token in body if token.kind is Kind.PART]
    return (bool(body) and body[0].kind is Kind.DAYS and bool(parts) and bool(within)
            and all(names and names <= within for names in parts)
            and all(token.kind in (Kind.DAYS, Kind.LIST, Kind.COMMA, Kind.PART) for token in body))


def _part_header(statement: Sequence[Token]) -> bool:
    return (len(statement) >= 3 and [token.kind for token in statement[-2:]] == [Kind.COLON, Kind.STOP]
            and all(token.kind in (Kind.PART, Kind.LIST) for token in statement[:-2]))


def _day_item(statement: Sequence[Token]) -> bool:
    """A line of days and nothing else (``- 周一`` / ``Tue, Thu``), ending the post or a line."""
    body = [token for token in statement if token.kind is not Kind.STOP]
    if body and body[0].kind is Kind.RANGE and body[0].value == DASH:
        body = body[1:]
    return bool(body) and body[0].kind is Kind.DAYS and all(
        token.kind in (Kind.DAYS, Kind.LIST, Kind.COMMA) for token in body)


def _marks_after_times(tokens: Sequence[Token]) -> list[Token]:
    """周三 ✅下午 ✅晚上 / 周二 ❌晚上: on a line whose ticks and crosses come before the parts of the day, each
    mark is the yes or no of the part after it (on 周一 上午✅ 下午❌ it is the part's before it)."""
    out: list[Token] = []
    for statement in _statements(tokens):
        marks = [index for index, token in enumerate(statement) if _is_mark(token)]
        first = marks[0] if marks else None
        if first is None or kind_at(statement, first + 1) is not Kind.PART or kind_at(
                statement, first - 1) is Kind.PART:
            out.extend(statement)
            continue
        line = list(statement)
        for index in marks:
            if kind_at(line, index + 1) is Kind.PART:
                line[index], line[index + 1] = line[index + 1], line[index]
        out.extend(line)
    return out


def _marked_one_by_one(tokens: Sequence[Token]) -> list[Token]:
    """下午 | Mon ✓ Tue ✓ Wed × / 上午 ✓ 下午 ✓ / 晚上：一✓ 二× 三✓: days (or weekday digits) or parts of the day
    each with its own tick or cross are the ones ticked, said together once (下午 Mon Tue ✓); when every one is
    crossed, they are refused together."""
    out: list[Token] = []
    for statement in _statements(tokens):
        pairs = _item_mark_pairs(statement)
        if pairs is None:
            out.extend(statement)
            continue
        start, items = pairs
        items = [(Token(Kind.DAYS, frozenset({item.value.value - 1})) if item.kind is Kind.NUM else item, mark)
                 for item, mark in items]
        ticked = [item for item, mark in items if mark.kind is Kind.POS]
        out.extend(statement[:start])
        crossed = [item for item, _ in items]
        out.extend([*ticked, Token(Kind.POS, MARK)] if ticked else [*crossed, Token(Kind.NEG, MARK)])
        out.extend(statement[start + 2 * len(items):])
    return out


def _item_mark_pairs(statement: Sequence[Token]) -> tuple[int, list[tuple[Token, Token]]] | None:
    """Where a run of two or more days (or parts of the day) each followed by a mark starts, and the pairs."""
    start = next((index for index, token in enumerate(statement) if _is_mark(token)), None)
    if start is None or start == 0:
        return None
    start -= 1
    kind = statement[start].kind
    if kind not in (Kind.DAYS, Kind.PART, Kind.NUM) or (kind is Kind.NUM and not _is_day_digit(statement, start)):
        return None
    items: list[tuple[Token, Token]] = []
    index = start
    while index + 1 < len(statement) and statement[index].kind is kind and _is_mark(statement[index + 1]):
        items.append((statement[index], statement[index + 1]))
        index += 2
    rest = statement[index:]
    if len(items) < 2 or any(_is_mark(token) for token in rest):
        return None
    return start, items


def _is_mark(token: Token) -> bool:
    return token.value == MARK and token.kind in (Kind.POS, Kind.NEG)


def _narrower_days(tokens: Sequence[Token]) -> list[Token]:
    """周末的话周六下午 / weekday mornings: Tue, Thu / 我只有周末有空：周六上午: days named again, fewer of them, say
    which of the days named first are meant; with "only" between them (周末的话只有周日晚上, 工作日只能周三晚上) the
    "only" carries the days named first, which the clause narrows."""
    dropped: set[int] = set()
    narrowed: dict[int, Token] = {}
    starts, ends = _statement_bounds(tokens) if any(token.kind is Kind.COLON for token in tokens) else ([], [])
    for index, token in enumerate(tokens):
        if token.kind is Kind.DAYS:
            later = index + 2 if kind_at(tokens, index + 1) is Kind.ONLY else index + 1
            if later > index + 1 and kind_at(tokens, later) is Kind.POS:
                later += 1
            if kind_at(tokens, later) is Kind.DAYS and tokens[later].value < token.value:
                dropped.add(index)
                if later > index + 1:
                    narrowed[index + 1] = Token(Kind.ONLY, token.value)
            elif _each_of_them(tokens, index):
                dropped.add(index + 2 if kind_at(tokens, index + 1) is Kind.COMMA else index + 1)
        elif token.kind is Kind.COLON:
            header = [at for at in range(starts[index], index) if tokens[at].kind is Kind.DAYS]
            detail = [at for at in range(index + 1, ends[index]) if tokens[at].kind is Kind.DAYS]
            named = frozenset().union(*(tokens[at].value for at in header))
            if header and detail and frozenset().union(*(tokens[at].value for at in detail)) <= named:
                dropped.update(header)
    return [narrowed.get(index, token) for index, token in enumerate(tokens) if index not in dropped]


def _each_of_them(tokens: Sequence[Token], index: int) -> bool:
    """周一到周三，每天下午两点前 / 工作日每天: every day, said after days named alone, is each of those days."""
    if tokens[index].kind is not Kind.DAYS or tokens[index].value == ALL_DAYS or kind_at(tokens, index - 1) in (
            Kind.EXCEPT, Kind.EXCEPT_POST):
        return False
    later = index + 2 if kind_at(tokens, index + 1) is Kind.COMMA else index + 1
    return kind_at(tokens, later) is Kind.DAYS and tokens[later].value == ALL_DAYS


def _statement_bounds(tokens: Sequence[Token]) -> tuple[list[int], list[int]]:
    """For each position, where the piece it ends starts (after a stop, comma or colon) and where the statement
    after it ends (at the next stop or colon): a header and its detail around a colon."""
    starts, ends = [0] * len(tokens), [len(tokens)] * len(tokens)
    start = 0
    for index, token in enumerate(tokens):
        starts[index] = start
        if token.kind in _STATEMENT_ENDS:
            start = index + 1
    end = len(tokens)
    for index in range(len(tokens) - 1, -1, -1):
        ends[index] = end
        if tokens[index].kind in (Kind.STOP, Kind.COLON):
            end = index
    return starts, ends


def _parts_as_headers(tokens: Sequence[Token]) -> list[Token]:
    out: list[Token] = []
    tokens = [Token(Kind.COMMA) if token.kind is Kind.RANGE and _pause(tokens, index)
              else Token(Kind.ASIDE, SAME) if token.kind is Kind.POS and _return(tokens, index) else token
              for index, token in enumerate(tokens)]
    listing = False
    for index, token in enumerate(tokens):
        if token.kind is Kind.COLON:
            if _says_nothing_after(tokens, index):
                _digits_as_days(out)
                out.append(Token(Kind.NEG))
            elif out and out[-1].kind is Kind.WEEK:
                out.append(Token(Kind.STOP))
            elif out and out[-1].kind is Kind.ASIDE:
                out.append(Token(Kind.COMMA))
            continue
        if token.kind in _NOTHING and _after_a_colon_saying_nothing(tokens, index):
            continue
        if token.kind in _LINE_MARKS and (_day_off_line(tokens, index) or _dash_line(tokens, index)):
            token = Token(Kind.NEG)
        elif token.kind is Kind.NUM and (
                _digit_heads_line(tokens, index) or _digit_whole_day_line(tokens, index)):
            token = Token(Kind.DAYS, frozenset({token.value.value - 1}))
        elif token.value == WHOLE and _digit_whole_day_line(tokens, index - 1):
            token = Token(Kind.PART, ALL_DAY)
        elif token.kind is Kind.LIST and kind_at(tokens, index - 1) is Kind.DAYS and kind_at(
                tokens, index + 1) in (Kind.STOP, None):
            token = Token(Kind.TOO)
        heads = token.kind is Kind.PART and kind_at(tokens, index + 1) is Kind.COLON
        if heads and out and out[-1].kind is not Kind.STOP:
            out.append(Token(Kind.STOP))
        if heads:
            listing = True
        elif token.kind is Kind.NUM and listing and token.value.value in _WEEKDAY_NUMBERS:
            numeral: Numeral = token.value
            token = (Token(Kind.DAYS, frozenset({numeral.value - 1})) if _lone_day_numeral(tokens, index)
                     else Token(Kind.NUM, replace(numeral, day_digit=True)))
        elif token.kind not in _LIST_LINKS and token.kind is not Kind.NUM:
            listing = False
        out.append(token)
    return out


def _lone_day_numeral(tokens: Sequence[Token], index: int) -> bool:
    """下午：五 on a line of its own: a weekday numeral written as one (not 5) alone under a part header."""
    return (tokens[index].value.day_digit and kind_at(tokens, index - 1) is Kind.COLON
            and kind_at(tokens, index - 2) is Kind.PART and kind_at(tokens, index + 1) in (Kind.STOP, None))


def _return(tokens: Sequence[Token], index: int) -> bool:
    """back on Christmas Eve / back on Monday: the day one returns, not an offer (back on weekday mornings is)."""
    if tokens[index].kind is not Kind.POS or tokens[index].value != BACK:
        return False
    following = kind_at(tokens, index + 1)
    return following in (Kind.DATE, Kind.NUM, Kind.RELDAY) or (
        following is Kind.DAYS and kind_at(tokens, index + 2) is not Kind.PART)


def _pause(tokens: Sequence[Token], index: int) -> bool:
    """A dash that joins nothing a range can join is a pause: as before — just add Sunday; 周一 - N/A;
    周二 - afternoon 2-6 (a range runs between days, dates, times or parts of the day)."""
    if tokens[index].kind is not Kind.RANGE or tokens[index].value != DASH or index == 0:
        return False
    following, before = kind_at(tokens, index + 1), kind_at(tokens, index - 1)
    if following not in _RANGE_ENDS:
        return before not in (Kind.ONLY, Kind.POS) and following is not None
    return (before, following) in ((Kind.DAYS, Kind.PART), (Kind.PART, Kind.DAYS))


def _digit_heads_line(tokens: Sequence[Token], index: int) -> bool:
    """一 ✅晚 / 二 ❌: a weekday digit that starts a line and is ticked or crossed names the day."""
    return (_is_day_digit(tokens, index) and kind_at(tokens, index - 1) in (Kind.STOP, None)
            and kind_at(tokens, index + 1) in (Kind.POS, Kind.NEG))


def _digit_whole_day_line(tokens: Sequence[Token], index: int) -> bool:
    """一 晚 / 六 全: a weekday digit alone with 全 on its line is that whole day."""
    token = tokens[index] if 0 <= index < len(tokens) else None
    return (token is not None and token.kind is Kind.NUM and token.value.day_digit
            and token.value.value in _WEEKDAY_NUMBERS and kind_at(tokens, index - 1) in (Kind.STOP, None)
            and index + 1 < len(tokens) and tokens[index + 1].value == WHOLE
            and kind_at(tokens, index + 2) in (Kind.STOP, None))


def _day_off_line(tokens: Sequence[Token], index: int) -> bool:
    """Sat: off / 周六：请假 on a line of a weekly list: that day is not offered (not a day of leave)."""
    return (tokens[index].kind is Kind.LEAVE and kind_at(tokens, index - 1) is Kind.COLON
            and kind_at(tokens, index - 2) is Kind.DAYS and kind_at(tokens, index + 1) in (Kind.STOP, None)
            and kind_at(tokens, index - 3) in (Kind.STOP, None))


def _dash_line(tokens: Sequence[Token], index: int) -> bool:
    """周一 — / Mon - / Tue | - / 晚上 | — on a line of its own: a day (or a part of the day) with only a dash after
    it is not offered."""
    day = index - 2 if kind_at(tokens, index - 1) is Kind.COMMA else index - 1
    return (tokens[index].kind is Kind.RANGE and kind_at(tokens, day) in (Kind.DAYS, Kind.PART)
            and kind_at(tokens, index + 1) in (Kind.STOP, None)
            and kind_at(tokens, day - 1) in (Kind.STOP, None))


def _says_nothing_after(tokens: Sequence[Token], colon: int) -> bool:
    """``Tue: -`` / ``wed: ---`` / ``周四：/`` / ``二：—``: a day's colon followed only by dashes before the line
    ends."""
    after = colon + 1
    while kind_at(tokens, after) in _NOTHING:
        after += 1
    before = colon - 1
    while _is_day_digit(tokens, before) and _is_day_digit(tokens, colon - 1):
        before -= 1
    heads = kind_at(tokens, colon - 1) in (Kind.DAYS, Kind.PART) or (
        before < colon - 1 and kind_at(tokens, before) in (Kind.STOP, None))
    return heads and after > colon + 1 and kind_at(tokens, after) in (Kind.STOP, None)


def _is_day_digit(tokens: Sequence[Token], index: int) -> bool:
    token = tokens[index] if 0 <= index < len(tokens) else None
    return (token is not None and token.kind is Kind.NUM and token.value.day_digit
            and token.value.value in _WEEKDAY_NUMBERS)


def _digits_as_days(out: list[Token]) -> None:
    """二：— / 六日：—: the weekday digits heading a line that says nothing are the days refused."""
    index = len(out) - 1
    while _is_day_digit(out, index):
        out[index] = Token(Kind.DAYS, frozenset({out[index].value.value - 1}))
        index -= 1


def _after_a_colon_saying_nothing(tokens: Sequence[Token], index: int) -> bool:
    colon = index - 1
    while kind_at(tokens, colon) in _NOTHING:
        colon -= 1
    return kind_at(tokens, colon) is Kind.COLON and _says_nothing_after(tokens, colon)


def _under_week_header(tokens: list[Token]) -> list[Token]:
    header = next((index for index, token in enumerate(tokens)
                   if token.kind is Kind.WEEK and kind_at(tokens, index + 1) is Kind.STOP
                   and kind_at(tokens, index - 1) in (Kind.STOP, None)), None)
    if header is None or any(token.kind in _OWN_DATES for token in tokens[header + 1:]):
        return tokens
    out = tokens[:header]
    for statement in _statements(tokens[header + 1:]):
        out.extend(_in_week(statement, tokens[header]))
    return out


def _week_as_frame(tokens: list[Token]) -> list[Token]:
    """本周可值班时间 / this week i can do wed eve: a week named over an offer with no day of its own, in a post
    that takes no time off, only says which week the post is about; the week's pattern is the offer. A week
    the pattern starts from (下周起, from next week) stays."""
    if any(token.kind in _TAKING_OFF for token in tokens):
        return tokens
    return [token for index, token in enumerate(tokens)
            if token.kind is not Kind.WEEK or kind_at(tokens, index + 1) in _PINNED | {Kind.AFTER}
            or kind_at(tokens, index - 1) is Kind.FROM]


def _in_week(statement: list[Token], week: Token) -> list[Token]:
    """The leave in a statement under a week's header is in that week (下周：周五请假 is next Friday)."""
    first_day = next((index for index, token in enumerate(statement) if token.kind is Kind.DAYS), None)
    if first_day is None or not any(token.kind is Kind.LEAVE for token in statement):
        return statement
    return [*statement[:first_day], week, *statement[first_day:]]


def _under_predicate_headers(tokens: list[Token]) -> list[Token]:
    """★可值班★ 周三晚上 ★请假★ 12月24日: a line that only says "free" or "leave" heads the lines under it that
    say nothing of their own; 【下周空闲】 over lines of times only says which week the post is about."""
    out: list[Token] = []
    heading: list[Token] = []
    statements = _statements(tokens)
    for index, statement in enumerate(statements):
        kinds = {token.kind for token in statement} - _FILLER
        if kinds and kinds <= _PREDICATES and not any(token.value in STORY for token in statement):
            heading = [token for token in statement if token.kind in _PREDICATES]
            continue
        if kinds == _FREE_THAT_WEEK and index + 1 < len(statements) and _says_only_when(statements[index + 1]):
            heading = [token for token in statement if token.kind is Kind.POS]
            continue
        if heading and kinds & _CONTENT and not kinds & _PREDICATES:
            statement = [*statement[:-1], *heading, statement[-1]] if statement[-1].kind is Kind.STOP else [
                *statement, *heading]
        out.extend(statement)
    return out


def _says_only_when(statement: Sequence[Token]) -> bool:
    kinds = {token.kind for token in statement} - _FILLER
    return bool(kinds & _CONTENT) and not kinds & _PREDICATES


def _under_day_headers(tokens: list[Token]) -> list[Token]:
    """``Sun`` / ``- morning ✔`` / ``- evening ✘`` and ``周末：`` / ``周六 下午`` / ``周日 上午``: a line of days
    alone heads the lines under it; lines of times take its days, and lines of fewer of its days say which."""
    out: list[Token] = []
    header: list[Token] = []
    days: frozenset[int] = frozenset()
    used = False
    for statement in _statements(tokens):
        kinds = {token.kind for token in statement} - _FILLER
        if kinds == {Kind.DAYS} and sum(token.kind is Kind.DAYS for token in statement) == 1:
            if used:
                header, days, used = [], frozenset(), False
            header.extend(statement)
            days = days.union(*(token.value for token in statement if token.kind is Kind.DAYS))
            continue
        first = next((token for token in statement if token.kind not in _FILLER | _NOTHING), None)
        if header and kinds & _TIMES and not kinds & (_PINNED | _OWN_DATES):
            statement = [Token(Kind.DAYS, days), *statement]
            used = True
        elif header and first is not None and first.kind is Kind.DAYS and first.value < days:
            used = True
        else:
            if header and not used:
                out.extend(header)
            header, days, used = [], frozenset(), False
        out.extend(statement)
    if header and not used:
        out.extend(header)
    return out


def _statements(tokens: Sequence[Token]) -> list[list[Token]]:
    """The tokens cut after each full stop, the stop kept with what it ends."""
    statements: list[list[Token]] = [[]]
    for token in tokens:
        statements[-1].append(token)
        if token.kind is Kind.STOP:
            statements.append([])
    return [statement for statement in statements if statement]
