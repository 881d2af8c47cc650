"""Weeks as people name them: an ISO label, a date in the week, or 下周 / next week."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coordinator.core.week import iso_week_label, read_week

TODAY = date(2026, 12, 1)  # a Tuesday in 2026-W49


@pytest.mark.parametrize(("text", "week"), [
    ("2026-W49", "2026-W49"), ("2026w50", "2026-W50"), (" 2026 - W 1 ", "2026-W01"), ("2026-12-07", "2026-W50"),
    ("2026/12/13", "2026-W50"), ("2027-01-01", "2026-W53"), ("下周", "2026-W50"), ("next week", "2026-W50"),
    ("Next  Week", "2026-W50"), ("本周", "2026-W49"), ("this week", "2026-W49"), ("下下周", "2026-W51"),
    ("上周", "2026-W48"),
])
def test_the_ways_people_name_a_week(text: str, week: str) -> None:
    assert iso_week_label(read_week(text, TODAY)) == week


@pytest.mark.parametrize("text", ["2026-W99", "2026-W00", "2025-W53", "2026-13-01", "2026-02-30", "W49", "明年",
                                  "9999999-W01", "", "2026-W4 9"])
def test_anything_else_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        read_week(text, TODAY)


@given(st.text(max_size=60))
def test_any_text_is_a_week_or_a_value_error(text: str) -> None:
    try:
        monday = read_week(text, TODAY)
    except ValueError:
        return
    assert monday.weekday() == 0
