"""Conversations: a flow waits for the person's next message in that place, survives a restart, times out, /cancel ends it."""

from __future__ import annotations

from datetime import timedelta

from coordinator.app import App, build_app
from tests.app.transcript import Transcript


async def test_leave_without_dates_asks_and_the_next_message_answers(app: App) -> None:
    chat = Transcript(app)
    await chat.bootstrap("廖丹")
    await chat.say("小静: 周三晚上可以")
    asked = await chat.say("小静: /leave")
    assert "哪几天请假" in asked and "/cancel" in asked
    assert "请再回复一次日期" in await chat.say("小静: 嗯让我想想")
    assert "我没看懂" not in await chat.say("小静: 还在想")
    recorded = await chat.say("小静: 下周")
    assert "已记下请假：11月30日至12月6日" in recorded
    after = await chat.say("小静: 周四晚上可以")
    assert "我理解的是" in after and "请假" not in after.split("我理解的是")[1].split("\n")[0]


async def test_a_flow_belongs_to_one_person_in_one_place(app: App) -> None:
    chat = Transcript(app)
    await chat.bootstrap("廖丹")
    await chat.say("小静: /leave")
    assert "我理解的是" in await chat.say("瓦蓝: 周五晚上可以")
    assert "我理解的是" in await chat.say("小静 #dm: 周五晚上可以")
    assert "已记下请假" in await chat.say("小静: 12月3日")


async def test_a_flow_survives_a_restart_and_times_out_after_half_an_hour(app: App, clock, database_url) -> None:
    chat = Transcript(app)
    await chat.bootstrap("廖丹")
    await chat.say("小静: /leave")
    restarted = await build_app(app.settings, clock)
    try:
        assert "已记下请假：12月3日" in await Transcript(restarted).say("小静: 12月3日")
        await Transcript(restarted).say("小静: /leave")
        clock.advance(timedelta(minutes=31))
        assert "我理解的是" in await Transcript(restarted).say("小静: 周六上午可以")
    finally:
        await restarted.close()


async def test_cancel_ends_the_flow_and_says_when_there_was_none(app: App) -> None:
    chat = Transcript(app)
    await chat.bootstrap("廖丹")
    assert "没有进行中的对话" in await chat.say("小静: /cancel")
    await chat.say("小静: /leave")
    assert "已取消" in await chat.say("小静: /cancel")
    assert "我理解的是" in await chat.say("小静: 周日晚上可以")
    await chat.say("Lin: /language en")
    await chat.say("Lin: /leave")
    assert "Which days will you be away?" in await chat.say("Lin: /leave")
    assert "OK, cancelled." in await chat.say("Lin: /cancel")
