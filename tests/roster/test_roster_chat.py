"""The roster through the console front end: build, publish, reminders, handovers, drops, swaps, feeds."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from aiohttp.test_utils import TestClient, TestServer

from coordinator.app import App, build_app
from coordinator.calendar.cli import _lookup
from coordinator.calendar.feeds import make_feed_app
from coordinator.chat.reply import Recipient, Reply
from coordinator.clock import FakeClock
from coordinator.roster import services as rosters
from coordinator.roster.planning import next_monday
from coordinator.settings import Settings
from coordinator.shifts import changes
from tests.app.transcript import Transcript
from tests.roster.readers import read_with_ical, read_with_icalendar, read_with_vobject

WEDNESDAY_EVENING = "周三 晚上"


@pytest.fixture
async def roster_app(database_url: str, clock: FakeClock) -> AsyncIterator[App]:
    application = await build_app(Settings(database_url=database_url, max_shifts=5), clock)
    yield application
    await application.close()


async def wednesday_team(app: App) -> Transcript:
    """Two volunteers for Wednesday evening, two on standby for it."""
    chat = Transcript(app)
    await chat.bootstrap("廖丹")
    for line in ("小静: 周三晚上可以", "瓦蓝: 周三晚上可以", "阿甘: 周三晚上机动", "老王: 周三晚上机动"):
        await chat.say(line)
    return chat


async def week_roster(app: App) -> rosters.RosterView:
    async with app.uow() as uow:
        view = await rosters.load_roster(uow, next_monday(app.today()))
    assert view is not None
    return view


def on_slot(view: rosters.RosterView, day: str, slot: str) -> set[str]:
    return {shift.name for shift in view.active if (shift.day, shift.slot) == (day, slot)}


@dataclass(frozen=True)
class Said:
    """One outbox message as a front end receives it."""

    member_name: str
    text: str
    buttons: tuple


def outbox() -> tuple[list[Said], Timed]:
    """Where timed work's notices go in a test: a list, as Discord or the console would receive them."""
    delivered: list[Said] = []

    async def deliver(recipient: Recipient, reply: Reply) -> None:
        delivered.append(Said(recipient.label, reply.text, reply.buttons))

    return delivered, deliver


class Timed:
    """The scheduler loop, one turn at a time: due jobs, then the outbox."""

    def __init__(self, app: App, deliver) -> None:  # noqa: ANN001
        self.app, self.deliver = app, deliver

    async def run_due(self) -> int:
        return await self.app.run_due(self.deliver)


def offered(answer: str) -> tuple[str, str]:
    """(who was asked, offer number) from the notice that offers a dropped shift."""
    match = re.search(r"\[bot → DM (\S+)\]\n  .*你可以接这个班吗.*\n  \[我来接: /shift take offer:(\d+)\]", answer)
    assert match, answer
    return match.group(1), match.group(2)


async def test_build_is_for_coordinators_and_explains_every_gap(app: App) -> None:
    chat = await wednesday_team(app)
    assert "只有协调员可以使用 /roster build" in await chat.say("小静: /roster build")
    draft = await chat.say("廖丹: /roster build")
    assert "2026-W49 排班草稿（最优）" in draft
    assert re.search(r"三 12/2 .*小静、瓦蓝", draft)
    coverage = "未达目标人数的班（已排/目标）：\n    0/2：周一、周二、周四至周日 全天，周三 上午/下午"
    gaps = "缺口与原因：\n    周一、周二、周四至周日 全天，周三 上午/下午 缺 2 人（低于最低）：没有人有空"
    loads = "每人班数：小静 1、瓦蓝 1"
    standby = "机动（报了机动、没排上）：\n    周三 晚上：阿甘、老王"
    publish = "用 /roster publish 2026-W49 发布"
    assert in_order(draft, coverage, gaps, loads, standby, publish), draft
    assert draft.count("没有人有空") == 1 and "也有空" not in draft
    assert "还没发布" in await chat.say("小静: /roster show 2026-W49")


async def test_the_draft_shows_the_grid_before_the_gaps(app: App) -> None:
    chat = await wednesday_team(app)
    draft = await chat.say("廖丹: /roster build")
    assert in_order(draft, "三 12/2", "缺口与原因"), draft


async def test_standby_lists_only_who_said_standby_and_the_others_free_apart(database_url: str, clock) -> None:
    """One 机动 and one plainly free for the slot that holds one: each in their own list, in both languages."""
    app = await build_app(Settings(database_url=database_url, slot_target=1, slot_max=1), clock)
    try:
        chat = Transcript(app)
        await chat.bootstrap("廖丹")
        for line in ("小静: 周三晚上可以", "瓦蓝: 周三晚上可以", "阿甘: 周三晚上机动"):
            await chat.say(line)
        draft = await chat.say("廖丹: /roster build")
        (on_it,) = {name for staff, name in (("KF002", "小静"), ("KF003", "瓦蓝"))
                    if (staff, "wed", "evening") in (await week_roster(app)).draft}
        free = ({"小静", "瓦蓝"} - {on_it}).pop()
        assert re.search(rf"三 12/2 .*{on_it}", draft)
        standby = "机动（报了机动、没排上）：\n    周三 晚上：阿甘\n"
        also_free = f"也有空（没排上）：\n    周三 晚上：{free}\n"
        assert in_order(draft, "每人班数", standby, also_free, "/roster publish 2026-W49"), draft
        await chat.say("廖丹: /language en")
        english = await chat.say("廖丹: /roster build")
        assert "Standby (said standby, not on the roster):\n    Wed Evening: 阿甘\n" in english, english
        assert f"Also free (not on the roster):\n    Wed Evening: {free}\n" in english, english
        coverage = "Slots below target (assigned/target):\n    0/1: Mon, Tue, Thu–Sun all day; Wed Morning/Afternoon"
        gaps = "Gaps and why:\n    Mon, Tue, Thu–Sun all day; Wed Morning/Afternoon: 1 short (below minimum): nobody is"
        assert in_order(english, coverage, gaps, "Shifts per person", "Standby", "Also free", "Publish with"), english
    finally:
        await app.close()


def in_order(text: str, *parts: str) -> bool:
    """Whether every part is in ``text``, each after the one before."""
    at = 0
    for part in parts:
        found = text.find(part, at)
        if found < 0:
            return False
        at = found + len(part)
    return True


async def test_a_week_nobody_posted_for_is_refused_plainly(app: App) -> None:
    chat = Transcript(app)
    await chat.bootstrap("廖丹")
    assert "还没有人登记时间，没法排班" in await chat.say("廖丹: /roster build")
    assert "“2026-W99”不是一个周，请写成 2026-W49" in await chat.say("廖丹: /roster build 2026-W99")


async def test_publish_tells_the_channel_and_each_volunteer(app: App) -> None:
    chat = await wednesday_team(app)
    assert "还没有排班" in await chat.say("廖丹: /roster publish")
    await chat.say("廖丹: /roster build")
    published = await chat.say("廖丹: /roster publish")
    assert "已私信通知 2 位志愿者" in published
    assert "[bot → #roster]" in published and "2026-W49 值班表" in published
    assert "[bot → DM 小静]\n  你在 2026-W49 的值班：12/2 周三 晚上 19:00-22:00" in published
    mine = await chat.say("瓦蓝: /roster mine")
    attached = re.search(r"📎 (\S+\.ics)", mine)
    assert attached and attached.group(1).endswith("KF003-2026-W48.ics")
    events = read_with_icalendar(open(attached.group(1), "rb").read())
    assert [(event.status, event.start.date().isoformat()) for event in events] == [("CONFIRMED", "2026-12-02")]
    assert "仅自己可见" in mine and "12/2 周三 晚上" in mine
    assert "你在 2026-W49 没有值班" in await chat.say("阿甘: /roster mine")
    shown = await chat.say("阿甘: /roster show")
    assert re.search(r"三 12/2 .*小静、瓦蓝", shown)


async def test_reminder_before_the_shift_and_handover_after_it(roster_app: App, clock: FakeClock) -> None:
    chat = Transcript(roster_app)
    await chat.bootstrap("廖丹")
    await chat.say("小静: 周三晚上可以")
    await chat.say("瓦蓝: 周四上午可以")
    await chat.say("廖丹: /roster build")
    await chat.say("廖丹: /roster publish")
    delivered, deliver = outbox()
    scheduler = Timed(roster_app, deliver)
    clock.set(datetime(2026, 12, 2, 11, 0, tzinfo=UTC))  # 19:00 in Shanghai minus 30 minutes
    await scheduler.run_due()
    assert [(n.member_name, n.text) for n in delivered] == [
        ("小静", "⏰ 提醒：你 12/02 19:00 的晚上 19:00-22:00值班将在 30 分钟后开始。")
    ]
    clock.set(datetime(2026, 12, 2, 14, 0, tzinfo=UTC))  # 22:00 in Shanghai
    await scheduler.run_due()
    outgoing, incoming = delivered[1:]
    assert outgoing.member_name == "小静" and "交接" in outgoing.text and "接班的是 瓦蓝" in outgoing.text
    assert incoming.member_name == "瓦蓝" and "上一班是 小静" in incoming.text
    await scheduler.run_due()
    assert len(delivered) == 3


async def test_a_dropped_shift_is_offered_in_turn_and_the_first_to_accept_gets_it(app: App, clock: FakeClock) -> None:
    chat = await wednesday_team(app)
    await chat.say("廖丹: /roster build")
    await chat.say("廖丹: /roster publish")
    assert "你在那个时段没有值班" in await chat.say("阿甘: /shift drop 周三 晚上")
    assert "不是星期几" in await chat.say("小静: /shift drop 周八 晚上")
    assert "“夜班”不是班次。请写 上午/下午/晚上 之一" in await chat.say("小静: /shift drop 周三 夜班")
    dropped = await chat.say(f"小静: /shift drop {WEDNESDAY_EVENING}")
    assert "已退出 12/2 周三 晚上 19:00-22:00。正在依次询问：" in dropped
    first, offer = offered(dropped)
    assert first in ("阿甘", "老王")
    second = ({"阿甘", "老王"} - {first}).pop()
    assert on_slot(await week_roster(app), "wed", "evening") == {"瓦蓝"}

    passed = await chat.say(f"{first}: /shift pass offer:{offer}")
    assert "已经问下一位了" in passed
    asked, second_offer = offered(passed)
    assert asked == second
    assert "这个邀请已经结束了" in await chat.say(f"{first}: /shift take offer:{offer}")
    assert "找不到这个邀请" in await chat.say(f"{first}: /shift take offer:{second_offer}")

    taken = await chat.say(f"{second}: /shift take offer:{second_offer}")
    assert "现在是你的班了" in taken
    assert f"[bot → DM 小静]\n  ✅ {second} 接了 12/2 周三 晚上 19:00-22:00。" in taken
    assert on_slot(await week_roster(app), "wed", "evening") == {"瓦蓝", second}


async def test_an_offer_nobody_answers_moves_on_after_its_time(app: App, clock: FakeClock) -> None:
    chat = await wednesday_team(app)
    await chat.say("廖丹: /roster build")
    await chat.say("廖丹: /roster publish")
    first, _ = offered(await chat.say(f"瓦蓝: /shift drop {WEDNESDAY_EVENING}"))
    delivered, deliver = outbox()
    scheduler = Timed(app, deliver)
    await scheduler.run_due()
    assert delivered == []
    clock.advance(timedelta(minutes=61))
    await scheduler.run_due()
    asked = [n.member_name for n in delivered if n.buttons]
    assert asked == [({"阿甘", "老王"} - {first}).pop()]


async def test_a_swap_happens_only_when_the_other_agrees(app: App) -> None:
    chat = await wednesday_team(app)
    await chat.say("廖丹: /roster build")
    await chat.say("廖丹: /roster publish")
    assert "不能和自己换班" in await chat.say(f"瓦蓝: /shift swap 瓦蓝 {WEDNESDAY_EVENING}")
    assert "那天已经有班了" in await chat.say(f"瓦蓝: /shift swap 小静 {WEDNESDAY_EVENING}")
    asked = await chat.say(f"瓦蓝: /shift swap 老王 {WEDNESDAY_EVENING}")
    assert "已请 老王 确认" in asked
    request = re.search(r"\[bot → DM 老王\]\n  .*瓦蓝 想请你接.*\n  \[同意: /shift agree request:(\d+)\]", asked)
    assert request, asked
    assert on_slot(await week_roster(app), "wed", "evening") == {"小静", "瓦蓝"}
    assert "找不到这个换班请求" in await chat.say(f"阿甘: /shift agree request:{request.group(1)}")
    agreed = await chat.say(f"老王: /shift agree request:{request.group(1)}")
    assert "已换好" in agreed and "[bot → DM 瓦蓝]" in agreed
    assert on_slot(await week_roster(app), "wed", "evening") == {"小静", "老王"}
    assert "已经结束了" in await chat.say(f"老王: /shift refuse request:{request.group(1)}")


async def test_personal_feed_over_http_follows_drops_and_resets(app: App) -> None:
    chat = await wednesday_team(app)
    await chat.say("廖丹: /roster build")
    await chat.say("廖丹: /roster publish")
    link = re.search(r"/ical/([A-Za-z0-9_-]+)\.ics", await chat.say("小静: /ical"))
    assert link
    async with TestClient(TestServer(make_feed_app(_lookup(app)))) as client:
        feed = await (await client.get(f"/ical/{link.group(1)}.ics")).text()
        assert feed.count("BEGIN:VEVENT") == 1 and "STATUS:CONFIRMED" in feed and "SEQUENCE:0" in feed
        assert "UID:2026-W49-wed-evening-KF002@coordinator" in feed
        await chat.say(f"小静: /shift drop {WEDNESDAY_EVENING}")
        feed = await (await client.get(f"/ical/{link.group(1)}.ics")).text()
        assert "STATUS:CANCELLED" in feed and "SEQUENCE:1" in feed
        readings = [read(feed.encode()) for read in (read_with_icalendar, read_with_vobject, read_with_ical)]
        assert readings[0] == readings[1] == readings[2]
        assert [(seen.status, seen.sequence) for seen in readings[0]] == [("CANCELLED", 1)]
        assert "已经有一个日历链接" in await chat.say("小静: /ical")
        reset = re.search(r"/ical/([A-Za-z0-9_-]+)\.ics", await chat.say("小静: /ical reset"))
        assert reset and reset.group(1) != link.group(1)
        assert (await client.get(f"/ical/{link.group(1)}.ics")).status == 404
        assert (await client.get(f"/ical/{reset.group(1)}.ics")).status == 200
    assert "只有协调员" in await chat.say("小静: /ical link team")
    assert "/ical/" in await chat.say("廖丹: /ical link team")


async def test_a_rebuild_is_a_draft_until_published_and_then_only_changes_are_sent(app: App) -> None:
    chat = await wednesday_team(app)
    await chat.say("廖丹: /roster build")
    await chat.say("廖丹: /roster publish")
    assert "没有新的草稿" in await chat.say("廖丹: /roster publish")
    await chat.say("小静: 周四晚上可以")
    redraft = await chat.say("廖丹: /roster build")
    assert "这一周已经发布过" in redraft
    assert re.search(r"三 12/2 .*瓦蓝、(阿甘|老王)", redraft)
    assert re.search(r"三 12/2 .*小静、瓦蓝", await chat.say("瓦蓝: /roster show"))
    assert on_slot(await week_roster(app), "wed", "evening") == {"小静", "瓦蓝"}

    republished = await chat.say("廖丹: /roster publish")
    assert "已私信通知 2 位班次有变化的志愿者" in republished
    assert "2026-W49 值班表（已更新）" in republished
    assert "[bot → DM 小静]\n  你在 2026-W49 的值班有变化：\n  新增：12/3 周四 晚上 19:00-22:00\n  取消：12/2 周三 晚上 19:00-22:00" in republished
    assert "DM 瓦蓝" not in republished
    newcomer = ({"阿甘", "老王"} & on_slot(await week_roster(app), "wed", "evening")).pop()
    assert f"[bot → DM {newcomer}]\n  你在 2026-W49 的值班有变化：\n  新增：12/2 周三 晚上" in republished


async def test_a_stop_between_a_drop_and_its_offers_loses_nothing(app: App, clock: FakeClock) -> None:
    chat = await wednesday_team(app)
    await chat.say("廖丹: /roster build")
    await chat.say("廖丹: /roster publish")
    async with app.uow() as uow:
        shift = next(s for s in (await week_roster(app)).active if s.name == "小静")
        await changes.drop(uow, shift, clock.now())
        await uow.commit()
    delivered, deliver = outbox()
    restarted = Timed(app, deliver)
    clock.advance(timedelta(minutes=3))
    await restarted.run_due()
    assert [n.member_name for n in delivered if n.buttons] in (["阿甘"], ["老王"])
    assert "小静" not in on_slot(await week_roster(app), "wed", "evening")
    await restarted.run_due()
    assert len(delivered) == 1


async def test_a_completed_drop_is_not_offered_twice(app: App, clock: FakeClock) -> None:
    chat = await wednesday_team(app)
    await chat.say("廖丹: /roster build")
    await chat.say("廖丹: /roster publish")
    offered(await chat.say(f"小静: /shift drop {WEDNESDAY_EVENING}"))
    delivered, deliver = outbox()
    clock.advance(timedelta(minutes=3))
    await Timed(app, deliver).run_due()
    assert delivered == []


async def test_an_offer_cannot_be_taken_once_the_shift_has_started(app: App, clock: FakeClock) -> None:
    chat = await wednesday_team(app)
    await chat.say("廖丹: /roster build")
    await chat.say("廖丹: /roster publish")
    first, offer = offered(await chat.say(f"小静: /shift drop {WEDNESDAY_EVENING}"))
    clock.set(datetime(2026, 12, 2, 11, 5, tzinfo=UTC))  # 19:05 in Shanghai
    assert "已经开始或结束了" in await chat.say(f"{first}: /shift take offer:{offer}")
    assert "已经开始或结束了" in await chat.say(f"瓦蓝: /shift drop {WEDNESDAY_EVENING}")


async def test_show_one_members_shifts_by_name(app: App) -> None:
    """`/roster show 2026-W49 小静` (the README's own example) answers with her shifts, not an error."""
    chat = await wednesday_team(app)
    await chat.say("廖丹: /roster build")
    await chat.say("廖丹: /roster publish")
    for line in ("阿甘: /roster show 2026-W49 小静", "阿甘: /roster show week:2026-W49 member:小静", "阿甘: /roster show member:KF002"):
        answer = await chat.say(line)
        assert "出了点问题" not in answer and "2026-W49" in answer and "小静" in answer, answer
    assert "阿甘 在 2026-W49 没有值班" in await chat.say("小静: /roster show 2026-W49 阿甘")


async def test_weeks_are_named_as_people_name_them_and_absurd_ones_refused(app: App) -> None:
    chat = await wednesday_team(app)
    assert "2026-W49 排班草稿" in await chat.say("廖丹: /roster build 下周")
    assert "2026-W50 排班草稿" in await chat.say("廖丹: /roster build 2026-12-07")
    for line in ("廖丹: /roster build 1999-W01", "廖丹: /roster build 2030-W01", "小静: /avail set 周六全天 week:2020-W01"):
        answer = await chat.say(line)
        assert "不在可选范围内" in answer and "2026-W48 起一年以内" in answer, answer
    assert "还没有排班" in await chat.say("小静: /roster show 2026-W40")
    assert "不是一个周" in await chat.say("廖丹: /roster build 9999999-W99")


async def test_someone_further_down_the_line_may_take_early_and_a_late_taker_hears_who_took_it(
    app: App, clock: FakeClock
) -> None:
    chat = await wednesday_team(app)
    await chat.say("廖丹: /roster build")
    await chat.say("廖丹: /roster publish")
    first, offer = offered(await chat.say(f"小静: /shift drop {WEDNESDAY_EVENING}"))
    second = ({"阿甘", "老王"} - {first}).pop()
    later = str(int(offer) + 1)
    clock.advance(timedelta(minutes=5))
    taken = await chat.say(f"{second}: /shift take offer:{later}")
    assert "现在是你的班了" in taken and f"[bot → DM {first}]" in taken
    late = await chat.say(f"{first}: /shift take offer:{offer}")
    assert f"这个班已经由 {second} 在 11/23 10:05 接下了" in late
    assert on_slot(await week_roster(app), "wed", "evening") == {"瓦蓝", second}


async def test_a_pass_before_ones_turn_takes_one_out_of_line_without_a_gap_notice(app: App) -> None:
    chat = await wednesday_team(app)
    await chat.say("廖丹: /roster build")
    await chat.say("廖丹: /roster publish")
    first, offer = offered(await chat.say(f"小静: /shift drop {WEDNESDAY_EVENING}"))
    second = ({"阿甘", "老王"} - {first}).pop()
    passed = await chat.say(f"{second}: /shift pass offer:{int(offer) + 1}")
    assert "这次不会再问你了" in passed and "#roster" not in passed
    gap = await chat.say(f"{first}: /shift pass offer:{offer}")
    assert "[bot → #roster]" in gap


async def test_an_unchanged_republish_sends_nothing(app: App) -> None:
    chat = await wednesday_team(app)
    await chat.say("廖丹: /roster build")
    await chat.say("廖丹: /roster publish")
    await chat.say("廖丹: /roster build")
    again = await chat.say("廖丹: /roster publish")
    assert "和已发布的排班一样，没有发出任何通知" in again and "[bot →" not in again.split("\n", 1)[1]


async def test_publishing_the_current_week_announces_only_shifts_still_to_come(app: App, clock: FakeClock) -> None:
    chat = Transcript(app)
    await chat.bootstrap("廖丹")
    await chat.say("小静: 周一晚上可以")
    await chat.say("瓦蓝: 周五晚上可以")
    await chat.say("廖丹: /roster build 2026-W48")
    clock.set(datetime(2026, 11, 25, 2, 0, tzinfo=UTC))  # Wednesday: Monday's evening is over
    published = await chat.say("廖丹: /roster publish 2026-W48")
    assert "[bot → DM 瓦蓝]\n  你在 2026-W48 的值班：11/27 周五 晚上" in published
    assert "DM 小静" not in published
    assert "小静" in published.split("[bot → #roster]")[1]


async def test_a_dropped_shift_is_never_offered_to_someone_at_their_weekly_limit(database_url: str, clock) -> None:
    app = await build_app(Settings(database_url=database_url, max_shifts=1, slot_target=1), clock)
    try:
        chat = Transcript(app)
        await chat.bootstrap("廖丹")
        await chat.say("小静: 周三晚上可以")
        await chat.say("瓦蓝: 周四晚上可以，周三晚上机动")
        await chat.say("阿甘: 周三晚上机动")
        await chat.say("廖丹: /roster build")
        await chat.say("廖丹: /roster publish")
        assert on_slot(await week_roster(app), "thu", "evening") == {"瓦蓝"}
        dropped = await chat.say(f"小静: /shift drop {WEDNESDAY_EVENING}")
        asked, _ = offered(dropped)
        assert asked == "阿甘" and "瓦蓝" not in dropped.split("正在依次询问：")[1].split("\n")[0]
    finally:
        await app.close()


async def test_a_swap_that_would_break_a_rule_is_refused_naming_the_person(app: App) -> None:
    chat = await wednesday_team(app)
    await chat.say("Kevin: 周四晚上可以")
    await chat.say("廖丹: /roster build")
    await chat.say("廖丹: /roster publish")
    assert "Kevin 没有登记那个时段有空" in await chat.say(f"瓦蓝: /shift swap Kevin {WEDNESDAY_EVENING}")
    await chat.say("阿甘: /leave 12月2日请假")
    assert "阿甘 在 12/2 请假" in await chat.say(f"瓦蓝: /shift swap 阿甘 {WEDNESDAY_EVENING}")
    asked = await chat.say(f"瓦蓝: /shift swap 老王 {WEDNESDAY_EVENING}")
    request = re.search(r"/shift agree request:(\d+)", asked).group(1)
    await chat.say("老王: /leave 12月2日请假")
    assert "老王 在 12/2 请假" in await chat.say(f"老王: /shift agree request:{request}")
    assert on_slot(await week_roster(app), "wed", "evening") == {"小静", "瓦蓝"}
