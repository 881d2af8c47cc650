"""What a refusal or leave takes from the clause just before it: the dates a bare 不在 is about, the weekdays
of a span just named, a refused day that is a trip, the start of "offline until", the rest of the week, the
reason for what was just said, the times refused again, a refusal made standing, the week named."""

from __future__ import annotations

from datetime import date, timedelta

from coordinator.core.week import DateRange

from .calendar_dates import as_ranges
from .clauses import Clause

_LONGEST_FRAME = 31
"""Days a span may last and still frame the weekdays refused after it (这周末 / 下周 / 圣诞那周)."""


def _bare(clause: Clause) -> bool:
    """Says nothing of when: no days, times, dates, other times or exceptions."""
    return not (clause.groups or clause.dated or clause.other or clause.excepted)


def lend_refusal(previous: Clause, clause: Clause) -> None:
    """下周 I'm in Shanghai for work，不在哈 / 本周六公司年会，晚上的班得请假了: a bare 不在, or leave of some times,
    after dates said with no predicate is about those dates (leave is kept by the day)."""
    if not previous.dated or previous.has_predicate:
        return
    if _bare(clause) and (clause.leave_word or clause.negative):
        previous.leave_word, previous.negative = clause.leave_word, clause.negative
    elif clause.leave_word and clause.times_for_no_days and not (
            clause.dated or clause.other or clause.excepted):
        previous.leave_word, clause.leave_word = True, False
        clause.groups.clear()


def refuse_within_span(previous: Clause, clause: Clause) -> None:
    """这周末我搬家，周六周日都不行 / 下周我要出差，周二周三不在: weekdays refused right after dates said alone, or
    taken off, are those dates, and only those."""
    if previous.positive or previous.levels or previous.groups or len(previous.spans) != 1:
        return
    if clause.dated or clause.other:
        return
    if not (clause.negative or clause.leave_word) or not clause.groups or any(
            group.times or not group.has_days for group in clause.groups):
        return
    span = previous.spans[0]
    if (span.end - span.start).days >= _LONGEST_FRAME:
        return
    refused = clause.days_named
    dates = [span.start + timedelta(days=offset) for offset in range((span.end - span.start).days + 1)]
    chosen = [day for day in dates if day.weekday() in refused]
    if not chosen or {day.weekday() for day in chosen} != refused:
        return
    previous.spans, previous.leave_word = as_ranges(chosen), True
    clause.groups.clear()
    clause.negative = clause.leave_word = clause.recurring = False


def leave_for_refusal(previous: Clause, clause: Clause) -> None:
    """周五不行，要回老家 / Saturday 不行，有 wedding: a day refused for a trip or an event is leave on that day."""
    days_only = bool(previous.groups) and all(group.days and not group.times for group in previous.groups)
    if _bare(clause) and clause.leave_word and previous.negative and days_only and not (previous.recurring or previous.dated):
        previous.leave_word, clause.leave_word = True, False


def leave_dated_again(previous: Clause, clause: Clause) -> None:
    """元旦 holiday 不在, Jan 1-3: dates said alone right after leave on a date they take in are when the leave
    runs."""
    if not (previous.leave_word and previous.spans and clause.spans) or clause.has_predicate or clause.groups:
        return
    if all(any(span.start <= said.start and said.end <= span.end for span in clause.spans)
           for said in previous.spans):
        previous.spans = []
        clause.leave_word = True


def away_from_then_until(previous: Clause, clause: Clause) -> None:
    """Flying back on Jan 19, I'll be offline until the 24th: leave said to last until a date, right after leave
    on one day, runs from that day."""
    if not (previous.leave_word and clause.leave_word) or len(previous.spans) != 1:
        return
    day = previous.spans[0]
    ends = [bound for bound in clause.bounds if bound.end and bound.start is None and bound.span in clause.spans]
    if day.start != day.end or len(ends) != 1:
        return
    last = ends[0].end if ends[0].end > day.start else _same_day_of_month_after(ends[0].end, day.start)
    if last is not None:
        clause.spans = [span for span in clause.spans if span != ends[0].span] + [DateRange(day.start, last)]


def _same_day_of_month_after(day: date, start: date) -> date | None:
    """"until the 28th" after Dec 20 is Dec 28, not the 28th of the month the message was written in."""
    for months in (0, 1):
        month = (start.month - 1 + months) % 12 + 1
        year = start.year + (start.month - 1 + months) // 12
        try:
            candidate = date(year, month, day.day)
        except ValueError:
            continue
        if candidate > start:
            return candidate
    return None


def for_the_rest_of_the_week(previous: Clause, clause: Clause) -> None:
    """From Thursday I'm out for the rest of the week: the rest of the week says how long the leave lasts."""
    if clause.rest_of_week and not (clause.has_predicate or clause.groups or clause.dated) and (
            previous.leave_word or previous.negative):
        previous.rest_of_week, clause.rest_of_week, clause.other = True, False, False


def reason_for_what_came(previous: Clause, clause: Clause) -> None:
    """周一上午就不来了，早上要送孩子上学 / 周二到周四下午都能上，上午要帮家里干活 / 每天上午10点以后都行，早上要送娃:
    times alone with what one does then, right after days or times were named, say why; they neither refuse
    nor offer anything of their own."""
    if not clause.only_reasons or clause.dated or clause.other or clause.positive or clause.levels:
        return
    if clause.leave_word:
        return
    if clause.times_for_no_days and any(group.has_days or group.times for group in previous.groups):
        clause.groups.clear()
        clause.negative = False


def refuse_again(previous: Clause, clause: Clause) -> None:
    """周五晚上去掉吧，最近周五老加班: a refusal of a day just refused at some times gives the reason for those times.
    Not the other way round: after the reason (周三晚上要上课), 以后周三都别排我了 refuses the whole day."""
    if not (previous.negative and clause.negative) or clause.dated or clause.other:
        return
    if previous.only_reasons and clause.refuses_outright:
        return
    for group in clause.groups:
        source = next((said for said in previous.groups if said.times and group.days and group.days <= said.days), None)
        if source is not None and not group.times:
            group.times = list(source.times)


def refused_from_now_on(previous: Clause, clause: Clause) -> None:
    """下周老样子 只是周二下午去不了了，以后都去不了 / drop tuesday evening, got a parent teacher thing every tue now:
    "from now on", or a reason that recurs, said bare after a refusal makes that refusal a change to the standing
    week, not one week's leave."""
    from_now_on = clause.standing and clause.negative and _bare(clause)
    refused_days = previous.days_named
    recurring_reason = clause.recurring and not (clause.has_predicate or clause.dated or clause.other) and all(
        group.days <= refused_days and not group.times for group in clause.groups)
    if (from_now_on or recurring_reason) and previous.negative and previous.groups:
        previous.standing = True
        if not previous.spans:
            previous.weeks, previous.one_off = [], False


def carry_week(previous: Clause, clause: Clause) -> None:
    """下周我回老家，整周都不在 / 下周要期末考试，整周都请假 / 下周我要出差，周二周三不在: days taken off right after
    a week was named are in that week, and a week said alone, or only taken off, hands itself over to them."""
    own_week = clause.dated or clause.standing or _offers_the_week(previous)
    if previous.weeks and min(previous.weeks) >= 0 and not own_week and (
            clause.leave_word or clause.negative) and clause.groups:
        clause.weeks = list(previous.weeks)
        clause.recurring = False
        if previous.spans or previous.positive or previous.levels or not _within_days_named(previous, clause):
            return
        previous.weeks, previous.groups = [], []
        previous.negative = previous.leave_word = False


def _offers_the_week(previous: Clause) -> bool:
    """weekday mornings this week, nothing on weekends: beside the week's offer, days refused are left out."""
    return not (previous.negative or previous.leave_word) and any(
        group.has_days and (group.times or previous.positive) for group in previous.groups)


def _within_days_named(previous: Clause, clause: Clause) -> bool:
    """这周末我搬家，周六周日都不行: the days taken off are the days the week was named with, or it named none."""
    if not previous.groups:
        return True
    if any(group.times for group in previous.groups):
        return False
    days = previous.days_named
    return all(group.days and group.days <= days for group in clause.groups)
