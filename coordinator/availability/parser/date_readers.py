"""Readers for calendar dates as written: 2026-12-03, 3月15日, 12/3, 15号, the 21st, Dec 21, 12月份.

Each takes the normalised text and a position and returns where the match ends and its tokens, or None.
"""

from __future__ import annotations

import re

from .numerals import NUMBER, parse_number
from .tokens import CalendarMonth, Kind, Match, MonthDay, Token

WORD_END = "(?![a-z0-9])"
_MONTHS = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_NOT_A_TIME = rf"(?!\s?(?::\s?[0-9]|[ap]\.?m{WORD_END}|o'?clock|点|時|时))"
_DATE_ISO = re.compile(r"(?P<y>[0-9]{4})[-/.](?P<mo>[0-9]{1,2})[-/.](?P<d>[0-9]{1,2})(?![0-9])")
_DATE_CN = re.compile(
    rf"(?:(?P<y>[0-9]{{4}})\s?年\s?)?(?P<mo>{NUMBER})\s?月\s?(?:份\s?)?(?P<d>{NUMBER})\s?(?:日|号|號)?"
)
_DATE_SLASH = re.compile(r"(?P<mo>[0-9]{1,2})/(?P<d>[0-9]{1,2})(?![0-9/])")
_WHOLE_MONTH_CN = re.compile(rf"(?P<mo>{NUMBER})\s?月(?:份)?(?![底初中旬])")
_WHOLE_MONTH_EN = re.compile(
    rf"(?P<mon>january|february|april|june|july|august|september|october|november|december){WORD_END}"
)
_DAY_OF_MONTH = re.compile(rf"(?P<d>{NUMBER})\s?(?:日|号|號)")
_DAYS_OF_MONTH = re.compile(rf"(?P<d>{NUMBER})\s?(?:-|~|到|至)\s?(?P<last>{NUMBER})\s?(?:日|号|號)")
_ORDINAL = re.compile(
    rf"(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th){WORD_END}(?!\s(?:time|times|one|week|floor|grade|year|place)\b)")
"""the 21st, but not the 5th time, the 3rd one, the 2nd week, the 4th floor."""
_DATE_EN_MONTH_FIRST = re.compile(
    rf"(?P<mon>{_MONTHS})\.?\s?(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th)?{WORD_END}{_NOT_A_TIME}"
)
_DATE_EN_DAY_FIRST = re.compile(
    rf"(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th)?\s?(?:of\s)?(?P<mon>{_MONTHS}){WORD_END}"
)
_MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_NUMBERS = {name: number for number, name in enumerate(_MONTH_ABBREVIATIONS, start=1)}
_LAST_DAY = 31
_WEEKDAY_DIGITS = frozenset("一二三四五六")
_LAST_MONTH = 12


def date_iso(source: str, position: int) -> Match | None:
    """2026-12-03, 2026/12/3."""
    found = _DATE_ISO.match(source, position)
    return _date(found, int(found["d"]), int(found["mo"]), int(found["y"])) if found else None


def date_cn(source: str, position: int) -> Match | None:
    """3月15日, 十二月三号, 2027年1月3日."""
    found = _DATE_CN.match(source, position)
    if found is None:
        return None
    year = int(found["y"]) if found["y"] else None
    return _date(found, parse_number(found["d"]), parse_number(found["mo"]), year)


def date_slash(source: str, position: int) -> Match | None:
    """12/3: month first, as both the Chinese and the American order have it."""
    found = _DATE_SLASH.match(source, position)
    return _date(found, int(found["d"]), int(found["mo"]), None) if found else None


def day_of_month(source: str, position: int) -> Match | None:
    """15号, 十五日, the 21st: a day of the month, the month left to the reference date. A single Chinese digit
    before 日 (六日全天, 五六日) is a list of weekdays ending in Sunday, as the team writes them, not a date."""
    if (days := _days_of_month(source, position)) is not None:
        return days
    found = _DAY_OF_MONTH.match(source, position) or _ORDINAL.match(source, position)
    if found is None or (found.group().endswith("日") and found["d"] in _WEEKDAY_DIGITS):
        return None
    return _date(found, parse_number(found["d"]), None, None)


def _days_of_month(source: str, position: int) -> Match | None:
    """24-27号 / 24到27号: the 号 after the last day dates the first too."""
    found = _DAYS_OF_MONTH.match(source, position)
    if found is None or (found.group().endswith("日") and found["last"] in _WEEKDAY_DIGITS):
        return None
    first, last = parse_number(found["d"]), parse_number(found["last"])
    if first is None or last is None or not 1 <= first < last <= _LAST_DAY:
        return None
    return found.end(), (Token(Kind.DATE, MonthDay(first, None, None)), Token(Kind.RANGE),
                         Token(Kind.DATE, MonthDay(last, None, None)))


def date_en(source: str, position: int) -> Match | None:
    """Dec 21, December 21st, 21 Dec, 3rd of January."""
    found = _DATE_EN_MONTH_FIRST.match(source, position) or _DATE_EN_DAY_FIRST.match(source, position)
    if found is None:
        return None
    return _date(found, int(found["d"]), _MONTH_NUMBERS[found["mon"][:3]], None)


def whole_month(source: str, position: int) -> Match | None:
    """12月份, 12月, December: the whole month (not May or March: they are everyday words too)."""
    found = _WHOLE_MONTH_CN.match(source, position) or _WHOLE_MONTH_EN.match(source, position)
    if found is None:
        return None
    month = parse_number(found["mo"]) if found.groupdict().get("mo") else _MONTH_NUMBERS[found["mon"][:3]]
    if month is None or not 1 <= month <= _LAST_MONTH:
        return None
    return found.end(), (Token(Kind.DATE, CalendarMonth(month)),)


def _date(found: re.Match[str], day: int | None, month: int | None, year: int | None) -> Match | None:
    """The date as written; one that cannot exist (13月2号, 12月32号) is vague as a whole, so the bot asks
    instead of reading a nearby date (3月2号) into it."""
    if day is None:
        return None
    if not 1 <= day <= _LAST_DAY or (month is not None and not 1 <= month <= _LAST_MONTH):
        return found.end(), (Token(Kind.VAGUE),)
    return found.end(), (Token(Kind.DATE, MonthDay(day, month, year)),)
