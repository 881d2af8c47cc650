"""Held-out batches: messages written apart from the grammar, labelled by the contract, and how to score them.

Each ``batch_*.jsonl`` line holds a message, its reference date and what a careful teammate understands:
the week (the compact spec of ``tests.availability.cases``), leave, confidence, and the follow-up fields
(mode, hours of partial slots, a personal weekly limit, dates that bound the pattern, chat, a question to ask).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from coordinator.availability.parser import parse_availability
from coordinator.core.week import DEFAULT_SLOTS
from tests.availability.cases import expand, leave

HERE = Path(__file__).parent
CORE = ("slots", "leave", "confident")
FOLLOW_UP = ("mode", "hours", "max_shifts", "starts", "ends", "chat", "unclear")


@dataclass(frozen=True)
class Labelled:
    id: str
    lang: str
    kind: str
    ref: date
    text: str
    expected: dict[str, Any]


def batches() -> list[Path]:
    return sorted(HERE.glob("batch_*.jsonl"))


def load(path: Path) -> list[Labelled]:
    found = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        expected = {
            "slots": expand(row["week"], DEFAULT_SLOTS),
            "leave": _merged([list(period) for period in leave(*row["leave"])]),
            "confident": row["confident"],
            **{key: row[key] for key in FOLLOW_UP},
        }
        found.append(Labelled(row["id"], row["lang"], row["class"], date.fromisoformat(row["ref_date"]),
                              row["text"], expected))
    return found


def reading(text: str, ref: date) -> dict[str, Any]:
    """What the parser makes of a message, in the labels' terms (slots withdrawn are the labels' week).

    Fields the parser does not state yet are what the bot does without them: a message with slots replaces
    the week, any unclear message is answered with a question, nothing is chat."""
    result = parse_availability(text, ref).as_json()
    slots = result["slots"]
    if result.get("removed"):
        slots = dict.fromkeys(result["removed"], "available")
    return {
        "slots": slots,
        "leave": _merged([[period["from"], period["to"]] for period in result["leave"]]),
        "confident": result["confident"],
        "mode": result.get("mode", "replace" if slots else "keep"),
        "hours": result.get("hours", {}),
        "max_shifts": result.get("max_shifts"),
        "starts": result.get("starts"),
        "ends": result.get("ends"),
        "chat": result.get("chat", False),
        "unclear": bool(result.get("unclear")) or not (result["confident"] or result.get("chat", False)),
    }


@dataclass(frozen=True)
class Scored:
    case: Labelled
    got: dict[str, Any]

    def right(self, fields: Iterable[str]) -> bool:
        return all(self.got[field] == self.case.expected[field] for field in fields)

    @property
    def confidently_wrong(self) -> bool:
        """Stored with confidence, yet not what was meant: the worst kind of mistake."""
        return self.got["confident"] and not self.right(("slots", "leave", "mode"))

    def wrong_fields(self) -> list[str]:
        return [field for field in (*CORE, *FOLLOW_UP) if self.got[field] != self.case.expected[field]]


def score(cases: Iterable[Labelled]) -> list[Scored]:
    return [Scored(case, reading(case.text, case.ref)) for case in cases]


def _merged(periods: list[list[str]]) -> list[list[str]]:
    """Leave as the days it covers: 16 and 17 listed apart are the same absence as 16–17."""
    merged: list[list[str]] = []
    for start, end in sorted(periods):
        if merged and date.fromisoformat(start) <= date.fromisoformat(merged[-1][1]) + timedelta(days=1):
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged
