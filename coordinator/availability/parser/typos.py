"""Days and parts of the day typed with one slip (satuday, morining, sunady, afternon): read as meant when only
one word of the week is a single edit away."""

from __future__ import annotations

from .lexicon import LEXICON
from .tokens import Token

_MEANT = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays",
    "morning", "mornings", "afternoon", "afternoons", "evening", "evenings",
    "weekend", "weekends", "weekday", "weekdays",
)
_SHORTEST = 6
"""Shorter words are too often other words one letter away (money, event)."""
_READ: dict[str, tuple[Token, ...] | None] = {}
_WORDS_KEPT = 5_000


def typed(word: str) -> tuple[Token, ...] | None:
    """The tokens of the one day or part of the day ``word`` is a slip for, if there is exactly one."""
    if len(word) < _SHORTEST:
        return None
    if word in _READ:
        return _READ[word]
    meant = [candidate for candidate in _MEANT if _one_edit(word, candidate)]
    found = LEXICON[meant[0]] if len(meant) == 1 and meant[0] in LEXICON else None
    if len(_READ) < _WORDS_KEPT:
        _READ[word] = found
    return found


def _one_edit(typed_word: str, meant: str) -> bool:
    """One letter added, dropped, changed, or two neighbours swapped."""
    if typed_word == meant or abs(len(typed_word) - len(meant)) > 1:
        return False
    if len(typed_word) == len(meant):
        differ = [index for index, (a, b) in enumerate(zip(typed_word, meant)) if a != b]
        if len(differ) == 1:
            return True
        first, second = (differ + [0, 0])[:2]
        return len(differ) == 2 and second == first + 1 and typed_word[first] == meant[second] and (
            typed_word[second] == meant[first])
    shorter, longer = sorted((typed_word, meant), key=len)
    for index in range(len(longer)):
        if longer[:index] + longer[index + 1:] == shorter:
            return True
    return False
