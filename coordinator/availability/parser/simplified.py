"""Traditional characters read as simplified ones (週六 as 周六, 點 as 点, 幫忙 as 帮忙): one lexicon serves both."""

from __future__ import annotations

import re
from functools import cache

import opencc

_SURROGATE = re.compile("[\ud800-\udfff]")


@cache
def _to_simplified() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def simplified(text: str) -> str:
    """The text in simplified characters; Latin text is left as it is, and a lone surrogate (no character at
    all) becomes a space."""
    if text.isascii():
        return text
    try:
        return _to_simplified().convert(text)
    except UnicodeEncodeError:
        return _to_simplified().convert(_SURROGATE.sub(" ", text))
