"""The whole pipeline: scan, resolve dates, days and times, cut into clauses, and interpret."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from coordinator.core.week import DEFAULT_SLOTS, DutySlot

from .assemble import Reading, Week, interpret
from .brackets import narrowed_in_brackets
from .clock import reduce_times
from .corrections import without_taken_back
from .dates import agree_weekdays, pin_weeks, reduce_dates
from .days import both_days, reduce_days
from .doubts import sort_parts
from .layout import read_headers, without_dated_header
from .lexicon import NO_SUCH_DATE, SAME, STORY
from .limits import read_limit
from .links import clauses
from .month_end import bounded_by_month_end
from .reasons import without_reasons
from .result import Mode, ParseResult
from .simplified import simplified
from .tables import rewrite_tables
from .tokens import Kind, Token

logger = logging.getLogger(__name__)

_DOUBT = frozenset({Kind.VAGUE, Kind.QUESTION})
"""Left in the clear parts only when a hedge or question could not be set apart: then the bot asks."""
_LOGGED_CHARACTERS = 60
_SAYING = frozenset({Kind.POS, Kind.NEG, Kind.LEAVE})
_WHEN = frozenset({Kind.DAYS, Kind.SOFT_DAYS, Kind.TIME, Kind.BOUND, Kind.OTHER})
_FILLER = frozenset({Kind.COMMA, Kind.STOP, Kind.EVERY, Kind.RANGE, Kind.CONTRAST, Kind.SO})
_NOT_NAMING = frozenset({Kind.VAGUE, Kind.QUESTION, Kind.CONTRAST, Kind.EXCEPT, Kind.EXCEPT_POST, Kind.POS, Kind.NEG,
                         Kind.LEAVE, Kind.LEVEL, Kind.ONLY, Kind.OTHER})
"""What a hedged part says about the times it names, as opposed to the times themselves."""
_KEEPING = frozenset({Kind.ASIDE, Kind.WEEK, Kind.SPAN, Kind.BOUND, Kind.AFTER, Kind.POS, Kind.OTHER, Kind.TOO})


def parse_availability(text: str, ref_date: date, slots: Sequence[DutySlot] = DEFAULT_SLOTS) -> ParseResult:
    """What a volunteer's message says about their week; never raises, says "not confident" instead."""
    duty_slots = tuple(slots)
    try:
        return read(text, ref_date, duty_slots)
    except Exception:
        logger.exception("the availability parser failed on a message of %d characters", len(text))
        return ParseResult.not_understood(duty_slots)


def read(text: str, ref_date: date, duty_slots: tuple[DutySlot, ...] = DEFAULT_SLOTS) -> ParseResult:
    """The parser itself, without the safety net of :func:`parse_availability`."""
    text = narrowed_in_brackets(without_taken_back(rewrite_tables(simplified(text))))
    limit, text = read_limit(bounded_by_month_end(text, ref_date))
    parts = sort_parts(text)
    if not parts.about_availability:
        if _same_again(parts.tokens):
            return ParseResult({}, (), True, duty_slots, mode=Mode.KEEP, max_shifts=limit, unchanged=True)
        if limit:
            return ParseResult({}, (), True, duty_slots, mode=Mode.KEEP, max_shifts=limit, unclear=parts.hedged)
        return ParseResult.chatter(duty_slots)
    tokens = _reduced(parts.tokens, ref_date, duty_slots)
    if _doubtful(tokens):
        parts = parts.also_asking(lambda own: _doubtful(_reduced(own, ref_date, duty_slots)))
        tokens = _reduced(parts.tokens, ref_date, duty_slots)
    unsure_bound = any(_no_such_date(token) for token in tokens)
    if unsure_bound:
        tokens = [token for token in tokens if not _no_such_date(token)]
    reading = None if _doubtful(tokens) else interpret(clauses(tokens), ref_date, duty_slots)
    if reading is None and not parts.hedged and _keeps_the_week(tokens):
        return ParseResult({}, (), True, duty_slots, mode=Mode.KEEP, max_shifts=limit, unchanged=True)
    if reading is None:
        if limit:
            return ParseResult({}, (), True, duty_slots, mode=Mode.KEEP, max_shifts=limit,
                               unclear=parts.hedged or (_whole(parts.clear) if _names_when(tokens) else ()))
        return ParseResult.not_understood(duty_slots, parts.hedged or _whole(parts.clear))
    reading = _without_doubted(reading, parts.doubted, ref_date, duty_slots)
    mode = Mode.ADD if reading.adds and not parts.leads_with_doubt else None
    hours = {key: (_clock(start), _clock(end)) for key, (start, end) in (reading.hours or {}).items()}
    starts = reading.starts if reading.starts and reading.starts > ref_date else None
    unclear = (*parts.hedged, *_whole(parts.clear)) if unsure_bound else parts.hedged
    return ParseResult(reading.slots, reading.leave, True, duty_slots, mode=mode, hours=hours, max_shifts=limit,
                       starts=starts, ends=reading.ends, unclear=unclear, removed=reading.removed)


def _same_again(tokens: list[Token]) -> bool:
    """同上 / ditto, alone: the week stays as it was posted before."""
    said = [token for token in tokens if token.kind not in _FILLER]
    return bool(said) and all(token.kind is Kind.TOO and token.value == SAME for token in said)


def _doubtful(tokens: list[Token]) -> bool:
    return any(token.kind in _DOUBT and not _no_such_date(token) for token in tokens)


def _no_such_date(token: Token) -> bool:
    return token.kind is Kind.VAGUE and token.value == NO_SUCH_DATE


def _reduced(tokens: list[Token], ref: date, duty_slots: tuple[DutySlot, ...]) -> list[Token]:
    """Dates, days and times read from the scanned tokens."""
    tokens = read_headers(without_reasons(tokens))
    tokens = pin_weeks(agree_weekdays(reduce_days(reduce_dates(tokens, ref))), ref)
    if tokens and tokens[0].kind is Kind.SPAN:
        tokens = without_dated_header(tokens)
    return both_days(reduce_times(tokens, duty_slots))


def _without_doubted(reading: Reading, doubted: list[Token], ref: date, duty_slots: tuple[DutySlot, ...]) -> Reading:
    """周一到周五晚上，不过周五不一定: the slots a hedged part names are asked about, so they are not stored."""
    if not doubted or not reading.slots:
        return reading
    tokens = _reduced([token for token in doubted if token.kind not in _NOT_NAMING], ref, duty_slots)
    withheld = Week(duty_slots)
    for clause in clauses(tokens):
        if clause.groups and any(group.has_days for group in clause.groups):
            withheld.apply(replace(clause, positive=True))
    keys = set(withheld.as_slots())
    if not keys:
        return reading
    slots = {key: level for key, level in reading.slots.items() if key not in keys}
    hours = {key: span for key, span in (reading.hours or {}).items() if key not in keys}
    return replace(reading, slots=slots, hours=hours)


def _names_when(tokens: list[Token]) -> bool:
    """本周我最多值两个班，具体时间听从大家安排 / 年底天天加班，一周两次封顶 / 这个月一周一个班就好: beside a limit,
    words that name no day or time (or only the period the limit is for, or the days one is busy) are not asked
    about."""
    story = all(token.value in STORY for token in tokens if token.kind in _SAYING)
    return any(token.kind in _WHEN and not (story and token.kind is Kind.DAYS) for token in tokens)


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _keeps_the_week(tokens: list[Token]) -> bool:
    """照旧 / 老样子 / as usual said on its own (or of a week): nothing changes, and the bot says so."""
    said = [token for token in tokens if token.kind not in _FILLER]
    return any(token.kind is Kind.ASIDE and token.value == SAME for token in said) and all(
        token.kind in _KEEPING or (token.kind is Kind.NEG and token.value in STORY) for token in said)


def _whole(text: str) -> tuple[str, ...]:
    quoted = text.strip()[:_LOGGED_CHARACTERS]
    return (quoted,) if quoted else ()
