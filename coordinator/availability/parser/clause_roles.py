"""What each clause contributes to a message: slots, leave, nothing, or a doubt that stops the reading."""


from __future__ import annotations

from collections.abc import Sequence
from enum import Enum, auto

from coordinator.core.week import DateRange

from .clauses import Clause
from .lexicon import ALL_DAYS


class Role(Enum):
    """What a clause contributes to the message."""

    NOTHING = auto()
    SLOTS = auto()
    LEAVE = auto()
    UNCLEAR = auto()


def roles_of(clauses: Sequence[Clause]) -> list[Role]:
    """Each clause's role; a bare 请假 beside dated leave (12月5日有事，请假一天) only repeats it."""
    roles = [role(clause) for clause in clauses]
    if Role.UNCLEAR in roles and (_offers(clauses, roles) or _refuses_days(clauses, roles)):
        roles = [Role.NOTHING if found is Role.UNCLEAR and _bare_leave(clause) and not clause.negative
                 else found for clause, found in zip(clauses, roles, strict=True)]
    if Role.LEAVE not in roles:
        return roles
    if any(found is Role.SLOTS and not (clause.negative or clause.leave_word)
           for clause, found in zip(clauses, roles, strict=True)):
        roles = [Role.SLOTS if found is Role.LEAVE and _days_off_in_a_week(clause)
                 else Role.NOTHING if found is Role.LEAVE and _a_busy_week(clause) else found
                 for clause, found in zip(clauses, roles, strict=True)]
    away = [span for clause, found in zip(clauses, roles, strict=True) if found is Role.LEAVE for span in clause.spans]
    pairs = zip(clauses, roles, strict=True)
    return [Role.NOTHING if _bare_leave(clause) or _reason_for_leave(clause, away) else found
            for clause, found in pairs]


def _offers(clauses: Sequence[Clause], roles: Sequence[Role]) -> bool:
    """放假回老家了。周二周三周四的下午我都能上: beside times offered, a holiday or trip with no date is the story."""
    return any(found is Role.SLOTS and clause.positive and not (clause.negative or clause.leave_word)
               for clause, found in zip(clauses, roles, strict=True))


def _refuses_days(clauses: Sequence[Clause], roles: Sequence[Role]) -> bool:
    """drop my Monday morning pls, can't make it anymore: beside days refused, a bare "can't make it" repeats it."""
    return any(found is Role.SLOTS and clause.negative and any(group.days for group in clause.groups)
               for clause, found in zip(clauses, roles, strict=True))


def _days_off_in_a_week(clause: Clause) -> bool:
    """My week: Mon – evening … Weekend – off / 周一到周五下午都有空，周末要回家所以不行: beside an offer, days said
    off with no date are days the week leaves out, not leave to record."""
    return (not (clause.dated or clause.one_off or clause.rest_of_week or clause.durations)
            and clause.leave_from_start is None and any(group.has_days for group in clause.groups))


def _a_busy_week(clause: Clause) -> bool:
    """下周 busy，只能 1 shift，Tue or Wed 晚上 / 下周我白天都要上课，只有晚上能来：…: beside an offer, a week said to be
    busy, or taken up by what one does, with no day of its own, is why the offer is what it is."""
    return (clause.negative and not clause.refuses_plainly and bool(clause.weeks)
            and not (clause.spans or clause.leave_word or clause.durations)
            and not any(group.days for group in clause.groups))


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
