"""The meeting through the Discord front end (dpytest): schedule with an .ics invitation, start, presence from the
voice channel with the time attended, items, and the minutes attached at the end."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from types import SimpleNamespace

import discord
import discord.ext.test as dpytest
import pytest
from discord.ext.test import backend

from coordinator.app import App
from coordinator.chat.discord_bot import CoordinatorBot
from coordinator.clock import FakeClock
from coordinator.meetings import store
from coordinator.team import services as team
from tests.app.discord_support import channel, guild, member, sent_buttons, slash, work_in_tmp

__all__ = ["sent_buttons", "work_in_tmp"]


def drain() -> list[discord.Message]:
    messages = []
    while not dpytest.sent_queue.empty():
        messages.append(dpytest.get_message())
    return messages


@pytest.fixture
async def bot(sqlite_app: App, sent_buttons: list) -> AsyncIterator[CoordinatorBot]:
    client = CoordinatorBot(sqlite_app, intents=discord.Intents.all(), sync_commands=False, run_timed_jobs=False)
    await client._async_setup_hook()
    dpytest.configure(client, text_channels=["meetings", "general"], members=["xiaojing", "lin"])
    async with sqlite_app.uow() as uow:
        await team.add_member(uow, "xiaojing", sqlite_app.clock.now(), discord_id=member(0).id)
        await team.add_member(uow, "lin", sqlite_app.clock.now(), discord_id=member(1).id)
        await uow.commit()
    await dpytest.add_role(member(1), backend.make_role("coordinator", guild()))
    yield client
    await dpytest.empty_queue()


def voice(place: discord.VoiceChannel | None) -> discord.VoiceState:
    return discord.VoiceState(data={}, channel=place)


async def test_a_meeting_in_a_voice_channel_through_discord(bot: CoordinatorBot, clock: FakeClock) -> None:
    room = backend.make_voice_channel("客服例会", guild())
    refused = await slash(bot, "meeting schedule", member(0), where="meetings", when="周四晚上九点")
    assert "协调员" in refused.embed.description and "已安排" not in refused.embed.description
    scheduled = await slash(bot, "meeting schedule", member(1), where="meetings", when="周四晚上九点",
                            host="xiaojing", place="#客服例会")
    assert "第1期" in scheduled.embed.description and "#客服例会" in scheduled.embed.description
    [announced] = [m for m in drain() if getattr(m.channel, "name", "") == "meetings"]
    assert "📅 客服部工作会议 第1期" in announced.embeds[0].description
    assert [a.filename for a in announced.attachments] == ["meeting-1.ics"]

    await slash(bot, "agenda add", member(1), where="meetings", section="在线组", text="新人培训")
    clock.set(clock.now() + timedelta(days=3, hours=11))  # Thursday 21:00
    await bot.app.run_due(bot.deliver)
    await bot.on_voice_state_update(member(1), voice(None), voice(room))
    started = await slash(bot, "meeting start", member(0), where="meetings")
    assert "第1期会议开始了" in started.embed.description

    clock.advance(timedelta(minutes=40))
    await bot.on_voice_state_update(member(1), voice(room), voice(None))
    thread = SimpleNamespace(name="第1期会议")
    decided = await slash(bot, "decision", member(0), where=thread, text="每周四培训")
    assert "决定已记入「在线组」第1条" in decided.embed.description
    await slash(bot, "action add", member(0), where=thread, member="lin", text="准备材料", due="2026-12-03")
    assert any("📌" in (m.embeds[0].description or "") for m in drain() if isinstance(m.channel, discord.DMChannel))

    clock.advance(timedelta(minutes=20))
    ended = await slash(bot, "meeting end", member(0), where="meetings")
    [file] = ended.response.sent[-1]["files"]
    assert file.filename == "meeting-1-minutes.md"
    async with bot.app.uow() as uow:
        minutes = (await store.by_number(uow, 1)).minutes
    assert minutes is not None
    assert "- 参加人员：lin（40分钟）、xiaojing\n" in minutes and "**决定：** 每周四培训" in minutes
    assert "- 地点：#客服例会" in minutes and "- 时间：21:00–22:00" in minutes
    assert any(m.attachments and m.attachments[0].filename == "meeting-1-minutes.md" for m in drain())


async def test_leaving_another_voice_channel_changes_nothing(bot: CoordinatorBot, clock: FakeClock) -> None:
    lounge = backend.make_voice_channel("闲聊", guild())
    await slash(bot, "meeting schedule", member(1), where="meetings", when="周四晚上九点", place="#客服例会")
    clock.set(clock.now() + timedelta(days=3, hours=11))
    await slash(bot, "meeting start", member(1), where="meetings")
    await bot.on_voice_state_update(member(0), voice(None), voice(lounge))
    await slash(bot, "meeting end", member(1), where="meetings")
    async with bot.app.uow() as uow:
        minutes = (await store.by_number(uow, 1)).minutes or ""
    assert "- 参加人员：lin\n" in minutes and "xiaojing（未说明原因）" in minutes
    assert channel("meetings") is not None
