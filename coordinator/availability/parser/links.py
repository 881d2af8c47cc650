"""How a clause takes what it leaves unsaid from the clauses just before it: days, times, dates, a level, a
refusal, or the frame it narrows (周一到周五随时可以，周五只能六点以后)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from coordinator.core.week import DateRange

from .calendar_dates import days_of_spans
from .clauses import Clause, borrow_times, build_clause, clipped, narrow_within, overlaps, within
from .fragments import sentence_runs
from .frames import all_of_them, frames_named_again, so_only_then, times_for_days_before
from .groups import Group
from .lexicon import ALL_DAYS, ANY_TIME, DAY_END, PLUS
from .refusals import (
    away_from_then_until,
    carry_week,
    for_the_rest_of_the_week,
    leave_dated_again,
    leave_for_refusal,
    lend_refusal,
    reason_for_what_came,
    refuse_again,
    refuse_within_span,
    refused_from_now_on,
)
from .tokens import ClockSpan, Kind, SlotPart, TimeSpec, Token, kind_at

_STATEMENT_STARTS = frozenset({Kind.COMMA, Kind.LIST, Kind.STOP, None})
_LOOK_BACK = 8
"""How many clauses back a later clause may refer to (周一到周五晚上都可以，周二除外，周四当替补)."""


def clauses(tokens: Sequence[Token]) -> list[Clause]:
    """The clauses of a reduced token stream, in order."""
    found: list[Clause] = []
    for sentence in sentence_runs(_same_plus(_day_but_only(tokens))):
        built = [build_clause(run.tokens) for run in sentence]
        for clause in built:
            if clause.only and len(clause.groups) > 1:
                _only_said_again(clause)
        for at, clause in enumerate(built):
            if clause.same_as:
                _times_of_the_days_named([*found, *built[:at]], clause)
        for clause, run in zip(built, sentence, strict=True):
            clause.also = run.opener is Kind.ALSO
        if found and built:
            _whenever_within(found[-_LOOK_BACK:], built[0])
            all_of_them(found[-_LOOK_BACK:], built[0])
            _days_for_times(found[-_LOOK_BACK:], built[0])
            if built[0].only:
                _only_these_times(found, built[0])
            elif _times_alone(built[0]):
                _carry_days(found[-1], built[0])
            _carry_times(found[-_LOOK_BACK:], built[0])
            if built[0].echoes:
                narrow_within(built[0])
            _narrow(found[-_LOOK_BACK:], built[0])
        for at, (previous, clause, run) in enumerate(zip(built, built[1:], sentence[1:], strict=False), start=1):
            recent = [*found[-_LOOK_BACK:], *built[max(0, at - _LOOK_BACK):at]]
            _whenever_within(recent, clause)
            _days_for_times(recent, clause)
            _carry_date(built[max(0, at - _LOOK_BACK):at], clause)
            _lend_level(previous, clause)
            reason_for_what_came(previous, clause)
            if run.opener not in (Kind.ALSO, Kind.SO):
                times_for_days_before(built[max(0, at - _LOOK_BACK):at], clause)
                _times_explained(recent, clause)
                _carry_days(previous, clause)
            elif run.opener is Kind.SO:
                so_only_then(previous, clause)
            _carry_times(recent, clause)
            if clause.echoes:
                narrow_within(clause)
            lend_refusal(previous, clause)
            refuse_within_span(previous, clause)
            leave_for_refusal(previous, clause)
            leave_dated_again(previous, clause)
            away_from_then_until(previous, clause)
            for_the_rest_of_the_week(previous, clause)
            refuse_again(previous, clause)
            refused_from_now_on(previous, clause)
            _said_again(recent, clause)
            _others_of_the_frame(previous, clause)
            _narrow(recent, clause)
            _correct_echo(built[max(0, at - _LOOK_BACK):at], clause)
            carry_week(previous, clause)
            narrow_within(previous)
        found.extend(built)
    frames_named_again(found, _LOOK_BACK)
    return found


def _whenever_within(earlier: Sequence[Clause], clause: Clause) -> None:
    """周一到周五上午我都在家，孩子上学去了，随时可以接线: any time, said alone after days and times offered, is any
    time within them; it offers nothing more."""
    said = [time for group in clause.groups for time in group.times]
    if (not said or any(group.has_days for group in clause.groups) or clause.negative
            or not all(isinstance(time, SlotPart) and time.part is ANY_TIME for time in said)):
        return
    if any(group.complete for previous in earlier if previous.positive for group in previous.groups):
        clause.groups.clear()


def _only_said_again(clause: Clause) -> None:
    """周五晚上，只有周五: days said again with "only" and no times of their own, after those days with their
    times, restate them; they do not offer the rest of those days."""
    kept: list[Group] = []
    for group in clause.groups:
        if group.times or not group.days or not any(group.days <= said.days for said in kept if said.times):
            kept.append(group)
    clause.groups[:] = kept


def _day_but_only(tokens: Sequence[Token]) -> list[Token]:
    """…, and Friday but only morning / 还有周五但只能上午: "but only" right after a day that starts its statement
    narrows that day, not the days before it."""
    return [token for index, token in enumerate(tokens)
            if not (token.kind is Kind.CONTRAST and kind_at(tokens, index - 1) is Kind.DAYS
                    and kind_at(tokens, index - 2) in _STATEMENT_STARTS and kind_at(tokens, index + 1) is Kind.ONLY
                    and kind_at(tokens, index + 2) is Kind.TIME)]


def _same_plus(tokens: Sequence[Token]) -> list[Token]:
    """Fri the same, plus the afternoon / 周日：同上，再加个下午: days said "the same", then more times: those days
    take the times said before, and the further times too (as if written 周日同上，周日下午也可以)."""
    out: list[Token] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        out.append(token)
        index += 1
        if token.kind is not Kind.TOO or kind_at(tokens, index - 2) is not Kind.DAYS:
            continue
        plus = index + 1 if kind_at(tokens, index) is Kind.COMMA else index
        adding = kind_at(tokens, plus) is Kind.TOO or (
            kind_at(tokens, plus) is Kind.LIST and tokens[plus].value == PLUS)
        if adding and kind_at(tokens, plus + 1) is Kind.TIME:
            end = _times_end(tokens, plus + 1)
            out.extend((Token(Kind.COMMA), tokens[index - 2], *tokens[plus + 1:end], Token(Kind.TOO)))
            index = end
    return out


def _times_end(tokens: Sequence[Token], start: int) -> int:
    end = start
    while kind_at(tokens, end) in (Kind.TIME, Kind.LIST):
        end += 1
    return end


def _times_of_the_days_named(earlier: Sequence[Clause], clause: Clause) -> None:
    """周三上午，周五下午，周日同周三: days said to be as other days take the times and level said for those."""
    source = next((said for said in reversed(earlier) if not (said.negative or said.leave_word)
                   and any(group.times and group.days & clause.same_as for group in said.groups)), None)
    if source is None:
        return
    times = [time for group in source.groups if group.days & clause.same_as for time in group.times]
    for group in clause.groups:
        if group.has_days and not group.times:
            group.times = list(times)
    clause.levels |= source.levels
    clause.positive = clause.positive or source.positive


def _lend_level(previous: Clause, clause: Clause) -> None:
    """周日上午也行但只能当替补 / 周末我也可以机动，缺人叫我: a level said with nothing of its own is about what was
    just offered (or refused: 周一最好别排我，实在缺人再找我 is Monday as a backup; or added last: sat and sun
    mornings, sun afternoon too but only if needed is Sunday afternoon as a backup)."""
    if clause.levels and not (clause.groups or clause.dated or clause.other or clause.negative) and previous.groups:
        added_last = previous.too and len(previous.groups) > 1
        if not (previous.negative or added_last):
            previous.levels |= clause.levels
            clause.levels = set()
            return
        said = previous.groups.pop() if added_last else previous.groups[-1]
        clause.groups.append(Group(said.days, said.soft_days, list(said.times), said.times_first))
        clause.spans = list(previous.spans)
        clause.only = clause.only and not added_last


def _carry_date(earlier: Sequence[Clause], clause: Clause) -> None:
    """这周六上午可以 下午要去接孙女 晚上也行 / 下周周一或周二都可以，上午下午都行: times said after a day (or a few
    days within a week) given as dates are on those dates too, until other days are named; dates offered with no
    times of their own take those times instead of the whole days."""
    if clause.dated or clause.other or clause.negative or clause.leave_word:
        return
    if not clause.times_for_no_days:
        return
    for said in reversed(earlier):
        if any(group.has_days for group in said.groups):
            return
        if len(said.spans) == 1 and (said.spans[0].end - said.spans[0].start).days < len(ALL_DAYS):
            clause.spans = list(said.spans)
            if not said.groups and said.positive and not (said.negative or said.leave_word):
                said.spans = []
            return


def _days_for_times(earlier: Sequence[Clause], clause: Clause) -> None:
    """晚上都行，周二到周四 / 晚上能上，但九点之前必须下线。周一到周四 / 上午或者晚上都可以，下午不行，周一到周四:
    days said after times offered for no days (and times refused after them) are the days of those times, back
    to the first of them."""
    timed: list[Clause] = []
    for said in reversed(earlier):
        if not said.groups:
            continue
        after_offer = said.negative and any(not other.negative for other in timed)
        if any(group.has_days for group in said.groups) or after_offer:
            break
        timed.append(said)
    offers = [said for said in timed if not said.negative]
    if not offers:
        return
    timed = timed[:timed.index(offers[-1]) + 1]
    previous = offers[0]
    offered_after_only = previous.only and clause.positive and not (clause.negative or clause.levels)
    if clause.has_predicate and not offered_after_only:
        return
    if clause.other or clause.dated or clause.too or not clause.groups:
        return
    if any(group.times or not group.has_days for group in clause.groups):
        return
    for said in timed:
        for group in said.groups:
            clause.groups[0].lend_days(group)
    clause.groups.clear()
    clause.only = False


def _times_alone(clause: Clause) -> bool:
    """Afternoons, I mean: a sentence of times and nothing else, not even "too"."""
    return clause.times_for_no_days and not (
        clause.has_predicate or clause.too or clause.dated or clause.other)


def _times_explained(earlier: Sequence[Clause], clause: Clause) -> None:
    """周四白天和周六晚上都有空，白天指上午和下午: times alone, with nothing said of them, that are the slots of a
    part of the day named before explain that part; they offer nothing more."""
    if not _times_alone(clause) or clause.only or clause.negative:
        return
    named = [frozenset(spec.part.slot_names) for said in earlier for group in said.groups
             for spec in group.times if isinstance(spec, SlotPart) and len(spec.part.slot_names) > 1]
    said = [spec for group in clause.groups for spec in group.times]
    if not said or not all(isinstance(spec, SlotPart) for spec in said):
        return
    slots = frozenset().union(*(spec.part.slot_names for spec in said))
    if any(slots == part for part in named):
        clause.groups.clear()


def _others_of_the_frame(previous: Clause, clause: Clause) -> None:
    """工作日晚上我都可以，周四最好，其他几天也没问题: "the other days are fine too" after a preference for some of the
    days offered means the rest of those days, which stand as offered; it adds no other day."""
    says_nothing_else = not (clause.groups or clause.dated or clause.negative)
    named_some = previous.narrows or (bool(previous.groups) and all(group.has_days for group in previous.groups))
    if clause.other and clause.too and clause.positive and says_nothing_else and previous.levels and named_some:
        clause.other = clause.positive = clause.too = False


def _only_these_times(earlier: Sequence[Clause], clause: Clause) -> None:
    """Mon ✔ / Wed ✔ / Fri ✔ / (evenings only for all of these): "only" times said in a sentence of their own are
    the times of every day offered before without times."""
    if clause.has_predicate or not clause.groups or any(group.has_days for group in clause.groups):
        _carry_days(earlier[-1], clause)
        return
    times = [time for group in clause.groups for time in group.times]
    bare = [group for said in earlier[-_LOOK_BACK:] if said.positive and not (said.negative or said.other) for group in said.groups
            if group.has_days and not group.times]
    if len(bare) < 2:
        _carry_days(earlier[-1], clause)
        return
    for group in bare:
        group.times = list(times)
    clause.groups.clear()


def _carry_days(previous: Clause, clause: Clause) -> None:
    """周日上午不行，下午可以: times with no days of their own go with the days said just before.

    Not when those already take the times in (周末全天可以，晚上也可以 is about every evening), unless the
    times say when within the one slot named (周四晚上可以，但是要八点以后). Days said without times take the
    times that follow (只有周日有空，全天; Sat or Sun, afternoons), unless "too" widens them to every day; a
    refusal of times after a refused day is about that day (周五有事，下午那班找人替一下), and so is one after days
    offered whole (周四也行但晚上不行). Times within a slot offered on either of two days (周六上午或者周日上午都行，
    11点到1点) are for both.
    """
    if clause.other or clause.dated or not clause.groups or any(group.has_days for group in clause.groups):
        return
    source = previous.groups[-1] if previous.groups and not previous.other else None
    refused_again = previous.negative and clause.negative
    if source is not None and source.has_days and not source.times and not (
            clause.too or (previous.negative and not refused_again)):
        if clause.levels or clause.negative:
            for group in clause.groups:
                source.lend_days(group)
        else:
            source.times = [time for group in clause.groups for time in group.times]
            clause.groups.clear()
        return
    if source is None or not source.complete:
        return
    times = [time for group in clause.groups for time in group.times]
    taken_in = any(source.takes_in(time) and not source.narrowed_by(time) for time in times)
    refused_of_those = clause.negative and not previous.negative and source.has_days
    if taken_in and not clause.levels and not (clause.only and source.has_days) and not refused_of_those:
        if not (clause.has_predicate or clause.too or clause.only):
            clause.groups.clear()
        return
    alike = frozenset().union(*(said.days for said in previous.groups if said.times == source.times))
    for group in clause.groups:
        source.lend_days(group)
        if all(source.narrowed_by(time) and _said_within(source, time) for time in group.times):
            group.times = clipped(group.times, source.times)
            group.days = alike


def _said_within(source: Group, time: TimeSpec) -> bool:
    """周五也行，但只到四点: the clock times said (not the day's start or end a bound runs to) lie in the one slot
    named before, so they say when within it (下午一点半之前 after 上午 does not)."""
    low, high = next(spec.part.window for spec in source.times if isinstance(spec, SlotPart))
    if not isinstance(time, ClockSpan):
        return False
    points = [point for point in (time.start, time.end) if 0 < point < DAY_END]
    return bool(points) and all(low <= point <= high for point in points)


def _carry_times(earlier: Sequence[Clause], clause: Clause) -> None:
    """周三晚上有空，周五也有空 / Tuesday evening works, Thursday too / 周二上午可以，下午也行，周四一样: days
    alone, said "too", take the times said for the days before them; a clock time of their own within the one
    slot said before says when in it (周五也一样，不过要三点以后)."""
    previous = next((said for said in reversed(earlier) if said.groups), None)
    if not ((clause.too or clause.also) and not clause.other and previous is not None and clause.groups):
        return
    last = previous.groups[-1]
    times = [time for said in earlier for group in said.groups if group.days == last.days and not said.negative
             for time in group.times if time not in last.times] + list(last.times)
    days = last.days or _weekdays_of_days(previous.spans)
    source = Group(days, last.soft_days, times, last.times_first)
    clause.echoes = borrow_times([source, *clause.groups]) or bool(last.times)
    for group in clause.groups:
        if group.days and group.times and all(
                source.narrowed_by(time) and _said_within(source, time) for time in group.times):
            group.times = clipped(group.times, source.times)


def _weekdays_of_days(spans: Sequence[DateRange]) -> frozenset[int]:
    """下周二下午，还有周四: the weekday of a day named by its date, for days said "too" after it."""
    return frozenset(span.start.weekday() for span in spans if span.start == span.end)


def _correct_echo(earlier: Sequence[Clause], clause: Clause) -> None:
    """周六下午可以，周日也行，不过周日是晚上: days said "too" take the times before them only until their own
    times are said; those replace the borrowed ones."""
    if clause.negative or clause.leave_word or clause.other or clause.dated or clause.too:
        return
    if not clause.groups or not all(group.days and group.times for group in clause.groups):
        return
    named = clause.days_named
    for said in earlier:
        if said.too and said.echoes and all(group.days and group.days <= named for group in said.groups):
            said.groups.clear()


def _said_again(earlier: Sequence[Clause], clause: Clause) -> None:
    """…Sunday only as a backup — my mum visits on Sundays / 每天 evening 都行 except 周四, 周四要上 yoga 课: days
    already named, said again with nothing of their own, give a reason; so do excepted or refused days said again
    with times and no predicate (except Monday，周一早上公司例会 / 周二晚上别排我了，每周二晚上直播)."""
    if clause.has_predicate or clause.other or clause.dated or clause.too or clause.only or not clause.groups:
        return
    named = frozenset().union(*(group.days for said in earlier for group in (*said.groups, *said.excepted)))
    refused = [group for said in earlier if said.negative for group in said.groups if group.times]
    excepted = frozenset().union(*(group.days for said in earlier for group in said.excepted),
                                 *(group.days for group in refused))
    if all(group.days and (group.days <= excepted or (not group.times and group.days <= named))
           for group in clause.groups):
        clause.groups.clear()


def _one_slot(time: TimeSpec) -> bool:
    return isinstance(time, SlotPart) and len(time.part.slot_names) == 1


def _one_part(group: Group) -> bool:
    """周日晚上也行，但要8点以后: a frame of one part of the day is narrowed within that part, the rest of the day kept."""
    return bool(group.times) and all(map(_one_slot, group.times))


def _within_a_part(group: Group) -> bool:
    """下午只能三点以后: a clock time said with a part of the day narrows that part, not the whole day."""
    return any(map(_one_slot, group.times)) and any(isinstance(time, ClockSpan) for time in group.times)


def _offered(said: Clause) -> list[Group]:
    """这周每天都行，就周二只能上午 / 下周 weekdays 上午都行，Thu 换成下午: days offered by their dates are
    their weekdays, to narrow later."""
    if not (said.positive and said.spans) or any(group.has_days for group in said.groups):
        return said.groups
    days = days_of_spans(said.spans)
    return [replace(group, days=days) for group in said.groups] or [Group(days=days)]


def _narrow(earlier: Sequence[Clause], clause: Clause) -> None:
    """A clause about days already named says something about those days within what was said for them.

    周一三五晚上都可以，周五最好 prefers Friday *evening*; 周末都行，不过周日只能下午 keeps Saturday and makes
    Sunday the afternoon only; 周一到周五随时可以，周五只能六点以后 is Friday from 18:00; 工作日下午都行，周五只能上午
    moves Friday to the morning. A level or "only" with
    bare days takes the times said before (周一到周五晚上都可以，周三除外，周五当替补 reaches back past 周三除外);
    "only" or a clock time within them replaces them for those days.
    """
    previous = earlier[-1]
    if clause.other or clause.dated or clause.too or clause.negative or clause.leave_word or previous.other:
        return
    said_before = [group for said in reversed(earlier) if not said.other for group in reversed(_offered(said))]
    for group in clause.groups:
        source = next((said for said in said_before
                       if group.days and (said.times if not group.times else said.days or said.times)
                       and group.days <= said.day_set(ALL_DAYS)), None)
        if source is None:
            continue
        if not group.times and (clause.levels or clause.only or clause.positive) and source.times:
            group.times = list(source.times)
            clause.narrows |= group.days
        elif group.times and clause.only and source.has_days and all(map(_one_slot, group.times)) and (
                not overlaps(group.times, source.times)):
            clause.narrows |= group.days
        elif group.times and (clause.only or within(group.times, source.times)):
            inside = overlaps(group.times, source.times) or not source.has_days
            group.times = clipped(group.times, source.times)
            if inside and not (_within_a_part(group) or _one_part(source) or clause.levels):
                clause.narrows |= group.days
