"""Delivering to threads: opened under their channel on first use (private where asked), reused afterwards.

Discord's network is faked by small stand-ins for the channel and its threads; the delivery code is the real one."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

import discord

from coordinator.app import App
from coordinator.chat.discord_delivery import DiscordDelivery
from coordinator.chat.reply import Recipient, Reply
from tests.app.transcript import Transcript

IDS = itertools.count(1000)


@dataclass
class FakeThread:
    name: str
    type: discord.ChannelType
    id: int = field(default_factory=lambda: next(IDS))
    sent: list[dict[str, Any]] = field(default_factory=list)

    async def send(self, **kwargs: Any) -> Any:
        self.sent.append(kwargs)
        return SimpleNamespace(id=next(IDS), channel=self)


@dataclass
class FakeChannel:
    name: str
    threads: list[FakeThread] = field(default_factory=list)

    async def create_thread(self, *, name: str, type: discord.ChannelType, auto_archive_duration: int) -> FakeThread:
        thread = FakeThread(name, type)
        self.threads.append(thread)
        return thread


async def test_a_thread_opens_once_and_later_notices_go_into_it(sqlite_app: App) -> None:
    meetings = FakeChannel("meetings")
    client = SimpleNamespace(guilds=[SimpleNamespace(text_channels=[meetings])])
    deliver = DiscordDelivery(client, sqlite_app)  # type: ignore[arg-type]
    private = Recipient.thread("第12期例会", "meetings", private=True)
    await deliver(private, Reply(text="议程"))
    await deliver(private, Reply(text="会议纪要"))
    await deliver(Recipient.thread("捐赠 #17", "meetings"), Reply(text="个案"))
    assert [(t.name, t.type) for t in meetings.threads] == [
        ("第12期例会", discord.ChannelType.private_thread), ("捐赠 #17", discord.ChannelType.public_thread)]
    assert [kw["embed"].description for kw in meetings.threads[0].sent] == ["议程", "会议纪要"]


async def test_the_console_shows_threads_as_channels_and_forms_as_fields(app: App) -> None:
    chat = Transcript(app)
    shown = chat.backend.render_notice(Recipient.thread("第12期例会", "meetings"), Reply(text="议程"))
    assert shown == ["[bot → #第12期例会]", "  议程"]
    form = await chat.say("小静: /avail set")
    assert "请在表单里写下你的时间" in form and "[登记每周时间: /avail set text:…]" in form
    assert "我理解的是" in await chat.say("小静 #第12期例会: /avail set text:周五晚上可以")
