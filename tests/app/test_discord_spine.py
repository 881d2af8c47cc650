"""The Discord front end on the trust-and-durability spine, checked the way a user or an attacker would.

Identity comes only from a linked account (never a display name), notices to other people go through the
stored outbox and survive delivery failures, start-up survives a failed command sync, and tables arrive whole.
Discord's network is faked by dpytest; slash commands run through their callbacks; nothing leaves loopback.
"""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

import aiohttp
import discord
import discord.ext.test as dpytest
import pytest
from discord.ext.test import backend
from sqlalchemy import func, select

from coordinator.app import App
from coordinator.availability import services as availability
from coordinator.chat.admin import run_as_admin
from coordinator.chat.discord_bot import CoordinatorBot, actor_from_user
from coordinator.chat.reply import Notice, Recipient, Reply
from coordinator.clock import FakeClock
from coordinator.core.week import Level
from coordinator.platform.outbox.models import OutboxMessage
from coordinator.platform.outbox.service import FAILED, PENDING, SENT, queue
from coordinator.team import identity
from coordinator.team import services as team
from coordinator.team.domain import Role
from coordinator.team.models import Member
from tests.app.discord_support import channel, guild, member, sent_buttons, slash, work_in_tmp

__all__ = ["sent_buttons", "work_in_tmp"]

CODE = re.compile(r"\b[A-Z0-9]{4}-[A-Z0-9]{4}\b")


def drain() -> list[discord.Message]:
    """Every message the bot has sent (channels and DMs) since the last drain, oldest first."""
    messages = []
    while not dpytest.sent_queue.empty():
        messages.append(dpytest.get_message())
    return messages


def dms_to(messages: list[discord.Message], user: discord.abc.User) -> list[discord.Message]:
    return [m for m in messages if isinstance(m.channel, discord.DMChannel)
            and user.dm_channel is not None and m.channel.id == user.dm_channel.id]


def posts_in(messages: list[discord.Message], name: str) -> list[discord.Message]:
    return [m for m in messages if not isinstance(m.channel, discord.DMChannel) and m.channel.name == name]


async def make_coordinator(user: discord.Member) -> None:
    await dpytest.add_role(user, backend.make_role("coordinator", guild()))


async def stranger(name: str, nick: str | None = None) -> discord.Member:
    """A third person on the Discord server who is not on the team list."""
    user = backend.make_user(name, 4242)
    return backend.make_member(user, guild(), nick=nick)


async def link_the_team(app: App) -> None:
    """The first coordinator from the command line (unlinked), and both dpytest users linked as members."""
    async with app.uow() as uow:
        await team.add_member(uow, "廖丹", app.clock.now(), (Role.COORDINATOR,))
        for index, name in enumerate(("xiaojing", "lin")):
            await team.add_member(uow, name, app.clock.now(), discord_id=member(index).id)
        await uow.commit()


async def stored_member(app: App, name: str) -> Member | None:
    async with app.uow() as uow:
        found = await uow.session.scalar(select(Member).where(Member.display_name == name))
        if found is not None:
            uow.session.expunge(found)  # a plain snapshot of its columns, readable after the session closes
        return found


async def member_count(app: App) -> int:
    async with app.uow() as uow:
        return await uow.session.scalar(select(func.count()).select_from(Member))


async def outbox_rows(app: App) -> list[OutboxMessage]:
    async with app.uow() as uow:
        rows = list((await uow.session.scalars(select(OutboxMessage).order_by(OutboxMessage.id))).all())
        uow.session.expunge_all()
        return rows


async def availability_of(app: App, user: discord.abc.User) -> tuple[Member | None, dict[str, Level]]:
    async with app.uow() as uow:
        found = await identity.member_of(uow, actor_from_user(user))
        if found is None:
            return None, {}
        levels = dict(await availability.current_availability(uow, found.id, None))
        uow.session.expunge(found)
        return found, levels


@pytest.fixture
async def bot(sqlite_app: App, sent_buttons: list) -> AsyncIterator[CoordinatorBot]:
    client = CoordinatorBot(sqlite_app, intents=discord.Intents.all(), sync_commands=False,
                            run_timed_jobs=False)
    await client._async_setup_hook()
    dpytest.configure(client, text_channels=["availability", "general", "roster"],
                      members=["xiaojing", "lin"])
    await link_the_team(sqlite_app)
    yield client
    await dpytest.empty_queue()


async def build_two_shifts(bot: CoordinatorBot) -> None:
    """lin is a coordinator by Discord role; xiaojing can do Wednesday evening, lin Thursday evening."""
    await make_coordinator(member(1))
    await slash(bot, "avail set", member(0), text="周三晚上可以")
    await slash(bot, "avail set", member(1), text="周四晚上可以")
    await slash(bot, "roster build", member(1), where="roster")
    await dpytest.empty_queue()


# --- 1. impersonation ---------------------------------------------------------------------------------------


async def test_a_display_name_equal_to_the_coordinators_name_grants_nothing(bot: CoordinatorBot) -> None:
    impostor = await stranger("廖丹", nick="廖丹")
    assert impostor.display_name == "廖丹" and impostor.nick == "廖丹"
    before = await member_count(bot.app)

    refused = await slash(bot, "team add", impostor, member="冒牌货", role="coordinator")

    assert "只有协调员可以使用 /team add" in refused.embed.description
    assert refused.response.sent[-1]["ephemeral"] is True
    assert await member_count(bot.app) == before
    assert await stored_member(bot.app, "冒牌货") is None
    coordinator = await stored_member(bot.app, "廖丹")
    assert coordinator is not None and coordinator.discord_id is None
    async with bot.app.uow() as uow:
        assert await identity.member_of(uow, actor_from_user(impostor)) is None


async def test_renaming_a_linked_volunteer_to_the_coordinators_name_grants_nothing(
    bot: CoordinatorBot,
) -> None:
    backend.update_member(member(0), nick="廖丹")
    assert member(0).display_name == "廖丹"

    refused = await slash(bot, "team add", member(0), member="冒牌货")
    assert "只有协调员可以使用 /team add" in refused.embed.description
    assert await stored_member(bot.app, "冒牌货") is None

    # the account is still xiaojing's, and what it posts is stored for xiaojing, not for 廖丹
    await dpytest.message("周二晚上可以", channel=channel("availability"), member=member(0))
    drain()
    found, levels = await availability_of(bot.app, member(0))
    assert found is not None and found.display_name == "xiaojing" and levels["tue:evening"] is Level.AVAILABLE
    coordinator = await stored_member(bot.app, "廖丹")
    assert coordinator.discord_id is None
    async with bot.app.uow() as uow:
        assert await availability.current_availability(uow, coordinator.id, None) == {}


# --- 2. /team add with a picked user ------------------------------------------------------------------------


async def test_team_add_with_a_picked_member_links_that_account(bot: CoordinatorBot) -> None:
    await make_coordinator(member(1))
    newcomer = await stranger("wang")
    assert isinstance(newcomer, discord.Member)

    added = await slash(bot, "team add", member(1), member="小王", user=newcomer)
    assert "小王" in added.embed.description and "KF004" in added.embed.description
    stored = await stored_member(bot.app, "小王")
    assert stored is not None and stored.discord_id == newcomer.id

    await dpytest.message("周五下午可以", channel=channel("availability"), member=newcomer)
    reply = dpytest.get_message()
    assert "小王" in reply.embeds[0].title
    found, levels = await availability_of(bot.app, newcomer)
    assert found is not None and found.id == stored.id
    assert levels["fri:afternoon"] is Level.AVAILABLE


# --- 3. strangers -------------------------------------------------------------------------------------------


async def test_a_stranger_is_told_how_to_join_once_and_small_talk_gets_no_reply(bot: CoordinatorBot) -> None:
    outsider = await stranger("passer-by")
    before = await member_count(bot.app)

    await dpytest.message("周二晚上可以", channel=channel("availability"), member=outsider)
    answers = drain()
    assert len(answers) == 1
    refusal = answers[0].embeds[0]
    assert "/team add" in refusal.description and "/link" in refusal.description
    assert refusal.colour == discord.Colour.red()

    await dpytest.message("谢谢", channel=channel("availability"), member=outsider)
    assert drain() == []
    assert await member_count(bot.app) == before
    assert (await availability_of(bot.app, outsider))[0] is None


# --- 4. /link with a one-time code --------------------------------------------------------------------------


async def test_a_link_code_works_only_in_a_dm_and_only_once_and_dies_when_shown(bot: CoordinatorBot) -> None:
    async with bot.app.uow() as uow:
        await team.add_member(uow, "小美", bot.app.clock.now())
        await uow.commit()
    issued = await run_as_admin(bot.app, "team code", member="小美")
    assert issued.private
    code = CODE.search(issued.text).group(0)
    newcomer = await stranger("xiaomei")

    in_channel = await slash(bot, "link", newcomer, where="general", code=code)
    assert "已经作废" in in_channel.embed.description and in_channel.response.sent[-1]["ephemeral"] is True
    assert (await stored_member(bot.app, "小美")).discord_id is None
    code = CODE.search((await run_as_admin(bot.app, "team code", member="小美")).text).group(0)

    dm = await newcomer.create_dm()
    assert isinstance(dm, discord.DMChannel)
    redeemed = await slash(bot, "link", bot.get_user(newcomer.id) or newcomer, where=dm, code=code.lower())
    assert "绑定成功" in redeemed.embed.description and "小美" in redeemed.embed.description
    assert (await stored_member(bot.app, "小美")).discord_id == newcomer.id
    async with bot.app.uow() as uow:
        found = await identity.member_of(uow, actor_from_user(newcomer))
        assert found is not None and found.display_name == "小美"

    # the same code again, in a channel and then in another account's DM: refused, the link stays
    again = await slash(bot, "link", member(0), where="general", code=code)
    assert "私信" in again.embed.description
    other_dm = await member(0).create_dm()
    reused = await slash(bot, "link", member(0), where=other_dm, code=code)
    assert "已用过" in reused.embed.description
    assert (await stored_member(bot.app, "小美")).discord_id == newcomer.id
    assert (await stored_member(bot.app, "xiaojing")).discord_id == member(0).id


# --- 5. delivery failures -----------------------------------------------------------------------------------


async def test_a_network_error_on_one_dm_is_retried_and_the_dm_arrives_exactly_once(
    bot: CoordinatorBot, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    await build_two_shifts(bot)
    original = bot.deliver
    failed: list[Recipient] = []

    async def flaky(recipient: Recipient, reply: Reply) -> None:
        if recipient.kind == Recipient.MEMBER and not failed:
            failed.append(recipient)
            raise aiohttp.ClientOSError(104, "Connection reset by peer")
        await original(recipient, reply)

    monkeypatch.setattr(bot, "deliver", flaky)
    published = await slash(bot, "roster publish", member(1), where="roster")
    assert "已私信通知 2 位志愿者" in published.embed.description

    first = drain()
    assert len(failed) == 1 and failed[0].label == "xiaojing"
    assert len(posts_in(first, "roster")) == 1
    (to_lin,) = dms_to(first, member(1))
    assert "12/3 周四 晚上" in to_lin.embeds[0].description
    assert dms_to(first, member(0)) == []
    waiting = [row for row in await outbox_rows(bot.app) if row.state != SENT]
    assert [(row.recipient_label, row.state, row.attempts, row.last_error) for row in waiting] == [
        ("xiaojing", PENDING, 1, "ClientOSError")]

    await bot.flush_outbox()  # not yet due
    assert drain() == []

    clock.advance(timedelta(seconds=31))
    await bot.flush_outbox()
    retried = drain()
    assert len(dms_to(retried, member(0))) == 1
    assert "12/2 周三 晚上" in dms_to(retried, member(0))[0].embeds[0].description
    assert len(retried) == 1

    clock.advance(timedelta(minutes=10))
    await bot.flush_outbox()
    await bot.app.run_due(bot.deliver)
    assert drain() == []
    assert {row.state for row in await outbox_rows(bot.app)} == {SENT}


async def test_a_recipient_who_blocks_the_bot_is_failed_and_blocks_nobody_else(
    bot: CoordinatorBot, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    await build_two_shifts(bot)
    xiaojing = await stored_member(bot.app, "xiaojing")
    original = bot.deliver._direct
    attempts: list[str] = []

    async def closed_dms(recipient: Recipient, kwargs: dict[str, Any]) -> discord.Message:
        attempts.append(recipient.label)
        if recipient.member_id == xiaojing.id:
            raise discord.Forbidden(SimpleNamespace(status=403, reason="Forbidden"),
                                    {"code": 50007, "message": "Cannot send messages to this user"})
        return await original(recipient, kwargs)

    monkeypatch.setattr(bot.deliver, "_direct", closed_dms)
    published = await slash(bot, "roster publish", member(1), where="roster")
    assert "排班已发布" in published.embed.description

    sent = drain()
    assert len(posts_in(sent, "roster")) == 1 and len(dms_to(sent, member(1))) == 1
    assert dms_to(sent, member(0)) == []
    rows = {row.recipient_label: row for row in await outbox_rows(bot.app)}
    assert rows["xiaojing"].state == FAILED and rows["xiaojing"].attempts == 1
    assert "does not accept" in rows["xiaojing"].last_error
    assert rows["lin"].state == SENT and rows["#roster"].state == SENT

    # never retried, and a later notice still goes out
    lin = await stored_member(bot.app, "lin")
    async with bot.app.uow() as uow:
        await queue(uow, [Notice(Recipient.member(lin.id, "lin"), "稍后的通知")], clock.now())
        await uow.commit()
    clock.advance(timedelta(hours=2))
    await bot.flush_outbox()
    later = drain()
    assert [m.embeds[0].description for m in dms_to(later, member(1))] == ["稍后的通知"]
    assert dms_to(later, member(0)) == []
    assert attempts.count("xiaojing") == 1
    rows = {row.recipient_label: row for row in await outbox_rows(bot.app)}
    assert rows["xiaojing"].state == FAILED


# --- 6. start-up --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("error", [
    discord.HTTPException(SimpleNamespace(status=503, reason="Service Unavailable"), "upstream"),
    OSError("network is unreachable"),
])
async def test_a_failed_command_sync_at_start_up_does_not_stop_the_bot(
    sqlite_app: App, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, error: Exception
) -> None:
    client = CoordinatorBot(sqlite_app, intents=discord.Intents.all(), sync_commands=True,
                            run_timed_jobs=False)
    calls: list[bool] = []

    async def failing_sync(*args: Any, **kwargs: Any) -> list:
        calls.append(True)
        raise error

    monkeypatch.setattr(client.tree, "sync", failing_sync)
    with caplog.at_level(logging.WARNING, logger="coordinator.chat.discord_bot"):
        await client.setup_hook()
    assert calls == [True]
    assert client.timed_jobs is None
    warnings = [r for r in caplog.records
                if r.levelno == logging.WARNING and r.name == "coordinator.chat.discord_bot"]
    assert len(warnings) == 1 and "sync" in warnings[0].getMessage()
    assert type(error).__name__ in warnings[0].getMessage()


# --- 7. tables arrive whole ---------------------------------------------------------------------------------


async def test_the_published_roster_and_help_tables_are_not_cut(bot: CoordinatorBot) -> None:
    await build_two_shifts(bot)
    await slash(bot, "roster publish", member(1), where="roster")
    (post,) = posts_in(drain(), "roster")
    assert [a.filename for a in post.attachments] == ["table.png"]  # the picture, never the text fallback
    text = post.embeds[0].description
    for day in ("11/30", "12/1", "12/2", "12/3", "12/4", "12/5", "12/6"):
        assert day in text
    for header in ("上午 09:00-13:00", "下午 13:00-19:00", "晚上 19:00-22:00"):
        assert header in text
    assert "xiaojing" in text and "lin" in text

    shown = await slash(bot, "help", member(0))
    assert "/shift drop <day> <slot> [week]" in shown.embed.description
    assert "/shift swap <member> <day> <slot> [week]" in shown.embed.description
    assert "/team add <member> [role] [user]" in shown.embed.description
