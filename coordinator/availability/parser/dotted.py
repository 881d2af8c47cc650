"""Numbers joined by a dot: a date (12.24, 1.1-1.3) or a clock time (晚上7.30, 7.30-9, 9.30到11.45)."""

from __future__ import annotations

import re

from .tokens import Clock, Kind, Match, MonthDay, Token

_CONNECTOR = r"\s?(?:-|–|~|～|到|至)\s?"
_PAIR = re.compile(r"(?P<a>[0-9]{1,2})\.(?P<b>[0-9]{1,2})(?![0-9.])")
_PAIR_THEN_CONNECTOR = re.compile(rf"(?<![0-9.])[0-9]{{1,2}}\.[0-9]{{1,2}}{_CONNECTOR}$")
_CONNECTOR_THEN_NUMBER = re.compile(rf"(?:{_CONNECTOR}|\s(?:to|till|until|til)\s)(?=[0-9]|noon|midday)")
_CLOCK_AFTER = re.compile(r"\s?(?:[ap]\.?m(?![a-z])|点|點|时|時|in the (?:morning|afternoon|evening))")
_NOT_A_DATE_AFTER = re.compile(r"\s?(?:小时|小時|个|個|天|元|块|h(?![a-z])|hours?|hrs?|%)")
_CLOCK_BEFORE = frozenset("午上晚点點")
_WEEKDAY_BEFORE = re.compile(r"(?:(?<![a-z])(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?:[a-z]*day)?s?"
                             r"|(?:周|星期|礼拜)[一二三四五六日天])\s?$")
_ROUND_MINUTES = frozenset({"00", "15", "30", "45"})
"""sat 10.30-12.30 / 周六 9.15-11.45: a range of such pairs right after a weekday is hours (a date range rarely
follows a weekday, and 12.26-12.28 has no round minutes)."""
_LAST_MONTH = 12
_LAST_DAY = 31
_LAST_MINUTE = 59
_LAST_HOUR = 24


def dotted(source: str, position: int) -> Match | None:
    """The pair at ``position`` as a clock time where the words around it say so, else as a month and day."""
    found = _PAIR.match(source, position)
    if found is None:
        return None
    first, second = int(found["a"]), int(found["b"])
    if _reads_as_clock(source, position, found.end()):
        if len(found["b"]) != 2 or first > _LAST_HOUR or second > _LAST_MINUTE:
            return None
        return found.end(), (Token(Kind.CLOCK, Clock(first, second, first > _LAST_MONTH)),)
    if _NOT_A_DATE_AFTER.match(source, found.end()) or not (
        1 <= first <= _LAST_MONTH and 1 <= second <= _LAST_DAY
    ):
        return None
    return found.end(), (Token(Kind.DATE, MonthDay(second, first)),)


def _reads_as_clock(source: str, position: int, end: int) -> bool:
    """After a part of the day, before 点 or pm, or in a range whose other end reads as a clock (7.30-9, 9.30 to
    noon)."""
    if _after_part(source, position) or _CLOCK_AFTER.match(source, end):
        return True
    left = _PAIR_THEN_CONNECTOR.search(source, 0, position)
    if left is not None:
        return _after_part(source, left.start()) or (
            _hours_after_weekday(source, left.start()) and source[end - 2:end] in _ROUND_MINUTES)
    connector = _CONNECTOR_THEN_NUMBER.match(source, end)
    if connector is None:
        return False
    if not source[connector.end():connector.end() + 1].isdigit():
        return True
    other = _PAIR.match(source, connector.end())
    if other is not None and _hours_after_weekday(source, position) and (
            source[end - 2:end] in _ROUND_MINUTES and other["b"] in _ROUND_MINUTES):
        return True
    return other is None or _CLOCK_AFTER.match(source, other.end()) is not None


def _hours_after_weekday(source: str, position: int) -> bool:
    return _WEEKDAY_BEFORE.search(source, max(0, position - 12), position) is not None


def _after_part(source: str, position: int) -> bool:
    before = source[:position].rstrip()
    return bool(before) and before[-1] in _CLOCK_BEFORE
