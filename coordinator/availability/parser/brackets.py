"""A clock time in brackets after a part of the day says when within that part: 周五下午（四点以后）is Friday
afternoon from 16:00, not the evening too; Sunday afternoon (before 4) is 13:00–16:00. A bracket that
only tells what one does (kid has swim practice the other nights) is a reason, and so is one after a clock
time that names no day, date or time of its own.

Read from the text before the grammar, as the words a teammate would have used: 下午，不过只能四点以后."""

from __future__ import annotations

import re

from .lexicon import DOING
from .scanner import scan
from .tokens import Kind, Token

_PARTS_ZH = "上午|下午|晚上|早上|中午"
_PARTS_EN = "morning|afternoon|evening|morn|aft|eve"
_BRACKETED = re.compile(
    rf"(?P<part>{_PARTS_ZH}|(?:{_PARTS_EN})s?)\s*[（(]\s*(?P<inner>[^（）()]{{1,16}}?)\s*[）)]", re.IGNORECASE)
_CLOCK = re.compile(r"[0-9]|[一二三四五六七八九十两]\s*点|noon|midnight", re.IGNORECASE)
_AFTER_CLOCK = re.compile(
    r"(?P<clock>(?:[0-9]{1,2}(?::[0-9]{2})?\s?(?:am|pm|点|點)|[一二三四五六七八九十两]+\s*[点點](?:半|[0-9]+分?)?))"
    r"(?P<between>[^（）()0-9]{0,24}?)\s*[（(](?P<inner>[^（）()]{1,80})[）)]", re.IGNORECASE)
_TELLS_WHEN = frozenset({Kind.DAYS, Kind.SOFT_DAYS, Kind.DATE, Kind.CLOCK, Kind.LEVEL, Kind.WEEK,
                         Kind.RELDAY})
"""What a bracket after a clock time must say to be more than the reason for it."""
_LOOK_BACK = 12
"""How far before a clock time a day named counts as the one a bracket after it is about."""
_A_WEEK_NAMED = frozenset({Kind.DATE, Kind.WEEK_OF, Kind.WEEK})
"""What a bracket that only names a week again holds (圣诞那周)."""
_ANY_BRACKET = re.compile(r"[（(](?P<inner>[^（）()]{1,80})[）)]")
_SAYS_SOMETHING = _TELLS_WHEN | {Kind.POS, Kind.LEAVE, Kind.EXCEPT, Kind.EXCEPT_POST, Kind.ONLY, Kind.VAGUE,
                                 Kind.QUESTION, Kind.SPAN}


def narrowed_in_brackets(text: str) -> str:
    """The text with ``part（time）`` written as ``part，不过只能 time`` (``part, but only time``), and a reason in
    brackets after a clock time left out (Thursdays 5-9pm (after work, before the kids' bedtime))."""
    if "(" not in text and "（" not in text:
        return text
    text = _AFTER_CLOCK.sub(_without_reason, _BRACKETED.sub(_narrowing, text))
    return _ANY_BRACKET.sub(_without_doing, text)


def _without_doing(found: re.Match[str]) -> str:
    tokens = scan(found["inner"])
    if _names_the_week_again(found, tokens):
        return ""
    doing = any(token.kind is Kind.NEG and token.value == DOING for token in tokens)
    outright = any(token.kind is Kind.NEG and token.value != DOING for token in tokens)
    if doing and not outright and not any(token.kind in _SAYS_SOMETHING for token in tokens):
        return "" if found.string[found.end():found.end() + 1] in ("\n", "") else "，"
    return found.group()


def _names_the_week_again(found: re.Match[str], tokens: list[Token]) -> bool:
    """下周（圣诞那周）的时间: a bracket after a week that names the same week another way adds nothing."""
    before = found.string[max(0, found.start() - _LOOK_BACK):found.start()]
    return bool(tokens) and {token.kind for token in tokens} <= _A_WEEK_NAMED and any(
        token.kind is Kind.WEEK for token in scan(before)[-1:])


def _without_reason(found: re.Match[str]) -> str:
    inner = scan(found["inner"])
    if any(token.kind in _TELLS_WHEN for token in inner) and not _same_day_busy(found, inner):
        return found.group()
    return f"{found['clock']}{found['between']}，"


def _same_day_busy(found: re.Match[str], inner: list[Token]) -> bool:
    """周三要七点半以后（周三要加班）: what one does on the day just named, said again in brackets, is the reason."""
    days = [token.value for token in inner if token.kind is Kind.DAYS]
    if not days or any(token.kind in _TELLS_WHEN - {Kind.DAYS} for token in inner) or not any(
            token.kind is Kind.NEG and token.value == DOING for token in inner):
        return False
    before = scan(found.string[max(0, found.start() - _LOOK_BACK):found.start()])
    named = frozenset().union(*(token.value for token in before if token.kind is Kind.DAYS))
    return all(day <= named for day in days)


def _narrowing(found: re.Match[str]) -> str:
    part, inner = found["part"], found["inner"]
    if not _CLOCK.search(inner):
        return found.group()
    if part.isascii():
        return f"{part}, but only {inner},"
    return f"{part}，不过只能{inner}，"
