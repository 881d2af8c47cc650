"""The tokens the scanner produces and the reductions rewrite, with the values they carry."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum, auto
from typing import Any


class Kind(Enum):
    """What a token means to the grammar."""

    DAYS = auto()  # frozenset[int] of weekday indexes, Monday = 0
    SOFT_DAYS = auto()  # 平时: the weekdays, unless other days are named alongside
    SAME_DAYS = auto()  # the same days / 同样的几天: the days named just before, with times of their own
    SAME_AS = auto()  # 周五同周一 / Thu 同 Tue: frozenset[int], the days whose times the days before it take
    NUM = auto()  # Numeral
    PART = auto()  # Part of the day
    CLOCK = auto()  # Clock
    TIME = auto()  # TimeSpec, after clock reduction
    DATE = auto()  # MonthDay, CalendarMonth or date, before date reduction
    SPAN = auto()  # DateRange, after date reduction
    WEEK = auto()  # int: 0 this week, 1 next week
    WEEK_OF = auto()  # the week of / 那周: the week that holds the date beside it
    RELDAY = auto()  # int: 0 today, 1 tomorrow
    REST_OF_WEEK = auto()  # the rest of the week: to Sunday
    ONE_OFF = auto()  # 那天 / 当天: the weekday beside it is the coming one, not every week
    MONTH = auto()  # int: 0 this month, 1 next month
    DURATION = auto()  # 三天 / three days: a length, not a position in time
    RANGE = auto()  # 到 / to / –
    UNTIL = auto()  # until: a range connector, or "before" when it leads
    LIST = auto()  # 和 / and / 、
    COMMA = auto()
    COLON = auto()  # a header's colon (晚班：1、3、5), read by the layout
    STOP = auto()
    FROM = auto()
    AFTER = auto()
    BEFORE = auto()
    LEVEL = auto()  # Level.STANDBY or Level.PREFERRED
    POS = auto()
    NEG = auto()
    LEAVE = auto()
    OTHER = auto()
    EXCEPT = auto()  # 除了 / except: what follows is taken out
    EXCEPT_END = auto()  # 外: closes 除了
    EXCEPT_POST = auto()  # 除外 / 以外: closes 除了, or on its own takes out what came before
    ONLY = auto()  # 只有 / only: with a refusal, everything else is fine
    CONTRAST = auto()  # 不过 / but: starts a new clause, or means "except" before bare days
    ALSO = auto()  # 另外 / 还有: starts a new clause
    SO = auto()  # 所以 / so: starts a clause that draws a conclusion, with days of its own or none
    TOO = auto()  # 也 / too: the days of this clause go with the times of the one before
    EVERY = auto()
    VAGUE = auto()
    QUESTION = auto()
    CHAT = auto()
    ASIDE = auto()  # see you / thanks / 其他时间正常: without a predicate, its clause states nothing to record
    BREAK = auto()  # where two fragments were joined into one clause
    BECAUSE = auto()  # 因为 / because: what one does right after it is a reason, not a refusal
    BOUND = auto()  # Bound: when a pattern starts (12月15日以后, from Dec 15) or ends (until Dec 23)

    __hash__ = object.__hash__  # members are singletons; Enum's own hash is slow in the scanner's hot loops


class Meridiem(Enum):
    """How a part of the day reads a bare hour such as 九点."""

    AM = auto()
    NOON = auto()
    PM = auto()
    NIGHT = auto()


@dataclass(frozen=True, slots=True)
class Part:
    """A named part of the day: 上午, evening, 中午, 白天 …"""

    name: str
    slot_names: frozenset[str]
    window: tuple[int, int]
    meridiem: Meridiem | None


@dataclass(frozen=True, slots=True)
class Clock:
    """A time of day as written; ``fixed`` when it needs no am/pm guess (19:00, 9pm, noon)."""

    hour: int
    minute: int = 0
    fixed: bool = False


@dataclass(frozen=True, slots=True)
class Numeral:
    """A bare number; ``day_digit`` when it is a single Chinese digit that can name a weekday (一, 三, 日)."""

    value: int
    day_digit: bool = False


@dataclass(frozen=True, slots=True)
class MonthDay:
    """A calendar date as written, with the parts that were left out as None."""

    day: int
    month: int | None = None
    year: int | None = None


@dataclass(frozen=True, slots=True)
class CalendarMonth:
    """A whole month named without a day: 12月份, December."""

    month: int


@dataclass(frozen=True, slots=True)
class NewYearDay:
    """A day counted from the Spring Festival (农历正月初一): 除夕 is -1, 初一 0, 初三 2."""

    offset: int


@dataclass(frozen=True, slots=True)
class ClockSpan:
    """Minutes since midnight, end exclusive: 19:00–22:00 is (1140, 1320)."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class SlotPart:
    """A part of the day that names whole slots (晚上 means the evening slot, whatever its hours)."""

    part: Part


@dataclass(frozen=True, slots=True)
class Bound:
    """A date that bounds a weekly pattern; ``span`` is the leave it would be instead, if any."""

    start: date | None = None
    end: date | None = None
    span: Any = None


@dataclass(frozen=True, slots=True)
class Duration:
    """How long something lasts: 两周 is 14 days, 一个月 one month; nothing for hours."""

    days: int = 0
    months: int = 0


TimeSpec = ClockSpan | SlotPart


def window(time: TimeSpec) -> tuple[int, int]:
    """The minutes of the day a time covers: a clock span's own, or its part of the day's."""
    return time.part.window if isinstance(time, SlotPart) else (time.start, time.end)


DateRef = MonthDay | CalendarMonth | NewYearDay | date


@dataclass(frozen=True, slots=True)
class Token:
    """One unit of meaning; what ``value`` holds depends on ``kind`` (see :class:`Kind`)."""

    kind: Kind
    value: Any = None


def kind_at(tokens: Sequence[Token], index: int) -> Kind | None:
    """The kind of the token at ``index``, or None outside the list."""
    return tokens[index].kind if 0 <= index < len(tokens) else None


Match = tuple[int, tuple[Token, ...]]  # what a reader returns: where its match ends, and the tokens read
