"""Indexes of the lexicon for the scanner: Latin phrases by their first word, other words by their length."""

from __future__ import annotations

from collections.abc import Iterable

from .lexicon import LATIN_WORD, LEXICON
from .tokens import Token


def _is_latin(word: str) -> bool:
    return word[0].isascii() and word[0].isalpha()


def _latin_phrases(words: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Latin phrases by their first word, longest first, so the scanner can take the longest that fits."""
    index: dict[str, list[str]] = {}
    for word in words:
        first = LATIN_WORD.match(word)
        if first is not None:
            index.setdefault(first[0], []).append(word)
    return {first: tuple(sorted(group, key=len, reverse=True)) for first, group in index.items()}


LATIN_PHRASES: dict[str, tuple[str, ...]] = _latin_phrases(LEXICON)
OTHER_WORDS: dict[str, tuple[Token, ...]] = {
    word: tokens for word, tokens in LEXICON.items() if not _is_latin(word)
}


def _lengths_by_first(words: Iterable[str]) -> dict[str, tuple[int, ...]]:
    """The lengths of the words starting with each character, longest first: all the scanner tries."""
    lengths: dict[str, set[int]] = {}
    for word in words:
        lengths.setdefault(word[0], set()).add(len(word))
    return {first: tuple(sorted(found, reverse=True)) for first, found in lengths.items()}


OTHER_LENGTHS = _lengths_by_first(OTHER_WORDS)
