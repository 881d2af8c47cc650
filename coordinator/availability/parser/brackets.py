"""A clock time in brackets after a part of the day says when within that part: 周五下午（四点以后）is Friday
afternoon from 16:00, not the evening too; Sunday afternoon (before 4) is 13:00–16:00.

Read from the text before the grammar, as the words a teammate would have used: 下午，不过只能四点以后."""

from __future__ import annotations

import re

_PARTS_ZH = "上午|下午|晚上|早上|中午"
_PARTS_EN = "morning|afternoon|evening|morn|aft|eve"
_BRACKETED = re.compile(
    rf"(?P<part>{_PARTS_ZH}|(?:{_PARTS_EN})s?)\s*[（(]\s*(?P<inner>[^（）()]{{1,16}}?)\s*[）)]", re.IGNORECASE)
_CLOCK = re.compile(r"[0-9]|[一二三四五六七八九十两]\s*点|noon|midnight", re.IGNORECASE)


def narrowed_in_brackets(text: str) -> str:
    """The text with ``part（time）`` written as ``part，不过只能 time`` (``part, but only time``)."""
    if "(" not in text and "（" not in text:
        return text
    return _BRACKETED.sub(_narrowing, text)


def _narrowing(found: re.Match[str]) -> str:
    part, inner = found["part"], found["inner"]
    if not _CLOCK.search(inner):
        return found.group()
    if part.isascii():
        return f"{part}, but only {inner},"
    return f"{part}，不过只能{inner}，"
