"""Read each clause's tokens into its days and times, its dates, its level, and whether it says no."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import timedelta

from coordinator.core.week import DateRange, Level

from .calendar_dates import lasting
from .fragments import PREDICATES, sentence_runs
from .groups import Group, GroupBuilder
from .lexicon import ALL_DAYS
from .tokens import Bound, ClockSpan, Duration, Kind, SlotPart, TimeSpec, Token

_LONGEST_SPAN_FOR_DAYS = 7
_WHOLE_WEEK = 7
"""每天 after 除了周二 is what is left, not more days taken out."""
_GROUPED = frozenset({Kind.DAYS, Kind.SOFT_DAYS, Kind.TIME})
_ENDS_EXCEPTION = PREDICATES | {Kind.EXCEPT_END, Kind.EXCEPT_POST, Kind.BREAK}


_LOOK_BACK = 8
"""How many clauses back a later clause may refer to (周一到周五晚上都可以，周二除外，周四当替补)."""

@dataclass
class Clause:
    """One statement: 周二周四晚上可以 / 周末需要的话可以补位 / can't do Wednesdays at all."""

    groups: list[Group] = field(default_factory=list)
    excepted: list[Group] = field(default_factory=list)
    spans: list[DateRange] = field(default_factory=list)
    excepted_spans: list[DateRange] = field(default_factory=list)
    weeks: list[int] = field(default_factory=list)
    levels: set[Level] = field(default_factory=set)
    positive: bool = False
    negative: bool = False
    leave_word: bool = False
    other: bool = False
    only: bool = False
    recurring: bool = False
    rest_of_week: bool = False
    """for the rest of the week / 这周剩下几天: from tomorrow (or the start given) to Sunday."""
    one_off: bool = False
    """周三那天有事: the day named is the coming one, so a refusal is leave."""
    aside: bool = False
    too: bool = False
    also: bool = False
    """The clause opened with 另外 / also."""
    echoes: bool = False
    """Its days took times said before in the same message (周五也有空, 周六一样的时间): part of one statement."""
    durations: list[Duration] = field(default_factory=list)
    bounds: list[Bound] = field(default_factory=list)
    """Dates the weekly pattern starts or ends on (12月15日以后, until Dec 23)."""
    narrows: frozenset[int] = frozenset()
    """Days said before whose times this clause restates (周日只能下午 after 周末都行): it replaces them."""

    @property
    def has_predicate(self) -> bool:
        return self.positive or self.negative or self.leave_word or bool(self.levels)

    @property
    def dated(self) -> bool:
        return bool(self.spans or self.weeks)

    @property
    def leave_from_start(self) -> DateRange | None:
        """下周开始请假两周 / away from the 12th for 10 days / 明天开始 away 到周日: a leave given by its start and
        its length, or its start and the weekday it runs to."""
        start = next((bound.start for bound in self.bounds if bound.start), None)
        if not (self.leave_word and start):
            return None
        if (last := self.until_day) is not None:
            return DateRange(start, start + timedelta(days=(last - start.weekday()) % _WHOLE_WEEK))
        length = next((length for length in self.durations if length.days or length.months), None)
        if length is None:
            return None
        return lasting(start, length)

    @property
    def until_day(self) -> int | None:
        """The one weekday a leave with a start runs to (明天开始请假到周日), or for the rest of the week, Sunday."""
        if self.rest_of_week:
            return _WHOLE_WEEK - 1
        days = [group.days for group in self.groups]
        if self.durations or len(days) != 1 or len(days[0]) != 1 or self.groups[0].times:
            return None
        return next(iter(days[0]))

    @property
    def level(self) -> Level:
        """Standby over preferred over plain available."""
        for level in (Level.STANDBY, Level.PREFERRED):
            if level in self.levels:
                return level
        return Level.AVAILABLE


def clauses(tokens: Sequence[Token]) -> list[Clause]:
    """The clauses of a reduced token stream, in order."""
    found: list[Clause] = []
    for sentence in sentence_runs(tokens):
        built = [build_clause(run.tokens) for run in sentence]
        for clause, run in zip(built, sentence, strict=True):
            clause.also = run.opener is Kind.ALSO
        if found and built:
            _carry_times(found[-1], built[0])
            _narrow(found[-_LOOK_BACK:], built[0])
        for at, (previous, clause, run) in enumerate(zip(built, built[1:], sentence[1:], strict=False), start=1):
            _days_for_times(previous, clause)
            _carry_date(built[max(0, at - _LOOK_BACK):at], clause)
            _lend_level(previous, clause)
            if run.opener not in (Kind.ALSO, Kind.SO):
                _carry_days(previous, clause)
            _carry_times(previous, clause)
            _lend_refusal(previous, clause)
            _for_the_rest_of_the_week(previous, clause)
            _refuse_again(previous, clause)
            _reason_for_exception(previous, clause)
            recent = [*found[-_LOOK_BACK:], *built[max(0, at - _LOOK_BACK):at]]
            _said_again(recent, clause)
            _narrow(recent, clause)
            _carry_week(previous, clause)
            _narrow_within(previous)
        found.extend(built)
    return found


def _lend_level(previous: Clause, clause: Clause) -> None:
    """周日上午也行但只能当替补: a level said with nothing of its own is about what was just offered."""
    if clause.levels and not (clause.groups or clause.dated or clause.other or clause.negative) and previous.groups:
        said = previous.groups[-1]
        clause.groups.append(Group(said.days, said.soft_days, list(said.times), said.times_first))
        clause.spans = list(previous.spans)


def _carry_date(earlier: Sequence[Clause], clause: Clause) -> None:
    """这周六上午可以 下午要去接孙女 晚上也行: times said after a day given as a date are on that date too, until
    other days are named."""
    if clause.dated or clause.other or clause.negative or clause.leave_word:
        return
    if not clause.groups or not all(group.times and not group.has_days for group in clause.groups):
        return
    for said in reversed(earlier):
        if any(group.has_days for group in said.groups):
            return
        if len(said.spans) == 1 and said.spans[0].start == said.spans[0].end:
            clause.spans = list(said.spans)
            return


def _days_for_times(previous: Clause, clause: Clause) -> None:
    """晚上都行，周二到周四 / evenings 我都可以, 就是 Mon 到 Thu: days said after times offered for no days are
    the days of those times."""
    if not previous.groups or any(group.has_days for group in previous.groups) or previous.negative:
        return
    if clause.has_predicate or clause.other or clause.dated or clause.too or not clause.groups:
        return
    if any(group.times or not group.has_days for group in clause.groups):
        return
    for group in previous.groups:
        clause.groups[0].lend_days(group)
    clause.groups.clear()
    clause.only = False


def _carry_days(previous: Clause, clause: Clause) -> None:
    """周日上午不行，下午可以: times with no days of their own go with the days said just before.

    Not when those already take the times in (周末全天可以，晚上也可以 is about every evening), unless the
    times say when within the one slot named (周四晚上可以，但是要八点以后). Days said without times take the
    times that follow (只有周日有空，全天; Sat or Sun, afternoons), unless "too" widens them to every day.
    """
    if clause.other or clause.dated or not clause.groups or any(group.has_days for group in clause.groups):
        return
    source = previous.groups[-1] if previous.groups and not previous.other else None
    if source is not None and source.has_days and not source.times and not (clause.too or previous.negative):
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
    if any(source.takes_in(time) and not source.narrowed_by(time) for time in times) and not clause.levels:
        if not (clause.has_predicate or clause.too or clause.only):
            clause.groups.clear()
        return
    for group in clause.groups:
        source.lend_days(group)


def _carry_times(previous: Clause, clause: Clause) -> None:
    """周三晚上有空，周五也有空 / Tuesday evening works, Thursday too: days alone, said "too", take those times."""
    if clause.too and not clause.other and previous.groups and clause.groups:
        clause.echoes = _borrow_times([previous.groups[-1], *clause.groups]) or bool(previous.groups[-1].times)


def _lend_refusal(previous: Clause, clause: Clause) -> None:
    """下周 I'm in Shanghai for work，不在哈: a bare 不在 after dates said with no predicate is about those dates."""
    bare = not (clause.groups or clause.dated or clause.other or clause.excepted)
    if bare and (clause.leave_word or clause.negative) and previous.dated and not previous.has_predicate:
        previous.leave_word, previous.negative = clause.leave_word, clause.negative


def _for_the_rest_of_the_week(previous: Clause, clause: Clause) -> None:
    """From Thursday I'm out for the rest of the week: the rest of the week says how long the leave lasts."""
    if clause.rest_of_week and not (clause.has_predicate or clause.groups or clause.dated) and (
            previous.leave_word or previous.negative):
        previous.rest_of_week, clause.rest_of_week, clause.other = True, False, False


def _refuse_again(previous: Clause, clause: Clause) -> None:
    """周五晚上去掉吧，最近周五老加班: a refusal of a day just refused at some times gives the reason for those times."""
    if not (previous.negative and clause.negative) or clause.dated or clause.other:
        return
    for group in clause.groups:
        source = next((said for said in previous.groups if said.times and group.days and group.days <= said.days), None)
        if source is not None and not group.times:
            group.times = list(source.times)


def _said_again(earlier: Sequence[Clause], clause: Clause) -> None:
    """…Sunday only as a backup — my mum visits on Sundays: days already named, said again with nothing of their
    own, give a reason."""
    if clause.has_predicate or clause.other or clause.dated or clause.too or clause.only or not clause.groups:
        return
    named = frozenset().union(*(group.days for said in earlier[-_LOOK_BACK:] for group in said.groups))
    if all(group.days and not group.times and group.days <= named for group in clause.groups):
        clause.groups.clear()


def _reason_for_exception(previous: Clause, clause: Clause) -> None:
    """每天 evening 都行 except 周四, 周四要上 yoga 课: the day just excepted, named again with nothing said of it,
    is the reason."""
    excepted = frozenset().union(*(group.days for group in previous.excepted))
    if not excepted or clause.has_predicate or clause.other or clause.dated:
        return
    if clause.groups and all(group.days and not group.times and group.days <= excepted for group in clause.groups):
        clause.groups.clear()


def _carry_week(previous: Clause, clause: Clause) -> None:
    """下周我回老家，整周都不在: days taken off right after a week was named are in that week."""
    if previous.weeks and not clause.dated and (clause.leave_word or clause.negative) and clause.groups:
        clause.weeks = list(previous.weeks)
        clause.recurring = False


def _narrow(earlier: Sequence[Clause], clause: Clause) -> None:
    """A clause about days already named says something about those days within what was said for them.

    周一三五晚上都可以，周五最好 prefers Friday *evening*; 周末都行，不过周日只能下午 keeps Saturday and makes
    Sunday the afternoon only; 周一到周五随时可以，周五只能六点以后 is Friday from 18:00. A level or "only" with
    bare days takes the times said before (周一到周五晚上都可以，周三除外，周五当替补 reaches back past 周三除外);
    "only" or a clock time within them replaces them for those days.
    """
    previous = earlier[-1]
    if clause.other or clause.dated or clause.too or clause.negative or clause.leave_word or previous.other:
        return
    said_before = [group for said in reversed(earlier[-_LOOK_BACK:]) if not said.other
                   for group in reversed(said.groups)]
    for group in clause.groups:
        source = next((said for said in said_before
                       if group.days and (said.days or said.times) and group.days <= said.day_set(ALL_DAYS)), None)
        if source is None:
            continue
        if not group.times and (clause.levels or clause.only) and source.times:
            group.times = list(source.times)
            clause.narrows |= group.days
        elif group.times and (clause.only or _within(group.times, source.times)):
            group.times = _clipped(group.times, source.times)
            clause.narrows |= group.days


def _within(times: Sequence[TimeSpec], frame: Sequence[TimeSpec]) -> bool:
    """Clock times that fall inside the times said before (或 the whole day when none were)."""
    spans = [time for time in times if isinstance(time, ClockSpan)]
    return bool(spans) and len(spans) == len(times) and all(_overlap(span, frame) for span in spans)


def _overlap(span: ClockSpan, frame: Sequence[TimeSpec]) -> bool:
    return not frame or any(span.start < high and low < span.end for low, high in map(_window, frame))


def _clipped(times: Sequence[TimeSpec], frame: Sequence[TimeSpec]) -> list[TimeSpec]:
    """Clock times cut to the times said before: 三点以后 inside 下午 is 15:00–19:00."""
    if not frame:
        return list(times)
    clipped: list[TimeSpec] = []
    for time in times:
        if not isinstance(time, ClockSpan):
            clipped.append(time)
            continue
        for low, high in map(_window, frame):
            start, end = max(time.start, low), min(time.end, high)
            if start < end:
                clipped.append(ClockSpan(start, end))
    return clipped or list(times)


def _window(time: TimeSpec) -> tuple[int, int]:
    return time.part.window if isinstance(time, SlotPart) else (time.start, time.end)


def _borrow_times(groups: Sequence[Group]) -> bool:
    """Days without times after a group with both take its times; whether any did."""
    borrowed = False
    for source, group in zip(groups, groups[1:], strict=False):
        if source.complete and group.has_days and not group.times:
            group.times = list(source.times)
            borrowed = True
    return borrowed


def build_clause(tokens: Sequence[Token]) -> Clause:
    """Read one clause: days and times into groups, 除了/except into excepted groups, and its predicates."""
    clause = Clause()
    main, excepted = GroupBuilder(clause.groups), GroupBuilder(clause.excepted)
    excepting = False
    sealed = (0, 0)
    """How many groups and dates were named before the last joined fragment began."""
    for index, token in enumerate(tokens):
        kind = token.kind
        if kind is Kind.DAYS and len(token.value) == _WHOLE_WEEK:
            excepting = False
        if kind in _GROUPED:
            listed = index > 0 and tokens[index - 1].kind is Kind.LIST
            (excepted if excepting else main).add(token, _next_content(tokens, index), listed)
        elif kind is Kind.EXCEPT:
            excepting = True
        elif kind is Kind.SPAN and excepting:
            clause.excepted_spans.append(token.value)
        elif kind is Kind.EXCEPT_POST and not excepting:
            _except_so_far(clause, *sealed)
        else:
            excepting = excepting and kind not in _ENDS_EXCEPTION
            if kind is Kind.BREAK:
                main.seal()
                sealed = (len(clause.groups), len(clause.spans))
            if not _only_of_days(tokens, index):
                _note(clause, token)
    if clause.too:
        clause.echoes = _borrow_times(clause.groups)
    _narrow_within(clause)
    _bound_the_pattern(clause)
    return clause


def _only_of_days(tokens: Sequence[Token], index: int) -> bool:
    """晚上只有周四: "only" between times and the days they are for picks the days, and leaves the times be."""
    return (tokens[index].kind is Kind.ONLY and _kind_at(tokens, index + 1) is Kind.DAYS
            and any(token.kind is Kind.TIME for token in tokens[:index])
            and not any(token.kind is Kind.DAYS for token in tokens[:index]))


def _narrow_within(clause: Clause) -> None:
    """下午周一到周五，周三只能三点以后 read as one clause: the later, narrower days keep the earlier frame, cut to
    their own clock times, and the earlier group lets go of them."""
    for index, later in enumerate(clause.groups):
        for earlier in clause.groups[:index]:
            if not (later.days and later.days < earlier.days and earlier.times):
                continue
            if _within(later.times, earlier.times) or (clause.only and _parts_inside(later.times, earlier.times)):
                later.times = _clipped(later.times, earlier.times)
                earlier.days = earlier.days - later.days


def _parts_inside(times: Sequence[TimeSpec], frame: Sequence[TimeSpec]) -> bool:
    """Saturday 全天, Sunday 只有 morning: parts of the day that lie inside the ones said before."""
    windows = [_window(time) for time in frame]
    return bool(times) and all(any(low <= _window(time)[0] and _window(time)[1] <= high for low, high in windows)
                               for time in times)


def _bound_the_pattern(clause: Clause) -> None:
    """A pattern with dates around it runs between them, rather than being leave on them: "until Dec 23"
    ends it, and 12/15–1/15 每周日下午 (every Sunday in a long span) runs from the first date to the last."""
    if clause.negative or clause.leave_word:
        return
    bounded = {bound.span for bound in clause.bounds if bound.span is not None}
    clause.spans = [span for span in clause.spans if span not in bounded]
    long_spans = [span for span in clause.spans if (span.end - span.start).days >= _LONGEST_SPAN_FOR_DAYS]
    if clause.recurring and long_spans and any(group.has_days for group in clause.groups):
        clause.bounds += [Bound(start=span.start, end=span.end, exact=True) for span in long_spans]
        clause.spans = [span for span in clause.spans if span not in long_spans]


def _except_so_far(clause: Clause, groups: int, spans: int) -> None:
    """周三除外, 12月26号除外: what the clause has named so far is taken out; in a clause joined from fragments
    (每周二下午，12月8号那天除外) only what its last fragment named."""
    if len(clause.groups) == groups and len(clause.spans) == spans:
        groups = spans = 0
    clause.excepted.extend(clause.groups[groups:])
    del clause.groups[groups:]
    clause.excepted_spans.extend(clause.spans[spans:])
    del clause.spans[spans:]


def _note(clause: Clause, token: Token) -> None:
    """Record a predicate, a date or a marker on the clause."""
    match token.kind:
        case Kind.POS:
            clause.positive = True
        case Kind.NEG:
            clause.negative = True
        case Kind.LEAVE:
            clause.leave_word = True
        case Kind.LEVEL:
            clause.levels.add(token.value)
        case Kind.SPAN:
            clause.spans.append(token.value)
        case Kind.WEEK:
            clause.weeks.append(token.value)
        case Kind.OTHER:
            clause.other = True
        case Kind.ONLY:
            clause.only = True
        case Kind.EVERY:
            clause.recurring = True
        case Kind.ONE_OFF:
            clause.one_off = True
        case Kind.REST_OF_WEEK:
            clause.rest_of_week = True
        case Kind.ASIDE:
            clause.aside = True
        case Kind.TOO:
            clause.too = True
        case Kind.BOUND:
            clause.bounds.append(token.value)
        case Kind.DURATION if token.value is not None:
            clause.durations.append(token.value)


def _next_content(tokens: Sequence[Token], index: int) -> Kind | None:
    """Whether days or a time come next in the same fragment."""
    for token in tokens[index + 1:]:
        if token.kind is Kind.BREAK:
            return None
        if token.kind in (Kind.DAYS, Kind.TIME):
            return token.kind
    return None


def _kind_at(tokens: Sequence[Token], index: int) -> Kind | None:
    return tokens[index].kind if 0 <= index < len(tokens) else None
