"""What the parser hands back: the slots, the leave, whether it is sure, and how the message changes the week."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from coordinator.availability.summary import summarize
from coordinator.core.week import DEFAULT_SLOTS, DateRange, DutySlot, Level


class Mode(StrEnum):
    """How a message changes the volunteer's standing week."""

    REPLACE = "replace"
    """A statement of the week: it takes the place of the one before."""
    ADD = "add"
    """周六也可以 / Saturdays too: these slots join the standing week."""
    REMOVE = "remove"
    """周三不行了 / no more Wednesdays: these slots leave it."""
    KEEP = "keep"
    """Leave, a limit, chat or a question: the standing week stays as it is."""


Hours = tuple[str, str]


@dataclass(frozen=True)
class ParseResult:
    """One message understood: slots such as ``{"mon:evening": Level.AVAILABLE}``, absences, and the rest."""

    slots: dict[str, Level]
    leave: tuple[DateRange, ...]
    confident: bool
    duty_slots: tuple[DutySlot, ...] = field(default=DEFAULT_SLOTS, compare=False, repr=False)
    mode: Mode | None = None
    hours: dict[str, Hours] = field(default_factory=dict)
    """For each partial slot, the part of it the stated times cover (``"16:00"``, ``"19:00"``)."""
    max_shifts: int | None = None
    starts: date | None = None
    ends: date | None = None
    chat: bool = False
    """Not about availability at all: the bot says nothing."""
    unclear: tuple[str, ...] = ()
    """The parts, as written, the bot asks about instead of storing."""
    removed: tuple[str, ...] = ()
    """With mode remove: the slots taken out of the standing week."""
    unchanged: bool = False
    """照旧 / as usual: the volunteer says their week stays as it is."""

    @classmethod
    def not_understood(cls, duty_slots: tuple[DutySlot, ...] = DEFAULT_SLOTS,
                       unclear: tuple[str, ...] = ()) -> ParseResult:
        """About availability but not clear: the bot asks instead of guessing."""
        return cls({}, (), False, duty_slots, unclear=unclear)

    @classmethod
    def chatter(cls, duty_slots: tuple[DutySlot, ...] = DEFAULT_SLOTS) -> ParseResult:
        return cls({}, (), False, duty_slots, chat=True)

    @property
    def change(self) -> Mode:
        if self.mode is not None:
            return self.mode
        if self.removed:
            return Mode.REMOVE
        return Mode.REPLACE if self.confident and self.slots else Mode.KEEP

    @property
    def actionable(self) -> bool:
        """Something to store: slots, leave, slots to take out, or a personal limit."""
        return self.confident and bool(self.slots or self.leave or self.removed or self.max_shifts or self.unchanged)

    def as_json(self, lang: str = "zh") -> dict[str, Any]:
        """The stable JSON form of ``coordinator availability parse --json``."""
        return {
            "slots": {key: level.value for key, level in self.slots.items()},
            "leave": [period.as_json() for period in self.leave],
            "confident": self.confident,
            "summary": summarize(self.slots, lang, self.duty_slots),
            "mode": self.change.value,
            "hours": {key: list(span) for key, span in self.hours.items()},
            "max_shifts": self.max_shifts,
            "starts": self.starts.isoformat() if self.starts else None,
            "ends": self.ends.isoformat() if self.ends else None,
            "chat": self.chat,
            "unclear": list(self.unclear),
            "removed": list(self.removed),
        }
