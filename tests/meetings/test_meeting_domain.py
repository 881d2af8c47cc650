"""The pure parts of meetings: reading times as the team writes them, lines in the thread, numbering, minutes."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from coordinator.meetings.domain import (
    Kind,
    find_section,
    next_number,
    read_thread_line,
    split_due,
    voice_channel,
)
from coordinator.meetings.minutes import (
    Absentee,
    Attendee,
    MinutesData,
    MinutesItem,
    NextMeeting,
    render_minutes,
)
from coordinator.meetings.when import read_date, read_when

ZONE = ZoneInfo("Asia/Shanghai")
MONDAY = datetime(2026, 11, 23, 10, 0, tzinfo=ZONE)


@pytest.mark.parametrize(("text", "expected"), [
    ("2026-12-03 21:00", datetime(2026, 12, 3, 21, 0)),
    ("周四晚上九点", datetime(2026, 11, 26, 21, 0)),
    ("星期四晚上9点半", datetime(2026, 11, 26, 21, 30)),
    ("下周四21:00", datetime(2026, 12, 3, 21, 0)),
    ("下周四 晚上八点十五分", datetime(2026, 12, 3, 20, 15)),
    ("周一下午3点", datetime(2026, 11, 23, 15, 0)),
    ("12月10日晚上9点", datetime(2026, 12, 10, 21, 0)),
    ("next Thursday 21:00", datetime(2026, 11, 26, 21, 0)),
    ("Thursday 9pm", datetime(2026, 11, 26, 21, 0)),
    ("thu at 9:30 pm", datetime(2026, 11, 26, 21, 30)),
    ("tomorrow 20:00", datetime(2026, 11, 24, 20, 0)),
    ("明天晚上八点", datetime(2026, 11, 24, 20, 0)),
])
def test_meeting_times_as_the_team_writes_them(text: str, expected: datetime) -> None:
    assert read_when(text, MONDAY) == expected.replace(tzinfo=ZONE)


@pytest.mark.parametrize("text", ["周四", "sometime soon", "2026-02-30 21:00", "周四晚上25点", "next week", "", "9999"])
def test_what_is_not_a_time_is_none(text: str) -> None:
    assert read_when(text, MONDAY) is None


def test_due_dates() -> None:
    today = MONDAY.date()
    assert read_date("12月10日", today) == date(2026, 12, 10)
    assert read_date("2027-01-05", today) == date(2027, 1, 5)
    assert read_date("11/20", today) == date(2027, 11, 20)
    assert read_date("下周五", today) == date(2026, 12, 4)
    assert read_date("friday", today) == date(2026, 11, 27)
    assert read_date("联系老师", today) is None


def test_lines_in_the_meeting_thread() -> None:
    assert read_thread_line("决定：每周四培训") == read_thread_line("决议: 每周四培训")
    assert read_thread_line("决定：每周四培训").kind == Kind.DECISION
    assert read_thread_line("Decision: weekly training").text == "weekly training"
    assert read_thread_line("待办：小静 联系老师").kind == Kind.ACTION
    assert read_thread_line("跟进: 小静 联系老师").kind == Kind.ACTION
    assert read_thread_line("action: Lin call the school").kind == Kind.ACTION
    plain = read_thread_line("时间：大家觉得周四合适")
    assert plain.kind == Kind.NOTE and plain.text == "时间：大家觉得周四合适"
    assert split_due("联系西部老师 截止12月10日") == ("联系西部老师", "12月10日")


def test_numbers_sections_and_voice_places() -> None:
    assert next_number(None) == 1 and next_number(5) == 6 and next_number(None, 6) == 6
    with pytest.raises(ValueError):
        next_number(6, 3)
    sections = ("在线组", "短信平台", "其他")
    assert find_section("短信", sections) == 1 and find_section("3", sections) == 2
    assert find_section("财务", sections) is None
    assert voice_channel("#客服例会") == "客服例会" and voice_channel("<#123456>") == "123456"
    assert voice_channel("Skype语音会议") is None


def test_the_minutes_in_the_teams_format() -> None:
    at = datetime(2011, 3, 10, 21, 0, tzinfo=ZONE)
    data = MinutesData(
        title="客服部工作会议", number=6, place="Skype语音会议", starts_at=at, started_at=at,
        ended_at=at.replace(hour=22, minute=15), host="枫心愿", chair="瓦蓝", stand_in_reason="枫心愿请假",
        recorder="小静", present=(Attendee("瓦蓝", 72), Attendee("小静")), absent=(Absentee("老王", "出差"),
                                                                          Absentee("阿甘")),
        sections=(("在线组", (MinutesItem(Kind.NOTE, "新人\n培训"), MinutesItem(Kind.DECISION, "每周四培训"),
                              MinutesItem(Kind.ACTION, "联系老师", "小静", date(2011, 3, 17)))), ("其他", ())),
        carried=(MinutesItem(Kind.ACTION, "更新统一口径", "瓦蓝", None, True, 5),),
        next=NextMeeting(7, at.replace(day=24), "枫心愿"),
    )
    text = render_minutes(data, "zh")
    assert text.startswith("# 客服部工作会议纪要 · 第6期 · 2011年3月10日 · Skype语音会议\n")
    assert "- 时间：21:00–22:15" in text
    assert "- 主持人：瓦蓝（因枫心愿请假改为瓦蓝主持" in text
    assert "- 记录人：小静" in text and "- 参加人员：瓦蓝（72分钟）、小静" in text
    assert "- 请假人员：老王（出差）、阿甘（未说明原因）" in text
    assert "## 遗留问题\n\n1. **待办：** 更新统一口径 — 负责人：瓦蓝 · 已完成（第5期提出）" in text
    assert ("## 在线组\n\n1. 新人 培训\n2. **决定：** 每周四培训\n"
            "3. **待办：** 联系老师 — 负责人：小静，截止：2011年3月17日 · 未完成") in text
    assert "## 其他\n\n（无）" in text
    assert text.endswith("## 下次会议\n\n第7期 · 2011年3月24日 21:00 · 主持人：枫心愿\n")
    english = render_minutes(data, "en")
    assert "- Host: 瓦蓝 (in place of 枫心愿: 枫心愿请假)" in english and "**Decision:** 每周四培训" in english
