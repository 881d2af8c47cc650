"""Clock times written out in words or with dots (half past 9, quarter to ten, two to four, Sat a.m.), as digits."""

from __future__ import annotations

import re

_CLOCK_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
_WORD_HOUR = rf"(?:{'|'.join(_CLOCK_WORDS)})"
_QUARTERS = re.compile(rf"(?<![a-z])(?:a\s)?(?P<part>half|quarter)\s(?:(?P<side>past|to)\s)?"
                       rf"(?P<hour>1[0-2]|0?[1-9]|{_WORD_HOUR})"
                       r"(?![0-9a-z:.]|\s?(?:hours?|hrs?|days?|an|of)(?![a-z]))")
"""half past 9 / quarter to ten / half 9 (British, half past): a clock time said in words."""
_WORDED_RANGE = re.compile(rf"(?<![a-z])(?P<start>{_WORD_HOUR})(?P<to>\s?(?:-|to|till|until)\s?)(?P<end>{_WORD_HOUR})"
                           r"(?![a-z])")
_WORDED_BOUND = re.compile(rf"(?<![a-z])(?P<bound>from|after|until|till|before)\s(?P<hour>{_WORD_HOUR})"
                           r"(?=\s?(?:$|[^a-z\s]|(?:am|pm|o'clock|in the|on|and|or|then)(?![a-z])))")
"""Tue 下午 two to four / after three in the afternoon: hours said in words, as digits."""
_DOTTED_MERIDIEM = re.compile(r"(?<![a-z])(?P<half>[ap])\.m\.?(?:'?(?P<plural>s)(?![a-z]))?")
"""Sat a.m. / wknd a.m.s / 9 p.m.: the half of the day written with dots, as am / pm."""


def clock_times_in_digits(text: str) -> str:
    """Lower-case ``text`` with the clock times said in words, and a.m. / p.m. written with dots, as the grammar
    reads them (9:30, 2-4, am)."""
    if "half" in text or "quarter" in text:
        text = _QUARTERS.sub(_quarter, text)
    if any(word in text for word in _CLOCK_WORDS):
        text = _WORDED_BOUND.sub(_bound_in_digits, _WORDED_RANGE.sub(_range_in_digits, text))
    if ".m" in text:
        text = _DOTTED_MERIDIEM.sub("\\g<half>m\\g<plural>", text)
    return text


def _hour(written: str) -> int:
    return int(written) if written.isdigit() else _CLOCK_WORDS.index(written) + 1


def _range_in_digits(found: re.Match[str]) -> str:
    return f"{_hour(found['start'])}{found['to']}{_hour(found['end'])}"


def _bound_in_digits(found: re.Match[str]) -> str:
    return f"{found['bound']} {_hour(found['hour'])}"


def _quarter(found: re.Match[str]) -> str:
    hour = _hour(found["hour"])
    if found["side"] == "to":
        return found[0] if found["part"] == "half" else f"{(hour - 2) % 12 + 1}:45"
    if found["part"] == "quarter" and found["side"] is None:
        return found[0]
    return f"{hour}:{30 if found['part'] == 'half' else 15}"
