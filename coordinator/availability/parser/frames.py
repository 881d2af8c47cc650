"""Times said for no days: the times of the days listed before them (周一/周三/周五 / 都是下午), or the frame of the
days named after them (只有晚上有空，周一到周四晚上都可以排我)."""

from __future__ import annotations

from collections.abc import Sequence

from .calendar_dates import weekdays_touched
from .clauses import Clause, overlaps
from .groups import Group
from .lexicon import WORKDAYS

_WEEK_DAYS = 7


def all_of_them(earlier: Sequence[Clause], clause: Clause) -> None:
    """周一/周三/周五 / 都是下午 and 周一 ✅ / 周二 ❌ / … / 都是晚上: times said "all" in a sentence of their own
    are the times of every day listed before with no times, offered or not."""
    if not (clause.recurring and _for_no_days(clause)):
        return
    listed = []
    for said in reversed(earlier):
        if said.other or said.dated or not said.groups or any(
                group.times or not group.has_days for group in said.groups):
            break
        listed.append(said)
    if listed:
        _give_times(clause, listed)


def times_for_days_before(earlier: Sequence[Clause], clause: Clause) -> None:
    """周一可以，周三也是，都是下午哈 / 我可以周四，也可以周五，上午下午都行: times said after several clauses of
    days alone are the times of all of them; said "the same" or "all" (周四我也能，同样是晚上), after one."""
    if clause.negative or clause.levels or clause.other or clause.dated or not clause.groups:
        return
    if not clause.times_for_no_days:
        return
    if clause.too and earlier and _restates(earlier[-1], clause):
        clause.groups.clear()
        return
    days_alone = []
    for said in reversed(earlier):
        groups = said.groups or _dated_days(said)
        if said.negative or said.other or not groups or any(group.times for group in groups):
            break
        days_alone.append((said, groups))
    if len(days_alone) >= 2 or (days_alone and (clause.too or clause.recurring)):
        for said, groups in days_alone:
            said.echoes = False
            said.groups = groups
        _give_times(clause, [said for said, _ in days_alone])


def _dated_days(said: Clause) -> list[Group]:
    """这周二可以，周四也可以，时间都是下午: a day offered by its date, with no time, is that weekday, to be given the
    times said after it."""
    if not said.positive or said.negative or not said.spans or any(
            (span.end - span.start).days >= _WEEK_DAYS for span in said.spans):
        return []
    return [Group(days=weekdays_touched(said.spans))]


def _restates(previous: Clause, clause: Clause) -> bool:
    """周四我也能，同样是晚上: "the same" times that the days just said already have only say so again."""
    said = [time for group in previous.groups if group.has_days for time in group.times]
    return bool(said) and all(group.times == said for group in clause.groups)


def so_only_then(previous: Clause, clause: Clause) -> None:
    """周二周四白天要上课，所以只能晚上: "so only" times, after days refused at other times, are those days' times.
    Not after a working week (I work 9-5 on weekdays, so evenings only): that tells the job, and the times
    hold for every day. After days offered at those times, "so only" sums the offer up."""
    refused = [group for group in previous.groups if group.has_days and group.days != WORKDAYS]
    if previous.negative and refused and _a_frame(clause):
        for group in clause.groups:
            for source in refused:
                source.lend_days(group)
    elif _summed_up(previous, clause):
        clause.groups.clear()
    elif _free_days_then_times(previous, clause):
        previous.groups.clear()


def _free_days_then_times(previous: Clause, clause: Clause) -> bool:
    """这学期周二周四没课，所以周二白天都在: days said free, then "so" some of them with their times, is the
    reason and the offer; the days alone are not offered whole."""
    free = previous.days_named
    return (previous.positive and not previous.negative and bool(previous.groups)
            and all(group.has_days and not group.times for group in previous.groups)
            and bool(clause.groups) and all(group.has_days and group.times and group.days <= free
                                            for group in clause.groups))


def _summed_up(previous: Clause, clause: Clause) -> bool:
    """我周二和周三只能到中午12点之前，…，所以只能早上那一段: "so only" times that the days just offered already
    hold sum the offer up; they offer no other day."""
    offered = [time for group in previous.groups if group.has_days for time in group.times]
    return (previous.positive and not previous.negative and bool(offered) and _a_frame(clause)
            and all(overlaps(group.times, offered) for group in clause.groups))


def frames_named_again(found: Sequence[Clause], look_ahead: int) -> None:
    """只有晚上有空，周一到周四晚上都可以排我，周六下午也行 / 所以只能晚上。周一到周五晚上都行: "only" times said for
    no days (or "only" days said with no times), then days with their own times among them, frame what
    follows; the days named are the offer. Times said plainly for no days and straight away narrowed to days
    do too (早上上班前可以帮忙一会儿，周一和周三上午十点以前). Days said "only" at some times within a day frame
    narrow those days and keep the rest (weekends only, and Sunday just the evening)."""
    for index, clause in enumerate(found):
        named = [said for said in found[index + 1:index + 1 + look_ahead] if _names_days_with_times(said)]
        if _a_frame(clause) or (_for_no_days(clause) and not clause.recurring and not clause.too
                                and not any(group.soft_days for group in clause.groups)
                                and named and named[0] is _next(found, index)):
            frame = [time for group in clause.groups for time in group.times]
            if any(overlaps(group.times, frame) for said in named for group in said.groups):
                clause.groups.clear()
        elif _a_day_frame(clause):
            days = clause.days_named
            narrowing = all(said.only for said in named)
            if named and not narrowing and all(group.days <= days for said in named for group in said.groups):
                clause.groups.clear()


def _next(found: Sequence[Clause], index: int) -> Clause | None:
    return found[index + 1] if index + 1 < len(found) else None


def _give_times(clause: Clause, listed: Sequence[Clause]) -> None:
    times = [time for group in clause.groups for time in group.times]
    for said in listed:
        for group in said.groups:
            group.times = list(times)
    clause.groups.clear()


def _plain(clause: Clause) -> bool:
    """States times without refusing, grading, dating or leaving them."""
    return not (clause.negative or clause.levels or clause.other or clause.dated or clause.leave_word)


def _for_no_days(clause: Clause) -> bool:
    """Times for no days but the usual ones (平时), said plainly."""
    return _plain(clause) and bool(clause.groups) and all(
        group.times and (group.soft_days or not group.has_days) for group in clause.groups)


def _a_frame(clause: Clause) -> bool:
    return clause.only and not clause.too and _for_no_days(clause)


def _a_day_frame(clause: Clause) -> bool:
    """所以只能周末。周六上午和周日上午可以: "only" days with no times, which the days named next with their times
    say in full."""
    return clause.only and not clause.too and _plain(clause) and bool(clause.groups) and all(
        group.days and not group.times for group in clause.groups)


def _names_days_with_times(clause: Clause) -> bool:
    return _plain(clause) and not clause.too and bool(clause.groups) and all(
        group.has_days and group.times for group in clause.groups)
