"""What the parser hands back: the slots, the leave, and whether it is sure."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from coordinator.availability.summary import summarize
from coordinator.core.week import DEFAULT_SLOTS, DateRange, DutySlot, Level


@dataclass(frozen=True)
class ParseResult:
    """One message understood: slots such as ``{"mon:evening": Level.AVAILABLE}``, and absences."""

    slots: dict[str, Level]
    leave: tuple[DateRange, ...]
    confident: bool
    duty_slots: tuple[DutySlot, ...] = field(default=DEFAULT_SLOTS, compare=False, repr=False)

    @classmethod
    def unclear(cls, duty_slots: tuple[DutySlot, ...] = DEFAULT_SLOTS) -> ParseResult:
        """Nothing understood: the bot asks instead of guessing."""
        return cls({}, (), False, duty_slots)

    def as_json(self, lang: str = "zh") -> dict[str, Any]:
        """The stable JSON form of ``coordinator availability parse --json``."""
        return {
            "slots": {key: level.value for key, level in self.slots.items()},
            "leave": [period.as_json() for period in self.leave],
            "confident": self.confident,
            "summary": summarize(self.slots, lang, self.duty_slots),
        }
