"""From clauses to the week: a level per slot, leave, and whether the message was clear enough to act on."""


from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from coordinator.core.week import DateRange, DutySlot, Level

from .calendar_dates import merge_ranges
from .clause_roles import Role, roles_of
from .clauses import Clause, within
from .leave_dates import leave_of
from .tokens import Bound
from .week_slots import Week

_A_MONTH = 27


_A_WEEK = timedelta(days=6)


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
    roles = roles_of(ordered)
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


def _in_order_of_application(clauses: Sequence[Clause]) -> list[Clause]:
    """Clauses in message order, with 其他时间 / other times last, since they fill in what the rest left out.

    只有周五晚上不行 (only Friday evening is out) also says that every other time is fine, unless the message
    offers times of its own (每天晚上都可以，只有周五不行 is the evenings but Friday's).
    """
    ordered = sorted(clauses, key=lambda clause: clause.other)
    offers = any(clause.groups and not (clause.negative or clause.leave_word) for clause in clauses)
    if not offers and any(clause.only and clause.refuses_outright and clause.groups and not clause.dated
                          for clause in clauses):
        ordered.append(Clause(positive=True, other=True))
    return ordered
