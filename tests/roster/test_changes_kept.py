"""What volunteers change after publishing stays changed: rebuilds, leave, offers and the trainee rule."""

from __future__ import annotations

import re

from coordinator.app import App, build_app
from coordinator.chat.admin import run_as_admin
from coordinator.settings import Settings
from tests.app.transcript import Transcript
from tests.roster.test_roster_chat import WEDNESDAY_EVENING, offered, on_slot, wednesday_team, week_roster


async def published_wednesday(app: App) -> Transcript:
    chat = await wednesday_team(app)
    await chat.say("廖丹: /roster build")
    await chat.say("廖丹: /roster publish")
    return chat


async def test_a_rebuild_never_puts_back_whoever_dropped_and_ends_the_offer_it_covers(app: App) -> None:
    chat = await published_wednesday(app)
    first, offer = offered(await chat.say(f"小静: /shift drop {WEDNESDAY_EVENING}"))
    redraft = await chat.say("廖丹: /roster build")
    assert re.search(r"三 12/2 .*瓦蓝、(阿甘|老王)", redraft)
    republished = await chat.say("廖丹: /roster publish")
    assert "DM 小静" not in republished
    newcomers = on_slot(await week_roster(app), "wed", "evening") - {"瓦蓝"}
    assert len(newcomers) == 1 and "小静" not in newcomers
    newcomer = newcomers.pop()
    if first != newcomer:
        assert f"[bot → DM {first}]\n  12/2 周三 晚上 19:00-22:00 在重新排班时已经有人补上了，之前的邀请取消" in republished
    assert "重新排班时已经有人补上了，不用再接了" in await chat.say(f"{first}: /shift take offer:{offer}")
    assert on_slot(await week_roster(app), "wed", "evening") == {"瓦蓝", newcomer}


async def test_a_shift_taken_after_publishing_survives_a_rebuild(app: App) -> None:
    chat = await published_wednesday(app)
    first, offer = offered(await chat.say(f"瓦蓝: /shift drop {WEDNESDAY_EVENING}"))
    assert "现在是你的班了" in await chat.say(f"{first}: /shift take offer:{offer}")
    await chat.say(f"{first}: 周三晚上机动，周五晚上可以")
    await chat.say("廖丹: /roster build")
    republished = await chat.say("廖丹: /roster publish")
    assert f"DM {first}]\n  你在 2026-W49 的值班有变化：\n  取消" not in republished
    assert on_slot(await week_roster(app), "wed", "evening") == {"小静", first}


async def test_leave_over_a_published_shift_gives_it_up_and_tells_the_coordinators(app: App) -> None:
    chat = await published_wednesday(app)
    answer = await chat.say("小静: /leave 12月2日请假")
    assert "已记下请假：12月2日" in answer
    assert ("[bot → DM 小静]\n  你请假的日子里有已发布的班，已经为你退出，正在找人接替：\n"
            "  · 12/2 周三 晚上 19:00-22:00：正在依次询问 ") in answer
    assert "[bot → #coordinators]\n  📋 小静 请假，退出了已发布的班：" in answer
    asked, offer = offered(answer)
    assert asked in ("阿甘", "老王")
    assert "小静" not in on_slot(await week_roster(app), "wed", "evening")
    assert "现在是你的班了" in await chat.say(f"{asked}: /shift take offer:{offer}")
    again = await chat.say("小静: 12月2日请假")
    assert "你请假的日子里有已发布的班" not in again and "#coordinators" not in again


async def test_leave_in_a_plain_message_gives_up_the_shift_too(app: App) -> None:
    chat = await published_wednesday(app)
    answer = await chat.say("瓦蓝: 12月2日有事，请假一天")
    assert "你请假的日子里有已发布的班" in answer and "#coordinators" in answer
    assert on_slot(await week_roster(app), "wed", "evening") == {"小静"}


async def test_leave_on_a_day_without_a_shift_gives_up_nothing(app: App) -> None:
    chat = await published_wednesday(app)
    answer = await chat.say("小静: /leave 12月3日请假")
    assert "已记下请假" in answer and "#coordinators" not in answer
    assert on_slot(await week_roster(app), "wed", "evening") == {"小静", "瓦蓝"}


async def test_a_trainee_may_not_take_a_slot_where_they_would_be_without_anyone_experienced(
    database_url: str, clock
) -> None:
    app = await build_app(Settings(database_url=database_url, slot_target=1), clock)
    try:
        chat = Transcript(app)
        await chat.bootstrap("廖丹")
        await run_as_admin(app, "team add", member="熊宝宝", role="trainee")
        await chat.say("小静: 周三晚上可以")
        await chat.say("熊宝宝: 周三晚上机动")
        await chat.say("老王: 周三晚上机动")
        await chat.say("廖丹: /roster build")
        await chat.say("廖丹: /roster publish")
        assert on_slot(await week_roster(app), "wed", "evening") == {"小静"}
        dropped = await chat.say(f"小静: /shift drop {WEDNESDAY_EVENING}")
        assert offered(dropped)[0] == "老王"
        assert "熊宝宝" not in dropped.split("正在依次询问：")[1].split("\n")[0]
    finally:
        await app.close()


async def test_a_swap_that_would_leave_a_trainee_alone_is_refused(database_url: str, clock) -> None:
    app = await build_app(Settings(database_url=database_url), clock)
    try:
        chat = Transcript(app)
        await chat.bootstrap("廖丹")
        await run_as_admin(app, "team add", member="熊宝宝", role="trainee")
        await run_as_admin(app, "team add", member="小白", role="trainee")
        await chat.say("小静: 周三晚上可以")
        await chat.say("熊宝宝: 周三晚上可以")
        await chat.say("小白: 周三晚上机动")
        await chat.say("廖丹: /roster build")
        await chat.say("廖丹: /roster publish")
        assert on_slot(await week_roster(app), "wed", "evening") == {"小静", "熊宝宝"}
        assert "小白 还在见习期" in await chat.say(f"小静: /shift swap 小白 {WEDNESDAY_EVENING}")
    finally:
        await app.close()


async def test_a_shift_swapped_back_and_dropped_again_is_offered_again(app: App) -> None:
    chat = await published_wednesday(app)
    first, offer = offered(await chat.say(f"小静: /shift drop {WEDNESDAY_EVENING}"))
    assert "现在是你的班了" in await chat.say(f"{first}: /shift take offer:{offer}")
    asked = await chat.say(f"{first}: /shift swap 小静 {WEDNESDAY_EVENING}")
    request = re.search(r"/shift agree request:(\d+)", asked)
    assert request, asked
    assert "已换好" in await chat.say(f"小静: /shift agree request:{request.group(1)}")
    again = await chat.say(f"小静: /shift drop {WEDNESDAY_EVENING}")
    assert "出了点问题" not in again and "正在依次询问" in again
    asked_again, new_offer = offered(again)
    assert "现在是你的班了" in await chat.say(f"{asked_again}: /shift take offer:{new_offer}")
