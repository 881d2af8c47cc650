"""Read each clause's tokens into its days and times, its dates, its level, and whether it says no."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import timedelta

from coordinator.core.week import DateRange, Level

from .calendar_dates import lasting
from .fragments import PREDICATES
from .groups import Group, GroupBuilder
from .lexicon import AFTERNOON, DOING, EVENING, FROM_NOW, MORNING, PLUS, SAME, STORY
from .tokens import Bound, ClockSpan, Duration, Kind, SlotPart, TimeSpec, Token, kind_at, window

_LONGEST_SPAN_FOR_DAYS = 7
_WHOLE_WEEK = 7
"""每天 after 除了周二 is what is left, not more days taken out."""
_GROUPED = frozenset({Kind.DAYS, Kind.SOFT_DAYS, Kind.TIME})
_FRAMES_BACK = 8
"""How many groups back a later group of one clause may find the frame it narrows."""
_ENDS_EXCEPTION = PREDICATES | {Kind.EXCEPT_END, Kind.EXCEPT_POST, Kind.BREAK}



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
    same_as: frozenset[int] = frozenset()
    """周五同周一: the days whose times this clause's days take."""
    standing: bool = False
    """Said "from now on" (以后周三晚上都不行了): a change to the standing week, whatever week came before."""
    aside: bool = False
    same_again: bool = False
    """照旧 / 其他不变 / as usual: the week as it stands is kept, apart from what the message changes."""
    too: bool = False
    adds: bool = False
    """也加上 / 加进来 / please add: the times are said to be added to the week."""
    also: bool = False
    """The clause opened with 另外 / also."""
    echoes: bool = False
    """Its days took times said before in the same message (周五也有空, 周六一样的时间): part of one statement."""
    durations: list[Duration] = field(default_factory=list)
    bounds: list[Bound] = field(default_factory=list)
    """Dates the weekly pattern starts or ends on (12月15日以后, until Dec 23)."""
    narrows: frozenset[int] = frozenset()
    """Days said before whose times this clause restates (周日只能下午 after 周末都行): it replaces them."""
    refuses_outright: bool = False
    """A refusal other than what one does instead (不行 / can't, not 上课 / choir practice)."""
    refuses_plainly: bool = False
    """A refusal other than a story of the time: what one does, or being busy (下周 busy)."""

    @property
    def times_for_no_days(self) -> bool:
        """Names times and no days (下午也行 / afternoons): the days are to be found around it."""
        return bool(self.groups) and all(group.times and not group.has_days for group in self.groups)

    @property
    def only_reasons(self) -> bool:
        """Refuses only by naming what one does instead: often the reason for what is said around it."""
        return self.negative and not self.refuses_outright

    @property
    def days_named(self) -> frozenset[int]:
        """Every day its groups name, together (周一、周三晚上 is Monday and Wednesday)."""
        return frozenset().union(*(group.days for group in self.groups))

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


def within(times: Sequence[TimeSpec], frame: Sequence[TimeSpec]) -> bool:
    """Clock times that fall inside the times said before (或 the whole day when none were)."""
    spans = [time for time in times if isinstance(time, ClockSpan)]
    return bool(spans) and len(spans) == len(times) and all(_overlap(span, frame) for span in spans)


def overlaps(times: Sequence[TimeSpec], frame: Sequence[TimeSpec]) -> bool:
    """Whether any of the times falls in the frame (every time does when no frame was said)."""
    return not frame or any(low < high_frame and low_frame < high for low, high in map(window, times)
                            for low_frame, high_frame in map(window, frame))


def _overlap(span: ClockSpan, frame: Sequence[TimeSpec]) -> bool:
    return not frame or any(span.start < high and low < span.end for low, high in map(window, frame))


_SLOTS = (MORNING, AFTERNOON, EVENING)


def clipped(times: Sequence[TimeSpec], frame: Sequence[TimeSpec]) -> list[TimeSpec]:
    """Clock times cut to the times said before: 三点以后 inside 下午 is 15:00–19:00."""
    if not frame:
        return list(times)
    clipped: list[TimeSpec] = []
    for time in times:
        if not isinstance(time, ClockSpan):
            clipped.append(time)
            continue
        for low, high in map(window, frame):
            start, end = max(time.start, low), min(time.end, high)
            if start < end and ClockSpan(start, end) not in clipped:
                clipped.append(ClockSpan(start, end))
    return clipped or list(times)


def borrow_times(groups: Sequence[Group]) -> bool:
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
    upcoming = _next_contents(tokens)
    for index, token in enumerate(tokens):
        kind = token.kind
        if kind is Kind.DAYS and len(token.value) == _WHOLE_WEEK:
            excepting = False
        if kind in _GROUPED:
            listed = _listed(tokens, index)
            (excepted if excepting else main).add(token, upcoming[index], listed)
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
    if clause.negative and (_reason_then_offer(tokens) or _offer_then_reason(clause, tokens)):
        clause.negative = False
    if clause.negative and clause.groups and _refused_unless_needed(tokens):
        clause.negative = clause.refuses_outright = clause.one_off = False
    if clause.too:
        clause.echoes = borrow_times(clause.groups)
    narrow_within(clause)
    if clause.only:
        _one_slot_narrowed(clause)
    if clause.excepted and len(clause.groups) > 1:
        _excepted_of_the_last_days(clause, tokens)
    _bound_the_pattern(clause)
    return clause


def _refused_unless_needed(tokens: Sequence[Token]) -> bool:
    """周日最好别排 除非实在缺人 / 周二尽量别排 实在缺人再叫我 / 周五 if needed 才排 那天下夜班: days refused but for a
    shortage, or given as backup beside what one does, are standby (not 实在缺人也不行, refused even then)."""
    refusals = [at for at, token in enumerate(tokens) if token.kind is Kind.NEG]
    standby = [at for at, token in enumerate(tokens)
               if token.kind is Kind.LEVEL and token.value is Level.STANDBY]
    if not (refusals and standby):
        return False
    only_doing = all(tokens[at].value == DOING for at in refusals)
    return only_doing or min(standby) > max(refusals)


def _excepted_of_the_last_days(clause: Clause, tokens: Sequence[Token]) -> None:
    """Sat 全天，Sun 同上 except morning: times excepted for no days, after the last of several days named, are
    excepted from that day only."""
    excepting = max((at for at, token in enumerate(tokens) if token.kind is Kind.EXCEPT), default=-1)
    named = max((at for at, token in enumerate(tokens) if token.kind is Kind.DAYS), default=-1)
    last = clause.groups[-1]
    if named < 0 or excepting < named or not last.days:
        return
    for group in clause.excepted:
        if not group.has_days and group.times:
            last.lend_days(group)


def _one_slot_narrowed(clause: Clause) -> None:
    """周三全天，不过上午只能待到11点 / 周四全天，但晚上只能到九点: one part of the day with clock times and no
    days, said "only", inside the slots just offered for days, is that slot's hours on those days; the other
    slots stay."""
    for previous, group in zip(clause.groups, clause.groups[1:], strict=False):
        parts = [spec.part for spec in group.times if isinstance(spec, SlotPart)]
        spans = [spec for spec in group.times if isinstance(spec, ClockSpan)]
        offered = [spec.part for spec in previous.times if isinstance(spec, SlotPart)]
        one_slot = len(parts) == 1 and len(parts[0].slot_names) == 1
        if (not previous.days or group.has_days or not spans or not one_slot
                or len(offered) != len(previous.times) or not all(map(previous.takes_in, group.times))):
            continue
        kept = frozenset().union(*(part.slot_names for part in offered)) - parts[0].slot_names
        previous.times = [SlotPart(part) for part in _SLOTS if part.slot_names <= kept]
        group.times = clipped(spans, [SlotPart(parts[0])])
        previous.lend_days(group)


def _offer_then_reason(clause: Clause, tokens: Sequence[Token]) -> bool:
    """Weekday evenings work for me except Tuesdays (choir practice): what one does instead, after an offer
    or an exception, is why something is left out, not a refusal of its own."""
    said = next((token for token in tokens if token.kind in PREDICATES), None)
    return clause.only_reasons and (bool(clause.excepted) or (said is not None and said.kind is Kind.POS))


def _reason_then_offer(tokens: Sequence[Token]) -> bool:
    """周六上午十点到十二点，送完娃上兴趣班正好有个空档: after the times, a reason to be busy and then an offer
    (the last word) tell why the time is free; the refusal is the reason's, not the times'."""
    last_content = max((index for index, token in enumerate(tokens) if token.kind in _GROUPED), default=-1)
    said = [token for token in tokens[last_content + 1:] if token.kind in PREDICATES]
    return last_content >= 0 and len(said) >= 2 and said[0].kind is Kind.NEG and said[0].value == DOING and (
        said[-1].kind is Kind.POS and said[-1].value is None)


def _only_of_days(tokens: Sequence[Token], index: int) -> bool:
    """晚上只有周四: "only" between times and the days they are for picks the days, and leaves the times be."""
    return (tokens[index].kind is Kind.ONLY and kind_at(tokens, index + 1) is Kind.DAYS
            and any(token.kind is Kind.TIME for token in tokens[:index])
            and not any(token.kind is Kind.DAYS for token in tokens[:index]))


def narrow_within(clause: Clause) -> None:
    """下午周一到周五，周三只能三点以后 / 周四下午，周四那天要四点以后 read as one clause: the later days, as narrow
    or narrower, keep the earlier frame, cut to their own clock times, and the earlier group lets go of them."""
    let_go: set[int] = set()
    for index, later in enumerate(clause.groups):
        for earlier in clause.groups[max(0, index - _FRAMES_BACK):index]:
            if not (later.days and earlier.times) or id(earlier) in let_go:
                continue
            same_days = later.days == earlier.days and all(isinstance(time, SlotPart) for time in earlier.times)
            if not (later.days < earlier.days or same_days):
                continue
            if within(later.times, earlier.times) or (clause.only and _parts_inside(later.times, earlier.times)):
                later.times = clipped(later.times, earlier.times)
                earlier.days = earlier.days - later.days
                if not earlier.days:
                    let_go.add(id(earlier))
    clause.groups = [group for group in clause.groups if id(group) not in let_go]


def _parts_inside(times: Sequence[TimeSpec], frame: Sequence[TimeSpec]) -> bool:
    """Saturday 全天, Sunday 只有 morning: parts of the day that lie inside the ones said before."""
    windows = [window(time) for time in frame]
    return bool(times) and all(any(low <= window(time)[0] and window(time)[1] <= high for low, high in windows)
                               for time in times)


def _bound_the_pattern(clause: Clause) -> None:
    """A pattern with dates around it runs between them, rather than being leave on them: "until Dec 23"
    ends it, and 12/15–1/15 每周日下午 (every Sunday in a long span, or weekdays in a span of weeks: this month
    周三下午) runs from the first date to the last."""
    if clause.negative or clause.leave_word:
        return
    bounded = {bound.span for bound in clause.bounds if bound.span is not None}
    clause.spans = [span for span in clause.spans if span not in bounded]
    starts = [bound.start for bound in clause.bounds if bound.start]
    clause.spans = [span for span in clause.spans if not any(span.start <= start <= span.end for start in starts)]
    long_spans = [span for span in clause.spans if (span.end - span.start).days >= _LONGEST_SPAN_FOR_DAYS]
    weeks_long = any((span.end - span.start).days >= 2 * _LONGEST_SPAN_FOR_DAYS for span in long_spans)
    if (clause.recurring or weeks_long) and long_spans and any(group.has_days for group in clause.groups):
        clause.bounds += [Bound(start=span.start, end=span.end) for span in long_spans]
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
            clause.refuses_outright = clause.refuses_outright or token.value != DOING
            clause.refuses_plainly = clause.refuses_plainly or token.value not in STORY
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
            if isinstance(token.value, frozenset):
                clause.narrows |= token.value
        case Kind.EVERY:
            clause.recurring = True
            clause.standing = clause.standing or token.value == FROM_NOW
        case Kind.ONE_OFF:
            clause.one_off = True
        case Kind.SAME_AS:
            clause.same_as = token.value
        case Kind.REST_OF_WEEK:
            clause.rest_of_week = True
        case Kind.ASIDE:
            clause.aside = True
            clause.same_again = clause.same_again or token.value == SAME
        case Kind.TOO:
            clause.too = True
            clause.adds = clause.adds or token.value == PLUS
        case Kind.BOUND:
            clause.bounds.append(token.value)
        case Kind.DURATION if token.value is not None:
            clause.durations.append(token.value)


def _listed(tokens: Sequence[Token], index: int) -> bool:
    """After 和 / and / or, also with "any" between (Tuesday afternoon or any evening Wed–Fri)."""
    before = kind_at(tokens, index - 1)
    return before is Kind.LIST or (before is Kind.EVERY and kind_at(tokens, index - 2) is Kind.LIST)


def _next_contents(tokens: Sequence[Token]) -> list[Kind | None]:
    """For each token, whether days or a time come next in the same fragment (one pass from the end)."""
    upcoming: list[Kind | None] = [None] * len(tokens)
    following: Kind | None = None
    for index in range(len(tokens) - 1, -1, -1):
        upcoming[index] = following
        kind = tokens[index].kind
        if kind is Kind.BREAK:
            following = None
        elif kind in (Kind.DAYS, Kind.TIME):
            following = kind
    return upcoming
