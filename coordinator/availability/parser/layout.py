"""Posts laid out under headers: ``Mornings: Mon, Tue. Evenings: Thu`` and ``晚班：1、3、5；早班：周日``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .tokens import Kind, Numeral, Token

_LIST_LINKS = frozenset({Kind.LIST, Kind.COMMA})
_WEEKDAY_NUMBERS = range(1, 8)


def read_headers(tokens: Sequence[Token]) -> list[Token]:
    """A part of the day with a colon heads the days after it: each header starts a new statement, and the
    numbers listed under it (1、3、5) are weekdays."""
    out: list[Token] = []
    listing = False
    for index, token in enumerate(tokens):
        if token.kind is Kind.COLON:
            continue
        heads = token.kind is Kind.PART and _kind_at(tokens, index + 1) is Kind.COLON
        if heads and out and out[-1].kind is not Kind.STOP:
            out.append(Token(Kind.STOP))
        if heads:
            listing = True
        elif token.kind is Kind.NUM and listing and token.value.value in _WEEKDAY_NUMBERS:
            numeral: Numeral = token.value
            token = Token(Kind.NUM, replace(numeral, day_digit=True))
        elif token.kind not in _LIST_LINKS and token.kind is not Kind.NUM:
            listing = False
        out.append(token)
    return out


def _kind_at(tokens: Sequence[Token], index: int) -> Kind | None:
    return tokens[index].kind if 0 <= index < len(tokens) else None
