"""Meeting rules free of storage and chat: numbering, sections, limits, and what a line in the meeting thread says."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

MAX_TEXT = 1000
"""The longest note, decision, action or agenda point; a longer one is refused (split it)."""
MAX_REASON = 200
MAX_TITLE = 100
MAX_PLACE = 100
MAX_QUERY = 100
EARLIEST_YEARS_AHEAD = 1
LENGTH = timedelta(minutes=90)
"""How long a meeting is assumed to last in calendars before it has ended."""
VOICE_EARLY = timedelta(hours=1)
"""People who join the meeting's voice channel this long before it starts count from the start."""


class Kind(StrEnum):
    NOTE = "note"
    DECISION = "decision"
    ACTION = "action"


class State(StrEnum):
    SCHEDULED = "scheduled"
    RUNNING = "running"
    ENDED = "ended"


_PREFIXES = (
    (Kind.DECISION, ("决定", "决议", "decision", "decided")),
    (Kind.ACTION, ("待办", "跟进", "action", "todo")),
    (Kind.NOTE, ("记录", "note")),
)
_PREFIX = re.compile(r"^\s*([^\s:：]{1,12})\s*[:：]\s*(.*)$", re.DOTALL)
_MENTION = re.compile(r"<@!?(\d{1,20})>")
_VOICE = re.compile(r"^<#(\d{1,20})>$|^#(\S{1,100})$")


def next_number(last: int | None, wanted: int | None = None) -> int:
    """第N期: one more than the last meeting, or the number asked for when it comes later (the first one)."""
    following = (last or 0) + 1
    if wanted is not None and wanted < following:
        raise ValueError(f"meeting numbers go on from {following}")
    return wanted if wanted is not None else following


def agenda_deadline(starts_at: datetime, days: int) -> datetime:
    return starts_at - timedelta(days=days)


def agenda_reminder_at(deadline: datetime, now: datetime) -> datetime:
    """A day before the deadline, or now when that has passed."""
    return max(deadline - timedelta(days=1), now)


def too_long(text: str, limit: int = MAX_TEXT) -> bool:
    return len(text) > limit


def one_line(text: str) -> str:
    """Text as it reads in the minutes: whitespace and line breaks become single spaces, controls go."""
    kept = "".join(char for char in text if unicodedata.category(char)[0] != "C" or char in "\n\t")
    return " ".join(kept.split())


def find_section(text: str, sections: Sequence[str]) -> int | None:
    """The section ``text`` names: its number (1, 2 …), its name, or the start of its name."""
    wanted = text.strip().casefold()
    if wanted.isdigit() and 1 <= int(wanted) <= len(sections):
        return int(wanted) - 1
    folded = [section.casefold() for section in sections]
    if wanted in folded:
        return folded.index(wanted)
    starts = [index for index, name in enumerate(folded) if wanted and name.startswith(wanted)]
    return starts[0] if len(starts) == 1 else None


@dataclass(frozen=True, slots=True)
class ThreadLine:
    kind: Kind
    text: str


def read_thread_line(text: str) -> ThreadLine:
    """决定:/决议:/decision: is a decision, 待办:/跟进:/action: an action item, anything else a note."""
    match = _PREFIX.match(text)
    if match:
        word = match.group(1).casefold()
        for kind, words in _PREFIXES:
            if word in words:
                return ThreadLine(kind, match.group(2).strip())
    return ThreadLine(Kind.NOTE, text.strip())


def mentioned_accounts(text: str) -> list[int]:
    """Discord users mentioned in ``text`` (``<@123>``), in order."""
    return [int(found) for found in _MENTION.findall(text)]


def voice_channel(place: str) -> str | None:
    """The voice channel a place names (``#客服例会`` or a channel mention), or None for any other place."""
    match = _VOICE.match(place.strip())
    if not match:
        return None
    return match.group(1) or match.group(2)


def split_owner(text: str, names: Sequence[str]) -> tuple[str | None, str]:
    """The owner at the start of an action (a mention, @name or a member's name) and the rest of it."""
    words = text.split(maxsplit=1)
    if not words:
        return None, ""
    first, rest = words[0], words[1] if len(words) > 1 else ""
    if _MENTION.fullmatch(first) or first.startswith("@") or first in names:
        return first, rest
    return None, text


def split_due(text: str) -> tuple[str, str | None]:
    """An action's text and the due date written at its end (``… 截止12月10日`` / ``… due 2026-12-10``)."""
    match = re.search(r"\s*(?:截止|截止到|截至|due|by)?\s*[:：]?\s*(\S+?)(?:前|之前)?$", text, re.IGNORECASE)
    if not match or match.start() == 0:
        return text, None
    return text[: match.start()].rstrip(" ，,;；"), match.group(1)


def voice_minutes(seconds: int) -> int:
    return max(1, round(seconds / 60)) if seconds > 0 else 0
