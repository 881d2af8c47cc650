"""Why a slot stays short or a roster cannot be built: structured reasons and their zh/en sentences."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from coordinator.core import messages as _core_messages  # noqa: F401
from coordinator.i18n import add_messages, has_message, t

NOBODY_AVAILABLE = "nobody_available"
NOBODY_ELSE = "nobody_else"
ON_LEAVE = "on_leave"
PARTIAL_ONLY = "partial_only"
PARTIAL_HOURS = "partial_hours"
AT_MAX_SHIFTS = "at_max_shifts"
SAME_DAY = "same_day"
TRAINEE_NO_MENTOR = "trainee_no_mentor"
NOT_PLACED = "not_placed"
MORE = "more"
PIN_NOT_AVAILABLE = "pin_not_available"
PIN_PARTIAL = "pin_partial"
PIN_ON_LEAVE = "pin_on_leave"
PIN_OVER_MAX_SHIFTS = "pin_over_max_shifts"
PIN_OVER_DAY = "pin_over_day"
PIN_OVER_SLOT_MAX = "pin_over_slot_max"
PIN_TRAINEE_ALONE = "pin_trainee_alone"
PINS_CONFLICT = "pins_conflict"

add_messages(
    {

        f"reason.{NOBODY_AVAILABLE}": ("{when}没有人有空", "nobody is available on {when}"),
        f"reason.{NOBODY_ELSE}": ("{when}没有其他人有空", "nobody else is available on {when}"),
        f"reason.{ON_LEAVE}": ("{name}那天请假", "{name} is on leave that day"),
        f"reason.{PARTIAL_ONLY}": ("{name}只有部分时间有空（{level}）", "{name} is only partly available ({level})"),
        f"reason.{PARTIAL_HOURS}": ("{name}只在 {start}–{end} 有空", "{name} is only available {start}–{end}"),
        f"reason.{AT_MAX_SHIFTS}": (
            "{name}可以顶上，但已排满{limit}个班的上限",
            "{name} could take it but is at their {limit}-shift limit",
        ),
        f"reason.{SAME_DAY}": ("{name}当天已经在值{other}的班", "{name} already works another slot that day ({other})"),
        f"reason.{TRAINEE_NO_MENTOR}": (
            "{name}是实习生，没有带教级别的志愿者有空",
            "{name} is a trainee and no mentor-level volunteer is free",
        ),
        f"reason.{NOT_PLACED}": (
            "{name}有空，但在时限内没来得及排上",
            "{name} is free but the search ran out of time before placing them",
        ),
        f"reason.{MORE}": ("另外还有{count}人也排不上", "{count} more people cannot take it either"),
        f"reason.{PIN_NOT_AVAILABLE}": (
            "{name}被固定在{when}，但没有登记那时有空",
            "{name} is pinned to {when} but has not said they are available then",
        ),
        f"reason.{PIN_PARTIAL}": (
            "{name}被固定在{when}，但那时只有部分时间有空（不允许部分时间）",
            "{name} is pinned to {when} but is only partly available then, and partial is not allowed",
        ),
        f"reason.{PIN_ON_LEAVE}": (
            "{name}被固定在{when}，但那天（{date}）请假",
            "{name} is pinned to {when} but is on leave that day ({date})",
        ),
        f"reason.{PIN_OVER_MAX_SHIFTS}": (
            "{name}被固定了{count}个班，超过每周{limit}个班的上限",
            "{name} is pinned to {count} slots, more than their limit of {limit} a week",
        ),
        f"reason.{PIN_OVER_DAY}": (
            "{name}在{day}被固定了{count}个班，超过每天{limit}个班的上限",
            "{name} is pinned to {count} slots on {day}, more than the limit of {limit} a day",
        ),
        f"reason.{PIN_OVER_SLOT_MAX}": (
            "{when}固定了{count}人（{people}），超过最多{limit}人",
            "{count} people are pinned to {when} ({people}), more than its maximum of {limit}",
        ),
        f"reason.{PIN_TRAINEE_ALONE}": (
            "实习生{name}被固定在{when}，但没有非实习生能值这个班",
            "{name} is a trainee pinned to {when}, and no volunteer who is not a trainee can work it",
        ),
        f"reason.{PINS_CONFLICT}": (
            "{people}的固定安排无法同时满足这些规则：{rules}",
            "the pins of {people} cannot all be kept under these rules: {rules}",
        ),
        "reason.when": ("{day}{slot}", "{day} {slot}"),
        **{f"reason.day.{day}": pair for day, pair in zip(
            ("mon", "tue", "wed", "thu", "fri", "sat", "sun"),
            (("星期一", "Monday"), ("星期二", "Tuesday"), ("星期三", "Wednesday"), ("星期四", "Thursday"),
             ("星期五", "Friday"), ("星期六", "Saturday"), ("星期日", "Sunday")), strict=True)},
        "reason.slot.morning": ("上午", "morning"),
        "reason.slot.afternoon": ("下午", "afternoon"),
        "reason.slot.evening": ("晚上", "evening"),
        "reason.level.partial": ("部分", "partial"),
        "reason.level.standby": ("机动", "standby"),
        "reason.level.available": ("有空", "available"),
        "reason.level.preferred": ("优先", "preferred"),
        "reason.rule.slot_max": ("每个班的人数上限", "the most people a slot may have"),
        "reason.rule.max_shifts": ("每人每周的班数上限", "each person's weekly shift limit"),
        "reason.rule.max_shifts_per_day": ("每人每天的班数上限", "the daily shift limit"),
        "reason.rule.trainee_needs_mentor": ("有实习生的班必须有非实习生", "a trainee needs a non-trainee on the slot"),
    }
)


@dataclass(frozen=True, slots=True)
class Reason:
    """A reason as data: ``code``, the volunteer it is about (if any) and the details for the sentence."""

    code: str
    volunteer: str | None = None
    params: Mapping[str, Any] = field(default_factory=dict)


def describe_reason(reason: Reason, lang: str, names: Mapping[str, str]) -> str:
    """The reason as one sentence in ``lang``, people called by their names."""
    params = dict(reason.params)
    values = {key: _word(key, value, lang, names) for key, value in params.items()}
    if "day" in params and "slot" in params:
        values["when"] = when(params["day"], params["slot"], lang)
    if reason.volunteer is not None:
        values["name"] = names.get(reason.volunteer, reason.volunteer)
    return t(f"reason.{reason.code}", lang, **values)


def when(day: str, slot: str, lang: str) -> str:
    """ "星期三下午" / "Wednesday afternoon"."""
    return t("reason.when", lang, day=_known(f"reason.day.{day}", day, lang),
             slot=_known(f"reason.slot.{slot}", slot, lang))


def _known(key: str, fallback: str, lang: str) -> str:
    """The catalogue's word, or the raw name for a slot or level the team configured itself."""
    return t(key, lang) if has_message(key) else fallback


def _word(key: str, value: Any, lang: str, names: Mapping[str, str]) -> Any:
    separator = t("list.separator", lang)
    if key == "day":
        return _known(f"reason.day.{value}", value, lang)
    if key in ("slot", "other"):
        return _known(f"reason.slot.{value}", value, lang)
    if key == "level":
        return _known(f"reason.level.{value}", value, lang)
    if key == "rules":
        return separator.join(_known(f"reason.rule.{rule}", rule, lang) for rule in value) or "?"
    if key in ("people", "volunteers") and isinstance(value, Sequence) and not isinstance(value, str):
        return separator.join(names.get(item, item) for item in value)
    return value
