"""Set apart the parts of a message the bot must not store: hedged parts to ask about, and chat.

A message is cut at its punctuation. A part with a hedge (可能 / 看情况 / usually) is asked about, not stored;
a hedge standing alone (…，不太确定) covers the part before it. A part with a question or shift talk is chat.
The rest is read as availability, so 周二晚上肯定可以，周末不一定 keeps Tuesday evening and asks about the
weekend."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import BUSY
from .scanner import scan
from .tokens import Kind, Token

_CUT = re.compile(r"[^，,。；;！!？?\n]*[，,。；;！!？?\n]*")
_HEDGE = frozenset({Kind.VAGUE})
_CHAT = frozenset({Kind.QUESTION, Kind.CHAT})
_ABOUT_TIME = frozenset({Kind.DAYS, Kind.SOFT_DAYS, Kind.PART, Kind.CLOCK, Kind.DATE, Kind.WEEK, Kind.MONTH})
_PREDICATES = frozenset({Kind.POS, Kind.NEG, Kind.LEAVE, Kind.LEVEL})
_QUOTE_LIMIT = 60


@dataclass(frozen=True, slots=True)
class Sorted:
    clear: str
    """The parts to read as availability, in order."""
    hedged: tuple[str, ...]
    """The parts to ask about, as written."""
    about_availability: bool
    """Whether any part talks about times, days, dates or leave at all (else the message is chat)."""


@dataclass(frozen=True, slots=True)
class _Part:
    text: str
    tokens: list[Token]

    def has(self, kinds: frozenset[Kind]) -> bool:
        return any(token.kind in kinds for token in self.tokens)

    @property
    def content(self) -> bool:
        """Says something about when: days, a part of the day, a time, a date, or leave."""
        return self.has(_ABOUT_TIME) or self.has(frozenset({Kind.LEAVE})) or (
            self.has(frozenset({Kind.RELDAY})) and self.has(_PREDICATES) and not self.remark)

    @property
    def remark(self) -> bool:
        """今天有点忙 / busy today: how the day is going, not a request to be off."""
        predicates = [token for token in self.tokens if token.kind in _PREDICATES]
        days = [token.value for token in self.tokens if token.kind is Kind.RELDAY]
        return bool(predicates) and all(token.value == BUSY for token in predicates) and all(day == 0 for day in days)


def sort_parts(text: str) -> Sorted:
    parts = [_Part(piece, scan(piece)) for piece in _CUT.findall(text) if piece.strip()]
    hedged = [part.has(_HEDGE) for part in parts]
    for index, part in enumerate(parts):
        if hedged[index] and not part.content:
            neighbour = index - 1 if index > 0 else index + 1
            if neighbour < len(parts):
                hedged[neighbour] = True
    chat = [part.has(_CHAT) for part in parts]
    clear = "".join(part.text for part, doubt, talk in zip(parts, hedged, chat, strict=True) if not (doubt or talk))
    quotes = tuple(_quote(part.text) for part, doubt in zip(parts, hedged, strict=True) if doubt and part.content)
    if any(hedged) and not quotes:
        quotes = tuple(_quote(part.text) for part, doubt in zip(parts, hedged, strict=True) if doubt)
    about = any(part.content for part, talk in zip(parts, chat, strict=True) if not talk) or any(hedged)
    return Sorted(clear, quotes, about)


def _quote(text: str) -> str:
    return text.strip(" ，,。；;！!\n")[:_QUOTE_LIMIT]
