"""A correction says what it replaces: 不是这周四，是下周四 / not 周二, 是周三 — only what follows counts.

Read from the text before the grammar: the words taken back are cut out, so they are not read as said."""

from __future__ import annotations

import re

_TAKEN_BACK = re.compile(
    r"(?:不是|并不是|not)\s*(?P<wrong>[^，,。.；;！!？?]{1,12}?)\s*[，,]\s*(?:而)?(?:是|应该是|but|it's|its)\s*",
    re.IGNORECASE,
)


def without_taken_back(text: str) -> str:
    """The text with "not X, (but) Y" reduced to Y."""
    if "不是" not in text and "not" not in text.lower():
        return text
    return _TAKEN_BACK.sub("", text)
