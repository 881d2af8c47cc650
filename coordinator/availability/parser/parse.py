"""The whole pipeline: scan, resolve dates, days and times, cut into clauses, and interpret."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date

from coordinator.core.week import DEFAULT_SLOTS, DutySlot

from .assemble import interpret
from .clauses import clauses
from .clock import reduce_times
from .dates import pin_weeks, reduce_dates
from .days import reduce_days
from .result import ParseResult
from .scanner import scan
from .tokens import Kind

logger = logging.getLogger(__name__)

_DOUBT = frozenset({Kind.VAGUE, Kind.QUESTION, Kind.CHAT})
_LOGGED_CHARACTERS = 200


def parse_availability(text: str, ref_date: date, slots: Sequence[DutySlot] = DEFAULT_SLOTS) -> ParseResult:
    """What a volunteer's message says about their week; never raises, says "not confident" instead."""
    duty_slots = tuple(slots)
    try:
        return read(text, ref_date, duty_slots)
    except Exception:
        logger.exception("the availability parser failed on %r", text[:_LOGGED_CHARACTERS])
        return ParseResult.unclear(duty_slots)


def read(text: str, ref_date: date, duty_slots: tuple[DutySlot, ...] = DEFAULT_SLOTS) -> ParseResult:
    """The parser itself, without the safety net of :func:`parse_availability`."""
    tokens = scan(text)
    tokens = reduce_dates(tokens, ref_date)
    tokens = pin_weeks(reduce_days(tokens), ref_date)
    tokens = reduce_times(tokens, duty_slots)
    if any(token.kind in _DOUBT for token in tokens):
        return ParseResult.unclear(duty_slots)
    reading = interpret(clauses(tokens), ref_date, duty_slots)
    if reading is None:
        return ParseResult.unclear(duty_slots)
    return ParseResult(reading.slots, reading.leave, True, duty_slots)
