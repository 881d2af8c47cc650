"""Sets of weekdays: 周一到周五, 一、三、五, 周一三五, Tue & Thu, Mon–Fri, 周五到周一."""

from __future__ import annotations

from collections.abc import Sequence

from .lexicon import ALL_DAYS, ANY_DAY, AS_FOR, DAY_BEFORE
from .tokens import Duration, Kind, Numeral, Token, kind_at

_LINKS = frozenset({Kind.LIST, Kind.COMMA, Kind.RANGE})
_TIMES = frozenset({Kind.PART, Kind.CLOCK})
_NOT_DAYS_AFTER = frozenset({Kind.FROM, Kind.UNTIL, Kind.BEFORE})
"""Thursday from 1 to 4 in the afternoon / from 2 until 4 in the afternoon: numbers after "from", "until" or
"before" are hours."""
_IN_CHAIN = _LINKS | {Kind.DAYS, Kind.NUM}
_MIN_BARE_DIGITS = 2
_TWO_DAYS = Duration(days=2)
_TWO_DAYS_NAMED = 2
_MIN_LISTED_DIGITS = 3
_MOST_LISTED_DIGITS = 5
_FEWEST_LISTED = {Kind.PART: 2, Kind.POS: _MIN_LISTED_DIGITS, Kind.EVERY: _MIN_LISTED_DIGITS}
"""Weekday digits in order before a part of the day (13下午) or, three of them at least, an offer (135都行)."""
_LAST_DAY = 31
_WEEK = range(7)
_CLOCKED = frozenset({Kind.RANGE, Kind.AFTER, Kind.BEFORE, Kind.UNTIL})
_STATEMENT_ENDS = frozenset({Kind.STOP, Kind.COMMA, Kind.CONTRAST, None})


def reduce_days(tokens: Sequence[Token]) -> list[Token]:
    """Join chains of day names and weekday digits into one DAYS token each; 周五同周一 at the end of a statement
    is Friday the same as Monday."""
    tokens = _any_day_when_none_named(_without_plurals_inside(_without_repeated_weeks(tokens)))
    if any(token.kind is Kind.SAME_DAYS for token in tokens):
        tokens = _the_same_days(tokens)
    if any(token.kind is Kind.LIST for token in tokens):
        tokens = _same_as(tokens)
    out: list[Token] = []
    index = 0
    while index < len(tokens):
        end, days = _digit_days(tokens, index) or _chain(tokens, index)
        if days is None:
            out.append(tokens[index])
            index += 1
        else:
            out.append(Token(Kind.DAYS, days))
            index = end
    return out


def both_days(tokens: list[Token]) -> list[Token]:
    """周一晚上我可以，周五也没问题，这两天都是八点以后: "these two days, both" with a time, after two days named,
    are those days, not a stretch of two days (read after the times, which keep the part of the day named)."""
    if not any(token.kind is Kind.DURATION for token in tokens):
        return tokens
    out: list[Token] = []
    named: frozenset[int] = frozenset()
    for index, token in enumerate(tokens):
        if token.kind is Kind.DAYS:
            named |= token.value
        if (token.kind is Kind.DURATION and token.value == _TWO_DAYS and len(named) == _TWO_DAYS_NAMED
                and kind_at(tokens, index - 1) in (Kind.COMMA, Kind.STOP)
                and kind_at(tokens, index + 1) is Kind.EVERY and kind_at(tokens, index + 2) is Kind.TIME):
            token = Token(Kind.DAYS, named)
        out.append(token)
    return out


def _same_as(tokens: list[Token]) -> list[Token]:
    """周五同周一 / Thu 同 Tue / 周三跟周一一样: days "as" days named before, where the statement ends, take their
    times (周二跟周四，晚上 is a list)."""
    out: list[Token] = []
    named: frozenset[int] = frozenset()
    index = 0
    while index < len(tokens):
        token = tokens[index]
        said = (kind_at(tokens, index + 1) is Kind.LIST and tokens[index + 1].value == AS_FOR
                and kind_at(tokens, index + 2) is Kind.DAYS)
        close = index + 3 + (kind_at(tokens, index + 3) is Kind.TOO)
        if (token.kind is Kind.DAYS and said and tokens[index + 2].value <= named
                and kind_at(tokens, close) in _STATEMENT_ENDS):
            out.extend((token, Token(Kind.SAME_AS, tokens[index + 2].value)))
            index = close
            continue
        if token.kind is Kind.DAYS:
            named |= token.value
        out.append(token)
        index += 1
    return out


def _the_same_days(tokens: list[Token]) -> list[Token]:
    """afternoons on Mon and Wed; evenings the same days: the days named last, now with other times (with none
    named before, which days is a question); 前一天 after one day named is the day before it."""
    out: list[Token] = []
    named: frozenset[int] = frozenset()
    chain: frozenset[int] = frozenset()
    for token in tokens:
        if token.kind is Kind.DAYS:
            chain = chain | token.value if out and out[-1].kind in (Kind.DAYS, *_LINKS) else token.value
            named = chain
        if token.kind is Kind.SAME_DAYS and token.value == DAY_BEFORE:
            before = frozenset({(min(named) - 1) % len(_WEEK)}) if len(named) == 1 else None
            out.append(Token(Kind.DAYS, before) if before else Token(Kind.VAGUE))
            continue
        if token.kind is Kind.SAME_DAYS:
            out.append(Token(Kind.DAYS, named) if named else Token(Kind.VAGUE))
            continue
        out.append(token)
    return out


def _any_day_when_none_named(tokens: list[Token]) -> list[Token]:
    """一周排我一次就行，哪天都可以 / 晚上哪天都行: any day, when no days are named, is every day (周二或周四晚上，哪天都行
    is either of those two)."""
    index = next((at for at, token in enumerate(tokens)
                  if token.kind is Kind.EVERY and token.value == ANY_DAY), None)
    if index is None or any(token.kind in (Kind.DAYS, Kind.SOFT_DAYS, Kind.NUM) for token in tokens):
        return tokens
    return [*tokens[:index], Token(Kind.DAYS, ALL_DAYS), *tokens[index:]]


def _digit_days(tokens: Sequence[Token], start: int) -> tuple[int, frozenset[int]] | None:
    """Weekday numbers the team writes around a part of the day: 2-4晚上 (Tuesday to Thursday) and 6上午 just
    before it, 晚上135 and 下午24 (each digit a day) just after it. A clock range comes after it (下午1-3)."""
    if tokens[start].kind is not Kind.NUM:
        return None
    kinds = [kind_at(tokens, start + offset) for offset in range(4)]
    before = kind_at(tokens, start - 1)
    if (kinds == [Kind.NUM, Kind.RANGE, Kind.NUM, Kind.PART] and before not in _TIMES | _NOT_DAYS_AFTER
            and not _day_named_before(tokens, start)):
        first, last = tokens[start].value.value, tokens[start + 2].value.value
        return (start + 3, frozenset(range(first - 1, last))) if 1 <= first < last <= len(_WEEK) else None
    numeral = tokens[start].value
    after_times = before in _TIMES and not numeral.day_digit
    ends_a_range = before is Kind.RANGE and kind_at(tokens, start - 2) is Kind.NUM
    if (kinds[:2] == [Kind.NUM, Kind.PART] and 1 <= numeral.value <= len(_WEEK) and before not in _NOT_DAYS_AFTER
            and not ends_a_range and not (after_times and not tokens[start + 1].value.slot_names)):
        return start + 1, frozenset({tokens[start].value.value - 1})
    if (spaced := _spaced_digits(tokens, start)) is not None and before not in _TIMES:
        return spaced
    fewest = _FEWEST_LISTED.get(kinds[1])
    if fewest and before not in _TIMES | _NOT_DAYS_AFTER | {Kind.RANGE} and _listed_days(numeral.value, fewest):
        return start + 1, frozenset(int(digit) - 1 for digit in str(numeral.value))
    if kinds[0] is Kind.NUM and before is Kind.PART and kinds[1] not in _CLOCKED:
        digits = str(tokens[start].value.value)
        if len(digits) >= _MIN_BARE_DIGITS and len(set(digits)) == len(digits) and set(digits) <= set("1234567"):
            return start + 1, frozenset(int(digit) - 1 for digit in digits)
    return None


def _day_named_before(tokens: Sequence[Token], start: int) -> bool:
    """Monday I can do 3 to 5 in the afternoon / 周一 2-4下午: after a day named in the same statement, a range
    before a part of the day is its hours, not more days."""
    for index in range(start - 1, -1, -1):
        kind = tokens[index].kind
        if kind is Kind.DAYS:
            return True
        if kind in _STATEMENT_ENDS:
            return False
    return False


def _spaced_digits(tokens: Sequence[Token], start: int) -> tuple[int, frozenset[int]] | None:
    """1 3 5 下午 / 2、4、6晚上: single weekday digits, in order, written apart before a part of the day."""
    end, digits = start, []
    while len(digits) < len(_WEEK) and kind_at(tokens, end) is Kind.NUM and 1 <= tokens[end].value.value <= len(_WEEK):
        digits.append(tokens[end].value.value)
        end += 1
        if kind_at(tokens, end) is Kind.LIST and tokens[end].value is None and kind_at(tokens, end + 1) is Kind.NUM:
            end += 1
    if len(digits) < 2 or kind_at(tokens, end) is not Kind.PART or digits != sorted(set(digits)):
        return None
    return end, frozenset(digit - 1 for digit in digits)


def _listed_days(number: int, fewest: int) -> bool:
    """135晚上 / 13下午 / 135都行: weekday digits in order, at least ``fewest`` of them and at most five."""
    digits = str(number)
    return (fewest <= len(digits) <= _MOST_LISTED_DIGITS and set(digits) <= set("1234567")
            and list(digits) == sorted(set(digits)))


def _without_repeated_weeks(tokens: Sequence[Token]) -> list[Token]:
    """下周一到下周五 is 下周 一到五: a week said again inside a chain of days is dropped."""
    out: list[Token] = []
    week = None
    for token in tokens:
        if token.kind is Kind.WEEK:
            if token.value == week and out and out[-1].kind in _LINKS:
                continue
            week = token.value
        elif token.kind not in _IN_CHAIN:
            week = None
        out.append(token)
    return out


def _without_plurals_inside(tokens: Sequence[Token]) -> list[Token]:
    """Mondays to Wednesdays: the plural of a day inside a chain of days says "every" once, after the chain."""
    return [token for index, token in enumerate(tokens)
            if not (token.kind is Kind.EVERY and kind_at(tokens, index - 1) is Kind.DAYS
                    and kind_at(tokens, index + 1) in _LINKS and kind_at(tokens, index + 2) is Kind.DAYS)]


def _chain(tokens: Sequence[Token], start: int) -> tuple[int, frozenset[int] | None]:
    """The days of the chain starting at ``start`` and where it ends; None when no chain starts there. After
    "except" a comma before a range ends it (除了周三，周一到周五下午都行); after days said with their time first, a
    comma before a day said "only" does too (Any time on Wed, Sat only after 2pm), and so does one after a day
    said with its level first (最好周日，周六不行)."""
    first = _atom_at(tokens, start)
    if first is None:
        return start, None
    atoms, links, kinds = [first], [], [tokens[start].kind]
    index = start
    excepted = kind_at(tokens, start - 1) is Kind.EXCEPT
    while True:
        link = kind_at(tokens, index + 1)
        ends = _comma_ends(tokens, index + 2, link, atoms, links) or (
            excepted and link is Kind.COMMA and kind_at(tokens, index + 3) is Kind.RANGE) or (
            link is Kind.COMMA and kind_at(tokens, start - 1) in _TIMES
            and kind_at(tokens, index + 3) is Kind.ONLY) or (
            link is Kind.COMMA and kind_at(tokens, start - 1) is Kind.LEVEL)
        if link in _LINKS and _links(tokens, index, index + 2, link) and not ends:
            index += 2
        elif _atom_at(tokens, index + 1) is not None and not _whole_week(tokens, index, index + 1):
            link, index = None, index + 1
        else:
            break
        atoms.append(_atom_at(tokens, index) or frozenset())
        links.append(link)
        kinds.append(tokens[index].kind)
    if Kind.DAYS not in kinds and len(kinds) < _MIN_BARE_DIGITS:
        return start, None
    return index + 1, _fold(atoms, links)


def _comma_ends(tokens: Sequence[Token], right: int, link: Kind | None, atoms: Sequence[frozenset[int]],
                links: Sequence[Kind | None]) -> bool:
    """周一到周五，周三只能三点以后 / Mon to Thu, Fridays only: after a range, or on a day already named, a comma
    starts a new statement about days rather than going on with the list."""
    if link is not Kind.COMMA:
        return False
    return Kind.RANGE in links or (_atom_at(tokens, right) or frozenset()) <= frozenset().union(*atoms)


def _whole_week(tokens: Sequence[Token], left: int, right: int) -> bool:
    """除了周二 每天晚上: every day said next to a day is a new statement, not more days in a list."""
    return any(len(_atom_at(tokens, index) or ()) == len(_WEEK) for index in (left, right))


def _fold(atoms: Sequence[frozenset[int]], links: Sequence[Kind | None]) -> frozenset[int]:
    """Union of the atoms, with ``A RANGE B`` read as every day from A to B."""
    days: set[int] = set()
    index = 0
    while index < len(atoms):
        if index < len(links) and links[index] is Kind.RANGE:
            days |= _day_range(atoms[index], atoms[index + 1])
            index += 2
        else:
            days |= atoms[index]
            index += 1
    return frozenset(days)


def _links(tokens: Sequence[Token], left: int, right: int, link: Kind | None) -> bool:
    """Whether the atoms at ``left`` and ``right`` chain; a comma joins single days only (一,四,五).

    Nor does a comma or an "and" join days that each bring their own times (all day Sat and Sun morning), or a
    set of days with a single day that brings its own (weekends 或者 Friday evening).
    """
    left_atom, right_atom = _atom_at(tokens, left), _atom_at(tokens, right)
    if left_atom is None or right_atom is None:
        return False
    own_times = kind_at(tokens, left - 1) in _TIMES and kind_at(tokens, right + 1) in _TIMES
    whole_days_or_timed_day = (len(left_atom) > 1 == len(right_atom) and kind_at(tokens, right + 1) in _TIMES
                               and kind_at(tokens, left - 1) not in _TIMES)
    if link is not Kind.COMMA:
        return link is Kind.RANGE or not (own_times or whole_days_or_timed_day)
    return len(left_atom) == len(right_atom) == 1 and not own_times


def _day_atom(token: Token) -> frozenset[int] | None:
    if token.kind is Kind.DAYS:
        days: frozenset[int] = token.value
        return days
    if token.kind is Kind.NUM:
        numeral: Numeral = token.value
        if numeral.day_digit and 1 <= numeral.value <= 7:
            return frozenset({numeral.value - 1})
    return None


def _atom_at(tokens: Sequence[Token], index: int) -> frozenset[int] | None:
    return _day_atom(tokens[index]) if index < len(tokens) else None


def _day_range(first: frozenset[int], last: frozenset[int]) -> frozenset[int]:
    """Inclusive and wrapping over the week's end: 周五到周一 is Fri, Sat, Sun, Mon."""
    start, end = min(first), max(last)
    return frozenset((start + step) % 7 for step in range((end - start) % 7 + 1))
