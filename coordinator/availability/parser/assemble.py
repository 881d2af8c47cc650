"""From clauses to the week: a level per slot, leave, and whether the message was clear enough to act on."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum, auto

from coordinator.core.week import DAYS, DateRange, DutySlot, Level, slot_key

from .calendar_dates import (
    as_ranges,
    days_of_spans,
    lasting,
    merge_ranges,
    upcoming_dates,
    week_dates,
    weekdays_touched,
)
from .clauses import Clause, within
from .coverage import Cover, cover_slots, covered_window, slot_minutes
from .groups import Group
from .lexicon import ALL_DAYS
from .tokens import Bound

_A_MONTH = 27
_A_WEEK = timedelta(days=6)

Key = tuple[int, str]
Covers = dict[Key, Cover]


class Role(Enum):
    """What a clause contributes to the message."""

    NOTHING = auto()
    SLOTS = auto()
    LEAVE = auto()
    UNCLEAR = auto()


@dataclass(frozen=True)
class Reading:
    """What a whole message says: slot levels keyed ``"mon:evening"``, leave, and how it changes the week."""

    slots: dict[str, Level]
    leave: tuple[DateRange, ...]
    hours: dict[str, tuple[int, int]] | None = None
    """For partial slots, the minutes of the day the stated times cover."""
    removed: tuple[str, ...] = ()
    """Slots only taken away (周三不行了): the message withdraws them from the standing week."""
    adds: bool = False
    """Every slot it offers is said "too" (周六也可以): it adds to the standing week."""
    starts: date | None = None
    ends: date | None = None


def interpret(clauses: Sequence[Clause], ref: date, duty_slots: Sequence[DutySlot]) -> Reading | None:
    """Slots and leave for the clauses of one message; None when it says nothing clear enough to act on."""
    week = Week(duty_slots)
    leave: list[DateRange] = []
    understood = False
    ordered = _in_order_of_application(clauses)
    roles = _roles(ordered)
    for clause, clause_role in zip(ordered, roles, strict=True):
        if clause.excepted_spans:
            leave.extend(clause.excepted_spans)
            understood = True
        match clause_role:
            case Role.UNCLEAR:
                return None
            case Role.LEAVE:
                found = leave_of(clause, ref)
                if not found:
                    return None
                leave.extend(found)
                understood = True
            case Role.SLOTS:
                week.apply(clause)
                understood = True
    if not understood:
        return None
    offers = [clause for clause, found in zip(ordered, roles, strict=True)
              if found is Role.SLOTS and not (clause.negative or clause.leave_word)]
    slots = week.as_slots()
    standing_refusal = any(clause.standing and clause.negative for clause in ordered)
    removed = week.refused_keys() if not (slots or offers) and (standing_refusal or not leave) else ()
    opens_with_also = bool(ordered) and ordered[0].also
    said = [clause for at, clause in enumerate(offers)
            if not (at and _narrows_the_offer_before(offers[at - 1], clause))]
    said_too = bool(said) and all((clause.too or clause.also) and not clause.echoes for clause in said) and (
        opens_with_also or _one_group(said) or any(clause.adds for clause in said))
    adds = said_too or (bool(offers) and any(_keeps_the_rest(clause) for clause in ordered))
    bounds = [bound for clause, found in zip(ordered, roles, strict=True) if found is not Role.LEAVE
              for bound in (*clause.bounds, *_weeks_it_holds(clause, found))] if slots or removed else []
    starts = max((bound.start for bound in bounds if bound.start and bound.start > ref), default=None)
    ends = min((bound.end for bound in bounds if bound.end), default=None)
    if starts and ends and starts > ends:
        starts = None
    leave = [period for period in leave if not (_why_it_ends(period, ends) or _why_it_starts(period, starts)
                                                or _week_said_by_its_days(period, leave))]
    return Reading(slots, tuple(merge_ranges(leave)), week.partial_hours(), removed, adds, starts, ends)


def _narrows_the_offer_before(previous: Clause, clause: Clause) -> bool:
    """周三晚上也加上吧，8点到10点 ok / 周日下午我也能排了，一点到三点: clock times for the days just offered, within
    the times offered, say when within that offer; they are no statement of their own."""
    days = previous.days_named
    times = [time for group in previous.groups for time in group.times]
    return bool(clause.groups) and bool(times) and all(
        group.days and group.days <= days and group.times and within(group.times, times) for group in clause.groups)


def _keeps_the_rest(clause: Clause) -> bool:
    """周六上午可以，其他不变 / 周末两天我都能来了，平时的不变: the other days said to stay as they are, beside an offer,
    make the offer an addition to the standing week."""
    unnamed = (clause.other or bool(clause.groups)) and all(group.soft_days and not group.days
                                                           for group in clause.groups)
    return clause.same_again and unnamed and not (clause.positive or clause.negative or clause.leave_word)


def _weeks_it_holds(clause: Clause, role: Role) -> list[Bound]:
    """12月7号到20号这两周，周二周五晚上: dates a week or more apart named with the times offered are when the
    pattern holds (这周 / 下周 alone are that week's own pattern)."""
    if role is not Role.SLOTS or clause.negative or clause.leave_word:
        return []
    return [Bound(start=span.start, end=span.end) for span in clause.spans
            if span.end - span.start >= _A_WEEK and not _one_calendar_week(span)]


def _week_said_by_its_days(period: DateRange, leave: Sequence[DateRange]) -> bool:
    """下周回老家办点事，12月14到18号都不在，周末回来: a week away, then a run of dates within it, is away on those dates
    (a single day in it, 下周请假，元旦回老家, is the reason for the week)."""
    return _one_calendar_week(period) and any(
        other != period and other.start < other.end and period.start <= other.start and other.end <= period.end
        for other in leave)


def _one_calendar_week(span: DateRange) -> bool:
    return span.start.weekday() == 0 and span.end - span.start == _A_WEEK


def _why_it_starts(period: DateRange, starts: date | None) -> bool:
    """下个月起每周一晚上，这个月还是不太行: the days off up to the day the pattern starts are why it starts then; so is
    what happens on that day itself (New job starts Feb 1, so from then on it's weekends only)."""
    if starts is None:
        return False
    day_before = period.end + timedelta(days=1) == starts and period.start < period.end
    return day_before or period.start == period.end == starts


def _one_group(offers: Sequence[Clause]) -> bool:
    """Said once, or the same days and times said twice (听说周二晚上老缺人，那周二晚上也把我加上)."""
    return len({(group.days, tuple(group.times)) for clause in offers for group in clause.groups}) == 1


def _why_it_ends(period: DateRange, ends: date | None) -> bool:
    """这个月底之前周一周三下午，1月份要去实习就不行了: a month away just after the pattern's end is why it ends."""
    return ends is not None and (period.end - period.start).days >= _A_MONTH and 0 < (period.start - ends).days <= 7


def _sunday_of(day: date) -> date:
    return day + timedelta(days=len(DAYS) - 1 - day.weekday())


def _in_order_of_application(clauses: Sequence[Clause]) -> list[Clause]:
    """Clauses in message order, with 其他时间 / other times last, since they fill in what the rest left out.

    只有周五晚上不行 (only Friday evening is out) also says that every other time is fine, unless the message
    offers times of its own (每天晚上都可以，只有周五不行 is the evenings but Friday's).
    """
    ordered = sorted(clauses, key=lambda clause: clause.other)
    offers = any(clause.groups and not (clause.negative or clause.leave_word) for clause in clauses)
    if not offers and any(clause.only and clause.negative and not clause.dated for clause in clauses):
        ordered.append(Clause(positive=True, other=True))
    return ordered


def _roles(clauses: Sequence[Clause]) -> list[Role]:
    """Each clause's role; a bare 请假 beside dated leave (12月5日有事，请假一天) only repeats it."""
    roles = [role(clause) for clause in clauses]
    if Role.UNCLEAR in roles and _offers(clauses, roles):
        roles = [Role.NOTHING if found is Role.UNCLEAR and _bare_leave(clause) and not clause.negative
                 else found for clause, found in zip(clauses, roles, strict=True)]
    if Role.LEAVE not in roles:
        return roles
    if any(found is Role.SLOTS and not (clause.negative or clause.leave_word)
           for clause, found in zip(clauses, roles, strict=True)):
        roles = [Role.SLOTS if found is Role.LEAVE and _days_off_in_a_week(clause) else found
                 for clause, found in zip(clauses, roles, strict=True)]
    away = [span for clause, found in zip(clauses, roles, strict=True) if found is Role.LEAVE for span in clause.spans]
    pairs = zip(clauses, roles, strict=True)
    return [Role.NOTHING if _bare_leave(clause) or _reason_for_leave(clause, away) else found
            for clause, found in pairs]


def _offers(clauses: Sequence[Clause], roles: Sequence[Role]) -> bool:
    """放假回老家了。周二周三周四的下午我都能上: beside times offered, a holiday or trip with no date is the story."""
    return any(found is Role.SLOTS and clause.positive and not (clause.negative or clause.leave_word)
               for clause, found in zip(clauses, roles, strict=True))


def _days_off_in_a_week(clause: Clause) -> bool:
    """My week: Mon – evening … Weekend – off / 周一到周五下午都有空，周末要回家所以不行: beside an offer, days said
    off with no date are days the week leaves out, not leave to record."""
    return (not (clause.dated or clause.one_off or clause.rest_of_week or clause.durations)
            and clause.leave_from_start is None and any(group.has_days for group in clause.groups))


def _reason_for_leave(clause: Clause, away: Sequence[DateRange]) -> bool:
    """1月1号到3号回家过元旦 / 12/24 到 12/27 请假, going home for Xmas: a holiday inside the leave is its reason."""
    return (bool(clause.spans) and not (clause.has_predicate or clause.groups or clause.weeks)
            and all(any(inner.start >= outer.start and inner.end <= outer.end for outer in away)
                    for inner in clause.spans))


def _bare_leave(clause: Clause) -> bool:
    return clause.leave_word and not (clause.groups or clause.excepted or clause.dated or clause.other
                                      or clause.leave_from_start)


def role(clause: Clause) -> Role:
    """Whether a clause sets slots, asks for leave, says nothing, or is too unclear to act on.

    其他时间在 lab / the rest of my week is taken: other times with nothing said of them offer nothing."""
    has_content = bool(clause.groups or clause.excepted or clause.dated or clause.other or clause.leave_from_start)
    if clause.aside and not (clause.has_predicate and has_content):
        return Role.NOTHING
    if clause.other and not (clause.has_predicate or any(group.times for group in clause.groups)):
        return Role.NOTHING
    if _names_only_a_past_week(clause) or _every_day_busy(clause) or _heads_what_follows(clause):
        return Role.NOTHING
    if not has_content:
        return Role.UNCLEAR if clause.leave_word else Role.NOTHING
    names_days = any(group.has_days for group in clause.groups)
    if (clause.leave_word or (clause.negative and clause.bounds)) and clause.rest_of_week:
        return Role.LEAVE
    if clause.leave_from_start and (not names_days or clause.until_day is not None):
        return Role.LEAVE
    if (clause.dated or clause.one_off) and (clause.negative or clause.leave_word):
        return Role.LEAVE
    if clause.leave_word and names_days:
        return Role.SLOTS if clause.recurring else Role.LEAVE
    if clause.excepted and not (clause.groups or clause.dated):
        return Role.SLOTS
    if clause.leave_word or (clause.dated and not (clause.has_predicate or _names_times(clause))):
        return Role.UNCLEAR
    return Role.SLOTS


def _every_day_busy(clause: Clause) -> bool:
    """最近公司在赶项目，天天加班: what one does every day, with no time named, is how life goes, not a week withdrawn."""
    return clause.only_reasons and bool(clause.groups) and not (clause.dated or clause.positive) and all(
        group.days == ALL_DAYS and not group.times for group in clause.groups)


def _heads_what_follows(clause: Clause) -> bool:
    """这周：周一周三晚上。19号20号回老家: a week named alone, as a header, is the frame of what comes after it."""
    return bool(clause.weeks) and not (clause.groups or clause.spans or clause.excepted or clause.other
                                       or clause.has_predicate or clause.bounds)


def _names_only_a_past_week(clause: Clause) -> bool:
    """我是上周加群的王阿姨 / 我是上周面试通过的: a week gone by, with nothing offered in it, is part of the story."""
    return bool(clause.weeks) and all(week < 0 for week in clause.weeks) and not (
        clause.groups or clause.spans or clause.positive or clause.levels)


def _names_times(clause: Clause) -> bool:
    """下周四上午，周六晚上: a dated day listed with its times is offered, as a weekday would be."""
    return any(group.times for group in clause.groups)


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


def leave_of(clause: Clause, ref: date) -> list[DateRange]:
    """A leave clause's dates: its spans, its days in the weeks it names, or the coming days it names.

    A weekday named beside dates that fall on other weekdays is the coming one: tomorrow or Thursday.
    """
    if clause.rest_of_week and not any(bound.end for bound in clause.bounds):
        sunday = _sunday_of(ref)
        named = upcoming_dates(_named_days(clause), ref) or [bound.start for bound in clause.bounds if bound.start]
        start = named[0] if len(named) == 1 and ref <= named[0] <= sunday else min(ref + timedelta(days=1), sunday)
        return [DateRange(start, sunday)]
    if (period := clause.leave_from_start) is not None and (not clause.groups or clause.until_day is not None):
        return [period]
    days = _named_days(clause)
    if (lasting := _lasting_from_a_day(clause, days, ref)) is not None:
        return [lasting]
    dates: list[date] = []
    if clause.weeks:
        starts = [bound.start for bound in clause.bounds if bound.start]
        for offset in clause.weeks:
            dates.extend(day for day in week_dates(offset, days or ALL_DAYS, ref) if not starts or day >= starts[0])
    else:
        dates.extend(upcoming_dates(days - weekdays_touched(clause.spans), ref))
    return merge_ranges([*clause.spans, *as_ranges(dates)])


def _lasting_from_a_day(clause: Clause, days: frozenset[int], ref: date) -> DateRange | None:
    """周四开始请假 3 天 / 下周一开始请三天假 / away for a week from Monday the 21st: one day and a length."""
    length = next((length for length in clause.durations if length.days > 1 and not length.months), None)
    if length is None or clause.excepted:
        return None
    if len(clause.spans) == 1 and clause.spans[0].start == clause.spans[0].end:
        start = clause.spans[0].start
    elif not clause.spans and len(days) == 1:
        found = week_dates(clause.weeks[0], days, ref) if len(clause.weeks) == 1 else upcoming_dates(days, ref)
        if len(found) != 1:
            return None
        start = found[0]
    else:
        return None
    return lasting(start, length)


def _named_days(clause: Clause) -> frozenset[int]:
    """The days a clause names, less the ones it excepts (下周除了周三都不在)."""
    named = frozenset().union(*(group.day_set(frozenset()) for group in clause.groups))
    excepted = frozenset().union(*(group.days for group in clause.excepted))
    if excepted and not named:
        named = ALL_DAYS
    return named - excepted

