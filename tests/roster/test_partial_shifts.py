"""Partial-hour shifts end to end: with ``allow_partial`` a volunteer free for part of a slot is rostered for the
hours she offered, and the roster, DMs, calendars, reminders and handovers tell those hours; without it the slot
stays open and the gap names them."""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from aiohttp.test_utils import TestClient, TestServer
from click.testing import CliRunner
from sqlalchemy import select

from coordinator.app import App, build_app
from coordinator.calendar.cli import _lookup
from coordinator.calendar.feeds import make_feed_app
from coordinator.cli import main
from coordinator.clock import FakeClock
from coordinator.core.week import DEFAULT_SLOTS
from coordinator.roster.models import RosterShift
from coordinator.roster.shift_times import agreed_times, week_shift_times
from coordinator.settings import Settings
from tests.app.transcript import Transcript
from tests.roster.readers import read_with_ical, read_with_icalendar, read_with_vobject
from tests.roster.test_roster_chat import Timed, in_order, offered, on_slot, outbox, week_roster

SHANGHAI = ZoneInfo("Asia/Shanghai")
AFTER_FOUR = "周三下午四点以后"
"""wed:afternoon partial 16:00–19:00 (and wed:evening available)."""
FOUR_TO_SIX = "周三下午四点到六点可以"
"""wed:afternoon partial 16:00–18:00, nothing else."""


@pytest.fixture
async def partial_app(database_url: str, clock: FakeClock) -> AsyncIterator[App]:
    application = await build_app(Settings(database_url=database_url, allow_partial=True), clock)
    yield application
    await application.close()


async def wednesday_after_four(app: App) -> Transcript:
    """熊宝宝 is free on Wednesday only after four; 小静 takes the evening, so the afternoon needs 熊宝宝."""
    chat = Transcript(app)
    await chat.bootstrap("廖丹")
    await chat.say(f"熊宝宝: {AFTER_FOUR}")
    await chat.say("小静: 周三晚上可以")
    return chat


async def published(app: App) -> tuple[Transcript, str, str]:
    chat = await wednesday_after_four(app)
    draft = await chat.say("廖丹: /roster build")
    return chat, draft, await chat.say("廖丹: /roster publish")


async def stored_hours(app: App) -> dict[tuple[str, str], tuple[str | None, str | None]]:
    """The hours columns of every stored shift, by day and slot."""
    async with app.uow() as uow:
        rows = await uow.session.scalars(select(RosterShift))
        return {(row.day, row.slot): (row.hours_from, row.hours_to) for row in rows}


def local(moment: datetime) -> datetime:
    return moment.astimezone(SHANGHAI).replace(tzinfo=None)


async def test_with_partial_allowed_she_gets_the_afternoon_and_the_roster_shows_her_hours(partial_app: App) -> None:
    chat, draft, post = await published(partial_app)
    assert re.search(r"三 12/2 +缺2人 +熊宝宝 \(16:00–19:00\)、缺1人 +小静、缺1人", draft), draft
    assert "熊宝宝只在" not in draft
    view = await week_roster(partial_app)
    assert on_slot(view, "wed", "afternoon") == {"熊宝宝"} and on_slot(view, "wed", "evening") == {"小静"}
    assert {shift.name: shift.hours for shift in view.active} == {"熊宝宝": ("16:00", "19:00"), "小静": None}
    stored = {("wed", "afternoon"): ("16:00", "19:00"), ("wed", "evening"): (None, None)}
    assert await stored_hours(partial_app) == stored
    roster_post = post.split("[bot → #roster]")[1].split("[bot → DM")[0]
    assert re.search(r"三 12/2 +缺2人 +熊宝宝 \(16:00–19:00\)、缺1人 +小静、缺1人", roster_post), post
    assert "[bot → DM 熊宝宝]\n  你在 2026-W49 的值班：12/2 周三 下午 13:00-19:00 (16:00–19:00)\n" in post
    assert "[bot → DM 小静]\n  你在 2026-W49 的值班：12/2 周三 晚上 19:00-22:00" in post
    assert "你在 2026-W49 的值班：12/2 周三 下午 13:00-19:00 (16:00–19:00)" in await chat.say("熊宝宝: /roster mine")
    assert re.search(r"三 12/2 .*熊宝宝 \(16:00–19:00\)", await chat.say("小静: /roster show"))
    await chat.say("熊宝宝: /language en")
    english = await chat.say("熊宝宝: /roster mine")
    assert "Your shifts in 2026-W49: 12/2 Wed Afternoon 13:00-19:00 (16:00–19:00)" in english


async def test_her_calendar_event_runs_from_four_to_seven(partial_app: App) -> None:
    chat, _, _ = await published(partial_app)
    link = re.search(r"/ical/([A-Za-z0-9_-]+)\.ics", await chat.say("熊宝宝: /ical"))
    team = re.search(r"/ical/([A-Za-z0-9_-]+)\.ics", await chat.say("廖丹: /ical link team"))
    assert link and team
    async with TestClient(TestServer(make_feed_app(_lookup(partial_app)))) as client:
        feed = await (await client.get(f"/ical/{link.group(1)}.ics")).read()
        team_feed = await (await client.get(f"/ical/{team.group(1)}.ics")).read()
    assert b"DTSTART;TZID=Asia/Shanghai:20261202T160000" in feed
    assert b"DTEND;TZID=Asia/Shanghai:20261202T190000" in feed
    readings = [read(feed) for read in (read_with_icalendar, read_with_vobject, read_with_ical)]
    assert readings[0] == readings[1] == readings[2]
    (event,) = readings[0]
    assert (local(event.start), local(event.end)) == (datetime(2026, 12, 2, 16), datetime(2026, 12, 2, 19))
    assert event.summary == "值班 下午 13:00-19:00 (16:00–19:00) · 熊宝宝"
    times = {seen.uid.split("-")[3]: (local(seen.start).hour, local(seen.end).hour)
             for seen in read_with_icalendar(team_feed)}
    assert times == {"afternoon": (16, 19), "evening": (19, 22)}
    mine = await chat.say("熊宝宝: /roster mine")
    attached = re.search(r"📎 (\S+\.ics)", mine)
    assert attached
    (own,) = read_with_icalendar(Path(attached.group(1)).read_bytes())
    assert (local(own.start), local(own.end)) == (datetime(2026, 12, 2, 16), datetime(2026, 12, 2, 19))


async def test_her_reminder_comes_before_four_not_before_one_and_she_hands_over_at_seven(
    partial_app: App, clock: FakeClock
) -> None:
    await published(partial_app)
    delivered, deliver = outbox()
    scheduler = Timed(partial_app, deliver)
    clock.set(datetime(2026, 12, 2, 4, 30, tzinfo=UTC))  # 12:30 in Shanghai: half an hour before the slot
    await scheduler.run_due()
    clock.set(datetime(2026, 12, 2, 7, 29, tzinfo=UTC))
    await scheduler.run_due()
    assert delivered == []
    clock.set(datetime(2026, 12, 2, 7, 30, tzinfo=UTC))  # 15:30: half an hour before 16:00
    await scheduler.run_due()
    assert [(said.member_name, said.text) for said in delivered] == [
        ("熊宝宝", "⏰ 提醒：你 12/02 16:00 的下午 13:00-19:00 (16:00–19:00)值班将在 30 分钟后开始。")
    ]
    clock.set(datetime(2026, 12, 2, 11, 0, tzinfo=UTC))  # 19:00
    await scheduler.run_due()
    handover = [said for said in delivered[1:] if "交接" in said.text]
    assert [(said.member_name, "接班的是 小静" in said.text) for said in handover] == [("熊宝宝", True), ("小静", False)]
    assert "下午 13:00-19:00 (16:00–19:00)班结束了" in handover[0].text


async def test_with_partial_off_the_slot_stays_open_and_the_gap_names_her_hours(app: App) -> None:
    chat = await wednesday_after_four(app)
    draft = await chat.say("廖丹: /roster build")
    assert "周三 下午 缺 2 人（低于最低）：熊宝宝只在 16:00–19:00 有空" in draft
    assert "(16:00–19:00)" not in draft
    await chat.say("廖丹: /roster publish")
    view = await week_roster(app)
    assert on_slot(view, "wed", "afternoon") == set() and all(shift.hours is None for shift in view.active)
    assert await stored_hours(app) == {("wed", "evening"): (None, None)}


async def test_a_dropped_shift_taken_by_someone_free_for_part_of_it_keeps_her_hours(
    partial_app: App, clock: FakeClock
) -> None:
    chat = Transcript(partial_app)
    await chat.bootstrap("廖丹")
    await chat.say("小静: 周三下午可以")
    await chat.say("廖丹: /roster build")
    await chat.say("廖丹: /roster publish")
    await chat.say(f"熊宝宝: {FOUR_TO_SIX}")
    dropped = await chat.say("小静: /shift drop 周三 下午")
    asked, offer = offered(dropped)
    assert asked == "熊宝宝"
    assert "你说过那天能来 16:00–18:00，你可以接这个班吗？" in dropped
    taken = await chat.say(f"熊宝宝: /shift take offer:{offer}")
    assert "现在是你的班了" in taken and "12/2 周三 下午 13:00-19:00 (16:00–18:00)" in taken
    (shift,) = (await week_roster(partial_app)).active
    assert (shift.name, shift.hours) == ("熊宝宝", ("16:00", "18:00"))
    delivered, deliver = outbox()
    scheduler = Timed(partial_app, deliver)
    clock.set(datetime(2026, 12, 2, 7, 30, tzinfo=UTC))  # 15:30
    await scheduler.run_due()
    clock.set(datetime(2026, 12, 2, 10, 0, tzinfo=UTC))  # 18:00: her shift ends an hour before the slot does
    await scheduler.run_due()
    assert [(said.member_name, said.text) for said in delivered] == [
        ("熊宝宝", "⏰ 提醒：你 12/02 16:00 的下午 13:00-19:00 (16:00–18:00)值班将在 30 分钟后开始。"),
        ("熊宝宝", "🔁 下午 13:00-19:00 (16:00–18:00)班结束了。下一班暂时没人，请把未完成的事项记在群里。"),
    ]
    clock.set(datetime(2026, 12, 2, 11, 0, tzinfo=UTC))  # 19:00: the slot's own handover has nobody left to tell
    await scheduler.run_due()
    assert len(delivered) == 2


async def test_with_partial_off_nobody_free_for_part_of_a_slot_is_asked_to_take_or_swap_it(app: App) -> None:
    chat = Transcript(app)
    await chat.bootstrap("廖丹")
    await chat.say("小静: 周三下午可以")
    await chat.say("瓦蓝: 周三下午可以")
    await chat.say("廖丹: /roster build")
    await chat.say("廖丹: /roster publish")
    await chat.say(f"熊宝宝: {FOUR_TO_SIX}")
    assert "熊宝宝 没有登记那个时段有空" in await chat.say("小静: /shift swap 熊宝宝 周三 下午")
    dropped = await chat.say("小静: /shift drop 周三 下午")
    assert "DM 熊宝宝" not in dropped and "[bot → #roster]" in dropped


async def test_new_hours_for_a_kept_shift_are_sent_and_move_its_calendar_and_reminder(
    partial_app: App, clock: FakeClock
) -> None:
    chat = Transcript(partial_app)
    await chat.bootstrap("廖丹")
    await chat.say("熊宝宝: 周三下午可以")
    await chat.say("廖丹: /roster build")
    await chat.say("廖丹: /roster publish")
    await chat.say("熊宝宝: 周三下午四点到七点可以")
    await chat.say("廖丹: /roster build")
    republished = await chat.say("廖丹: /roster publish")
    assert in_order(republished, "[bot → DM 熊宝宝]", "你在 2026-W49 的值班有变化：",
                    "时间有变：12/2 周三 下午 13:00-19:00 (16:00–19:00)"), republished
    (shift,) = (await week_roster(partial_app)).active
    assert (shift.day, shift.slot, shift.hours, shift.sequence) == ("wed", "afternoon", ("16:00", "19:00"), 1)
    await chat.say("廖丹: /roster build")
    assert "和已发布的排班一样" in await chat.say("廖丹: /roster publish")
    delivered, deliver = outbox()
    scheduler = Timed(partial_app, deliver)
    clock.set(datetime(2026, 12, 2, 4, 30, tzinfo=UTC))
    await scheduler.run_due()
    assert delivered == []
    clock.set(datetime(2026, 12, 2, 7, 30, tzinfo=UTC))
    await scheduler.run_due()
    assert [said.text for said in delivered] == ["⏰ 提醒：你 12/02 16:00 的下午 13:00-19:00 (16:00–19:00)值班将在 30 分钟后开始。"]


def test_solve_writes_a_partial_shift_into_the_calendar_with_its_hours(tmp_path: Path) -> None:
    problem = {
        "week": "2026-W49",
        "rules": {"allow_partial": True},
        "volunteers": [
            {"id": "KF1", "name": "熊宝宝", "availability": {"wed:afternoon": "partial"},
             "hours": {"wed:afternoon": ["16:00", "19:00"]}},
            {"id": "KF2", "name": "小静", "availability": {"wed:evening": "available"}},
        ],
    }
    path, ics = tmp_path / "problem.json", tmp_path / "week.ics"
    path.write_text(json.dumps(problem), encoding="utf-8")
    result = CliRunner().invoke(main, ["roster", "solve", "--input", str(path), "--ics", str(ics)])
    assert result.exit_code == 0, result.output
    assert "熊宝宝 (16:00–19:00)" in result.output
    times = {seen.summary: (local(seen.start), local(seen.end)) for seen in read_with_icalendar(ics.read_bytes())}
    assert times == {
        "值班 下午 13:00-19:00 (16:00–19:00) · 熊宝宝": (datetime(2026, 12, 2, 16), datetime(2026, 12, 2, 19)),
        "值班 晚上 19:00-22:00 · 小静": (datetime(2026, 12, 2, 19), datetime(2026, 12, 2, 22)),
    }


def test_agreed_hours_narrow_the_slot_and_hours_outside_it_leave_it_whole() -> None:
    afternoon = week_shift_times(date(2026, 11, 30), "wed", DEFAULT_SLOTS[1], SHANGHAI)
    assert [local(moment) for moment in agreed_times(afternoon, ("16:00", "19:00"))] == [
        datetime(2026, 12, 2, 16), datetime(2026, 12, 2, 19)]
    assert agreed_times(afternoon, None) == afternoon
    assert agreed_times(afternoon, ("08:00", "12:00")) == afternoon
    assert agreed_times(afternoon, ("18:00", "16:00")) == afternoon
