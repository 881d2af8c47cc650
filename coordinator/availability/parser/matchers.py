"""Readers for one kind of thing at a position of normalised text: a clock time, a date, a number, a word.

Each takes the text and a position and returns where the match ends and its tokens, or None.
"""

from __future__ import annotations

import re

from .lexicon import LATIN_PHRASES, LATIN_WORD, LEXICON, LONGEST_OTHER, OTHER_WORDS
from .numerals import CN_NUMBER, NUMBER, WEEKDAY_DIGITS, parse_number
from .tokens import CalendarMonth, Clock, Kind, MonthDay, Numeral, Token

Match = tuple[int, tuple[Token, ...]]

_MONTHS = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_WORD_END = "(?![a-z0-9])"
_AMPM = rf"(?P<ampm>[ap])\.?m{_WORD_END}\.?"
_NOT_A_TIME = rf"(?!\s?(?::|[ap]\.?m{_WORD_END}|o'?clock|点|時|时))"

_CLOCK_COLON = re.compile(
    rf"(?P<h>[0-9]{{1,2}})(?::(?P<m>[0-5][0-9])|\.(?P<dm>[0-5][0-9])(?=\s?[ap]\.?m{_WORD_END}))(?![0-9])"
    rf"(?:\s?{_AMPM})?"
)
_CLOCK_AMPM = re.compile(rf"(?P<h>[0-9]{{1,2}})\s?{_AMPM}")
_CLOCK_OCLOCK = re.compile(r"(?P<h>[0-9]{1,2})\s?o'?clock")
_CLOCK_CN = re.compile(
    rf"(?P<h>{NUMBER})\s?(?:点钟|点|點|時|时)(?:(?P<half>半)|(?P<q1>一刻)|(?P<q3>三刻)|(?P<m>{NUMBER})分?)?"
)
_DATE_ISO = re.compile(r"(?P<y>[0-9]{4})[-/.](?P<mo>[0-9]{1,2})[-/.](?P<d>[0-9]{1,2})(?![0-9])")
_DATE_CN = re.compile(
    rf"(?:(?P<y>[0-9]{{4}})\s?年\s?)?(?P<mo>{NUMBER})\s?月\s?(?:份\s?)?(?P<d>{NUMBER})\s?(?:日|号|號)?"
)
_DATE_SLASH = re.compile(r"(?P<mo>[0-9]{1,2})/(?P<d>[0-9]{1,2})(?![0-9/])")
_WHOLE_MONTH_CN = re.compile(rf"(?P<mo>{NUMBER})\s?月(?:份)?(?![底初中旬])")
_WHOLE_MONTH_EN = re.compile(
    rf"(?P<mon>january|february|april|june|july|august|september|october|november|december){_WORD_END}"
)
_DAY_OF_MONTH = re.compile(rf"(?P<d>{NUMBER})\s?(?:日|号|號)")
_ORDINAL = re.compile(rf"(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th){_WORD_END}")
_DATE_EN_MONTH_FIRST = re.compile(
    rf"(?P<mon>{_MONTHS})\.?\s?(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th)?{_WORD_END}{_NOT_A_TIME}"
)
_DATE_EN_DAY_FIRST = re.compile(
    rf"(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th)?\s?(?:of\s)?(?P<mon>{_MONTHS}){_WORD_END}"
)
_DURATION = re.compile(
    rf"(?:[0-9]{{1,3}}|{CN_NUMBER})\s?(?:(?:个|個)?\s?(?:天|星期|礼拜|禮拜|周|週|小时|小時|钟头)|(?:个|個)\s?月"
    rf"|(?:days?|weeks?|hours?|hrs?|months?){_WORD_END})"
)
_DAY_NAME = re.compile(
    r"(?P<week>下下|下|这|這|本|上)?(?:个|個)?(?:周|週|星期|礼拜|禮拜)\s?(?P<d>[一二三四五六七日天1-7])"
)
_WEEK_WORD = re.compile(r"(?P<week>next|this coming|this|coming) ")
_DIGITS = re.compile(r"[0-9]+")
_CN_NUMERAL_RUN = re.compile(rf"{CN_NUMBER}")

_WEEK_OFFSETS = {"下下": 2, "下": 1, "这": 0, "這": 0, "本": 0, "上": -1}
_MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_NUMBERS = {name: number for number, name in enumerate(_MONTH_ABBREVIATIONS, start=1)}
DAY_CHARS = frozenset("日天")
_MAX_DIGITS = 4
_CN_MINUTES = {"half": 30, "q1": 15, "q3": 45, "h": 0}


def clock_colon(source: str, position: int) -> Match | None:
    """19:00, 7:30pm, 9.30am."""
    found = _CLOCK_COLON.match(source, position)
    if found is None:
        return None
    minute = found["m"] or found["dm"]
    return _clock(found, int(found["h"]), int(minute), found["h"].startswith("0"))


def clock_ampm(source: str, position: int) -> Match | None:
    """9am, 7 p.m."""
    found = _CLOCK_AMPM.match(source, position)
    return _clock(found, int(found["h"]), 0, False) if found else None


def clock_oclock(source: str, position: int) -> Match | None:
    """8 o'clock."""
    found = _CLOCK_OCLOCK.match(source, position)
    return _clock(found, int(found["h"]), 0, False) if found else None


def clock_cn(source: str, position: int) -> Match | None:
    """九点, 十点半, 7点15分, 两点一刻."""
    found = _CLOCK_CN.match(source, position)
    if found is None:
        return None
    hour = parse_number(found["h"])
    minute = _CN_MINUTES.get(found.lastgroup or "") if found["m"] is None else parse_number(found["m"])
    if hour is None or minute is None:
        return None
    return _clock(found, hour, minute, False)


def _clock(found: re.Match[str], hour: int, minute: int, leading_zero: bool) -> Match | None:
    """A clock token; explicit am/pm, a 24-hour reading or a leading zero fix the hour."""
    ampm = found.groupdict().get("ampm")
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "p" else 0)
    if hour > 24 or minute > 59:
        return None
    fixed = bool(ampm) or leading_zero or hour == 0 or hour > 12
    return found.end(), (Token(Kind.CLOCK, Clock(hour, minute, fixed)),)


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
    """15号, 三日, the 21st: a day of the month, the month left to the reference date."""
    found = _DAY_OF_MONTH.match(source, position) or _ORDINAL.match(source, position)
    return _date(found, parse_number(found["d"]), None, None) if found else None


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
    if month is None or not 1 <= month <= 12:
        return None
    return found.end(), (Token(Kind.DATE, CalendarMonth(month)),)


def _date(found: re.Match[str], day: int | None, month: int | None, year: int | None) -> Match | None:
    if day is None or not 1 <= day <= 31 or (month is not None and not 1 <= month <= 12):
        return None
    return found.end(), (Token(Kind.DATE, MonthDay(day, month, year)),)


def duration(source: str, position: int) -> Match | None:
    """三天, 两个星期, 3 days: lengths of time, kept apart so their digits are not read as weekdays."""
    found = _DURATION.match(source, position)
    return (found.end(), (Token(Kind.DURATION),)) if found else None


def day_name(source: str, position: int) -> Match | None:
    """周一, 星期天, 礼拜三, 下周五, 这个星期二."""
    found = _DAY_NAME.match(source, position)
    if found is None:
        return None
    day = Token(Kind.DAYS, frozenset({WEEKDAY_DIGITS[found["d"]]}))
    if found["week"] is None:
        return found.end(), (day,)
    return found.end(), (Token(Kind.WEEK, _WEEK_OFFSETS[found["week"]]), day)


def week_word_day(source: str, position: int) -> Match | None:
    """Next Monday, this Friday: a weekday in a particular week."""
    found = _WEEK_WORD.match(source, position)
    day = latin_word(source, found.end()) if found else None
    if found is None or day is None or [token.kind for token in day[1]] != [Kind.DAYS]:
        return None
    return day[0], (Token(Kind.WEEK, 1 if found["week"] == "next" else 0), *day[1])


def digits(source: str, position: int) -> Match | None:
    """A bare number; long digit runs (phone numbers, IDs) mean nothing here."""
    found = _DIGITS.match(source, position)
    if found is None:
        return None
    if len(found[0]) > _MAX_DIGITS:
        return found.end(), ()
    return found.end(), (Token(Kind.NUM, Numeral(int(found[0]))),)


def cn_numeral(source: str, position: int) -> Match | None:
    """A Chinese number; a run of plain digits such as 一三五 is read one character at a time."""
    found = _CN_NUMERAL_RUN.match(source, position)
    if found is None:
        return None
    text = found[0] if "十" in found[0] or "廿" in found[0] else found[0][0]
    value = parse_number(text)
    if value is None:
        return position + len(text), ()
    day_digit = len(text) == 1 and text in WEEKDAY_DIGITS
    return position + len(text), (Token(Kind.NUM, Numeral(value, day_digit)),)


def day_char(source: str, position: int) -> Match | None:
    """日 or 天 standing alone, as in 周六、日: Sunday."""
    if source[position] in DAY_CHARS:
        return position + 1, (Token(Kind.NUM, Numeral(7, day_digit=True)),)
    return None


def latin_word(source: str, position: int) -> Match | None:
    """The longest lexicon phrase that starts with the word here and ends on a word boundary."""
    word = LATIN_WORD.match(source, position)
    if word is None:
        return None
    for phrase in LATIN_PHRASES.get(word[0], ()):
        end = position + len(phrase)
        if source.startswith(phrase, position) and not _continues_word(source, end):
            return end, LEXICON[phrase]
    return None


def _continues_word(source: str, end: int) -> bool:
    return end < len(source) and (source[end].isascii() and source[end].isalnum())


def other_word(source: str, position: int) -> Match | None:
    """The longest Chinese word or symbol of the lexicon that starts here."""
    for length in range(min(LONGEST_OTHER, len(source) - position), 0, -1):
        tokens = OTHER_WORDS.get(source[position:position + length])
        if tokens is not None:
            return position + length, tokens
    return None
