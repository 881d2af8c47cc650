"""A volunteer's own weekly limit: 每周最多两个班 / 一周一次就好 / max 2 shifts a week.

Read from the text before the grammar, and cut out of it, so that 一周 is not read as Monday and 两次 not as
a time."""

from __future__ import annotations

import re

from .scanner import normalize

_ZH_NUMBERS = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7}
_EN_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "a": 1, "an": 1}
_TIMES_EN = {"once": 1, "twice": 2, "thrice": 3}

_ZH_N = r"(?P<n>[一两二三四五六七1-7])"
_ZH_WEEK = r"(?:每周|一周|每星期|每个星期|一个星期|每礼拜|一个礼拜|每个礼拜|周)"
_ZH_CAP = r"(?:最多|至多|顶多|最多只|只能|只|就|最多排我|排我|就排|就排我|max|最多能)"
_ZH_UNIT = r"(?:个班|个shift|个 shift|班|次|个)"
_ZH_AFTER = r"(?:以内|之内|就好|就行|就够了|就够|就可以|为宜|为限|吧)?"
_ZH = (
    re.compile(rf"{_ZH_WEEK}\s*(?:{_ZH_CAP}\s*)?{_ZH_N}\s*{_ZH_UNIT}{_ZH_AFTER}"),
    re.compile(rf"(?:最多|至多|顶多)\s*{_ZH_N}\s*(?:个班|个shift|班)(?:\s*{_ZH_WEEK})?{_ZH_AFTER}"),
)
_EN_N = r"(?P<n>one|two|three|four|five|six|seven|[1-7])"
_EN_CAP = r"(?:max(?:imum)?(?: of)?|at most|no more than|not more than|up to|only|just|only do|only take|limit(?: of)?)"
_EN_WEEK = r"(?:a|per|each|every|a single)\s+week"
_EN = (
    re.compile(rf"(?:{_EN_CAP}\s+)?{_EN_N}\s+(?:shifts?\s+)?(?:{_EN_WEEK})(?:\s+(?:max|at most|tops))?"),
    re.compile(rf"{_EN_CAP}\s+{_EN_N}\s+shifts?(?:\s+(?:{_EN_WEEK}))?"),
    re.compile(rf"(?P<times>once|twice|thrice)\s+(?:{_EN_WEEK})"),
)


_MAYBE = re.compile(r"班|次|个|個|shift|once|twice|thrice|week", re.IGNORECASE)


def read_limit(text: str) -> tuple[int | None, str]:
    """The weekly limit a message sets, if any, and the message without the words that said it."""
    if not _MAYBE.search(text):
        return None, text
    source = normalize(text)
    for pattern, numbers in [*((zh, _ZH_NUMBERS) for zh in _ZH), *((en, _EN_NUMBERS) for en in _EN)]:
        match = pattern.search(source)
        if match is None:
            continue
        if match.groupdict().get("times"):
            limit = _TIMES_EN[match["times"]]
        else:
            word = match["n"]
            limit = int(word) if word.isdigit() else numbers.get(word, 0)
        if limit:
            return limit, f"{source[:match.start()]}，{source[match.end():]}"
    return None, text
