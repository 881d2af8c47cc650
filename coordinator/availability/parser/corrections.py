"""A correction says what it replaces: 不是这周四，是下周四 / not 周二, 是周三 — only what follows counts.

Read from the text before the grammar: the words taken back are cut out, so they are not read as said."""

from __future__ import annotations

import re

_TAKEN_BACK = re.compile(
    r"(?:不是|并不是|not)\s*(?P<wrong>[^，,。.；;！!？?]{1,12}?)\s*[，,]\s*(?:而)?(?:是|应该是|but|it's|its)\s*",
    re.IGNORECASE,
)


_MEANT = re.compile(
    r"(?:i meant|i mean|meant to say|我是说|我的意思是)\s*(?P<right>[^，,。.；;！!？?]{1,40}?)\s*[，,]?\s*"
    r"(?:not|rather than|instead of|而不是|不是)\s*(?:(?!\bso\b|\bfor\b)[^，,。.；;！!？?—–-]){1,40}",
    re.IGNORECASE,
)


_IS_NOT = re.compile(r"(?P<right>是\s*[^，,。；;！!？?:：]{1,12}?)\s*[，,]?\s*(?:而)?不是\s*[^，,。.；;！!？?\s:：]{1,12}")
_A_DAY = r"\d{1,2}\s?月\s?\d{1,2}\s?[号日]|(?:周|星期|礼拜)[一二三四五六日天]"
"""12月8号 / 周三: a day as a correction names it."""
_WRONG_THEN_RIGHT = re.compile(
    rf"(?P<wrong>{_A_DAY})(?P<what>[^，,。；;]{{0,8}}?)"
    r"(?:是错的|写错了|错了|不对)[，,]?\s*(?:应该是|其实是|实际上是|改成|改为|是)\s*(?P<right>[^，,。；;！!？?]{1,14})")
"""写的12月8号请假是错的，应该是12月9号: the date said to be wrong, replaced by the one that is right."""
_ACTUALLY = re.compile(
    rf"(?P<wrong>(?:dec|jan|nov)\s?\d{{1,2}}|{_A_DAY})"
    r"(?P<what>[^，,。；;]{0,8}?)[，,]\s*(?:其实是|实际上是|实际是|应该是)\s*(?P<right>[^，,。；;！!？?]{1,14})",
    re.IGNORECASE)
"""我之前说 Dec 28 请假，其实是 Dec 29: the later date stands for the earlier one."""
_OOPS = re.compile(
    r"[^，,。；;！!？?…]{1,16}(?:[，,]|…+|\.{3,})\s*"
    r"(?:(?:(?:啊|哦|噢|呃|额)?\s*(?:不对|说错了|打错了|sorry)|(?:啊|哦|噢|呃|额)\s*不是"
    r"|(?:oh\s+)?wait,?\s+no|scratch that|actually no|no wait)\s*(?:[，,]|…+|\.{3,})|算了)\s*", re.IGNORECASE)
"""得十点前结束，啊不对，九点前 / 周三也可以……算了周三不行 / 周四请假……啊不是，是周五: what comes before "oh no" is
taken back by what follows."""
_MAY_CORRECT = re.compile(r"不是|not|instead of|错|不对|算了|wait|scratch that|actually no|其实是|实际上是|实际是|应该是"
                          r"|改成|改到|换成|挪到", re.IGNORECASE)
_MOVED = re.compile(r"(?P<wrong>[^，,。；;：:\s]{1,8}?)的假(?:改成|改到|换成|挪到)(?P<right>[^，,。；;！!？?]{1,10})")
"""下周三的假改成下周四: the leave moves to the day after 改成."""
_CORRECTING = re.compile(r"correction|fix|typo|i meant|meant to say|说错|打错|写错|更正|纠正|改一下|改成", re.IGNORECASE)
"""Words that say the message corrects an earlier one."""
_NOT_AFTER = re.compile(
    r"\s*[，,]\s*(?:and\s+)?not\s+(?:on\s+)?(?=mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
    r"|[0-9])[^，,。；;！!？?]{1,14}",
    re.IGNORECASE,
)
"""…is Jan 8, not Jan 7: in a correction, the date or day after "not" is the one taken back."""
_RESTATED = re.compile(r"(?:所以|因此|也就是说|那就是|\bso\b|\bthat is\b|\bi\.e\.|[:：])", re.IGNORECASE)
_COLON = re.compile(r"[:：]")
_CORRECTION_WORDS = re.compile(r"不是|\bnot\b|meant", re.IGNORECASE)
"""所以是 Mon 和 Wed 下午 / So Thursday evening: after a correction, the restatement is the message."""


def without_taken_back(text: str) -> str:
    """The text with "not X, (but) Y", "I meant Y not X" and 是Y，不是X reduced to Y; in a correction, also
    "Y, not X", and a restatement after it (所以是… / So …) stands for the whole."""
    if not _MAY_CORRECT.search(text):
        return text
    correcting = _CORRECTING.search(text) is not None
    text = _OOPS.sub("", text)
    text = _ACTUALLY.sub(_right_for_wrong, _WRONG_THEN_RIGHT.sub(_right_for_wrong, text))
    text = _MOVED.sub(lambda found: f"{found['right']}请假", text)
    colon = _COLON.search(text)
    corrects_first = colon is not None and _CORRECTION_WORDS.search(text[:colon.start()]) is not None
    meant = _MEANT.sub(lambda match: f"{match['right']} ", text)
    corrected = _TAKEN_BACK.sub("", _IS_NOT.sub(lambda match: match["right"], meant))
    if correcting:
        corrected = _NOT_AFTER.sub("", corrected)
    restatements = [match for match in _RESTATED.finditer(corrected) if match.group() not in ":：" or corrects_first]
    if corrected != text and restatements:
        return corrected[restatements[-1].end():]
    return corrected


def _right_for_wrong(found: re.Match[str]) -> str:
    return f"{found['right']}{found['what']}"
