"""Properties that hold for any input: no exceptions, same answer twice, well-formed output."""

from __future__ import annotations

from datetime import date, time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coordinator.availability.parser import ParseResult, parse_availability, read
from coordinator.availability.parser.lexicon import vocabulary
from coordinator.core.week import DAYS, DEFAULT_SLOTS, DutySlot, Level, slot_key

CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
PUNCTUATION = st.sampled_from(list("，。、；：！？（）～—–-~/&,.;:!?() \n\t\u3000"))
ANY_TEXT = st.text(st.one_of(st.characters(), CJK, PUNCTUATION), max_size=200)
NUMBERS = st.sampled_from(
    ["9", "1", "12", "19:00", "7pm", "九点", "十点半", "两点", "12月3号", "Dec 21", "3/15", "15号", "日"]
)
WORDS = st.sampled_from(vocabulary())
LEXICON_TEXT = st.lists(st.one_of(WORDS, NUMBERS, PUNCTUATION), max_size=25).map("".join)
SPACED_LEXICON_TEXT = st.lists(st.one_of(WORDS, NUMBERS), max_size=25).map(" ".join)
MESSAGES = st.one_of(ANY_TEXT, LEXICON_TEXT, SPACED_LEXICON_TEXT)
REF_DATES = st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31))
SLOT_SETS = st.sampled_from(
    [
        DEFAULT_SLOTS,
        (DutySlot("day", time(10), time(16)), DutySlot("night", time(16), time(22))),
        (DutySlot("morning", time(8), time(12)), DutySlot("evening", time(18), time(21, 30))),
    ]
)
FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check_shape(result: ParseResult, slots: tuple[DutySlot, ...]) -> None:
    valid_keys = {slot_key(day, slot.name) for day in DAYS for slot in slots}
    assert set(result.slots) <= valid_keys
    assert all(isinstance(level, Level) for level in result.slots.values())
    assert all(period.start <= period.end for period in result.leave)
    if not result.confident:
        assert result.slots == {}
        assert result.leave == ()


@FAST
@given(MESSAGES, REF_DATES, SLOT_SETS)
def test_never_raises_and_is_well_formed(text: str, ref: date, slots: tuple[DutySlot, ...]) -> None:
    result = read(text, ref, slots)
    _check_shape(result, slots)
    assert isinstance(result.as_json("en")["summary"], str)


@FAST
@given(MESSAGES, REF_DATES)
def test_deterministic(text: str, ref: date) -> None:
    assert parse_availability(text, ref) == parse_availability(text, ref)
    assert parse_availability(text, ref).as_json() == parse_availability(text, ref).as_json()


@FAST
@given(st.dates(), st.text(max_size=50))
def test_any_reference_date(ref: date, text: str) -> None:
    _check_shape(read(text + " 下周请假 明天 12月31日到1月2日", ref), DEFAULT_SLOTS)


def test_long_junk_and_control_characters() -> None:
    junk = "".join(chr(code) for code in range(0, 0x3000, 3)) * 3
    for text in (junk[:10_000], "\x00\x1b[31m周一\x7f晚上\u200b可以", "\ud800", "9" * 5000, "周一" * 5000):
        _check_shape(read(text, date(2026, 11, 23)), DEFAULT_SLOTS)


def test_long_layouts_are_read_without_error() -> None:
    """Headers, tables, emoji and dashes repeated for pages (their timing is in bench/parser_long_input.py)."""
    for unit in ("晚上：周一、", "周二 上午\n", "Mon | Tue\n", "😀周三", "周五8点，", "上午 下午 晚上\n周一 ✓ ✗ ✓\n", "a - b ",
                 "六日上 ", "周一晚上（要上课）", "周二晚上可以，因为白天要上班，"):
        _check_shape(read(unit * (5_000 // len(unit)), date(2026, 11, 23)), DEFAULT_SLOTS)
