"""How a draft reads, piece by piece: slots named compactly, gaps grouped by their story, who is free."""

from __future__ import annotations

from datetime import date

from coordinator.roster import views
from coordinator.roster.services import RosterView
from coordinator.settings import Settings

SLOTS = Settings().slots
NAMES = {"KF002": "小静", "KF003": "瓦蓝", "KF004": "阿甘"}


def nobody(day: str, slot: str) -> dict:
    return {"day": day, "slot": slot, "missing": 2, "below": "min", "candidates": [],
            "reasons": [{"code": "nobody_available", "volunteer": None, "params": {"day": day, "slot": slot}}]}


def test_slots_read_as_days_and_ranges() -> None:
    week = [(day, slot.name) for day in ("mon", "tue", "thu", "fri", "sat", "sun") for slot in SLOTS]
    span = [*week, ("wed", "morning"), ("wed", "afternoon")]
    assert views.slot_span(span, SLOTS, "zh") == "周一、周二、周四至周日 全天，周三 上午/下午"
    assert views.slot_span(span, SLOTS, "en") == "Mon, Tue, Thu–Sun all day; Wed Morning/Afternoon"
    assert views.slot_span([("fri", "evening"), ("mon", "evening")], SLOTS, "zh") == "周一、周五 晚上"


def test_gaps_with_the_same_story_share_a_line_and_keep_who_could_be_asked() -> None:
    leave = {"code": "on_leave", "volunteer": "KF002", "params": {"date": "2026-12-02"}}
    explanation = {"names": NAMES, "gaps": [
        nobody("mon", "morning"), nobody("mon", "evening"), nobody("tue", "morning"),
        {"day": "wed", "slot": "evening", "missing": 1, "below": "target", "reasons": [leave], "candidates": ["KF003"]},
    ]}
    assert views.gap_lines(explanation, SLOTS, "zh") == [
        "  周一 上午/晚上，周二 上午 缺 2 人（低于最低）：没有人有空",
        "  周三 晚上 缺 1 人（低于目标）：小静那天请假",
        "    可以问问：瓦蓝",
    ]
    assert views.gap_lines(explanation, SLOTS, "en")[0] == (
        "  Mon Morning/Evening; Tue Morning: 2 short (below minimum): nobody is available")


def test_standby_is_who_said_standby_and_the_others_are_also_free() -> None:
    explanation = {"names": NAMES, "free": {
        "wed:evening": [{"id": "KF003", "level": "available"}, {"id": "KF004", "level": "standby"}],
        "thu:evening": [{"id": "KF004", "level": "standby"}],
    }}
    assert views.free_lines(explanation, SLOTS, "zh") == [
        "机动（报了机动、没排上）：", "  周三、周四 晚上：阿甘", "也有空（没排上）：", "  周三 晚上：瓦蓝",
    ]


def test_a_draft_stored_before_levels_were_kept_calls_nobody_standby() -> None:
    explanation = {"names": NAMES, "standby": {"wed:evening": ["KF003", "KF004"]}}
    assert views.free_lines(explanation, SLOTS, "en") == ["Also free (not on the roster):", "  Wed Evening: 瓦蓝, 阿甘"]


def test_coverage_lists_slots_below_target_by_count_or_says_all_are_covered() -> None:
    settings = Settings(slot_target=1)
    everyone = tuple(("KF002", day, slot.name) for day in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
                     for slot in SLOTS)
    full = RosterView(date(2026, 11, 30), "draft", "OPTIMAL", {"names": NAMES}, (), everyone)
    assert views.coverage_lines(full, settings, "zh") == ["每个班都排到了目标人数（1 人）。"]
    short = RosterView(date(2026, 11, 30), "draft", "OPTIMAL", {"names": NAMES}, (), everyone[1:])
    assert views.coverage_lines(short, settings, "en") == ["Slots below target (assigned/target):", "  0/1: Mon Morning"]
