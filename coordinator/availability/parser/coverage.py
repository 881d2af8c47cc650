"""How much of each duty slot a set of stated times covers: all of it, part of it, or none."""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

from coordinator.core.week import DutySlot

from .lexicon import CANONICAL_SLOTS, HOUR
from .tokens import ClockSpan, Part, SlotPart, TimeSpec


class Cover(Enum):
    """How much of a slot the stated times cover."""

    FULL = "full"
    PARTIAL = "partial"


def slot_minutes(slot: DutySlot) -> tuple[int, int]:
    """A slot's start and end in minutes since midnight; a slot ending at 00:00 ends at 24:00."""
    start = slot.start.hour * HOUR + slot.start.minute
    end = slot.end.hour * HOUR + slot.end.minute
    return start, end if end > start else 24 * HOUR


def cover_slots(times: Sequence[TimeSpec], slots: Sequence[DutySlot]) -> dict[str, Cover]:
    """Cover of every slot the times touch; no times at all means the whole day."""
    if not times:
        return {slot.name: Cover.FULL for slot in slots}
    spans = [time for time in times if isinstance(time, ClockSpan)]
    named = [time.part for time in times if isinstance(time, SlotPart)]
    parts = [part for part in named if not _narrowed(part, spans)]
    spans = _within_parts(spans, [part for part in named if _narrowed(part, spans)])
    part_windows = [ClockSpan(*part.window) for part in parts]
    covers: dict[str, Cover] = {}
    for slot in slots:
        if slot.name in CANONICAL_SLOTS:
            named = any(slot.name in part.slot_names for part in parts)
            cover = Cover.FULL if named else _span_cover(spans, slot)
        else:
            cover = _span_cover([*spans, *part_windows], slot)
        if cover is not None:
            covers[slot.name] = cover
    return covers


def names_slot(part: Part, slot: DutySlot) -> bool:
    """晚上 names the slot called evening, whatever its hours; other slot names go by the clock."""
    return slot.name in part.slot_names


def _narrowed(part: Part, spans: Sequence[ClockSpan]) -> bool:
    """A clock time within a part of the day says when in it: weeknights after 8 is not the whole evening."""
    low, high = part.window
    return any(span.start < high and low < span.end for span in spans)


def _within_parts(spans: Sequence[ClockSpan], parts: Sequence[Part]) -> list[ClockSpan]:
    """Fri afternoon, gotta leave by 5:30: a clock time that says when within a part stays inside it."""
    if not parts:
        return list(spans)
    clipped = []
    for span in spans:
        inside = [ClockSpan(max(span.start, low), min(span.end, high)) for low, high in (part.window for part in parts)
                  if span.start < high and low < span.end]
        clipped.extend(inside or [span])
    return clipped


def _span_cover(spans: Sequence[ClockSpan], slot: DutySlot) -> Cover | None:
    start, end = slot_minutes(slot)
    covered = 0
    cursor = start
    for span in sorted(spans, key=lambda span: span.start):
        low, high = max(span.start, cursor), min(span.end, end)
        if high > low:
            covered += high - low
            cursor = high
    if covered == 0:
        return None
    return Cover.FULL if covered >= end - start else Cover.PARTIAL


def covered_window(times: Sequence[TimeSpec], slot: DutySlot) -> tuple[int, int] | None:
    """From the first to the last minute of ``slot`` the stated clock times cover, when they cover only part."""
    start, end = slot_minutes(slot)
    clipped = [(max(span.start, start), min(span.end, end)) for span in times if isinstance(span, ClockSpan)]
    clipped = [(low, high) for low, high in clipped if high > low]
    if not clipped:
        return None
    window = (min(low for low, _ in clipped), max(high for _, high in clipped))
    return None if window == (start, end) else window
