"""A one-line summary of a week's availability: ``一至五 晚 · 三 下午(部分) · 六、日 全天(机动)``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from coordinator.availability import messages as _messages  # noqa: F401
from coordinator.core.week import DAYS, DEFAULT_SLOTS, DutySlot, Level, split_slot_key
from coordinator.i18n import has_message, t

_SEPARATOR = " · "
_SHORTEST_RANGE = 3

Signature = tuple[tuple[str, Level], ...]


def summarize(
    slots: Mapping[str, Level], lang: str = "zh", duty_slots: Sequence[DutySlot] = DEFAULT_SLOTS
) -> str:
    """Days that share the same slots are merged (``一至五 晚``); an empty week gives ``""``."""
    signatures = _signatures(slots, duty_slots)
    groups: dict[Signature, list[int]] = {}
    for day, signature in enumerate(signatures):
        if signature:
            groups.setdefault(signature, []).append(day)
    return _SEPARATOR.join(
        f"{_days_label(days, lang)} {_slots_label(signature, lang, len(duty_slots))}"
        for signature, days in groups.items()
    )


def _signatures(slots: Mapping[str, Level], duty_slots: Sequence[DutySlot]) -> list[Signature]:
    """For each day Monday first, its (slot, level) pairs in slot order."""
    by_day: list[dict[str, Level]] = [{} for _ in DAYS]
    for key, value in slots.items():
        day, slot = split_slot_key(key)
        level = _level(value)
        if day in DAYS and level is not None:
            by_day[DAYS.index(day)][slot] = level
    return [tuple((slot.name, day[slot.name]) for slot in duty_slots if slot.name in day) for day in by_day]


def _level(value: Level | str) -> Level | None:
    try:
        return Level(value)
    except ValueError:
        return None


def _days_label(days: Sequence[int], lang: str) -> str:
    """一至五, 六、日, 一至三、五 — runs of three or more days become ranges."""
    if len(days) == len(DAYS):
        return t("avail.summary.every_day", lang)
    labels = [t(f"day.short.{day}", lang) for day in DAYS]
    runs: list[list[int]] = []
    for day in days:
        if runs and runs[-1][-1] == day - 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    parts: list[str] = []
    for run in runs:
        if len(run) >= _SHORTEST_RANGE:
            parts.append(t("avail.summary.day_range", lang, first=labels[run[0]], last=labels[run[-1]]))
        else:
            parts.extend(labels[day] for day in run)
    return t("list.separator", lang).join(parts)


def _slots_label(signature: Signature, lang: str, slot_count: int) -> str:
    levels = {level for _, level in signature}
    if len(signature) == slot_count and slot_count > 1 and len(levels) == 1:
        return t("avail.summary.all_day", lang) + _level_label(signature[0][1], lang)
    return " ".join(_slot_label(slot, lang) + _level_label(level, lang) for slot, level in signature)


def _slot_label(slot: str, lang: str) -> str:
    """The team's short word for a slot (晚 / eve); a slot the catalogue does not know keeps its own name."""
    key = f"avail.summary.slot.{slot}"
    return t(key, lang) if has_message(key) else slot


def _level_label(level: Level, lang: str) -> str:
    """``(部分)`` after a slot taken only partly, on standby or by preference; nothing when simply available."""
    key = f"avail.summary.level.{level.value}"
    return t(key, lang) if has_message(key) else ""
