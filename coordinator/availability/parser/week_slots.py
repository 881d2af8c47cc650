"""The week being filled in, clause by clause: a level per slot, and the hours of partial ones."""


from __future__ import annotations

from collections.abc import Iterable, Sequence

from coordinator.core.week import DAYS, DutySlot, Level, slot_key

from .calendar_dates import days_of_spans
from .clauses import Clause
from .coverage import Cover, cover_slots, covered_window, slot_minutes
from .groups import Group
from .lexicon import ALL_DAYS

Key = tuple[int, str]


Covers = dict[Key, Cover]


class Week:
    """The week being filled in, and which slots the clauses so far have mentioned."""

    def __init__(self, duty_slots: Sequence[DutySlot]) -> None:
        self.duty_slots = duty_slots
        self.levels: dict[Key, Level] = {}
        self.mentioned: set[Key] = set()
        self.refused: set[Key] = set()
        self.windows: dict[Key, tuple[int, int]] = {}

    def apply(self, clause: Clause) -> None:
        """Set (or, for a refusal, clear) the slots a clause is about; later clauses win, except that a plain offer of
        a whole slot keeps a preference said before it (Fri evenings preferred, but any weekday evening works)."""
        covers, refuses = self._effect(clause)
        for key in [key for key in self.levels if key[0] in clause.narrows]:
            del self.levels[key]
            self.windows.pop(key, None)
        if clause.other:
            covers = self._not_yet_mentioned(covers, clause)
        else:
            self.mentioned |= covers.keys()
        if refuses and _usually(clause):
            covers = {key: cover for key, cover in covers.items() if key not in self.mentioned}
        for key, cover in covers.items():
            if refuses and cover is Cover.PARTIAL and key in self.levels:
                self._refuse_part(clause, key)
            elif refuses:
                self.levels.pop(key, None)
                if cover is Cover.FULL:
                    self.refused.add(key)
            elif not (self.levels.get(key) is Level.PREFERRED and clause.level is Level.AVAILABLE
                      and cover is Cover.FULL and not clause.narrows):
                self.levels[key] = level_for(clause.level, cover)
                self.refused.discard(key)
                window = self._window(clause, key) or self._left_after_exception(clause, key) if (
                    cover is Cover.PARTIAL) else None
                if window:
                    self.windows[key] = window
                else:
                    self.windows.pop(key, None)

    def _refuse_part(self, clause: Clause, key: Key) -> None:
        """周六下午2点到5点可以，5点以后要去接娃: a refusal of part of a slot keeps the rest of what was offered."""
        refused = self._window(clause, key)
        if refused is None:
            return
        low, high = self.windows.get(key, slot_minutes(self._slot(key[1])))
        kept = _longest_left((low, high), refused)
        if kept[1] <= kept[0]:
            self.levels.pop(key, None)
            self.windows.pop(key, None)
        elif kept != (low, high) or key in self.windows:
            self.levels[key] = level_for(self.levels[key], Cover.PARTIAL)
            self.windows[key] = kept

    def _window(self, clause: Clause, key: Key) -> tuple[int, int] | None:
        """The part of a partial slot the clause's own clock times cover (None for an excepted part)."""
        return _covered_on(clause.groups, key, self._slot(key[1]))

    def _left_after_exception(self, clause: Clause, key: Key) -> tuple[int, int] | None:
        """Thursday too, but not before 8:30pm: the longest part of the slot its excepted clock times leave."""
        slot = self._slot(key[1])
        refused = _covered_on(clause.excepted, key, slot)
        if refused is None:
            return None
        kept = _longest_left(slot_minutes(slot), refused)
        return kept if kept[1] > kept[0] else None

    def _slot(self, name: str) -> DutySlot:
        return next(slot for slot in self.duty_slots if slot.name == name)

    def partial_hours(self) -> dict[str, tuple[int, int]]:
        return {slot_key(DAYS[day], name): window for (day, name), window in sorted(self.windows.items())
                if self.levels.get((day, name)) is Level.PARTIAL}

    def refused_keys(self) -> tuple[str, ...]:
        return tuple(slot_key(DAYS[day], slot.name) for day in range(len(DAYS)) for slot in self.duty_slots
                     if (day, slot.name) in self.refused)

    def as_slots(self) -> dict[str, Level]:
        return {
            slot_key(DAYS[day], slot.name): self.levels[(day, slot.name)]
            for day in range(len(DAYS))
            for slot in self.duty_slots
            if (day, slot.name) in self.levels
        }

    def _effect(self, clause: Clause) -> tuple[Covers, bool]:
        """The slots a clause is about, and whether it takes them away (周三除外 on its own does).

        What is excepted goes, or leaves part of a slot where it takes only part (all day except lunchtime).
        """
        default_days = days_of_spans(clause.spans) if clause.spans else ALL_DAYS
        says_yes = clause.positive or bool(clause.levels) or clause.other
        if not clause.groups and clause.excepted and not says_yes:
            return self._cover(clause.excepted, default_days), True
        covers = self._cover(clause.groups or [Group()], default_days)
        for key, cover in self._cover(clause.excepted, default_days).items():
            if cover is Cover.FULL or key not in covers:
                covers.pop(key, None)
            else:
                covers[key] = Cover.PARTIAL
        return covers, clause.negative or clause.leave_word

    def _cover(self, groups: Iterable[Group], default_days: frozenset[int]) -> Covers:
        covers: Covers = {}
        for group in groups:
            for name, cover in cover_slots(group.times, self.duty_slots).items():
                for day in group.day_set(default_days):
                    if covers.get((day, name)) is not Cover.FULL:
                        covers[(day, name)] = cover
        return covers

    def _not_yet_mentioned(self, covers: Covers, clause: Clause) -> Covers:
        """其他时间 leaves out the slots mentioned elsewhere; "other weekdays" leaves out whole days."""
        if any(group.days for group in clause.groups):
            taken_days = {day for day, _ in self.mentioned}
            return {key: cover for key, cover in covers.items() if key[0] not in taken_days}
        return {key: cover for key, cover in covers.items() if key not in self.mentioned}


def _covered_on(groups: Sequence[Group], key: Key, slot: DutySlot) -> tuple[int, int] | None:
    """The part of ``slot`` the clock times of the first group for the key's day cover, when only a part."""
    day = key[0]
    for group in groups:
        if day in group.day_set(ALL_DAYS) or not group.days:
            window = covered_window(group.times, slot)
            if window:
                return window
    return None


def _longest_left(window: tuple[int, int], refused: tuple[int, int]) -> tuple[int, int]:
    """The longer of the pieces of ``window`` before and after ``refused``."""
    low, high = window
    pieces = [(low, min(high, refused[0])), (max(low, refused[1]), high)]
    return max(pieces, key=lambda piece: piece[1] - piece[0])


def _usually(clause: Clause) -> bool:
    """平时要上班: a refusal of 平时 with no times of its own is how the week usually goes; it takes back no day
    the message names and offers (周二周四下午，周日全天。平时要上班)."""
    groups = clause.groups
    return bool(groups) and all(group.soft_days and not group.days and not group.times for group in groups)


def level_for(level: Level, cover: Cover) -> Level:
    """A time that covers only part of a slot makes it partial, standby or not (周日中午可以顶一下 is the noon hours):
    the hours are what the roster needs."""
    return Level.PARTIAL if cover is Cover.PARTIAL else level
