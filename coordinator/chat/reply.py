"""What the command layer hands back: text, an optional table, buttons and notices to others."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum


class Tone(StrEnum):
    INFO = "info"
    SUCCESS = "success"
    QUESTION = "question"
    REFUSAL = "refusal"


@dataclass(frozen=True, slots=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    caption: str = ""


@dataclass(frozen=True, slots=True)
class Button:
    """A button that runs ``command`` with ``args`` for whoever presses it."""

    label: str
    command: str
    args: Mapping[str, str] = field(default_factory=dict)
    danger: bool = False


@dataclass(frozen=True, slots=True)
class Notice:
    """A message to someone other than the asker: a member's DMs or a named channel."""

    text: str
    member_discord_id: int | None = None
    member_name: str | None = None
    channel: str | None = None
    table: Table | None = None
    title: str = ""
    buttons: tuple[Button, ...] = ()

    def as_reply(self) -> Reply:
        return Reply(text=self.text, title=self.title, table=self.table, buttons=self.buttons)


@dataclass(frozen=True, slots=True)
class Reply:
    text: str
    title: str = ""
    table: Table | None = None
    buttons: tuple[Button, ...] = ()
    private: bool = False
    tone: Tone = Tone.INFO
    notices: tuple[Notice, ...] = ()

    @classmethod
    def refusal(cls, text: str) -> Reply:
        return cls(text=text, private=True, tone=Tone.REFUSAL)


Deliver = Callable[[Sequence[Notice]], Awaitable[None]]
"""Sends notices that come from timed work rather than from a command (reminders, handovers)."""
