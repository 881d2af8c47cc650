"""How rosters read in chat, in the reader's language: the week grid, coverage, gaps with reasons, loads, who is
free, own shifts."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from coordinator.chat.reply import Notice, Recipient, Table
from coordinator.core.week import DAYS, DutySlot, Level
from coordinator.i18n import has_message, t
from coordinator.roster.domain import roster_grid, slot_label, with_hours
from coordinator.roster.services import RosterView, ShiftView
from coordinator.roster.solver import Reason, describe_reason, reasons
from coordinator.settings import Settings


def grid(
    view: RosterView, settings: Settings, lang: str, only: str | None = None, *, draft: bool = False
) -> Table:
    """The week as a table, partial shifts with their hours; a draft marks its gaps as the solver found them, a
    published week against the target."""
    people = view.people_by_slot(draft=draft)
    if only is not None:
        people = {key: [(name, hours) for name, hours in listed if name == only] for key, listed in people.items()}
        return roster_grid(_with_hours(people, lang), settings.slots, view.monday, lang)
    names = view.names_by_slot(draft=draft)
    gaps = view.gaps() if draft else {
        (day, slot.name): settings.slot_target - len(names.get((day, slot.name), ()))
        for day in DAYS for slot in settings.slots
        if len(names.get((day, slot.name), ())) < settings.slot_target
    }
    return roster_grid(_with_hours(people, lang), settings.slots, view.monday, lang, gaps)


def _with_hours(
    people: Mapping[tuple[str, str], Sequence[tuple[str, tuple[str, str] | None]]], lang: str
) -> dict[tuple[str, str], list[str]]:
    return {key: [with_hours(name, hours, lang) for name, hours in listed] for key, listed in people.items()}


def coverage_lines(view: RosterView, settings: Settings, lang: str) -> list[str]:
    """The draft's slots below target, as assigned/target, one line per count: 0/2：周一、周二 全天."""
    counts = {key: len(people) for key, people in view.names_by_slot(draft=True).items()}
    target = settings.slot_target
    short: dict[int, list[tuple[str, str]]] = {}
    for day in DAYS:
        for slot in settings.slots:
            if (count := counts.get((day, slot.name), 0)) < target:
                short.setdefault(count, []).append((day, slot.name))
    if not short:
        return [t("roster.coverage_full", lang, target=target)]
    return [t("roster.coverage_title", lang), *(
        "  " + t("roster.coverage_line", lang, count=count, target=target, where=slot_span(keys, settings.slots, lang))
        for count, keys in sorted(short.items())
    )]


def gap_lines(explanation: Mapping[str, Any], duty_slots: Sequence[DutySlot], lang: str) -> list[str]:
    """The gaps with their reasons, and who could be asked; slots with the very same story share one line.

    ``explanation`` as ``solving.explanation`` makes it."""
    names: dict[str, str] = explanation.get("names", {})
    stories: dict[tuple[Any, ...], list[tuple[str, str]]] = {}
    for gap in explanation.get("gaps", []):
        reasons = tuple(_reason_text(reason, lang, names) for reason in gap["reasons"])
        story = (gap["missing"], gap["below"], reasons, tuple(gap.get("candidates", ())))
        stories.setdefault(story, []).append((gap["day"], gap["slot"]))
    lines = []
    for (missing, below, reasons, candidates), slots in stories.items():
        lines.append("  " + t("roster.gap_line", lang, where=slot_span(slots, duty_slots, lang), missing=missing,
                              below=t(f"roster.below.{below}", lang),
                              reason=t("list.clause_separator", lang).join(reasons)))
        if candidates:
            people = _separator(lang).join(names.get(staff, staff) for staff in candidates)
            lines.append("    " + t("roster.gap_candidates", lang, names=people))
    return lines


def slot_span(keys: Iterable[tuple[str, str]], duty_slots: Sequence[DutySlot], lang: str) -> str:
    """(day, slot) pairs as one reads them: 周一、周二、周四至周日 全天，周三 上午/下午."""
    by_day: dict[str, set[str]] = {}
    for day, slot in keys:
        by_day.setdefault(day, set()).add(slot)
    days_with: dict[tuple[str, ...], list[str]] = {}
    for day in DAYS:
        if day in by_day:
            slots = tuple(sorted(by_day[day], key=lambda name: _slot_order(name, duty_slots)))
            days_with.setdefault(slots, []).append(day)
    every = tuple(slot.name for slot in duty_slots)
    return t("roster.span_separator", lang).join(
        f"{_day_runs(days, lang)} "
        + (t("roster.all_day", lang) if slots == every and len(every) > 1
           else t("roster.slot_separator", lang).join(_slot_word(slot, lang) for slot in slots))
        for slots, days in days_with.items()
    )


def _day_runs(days: Sequence[str], lang: str) -> str:
    """Days in week order, three or more in a row as a range: 周一、周二、周四至周日."""
    runs: list[list[str]] = []
    for day in days:
        if runs and DAYS.index(day) == DAYS.index(runs[-1][-1]) + 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    return _separator(lang).join(
        t("roster.day_range", lang, first=day_word(run[0], lang), last=day_word(run[-1], lang)) if len(run) > 2
        else _separator(lang).join(day_word(day, lang) for day in run)
        for run in runs
    )


def _slot_word(name: str, lang: str) -> str:
    """A slot's short name, 上午 / Morning (the team's own name for a slot it configured itself)."""
    key = f"slot.{name}"
    return t(key, lang) if has_message(key) else name


def day_word(day: str, lang: str) -> str:
    """A day as it reads in a sentence: 周三 / Wed."""
    return t(f"day.word.{day}", lang)


def _separator(lang: str) -> str:
    """What goes between the items of a list: 甲、乙 / A, B."""
    return t("list.separator", lang)


def _reason_text(data: dict[str, Any], lang: str, names: dict[str, str]) -> str:
    """A reason as a sentence; "nobody is free" leaves out the slot, which the line names already."""
    if data["code"] in _SLOTLESS:
        return t(f"roster.reason.{data['code']}", lang)
    return describe_reason(Reason(**data), lang, names)


_SLOTLESS = (reasons.NOBODY_AVAILABLE, reasons.NOBODY_ELSE)


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


def free_lines(explanation: Mapping[str, Any], duty_slots: Sequence[DutySlot], lang: str) -> list[str]:
    """Who could still be called for each slot: first those who said 机动 for it, then the others free then.

    A draft stored before levels were kept has ``standby`` alone (everyone free, whatever their level):
    nobody there is called 机动, they are all listed as free."""
    names: dict[str, str] = explanation.get("names", {})
    if (free := explanation.get("free")) is not None:
        people = {key: [(item["id"], item.get("level")) for item in items] for key, items in free.items()}
    else:
        people = {key: [(staff, None) for staff in ids] for key, ids in explanation.get("standby", {}).items()}
    standby: dict[tuple[str, str], tuple[str, ...]] = {}
    others: dict[tuple[str, str], tuple[str, ...]] = {}
    for key, listed in people.items():
        day, _, slot = key.partition(":")
        if on_standby := tuple(staff for staff, level in listed if level == Level.STANDBY):
            standby[day, slot] = on_standby
        if rest := tuple(staff for staff, level in listed if level != Level.STANDBY):
            others[day, slot] = rest
    lines = []
    for title, lists in (("roster.standby", standby), ("roster.also_free", others)):
        if not lists:
            continue
        slots_of: dict[tuple[str, ...], list[tuple[str, str]]] = {}
        for key in sorted(lists, key=lambda k: (DAYS.index(k[0]), _slot_order(k[1], duty_slots))):
            slots_of.setdefault(lists[key], []).append(key)
        lines.append(t(title, lang))
        lines += ["  " + t("roster.free_line", lang, where=slot_span(keys, duty_slots, lang),
                           names=_separator(lang).join(names.get(staff, staff) for staff in ids))
                  for ids, keys in slots_of.items()]
    return lines


def shift_list(shifts: Iterable[ShiftView], duty_slots: Sequence[DutySlot], lang: str) -> str:
    return _separator(lang).join(
        shift_name(shift, duty_slots, lang)
        for shift in sorted(shifts, key=lambda s: (s.on, _slot_order(s.slot, duty_slots)))
    )


def _slot_order(name: str, duty_slots: Sequence[DutySlot]) -> int:
    return next((index for index, slot in enumerate(duty_slots) if slot.name == name), len(duty_slots))


def shift_name(shift: ShiftView, duty_slots: Sequence[DutySlot], lang: str) -> str:
    """12/2 周三 下午 13:00-19:00, with the hours agreed for a partial shift: … (16:00–19:00)."""
    name = f"{shift.on.month}/{shift.on.day} {day_word(shift.day, lang)} {_slot_name(shift.slot, duty_slots, lang)}"
    return with_hours(name, shift.hours, lang)


def handover_notices(
    outgoing: Sequence[ShiftView], incoming: Sequence[ShiftView], slot: DutySlot, languages: Mapping[str, str]
) -> list[Notice]:
    """交接 at the end of a slot: those leaving hear who comes next, those coming hear whom to ask."""
    leaving = leaving_notices(outgoing, incoming, slot, languages)
    return [*leaving, *_arriving_notices(outgoing, incoming, slot, languages)]


def leaving_notices(
    outgoing: Sequence[ShiftView], incoming: Sequence[ShiftView], slot: DutySlot, languages: Mapping[str, str]
) -> list[Notice]:
    """Those whose shift ends hear who takes over (a partial shift is named with its hours)."""
    notices = []
    for shift in outgoing:
        lang = languages[shift.staff_id]
        label = with_hours(slot_label(slot, lang), shift.hours, lang)
        key = "roster.handover" if incoming else "roster.handover_nobody"
        text = t(key, lang, slot=label, next=_separator(lang).join(s.name for s in incoming))
        notices.append(Notice(Recipient.member(shift.member_id, shift.name), text, key=key))
    return notices


def _arriving_notices(
    outgoing: Sequence[ShiftView], incoming: Sequence[ShiftView], slot: DutySlot, languages: Mapping[str, str]
) -> list[Notice]:
    """Those who come on next hear whom to ask."""
    notices = []
    for shift in incoming:
        lang = languages[shift.staff_id]
        key = "roster.handover_incoming"
        previous = _separator(lang).join(s.name for s in outgoing)
        text = t(key, lang, slot=slot_label(slot, lang), previous=previous)
        notices.append(Notice(Recipient.member(shift.member_id, shift.name), text, key=key))
    return notices
