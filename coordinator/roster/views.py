"""How rosters read in chat, in the reader's language: the week grid, gaps with reasons, loads, own shifts."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from coordinator.chat.reply import Notice, Recipient, Table
from coordinator.core.week import DAYS, DutySlot
from coordinator.i18n import t
from coordinator.roster.domain import roster_grid, slot_label
from coordinator.roster.services import RosterView, ShiftView
from coordinator.roster.solver import Reason, describe_reason
from coordinator.settings import Settings


def grid(
    view: RosterView, settings: Settings, lang: str, only: str | None = None, *, draft: bool = False
) -> Table:
    """The week as a table; a draft marks its gaps as the solver found them, a published week against the target."""
    names = view.names_by_slot(draft=draft)
    if only is not None:
        return roster_grid({key: [n for n in people if n == only] for key, people in names.items()},
                           settings.slots, view.monday, lang)
    gaps = view.gaps() if draft else {
        (day, slot.name): settings.slot_target - len(names.get((day, slot.name), ()))
        for day in DAYS for slot in settings.slots
        if len(names.get((day, slot.name), ())) < settings.slot_target
    }
    return roster_grid(names, settings.slots, view.monday, lang, gaps)


def gap_lines(explanation: Mapping[str, Any], duty_slots: Sequence[DutySlot], lang: str) -> list[str]:
    """Each gap with its reasons, and who could be asked; ``explanation`` as ``solving.explanation`` makes it."""
    names: dict[str, str] = explanation.get("names", {})
    lines = []
    for gap in explanation.get("gaps", []):
        reasons = t("list.clause_separator", lang).join(_reason_text(r, lang, names) for r in gap["reasons"])
        lines.append(t("roster.gap_line", lang, day=day_word(gap["day"], lang), slot=_slot_name(gap["slot"], duty_slots, lang),
                       missing=gap["missing"], below=t(f"roster.below.{gap['below']}", lang), reason=reasons))
        if gap["candidates"]:
            people = _separator(lang).join(names.get(staff, staff) for staff in gap["candidates"])
            lines.append("  " + t("roster.gap_candidates", lang, names=people))
    return lines


def day_word(day: str, lang: str) -> str:
    """A day as it reads in a sentence: 周三 / Wed."""
    return t(f"day.word.{day}", lang)


def _separator(lang: str) -> str:
    """What goes between the items of a list: 甲、乙 / A, B."""
    return t("list.separator", lang)


def _reason_text(data: dict[str, Any], lang: str, names: dict[str, str]) -> str:
    return describe_reason(Reason(**data), lang, names)


def _slot_name(name: str, duty_slots: Sequence[DutySlot], lang: str) -> str:
    slot = next((slot for slot in duty_slots if slot.name == name), None)
    return slot_label(slot, lang) if slot else name


def load_line(view: RosterView, lang: str, *, draft: bool = False) -> str:
    counts: dict[str, int] = {}
    for people in view.names_by_slot(draft=draft).values():
        for name in people:
            counts[name] = counts.get(name, 0) + 1
    ranked = sorted(counts.items(), key=lambda i: -i[1])
    loads = _separator(lang).join(f"{name} {count}" for name, count in ranked)
    return t("roster.loads", lang, loads=loads or "-")


def standby_line(explanation: Mapping[str, Any], duty_slots: Sequence[DutySlot], lang: str) -> str:
    names: dict[str, str] = explanation.get("names", {})
    parts = []
    for key, people in explanation.get("standby", {}).items():
        day, _, slot = key.partition(":")
        if people:
            who = _separator(lang).join(names.get(staff, staff) for staff in people)
            parts.append(f"{day_word(day, lang)} {_slot_name(slot, duty_slots, lang)}: {who}")
    return t("roster.standby", lang, slots="\n  ".join(parts)) if parts else ""


def shift_list(shifts: Iterable[ShiftView], duty_slots: Sequence[DutySlot], lang: str) -> str:
    return _separator(lang).join(
        shift_name(shift, duty_slots, lang)
        for shift in sorted(shifts, key=lambda s: (s.on, _slot_order(s.slot, duty_slots)))
    )


def _slot_order(name: str, duty_slots: Sequence[DutySlot]) -> int:
    return next((index for index, slot in enumerate(duty_slots) if slot.name == name), len(duty_slots))


def shift_name(shift: ShiftView, duty_slots: Sequence[DutySlot], lang: str) -> str:
    return f"{shift.on.month}/{shift.on.day} {day_word(shift.day, lang)} {_slot_name(shift.slot, duty_slots, lang)}"


def handover_notices(
    outgoing: Sequence[ShiftView], incoming: Sequence[ShiftView], slot: DutySlot, languages: Mapping[str, str]
) -> list[Notice]:
    """交接 at the end of a slot: those leaving hear who comes next, those coming hear whom to ask."""
    notices = []
    for shift in outgoing:
        lang = languages[shift.staff_id]
        label = slot_label(slot, lang)
        key = "roster.handover" if incoming else "roster.handover_nobody"
        text = t(key, lang, slot=label, next=_separator(lang).join(s.name for s in incoming))
        notices.append(Notice(Recipient.member(shift.member_id, shift.name), text, key=key))
    for shift in incoming:
        lang = languages[shift.staff_id]
        key = "roster.handover_incoming"
        previous = _separator(lang).join(s.name for s in outgoing)
        text = t(key, lang, slot=slot_label(slot, lang), previous=previous)
        notices.append(Notice(Recipient.member(shift.member_id, shift.name), text, key=key))
    return notices
