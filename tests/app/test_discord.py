"""The Discord front end: messages through dpytest, slash commands through their callbacks."""

from __future__ import annotations

from collections.abc import AsyncIterator

import discord
import discord.ext.test as dpytest
import pytest
from discord.ext.test import backend

from coordinator.app import App
from coordinator.availability import services as availability
from coordinator.chat.discord_bot import CoordinatorBot
from coordinator.chat.discord_render import button_token
from coordinator.core.week import Level
from coordinator.platform import buttons
from coordinator.team import identity
from coordinator.team import services as team
from coordinator.team.domain import Role
from tests.app.discord_support import FakeInteraction, channel, member, sent_buttons, slash, work_in_tmp

__all__ = ["sent_buttons", "work_in_tmp"]


async def link_the_team(app: App) -> None:
    """The first coordinator from the command line, and both Discord users added with their accounts."""
    async with app.uow() as uow:
        await team.add_member(uow, "廖丹", app.clock.now(), (Role.COORDINATOR,))
        for index, name in enumerate(("xiaojing", "lin")):
            await team.add_member(uow, name, app.clock.now(), discord_id=member(index).id)
        await uow.commit()


@pytest.fixture
async def bot(sqlite_app: App, sent_buttons: list) -> AsyncIterator[CoordinatorBot]:
    client = CoordinatorBot(sqlite_app, intents=discord.Intents.all(), sync_commands=False, run_timed_jobs=False)
    await client._async_setup_hook()
    dpytest.configure(client, text_channels=["availability", "general", "roster"], members=["xiaojing", "lin"])
    await link_the_team(sqlite_app)
    yield client
    await dpytest.empty_queue()


async def test_a_post_in_the_availability_channel_gets_a_grid_with_buttons(bot: CoordinatorBot, sent_buttons) -> None:
    await dpytest.message("周二周四晚上可以,周末需要的话可以补位", channel=channel("availability"), member=member(0))
    reply = dpytest.get_message()
    embed = reply.embeds[0]
    assert "的每周时间已更新" in embed.title
    evening = next(line for line in embed.description.splitlines() if line.strip().startswith("晚上"))
    assert evening.split()[2:] == ["·", "●", "·", "●", "·", "○", "○"]
    assert [label for label, _ in sent_buttons[-1]] == ["确认", "撤销"]
    async with bot.app.uow() as uow:
        stored = await identity.member_of(uow, _actor(member(0)))
        assert stored is not None and stored.discord_id == member(0).id
        levels = await availability.current_availability(uow, stored.id, None)
        assert levels["tue:evening"] is Level.AVAILABLE


async def test_other_channels_are_not_read(bot: CoordinatorBot) -> None:
    await dpytest.message("周二晚上可以", channel=channel("general"), member=member(0))
    assert dpytest.verify().message().nothing()


async def test_unclear_messages_get_a_friendly_question_and_chat_gets_nothing(bot: CoordinatorBot) -> None:
    await dpytest.message("明天几点开会?", channel=channel("availability"), member=member(0))
    assert dpytest.verify().message().nothing()
    await dpytest.message("周五可能可以吧", channel=channel("availability"), member=member(0))
    assert "“周五可能可以吧”这部分我没把握" in dpytest.get_embed().description


async def test_the_undo_button_runs_through_on_interaction(bot: CoordinatorBot, sent_buttons) -> None:
    await dpytest.message("周一晚上可以", channel=channel("availability"), member=member(0))
    await dpytest.message("周日上午可以", channel=channel("availability"), member=member(0))
    undo_id = sent_buttons[-1][1][1]
    assert len(undo_id) <= 100 and "avail" not in undo_id
    async with bot.app.uow() as uow:
        assert await buttons.recall(uow, button_token(undo_id)) == ("avail undo", {"message": "2"})
    press = FakeInteraction(member(0), channel("availability"), data={"custom_id": undo_id},
                            type=discord.InteractionType.component)
    await bot.on_interaction(press)
    assert "已撤销" in press.embed.description and press.response.sent[-1]["ephemeral"] is True
    async with bot.app.uow() as uow:
        stored = await identity.member_of(uow, _actor(member(0)))
        assert set(await availability.current_availability(uow, stored.id, None)) == {"mon:evening"}


async def test_a_forged_button_gets_one_sentence(bot: CoordinatorBot) -> None:
    for custom_id in ("coord:not-a-token", "coord:" + "x" * 95, "coord|avail undo|message=1"):
        press = FakeInteraction(member(0), channel("availability"), data={"custom_id": custom_id},
                                type=discord.InteractionType.component)
        await bot.on_interaction(press)
        if custom_id.startswith("coord:"):
            assert "这个按钮已经失效了" in press.embed.description
        else:
            assert press.response.sent == []


async def test_slash_team_add_is_refused_without_the_coordinator_role(bot: CoordinatorBot) -> None:
    refused = await slash(bot, "team add", member(1), member="小静")
    assert "只有协调员可以使用 /team add" in refused.embed.description
    assert refused.response.sent[-1]["ephemeral"] is True


async def test_slash_team_add_works_for_the_coordinator_role(bot: CoordinatorBot) -> None:
    guild = dpytest.get_config().guilds[0]
    role = backend.make_role("coordinator", guild)
    await dpytest.add_role(member(1), role)
    added = await slash(bot, "team add", member(1), member="小静", role="trainee")
    assert "工号 KF004" in added.embed.description
    listing = await slash(bot, "team list", member(0))
    assert "小静" in listing.embed.description and "trainee" in listing.embed.description


async def test_slash_avail_set_and_show(bot: CoordinatorBot) -> None:
    await slash(bot, "avail set", member(0), text="工作日晚上可以")
    shown = await slash(bot, "avail show", member(0))
    evening = next(line for line in shown.embed.description.splitlines() if line.strip().startswith("晚上"))
    assert evening.split()[2:] == ["●", "●", "●", "●", "●", "·", "·"]


def test_every_registry_command_is_a_slash_command_with_short_descriptions(bot: CoordinatorBot) -> None:
    names = set()
    for command in bot.tree.get_commands():
        for leaf in getattr(command, "commands", [command]):
            names.add(leaf.qualified_name)
            assert 0 < len(leaf.description) <= 100
            for parameter in leaf.parameters:
                assert 0 < len(parameter.description) <= 100
    assert names == {c.name for c in bot.app.registry}
    language = bot.tree.get_command("language")
    assert [choice.value for choice in language.parameters[0].choices] == ["zh", "en"]
    show = bot.tree.get_command("avail").get_command("show")
    assert [p.required for p in show.parameters] == [False, False]


def _actor(user: discord.Member):
    from coordinator.chat.discord_bot import actor_from_user

    return actor_from_user(user)


async def test_roster_build_shows_progress_then_the_draft_and_publish_posts_in_the_roster_channel(
    bot: CoordinatorBot,
) -> None:
    guild = dpytest.get_config().guilds[0]
    await dpytest.add_role(member(1), backend.make_role("coordinator", guild))
    await slash(bot, "avail set", member(0), text="周三晚上可以")
    built = await slash(bot, "roster build", member(1), where="roster")
    assert built.response.deleted and "正在排班" in built.response.deleted[0]["embed"].description
    assert built.response.deleted[0]["ephemeral"] is True
    draft = built.embed
    assert "排班草稿" in draft.title and "xiaojing" in draft.description
    await dpytest.empty_queue()
    published = await slash(bot, "roster publish", member(1), where="roster")
    assert "已私信通知 1 位志愿者" in published.embed.description
    posted = dpytest.get_message()
    assert posted.channel.name == "roster" and "值班表" in posted.embeds[0].title
    direct = dpytest.get_message()
    assert isinstance(direct.channel, discord.DMChannel) and "12/2 周三 晚上" in direct.embeds[0].description


@pytest.fixture
async def one_per_slot_bot(sqlite_url: str, clock, sent_buttons: list) -> AsyncIterator[CoordinatorBot]:
    """A bot whose slots need one volunteer each, so standby people stay free to be offered a dropped shift."""
    from coordinator.app import build_app
    from coordinator.settings import Settings

    app = await build_app(Settings(database_url=sqlite_url, slot_target=1), clock)
    client = CoordinatorBot(app, intents=discord.Intents.all(), sync_commands=False, run_timed_jobs=False)
    await client._async_setup_hook()
    dpytest.configure(client, text_channels=["availability", "general", "roster"], members=["xiaojing", "lin"])
    await link_the_team(app)
    yield client
    await dpytest.empty_queue()
    await app.close()


async def test_a_dropped_shift_is_offered_by_dm_and_taken_with_its_button(
    one_per_slot_bot: CoordinatorBot, sent_buttons
) -> None:
    bot = one_per_slot_bot
    await dpytest.add_role(member(1), backend.make_role("coordinator", dpytest.get_config().guilds[0]))
    await slash(bot, "avail set", member(0), text="周三晚上可以")
    await slash(bot, "avail set", member(1), text="周三晚上机动")
    await slash(bot, "roster build", member(1), where="roster")
    await slash(bot, "roster publish", member(1), where="roster")
    await dpytest.empty_queue()

    dropped = await slash(bot, "shift drop", member(0), day="周三", slot="晚上")
    assert "已退出 12/2 周三 晚上" in dropped.embed.description
    assert dropped.response.sent[-1]["ephemeral"] is True
    offer = dpytest.get_message()
    assert isinstance(offer.channel, discord.DMChannel) and offer.channel.id == member(1).dm_channel.id
    assert "你可以接这个班吗" in offer.embeds[0].description
    (take_label, take_id), _ = sent_buttons[-1]
    assert take_label == "我来接"

    press = FakeInteraction(member(1), offer.channel, data={"custom_id": take_id},
                            type=discord.InteractionType.component)
    await bot.on_interaction(press)
    assert "现在是你的班了" in press.embed.description
    told = [dpytest.get_message() for _ in range(2)]
    assert any(m.channel.name == "roster" and "接了 12/2 周三 晚上" in m.embeds[0].description
               for m in told if not isinstance(m.channel, discord.DMChannel))
    assert any(isinstance(m.channel, discord.DMChannel) and m.channel.id == member(0).dm_channel.id for m in told)


async def test_roster_mine_uploads_the_shifts_as_a_calendar_file(bot: CoordinatorBot) -> None:
    await dpytest.add_role(member(1), backend.make_role("coordinator", dpytest.get_config().guilds[0]))
    await slash(bot, "avail set", member(0), text="周三晚上可以")
    await slash(bot, "roster build", member(1), where="roster")
    await slash(bot, "roster publish", member(1), where="roster")
    mine = await slash(bot, "roster mine", member(0))
    (upload,) = mine.response.sent[-1]["files"]
    assert upload.filename == "KF002-2026-W48.ics" and mine.response.sent[-1]["ephemeral"] is True
    body = upload.fp.read()
    assert body.count(b"BEGIN:VEVENT") == 1 and b"DTSTART" in body


async def test_the_published_roster_and_a_week_grid_come_with_a_picture(bot: CoordinatorBot) -> None:
    await dpytest.add_role(member(1), backend.make_role("coordinator", dpytest.get_config().guilds[0]))
    shown = await slash(bot, "avail set", member(0), text="周三晚上可以")
    sent = shown.response.sent[-1]
    assert [f.filename for f in sent["files"]] == ["table.png"]
    assert sent["embed"].image.url == "attachment://table.png"
    assert sent["files"][0].fp.read(8) == b"\x89PNG\r\n\x1a\n"
    await slash(bot, "roster build", member(1), where="roster")
    await dpytest.empty_queue()
    await slash(bot, "roster publish", member(1), where="roster")
    posted = dpytest.get_message()
    assert posted.channel.name == "roster"
    assert [a.filename for a in posted.attachments] == ["table.png"]
    assert posted.embeds[0].image.url == "attachment://table.png"
    listing = await slash(bot, "help", member(0))
    assert "files" not in listing.response.sent[-1]


async def test_avail_set_without_text_opens_a_form_whose_answer_is_stored(bot: CoordinatorBot) -> None:
    opened = await slash(bot, "avail set", member(0))
    (modal,) = opened.response.modals
    assert modal.title == "登记每周时间" and [item.custom_id for item in modal.children] == ["text"]
    submit = FakeInteraction(member(0), channel("general"), type=discord.InteractionType.modal_submit, data={
        "custom_id": modal.custom_id,
        "components": [{"type": 1, "components": [{"type": 4, "custom_id": "text", "value": "周五晚上可以"}]}],
    })
    await bot.on_interaction(submit)
    assert "的每周时间已更新" in submit.embed.title
    async with bot.app.uow() as uow:
        stored = await identity.member_of(uow, _actor(member(0)))
        assert set(await availability.current_availability(uow, stored.id, None)) == {"fri:evening"}


async def test_a_republished_roster_edits_its_post_instead_of_adding_one(bot: CoordinatorBot) -> None:
    from coordinator.platform import posts

    await dpytest.add_role(member(1), backend.make_role("coordinator", dpytest.get_config().guilds[0]))
    await slash(bot, "avail set", member(0), text="周三晚上可以")
    await slash(bot, "avail set", member(1), text="周四晚上可以")
    await slash(bot, "roster build", member(1), where="roster")
    await slash(bot, "roster publish", member(1), where="roster")
    async with bot.app.uow() as uow:
        first = await posts.find(uow, "discord", "roster-post:2026-W49")
    await dpytest.empty_queue()
    await slash(bot, "leave", member(0), text="12月2日请假")
    await slash(bot, "roster build", member(1), where="roster")
    await slash(bot, "roster publish", member(1), where="roster")
    while not dpytest.sent_queue.empty():
        assert getattr(dpytest.get_message().channel, "name", "dm") != "roster"
    async with bot.app.uow() as uow:
        assert await posts.find(uow, "discord", "roster-post:2026-W49") == first
    edited = await channel("roster").fetch_message(int(first[1]))
    assert "（已更新）" in edited.embeds[0].title


@pytest.mark.parametrize(("failure", "code", "sentence"), [
    (OSError("Cannot connect to host discord.com"), 1,
     "could not reach Discord (OSError); check the network and try again."),
    (discord.LoginFailure("Improper token"), 2, "Discord refused the token; check DISCORD_TOKEN."),
])
async def test_run_without_a_reachable_discord_says_one_sentence(
    sqlite_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    failure: Exception, code: int, sentence: str,
) -> None:
    from coordinator.chat.discord_bot import run_discord
    from coordinator.settings import Settings

    async def unreachable(self: CoordinatorBot, token: str) -> None:
        raise failure

    monkeypatch.setattr(CoordinatorBot, "start", unreachable)
    assert await run_discord(Settings(database_url=sqlite_url, discord_token="secret-token")) == code
    err = capsys.readouterr().err
    assert err.strip().splitlines() == [f"coordinator: {sentence}"] and "secret-token" not in err


async def test_leave_asks_in_discord_and_the_next_message_there_answers(bot: CoordinatorBot) -> None:
    asked = await slash(bot, "leave", member(0), where="availability")
    assert "哪几天请假" in asked.embed.description
    await dpytest.message("12月3日", channel=channel("availability"), member=member(0))
    assert "已记下请假：12月3日" in dpytest.get_embed().description
    await dpytest.message("周五晚上可以", channel=channel("availability"), member=member(0))
    assert "的每周时间已更新" in dpytest.get_embed().title
