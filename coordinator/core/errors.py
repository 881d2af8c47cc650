"""Errors a user can act on: each names a catalogue message, rendered in the user's language."""

from __future__ import annotations

from typing import Any


class UserError(Exception):
    """Refuse a request with one plain sentence saying what to do instead."""

    def __init__(self, key: str, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params
