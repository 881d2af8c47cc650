"""When a meeting or a due date is, as the team writes it: "2026-12-03 21:00", "周四晚上九点", "next Thursday 21:00".

Pure: text and the local time now in; a local datetime (or date) out, or None when the text is not a time."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_DAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6, "七": 6}
_EN_DAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
_AFTERNOON = ("下午", "晚上", "傍晚", "今晚", "晚")

_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]+(.+))?$")
_MONTH_DAY = re.compile(r"^(?:(\d{4})年)?(\d{1,2})月(\d{1,2})[日号]?(.*)$")
_SLASH_DAY = re.compile(r"^(\d{1,2})/(\d{1,2})(?:\s+(.+))?$")
_CN_WEEKDAY = re.compile(r"^(下下|下个?|这个?|本)?(?:周|星期|礼拜)([一二三四五六日天七])(.*)$")
_EN_WEEKDAY = re.compile(
    r"^(next|this|on)?\s*(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?(?:\s+(?:at\s+)?(.+))?$", re.IGNORECASE)
_RELATIVE = {"今天": 0, "today": 0, "明天": 1, "tomorrow": 1, "后天": 2}
_CLOCK = re.compile(r"^(\d{1,2})[:：](\d{2})\s*(am|pm|a\.m\.|p\.m\.)?$", re.IGNORECASE)
_EN_HOUR = re.compile(r"^(\d{1,2})\s*(am|pm|a\.m\.|p\.m\.)$", re.IGNORECASE)
_CN_PART = re.compile(r"^(早上|上午|中午|下午|傍晚|晚上|今晚|晚)?\s*(.*)$")
_CN_HOUR = re.compile(r"^([0-9零〇一二两三四五六七八九十]{1,3})\s*[点时](半|一刻|三刻|([0-9零〇一二两三四五六七八九十]{1,3})分?)?$")


def read_when(text: str, now: datetime) -> datetime | None:
    """The moment ``text`` names, in ``now``'s zone; a weekday means the next one after now (下周四: next week's)."""
    text = " ".join(text.strip().split())
    found = _read_day(text, now.date())
    if found is None:
        return None
    day, rest = found
    clock = read_clock(rest)
    if clock is None:
        return None
    return datetime.combine(day, clock, tzinfo=now.tzinfo)


def read_date(text: str, today: date) -> date | None:
    """A due date: 2026-12-10, 12月10日, 12/10, 周五, 下周五, next Friday, tomorrow."""
    found = _read_day(" ".join(text.strip().split()), today)
    if found is None or found[1].strip():
        return None
    return found[0]


def _read_day(text: str, today: date) -> tuple[date, str] | None:
    """The day at the start of ``text`` and what follows it."""
    for word, offset in _RELATIVE.items():
        if text.lower().startswith(word):
            return today + timedelta(days=offset), text[len(word):].strip()
    for reader in (_iso_day, _month_day, _slash_day, _cn_weekday, _en_weekday):
        found = reader(text, today)
        if found is not None:
            return found
    return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _iso_day(text: str, today: date) -> tuple[date, str] | None:
    match = _ISO.match(text)
    if not match:
        return None
    day = _safe_date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    return (day, (match.group(4) or "").strip()) if day else None


def _coming(month: int, day_of_month: int, today: date) -> date | None:
    """That month and day this year, or next year when it has passed."""
    this_year = _safe_date(today.year, month, day_of_month)
    if this_year is not None and this_year >= today:
        return this_year
    return _safe_date(today.year + 1, month, day_of_month)


def _month_day(text: str, today: date) -> tuple[date, str] | None:
    match = _MONTH_DAY.match(text)
    if not match:
        return None
    month, day_of_month = int(match.group(2)), int(match.group(3))
    day = (_safe_date(int(match.group(1)), month, day_of_month) if match.group(1)
           else _coming(month, day_of_month, today))
    return (day, match.group(4).strip()) if day else None


def _slash_day(text: str, today: date) -> tuple[date, str] | None:
    match = _SLASH_DAY.match(text)
    if not match:
        return None
    day = _coming(int(match.group(1)), int(match.group(2)), today)
    return (day, (match.group(3) or "").strip()) if day else None


def _cn_weekday(text: str, today: date) -> tuple[date, str] | None:
    match = _CN_WEEKDAY.match(text)
    if not match:
        return None
    weekday, prefix = _CN_DAYS[match.group(2)], match.group(1) or ""
    if prefix.startswith("下"):
        weeks = 2 if prefix == "下下" else 1
        monday = today - timedelta(days=today.weekday()) + timedelta(weeks=weeks)
        return monday + timedelta(days=weekday), match.group(3).strip()
    if prefix:
        monday = today - timedelta(days=today.weekday())
        return monday + timedelta(days=weekday), match.group(3).strip()
    return _next_weekday(today, weekday), match.group(3).strip()


def _en_weekday(text: str, today: date) -> tuple[date, str] | None:
    match = _EN_WEEKDAY.match(text)
    if not match:
        return None
    return _next_weekday(today, _EN_DAYS[match.group(2).lower()]), (match.group(3) or "").strip()


def _next_weekday(today: date, weekday: int) -> date:
    """That weekday today or later (the time decides whether today has passed; callers refuse the past)."""
    return today + timedelta(days=(weekday - today.weekday()) % 7)


def read_clock(text: str) -> time | None:
    """21:00, 9pm, 9:30 pm, 晚上九点, 下午3点半, 晚上8点15分."""
    text = text.strip().removeprefix("at ").strip()
    match = _CLOCK.match(text)
    if match:
        return _clock(int(match.group(1)), int(match.group(2)), (match.group(3) or "").lower())
    match = _EN_HOUR.match(text)
    if match:
        return _clock(int(match.group(1)), 0, match.group(2).lower())
    part, rest = _CN_PART.match(text).groups()  # type: ignore[union-attr]
    match = _cn_clock(rest)
    if match is None:
        return None
    hour, minute = match
    if part in _AFTERNOON and hour < 12:
        hour += 12
    return time(hour, minute) if hour < 24 and minute < 60 else None


def _cn_clock(text: str) -> tuple[int, int] | None:
    plain = _CLOCK.match(text)
    if plain and not plain.group(3):
        return int(plain.group(1)), int(plain.group(2))
    match = _CN_HOUR.match(text)
    if not match:
        return None
    hour = cn_number(match.group(1))
    quarter = {"半": 30, "一刻": 15, "三刻": 45}.get(match.group(2) or "")
    minute = quarter if quarter is not None else cn_number(match.group(3)) if match.group(3) else 0
    if hour is None or minute is None:
        return None
    return hour, minute


def _clock(hour: int, minute: int, meridiem: str) -> time | None:
    if meridiem.startswith("p") and hour < 12:
        hour += 12
    elif meridiem.startswith("a") and hour == 12:
        hour = 0
    return time(hour, minute) if hour < 24 and minute < 60 else None


def cn_number(text: str) -> int | None:
    """0–99 in ASCII digits or Chinese numerals: 9, 九, 十二, 二十, 两."""
    if text.isascii():
        return int(text) if text.isdigit() else None
    if "十" in text:
        tens, _, ones = text.partition("十")
        high = _DIGITS.get(tens, -1) if tens else 1
        low = _DIGITS.get(ones, -1) if ones else 0
        return high * 10 + low if high >= 0 and low >= 0 and "十" not in ones else None
    if len(text) == 1:
        return _DIGITS.get(text)
    return None
