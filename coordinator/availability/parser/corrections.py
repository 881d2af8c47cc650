"""A correction says what it replaces: 不是这周四，是下周四 / not 周二, 是周三 — only what follows counts.

Read from the text before the grammar: the words taken back are cut out, so they are not read as said."""

from __future__ import annotations

import re

_TAKEN_BACK = re.compile(
    r"(?:不是|并不是|not)\s*(?P<wrong>[^，,。.；;！!？?]{1,12}?)\s*[，,]\s*(?:而)?(?:是|应该是|but|it's|its)\s*",
    re.IGNORECASE,
)


_MEANT = re.compile(
    r"(?:i meant|i mean|meant to say|我是说|我的意思是)\s*(?P<right>[^，,。.；;！!？?]{1,20}?)\s*[，,]?\s*"
    r"(?:not|rather than|instead of|而不是|不是)\s*[^，,。.；;！!？?]{1,12}",
    re.IGNORECASE,
)


_IS_NOT = re.compile(r"(?P<right>是\s*[^，,。；;！!？?]{1,12}?)\s*[，,]?\s*(?:而)?不是\s*[^，,。.；;！!？?\s]{1,12}")


def without_taken_back(text: str) -> str:
    """The text with "not X, (but) Y", "I meant Y not X" and 是Y，不是X reduced to Y."""
    if "不是" not in text and "not" not in text.lower() and "instead of" not in text.lower():
        return text
    text = _MEANT.sub(lambda match: match["right"], text)
    return _TAKEN_BACK.sub("", _IS_NOT.sub(lambda match: match["right"], text))
