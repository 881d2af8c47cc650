"""A one-line summary of a week's availability: ``一至五 晚 · 三 下午(部分) · 六、日 全天(机动)``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from coordinator.core.week import DAYS, DEFAULT_SLOTS, DutySlot, Level, split_slot_key

_DAY_LABELS = {
    "zh": ("一", "二", "三", "四", "五", "六", "日"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}
_SLOT_LABELS = {
    "zh": {"morning": "上午", "afternoon": "下午", "evening": "晚"},
    "en": {"morning": "morn", "afternoon": "aft", "evening": "eve"},
}
_LEVEL_LABELS = {
    "zh": {Level.PARTIAL: "(部分)", Level.STANDBY: "(机动)", Level.PREFERRED: "(优先)"},
    "en": {Level.PARTIAL: " (partial)", Level.STANDBY: " (standby)", Level.PREFERRED: " (preferred)"},
}
_ALL_DAY = {"zh": "全天", "en": "all day"}
_EVERY_DAY = {"zh": "每天", "en": "Daily"}
_DAY_RANGE = {"zh": "至", "en": "–"}
_DAY_LIST = {"zh": "、", "en": ", "}
_SEPARATOR = " · "
_SHORTEST_RANGE = 3

Signature = tuple[tuple[str, Level], ...]


def summarize(
    slots: Mapping[str, Level], lang: str = "zh", duty_slots: Sequence[DutySlot] = DEFAULT_SLOTS
) -> str:
    """Days that share the same slots are merged (``一至五 晚``); an empty week gives ``""``."""
    lang = lang if lang in _DAY_LABELS else "zh"
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
        return _EVERY_DAY[lang]
    labels = _DAY_LABELS[lang]
    runs: list[list[int]] = []
    for day in days:
        if runs and runs[-1][-1] == day - 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    parts: list[str] = []
    for run in runs:
        if len(run) >= _SHORTEST_RANGE:
            parts.append(f"{labels[run[0]]}{_DAY_RANGE[lang]}{labels[run[-1]]}")
        else:
            parts.extend(labels[day] for day in run)
    return _DAY_LIST[lang].join(parts)


def _slots_label(signature: Signature, lang: str, slot_count: int) -> str:
    levels = {level for _, level in signature}
    if len(signature) == slot_count and slot_count > 1 and len(levels) == 1:
        return _ALL_DAY[lang] + _LEVEL_LABELS[lang].get(signature[0][1], "")
    names = _SLOT_LABELS[lang]
    return " ".join(names.get(slot, slot) + _LEVEL_LABELS[lang].get(level, "") for slot, level in signature)
