"""Identity and policies: a display name never links or authorises; every coordinator command is enforced."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

import pytest

from coordinator.app import App
from coordinator.chat.admin import run_as_admin
from coordinator.chat.dispatch import Dispatcher
from coordinator.chat.invocation import DIRECT, Actor, Invocation
from coordinator.team import identity
from coordinator.team import services as team
from tests.app.transcript import Transcript

STRANGER = 2004


def discord_actor(user_id: int, nickname: str, roles: frozenset[str] = frozenset()) -> Actor:
    return Actor("discord", str(user_id), nickname, chat_roles=roles)


async def _run(app: App, actor: Actor, command: str, channel: str = "general", **args: str):
    return await Dispatcher(app).run(Invocation(actor, channel, command, args))


async def test_a_stranger_with_a_coordinators_nickname_gets_nothing(app: App) -> None:
    await run_as_admin(app, "team add", member="廖丹", role="coordinator")
    for nickname in ("廖丹", "廖丹 ", " 廖丹", "廖　丹"):
        impostor = discord_actor(STRANGER, nickname)
        for command, args in (("team add", {"member": "路人甲"}), ("team role", {"member": "廖丹", "role": "lead"}),
                              ("roster publish", {}), ("roster build", {})):
            refused = await _run(app, impostor, command, **args)
            assert refused.key == "error.coordinator_only", (nickname, command, refused.text)
    async with app.uow() as uow:
        coordinator = await team.find_member(uow, "廖丹")
        assert coordinator.discord_id is None
        assert [m.display_name for m in await team.list_members(uow)] == ["廖丹"]


async def test_lookalike_and_mention_names_are_refused_when_added(app: App) -> None:
    await run_as_admin(app, "team add", member="廖丹", role="coordinator")
    await run_as_admin(app, "team add", member="Lin")
    cases = {
        "廖\u200b丹": "team.name_invisible", "\u202e廖丹": "team.name_invisible", "廖丹\u2066": "team.name_invisible",
        "KF007": "team.name_is_staff_id", "kf 12": "team.name_is_staff_id",
        "<@2004>": "team.name_is_mention", "@小静": "team.name_is_mention",
        "廖丹 ": "team.name_taken", "ＬＩＮ": "team.name_taken", "lin": "team.name_taken",
        "x" * 101: "team.bad_name", "\u200b": "team.name_invisible",
    }
    for name, key in cases.items():
        reply = await run_as_admin(app, "team add", member=name)
        assert reply.key == key, (name, reply.text)
        assert "\n" not in reply.text
    async with app.uow() as uow:
        assert len(await team.list_members(uow)) == 2


async def test_the_first_coordinator_is_created_from_the_command_line_and_the_refusal_says_so(app: App) -> None:
    refused = await _run(app, discord_actor(STRANGER, "someone"), "team add", member="小静")
    assert refused.key == "error.no_coordinator_yet"
    assert "coordinator team add" in refused.text and "--role coordinator" in refused.text


async def test_a_coordinator_links_an_account_by_mention_and_only_then_it_is_them(app: App) -> None:
    await run_as_admin(app, "team add", member="廖丹", role="coordinator")
    coordinator = discord_actor(1001, "Liao")
    async with app.uow() as uow:
        await identity.link_account(uow, await team.find_member(uow, "廖丹"), 1001)
        await uow.commit()
    added = await _run(app, coordinator, "team add", member="小静", user="<@2002>")
    assert added.key == "team.added"
    assert (await _run(app, coordinator, "team add", member="小静二号", user="<@2002>")).key == "team.account_taken_plain"
    assert (await _run(app, coordinator, "team add", member="老王", user="not-a-user")).key == "team.bad_account"
    xiaojing = discord_actor(2002, "totally-different-nickname")
    assert (await app.identify(xiaojing)).name == "小静"
    await run_as_admin(app, "team add", member="老王")
    assert (await _run(app, coordinator, "team link", member="老王", user="<@2002>")).key == "team.account_taken"
    assert (await _run(app, coordinator, "team link", member="老王", user="<@2003>")).key == "team.linked"
    assert (await app.identify(discord_actor(2003, "x"))).name == "老王"
    assert (await _run(app, xiaojing, "team link", member="老王", user="<@2002>")).key == "error.coordinator_only"


async def test_a_one_time_code_links_in_a_dm_once_and_expires(app: App, clock) -> None:
    printed = await run_as_admin(app, "team add", member="廖丹", role="coordinator")
    code = re.search(r"/link ([A-Z0-9]{4}-[A-Z0-9]{4})", printed.text).group(1)
    person = discord_actor(1001, "liao-on-discord")
    assert (await _run(app, person, "link", channel="general", code="ABCD-EFGH")).key == "team.link_in_dm"
    shown = await run_as_admin(app, "team code", member="廖丹")
    burned = re.search(r"/link ([A-Z0-9]{4}-[A-Z0-9]{4})", shown.text).group(1)
    assert (await _run(app, person, "link", channel="general", code=burned)).key == "team.link_burned"
    assert (await _run(app, person, "link", channel=DIRECT, code=burned)).key == "team.link_bad_code"
    code = re.search(r"/link ([A-Z0-9]{4}-[A-Z0-9]{4})", (await run_as_admin(app, "team code", member="廖丹")).text).group(1)
    assert (await _run(app, person, "link", channel=DIRECT, code="ABCD-EFGH")).key == "team.link_bad_code"
    assert (await _run(app, person, "link", channel=DIRECT, code="x" * 5000)).key == "team.link_bad_code"
    linked = await _run(app, person, "link", channel=DIRECT, code=code.lower().replace("-", " "))
    assert linked.key == "team.link_redeemed" and "KF001" in linked.text
    assert (await app.identify(person)).name == "廖丹"
    other = discord_actor(1002, "someone-else")
    assert (await _run(app, other, "link", channel=DIRECT, code=code)).key == "team.link_bad_code"

    later = await run_as_admin(app, "team code", member="廖丹")
    stale = re.search(r"/link ([A-Z0-9]{4}-[A-Z0-9]{4})", later.text).group(1)
    clock.advance(timedelta(hours=24, minutes=1))
    assert (await _run(app, other, "link", channel=DIRECT, code=stale)).key == "team.link_bad_code"
    assert (await app.identify(other)).member_id is None


async def test_strangers_cannot_join_by_posting_unless_the_team_opens_it(app: App) -> None:
    dispatcher = Dispatcher(app)
    stranger = discord_actor(STRANGER, "Newbie")
    channel = app.settings.availability_channel
    refused = await dispatcher.handle_text(stranger, channel, "Tuesday evenings work for me")
    assert refused.key == "error.join_closed" and "/team add" in refused.text and "/link" in refused.text
    assert await dispatcher.handle_text(stranger, channel, "thanks!") is None
    async with app.uow() as uow:
        assert await team.list_members(uow) == []

    opened = replace(app, settings=replace(app.settings, open_join=True))
    welcomed = await Dispatcher(opened).handle_text(stranger, channel, "Tuesday evenings work for me")
    assert "Welcome Newbie" in welcomed.text and "KF001" in welcomed.text
    chinese = await Dispatcher(opened).handle_text(discord_actor(2005, "小新"), channel, "周二晚上可以")
    assert "欢迎 小新" in chinese.text
    assert (await opened.identify(stranger)).language == "en"


async def test_discord_role_names_match_whatever_their_case(app: App) -> None:
    await run_as_admin(app, "team add", member="廖丹", role="coordinator")
    for number, role in enumerate(("Coordinator", "COORDINATOR", "协调员")):
        asked = await _run(app, discord_actor(3000, "mod", frozenset({role})), "team list")
        added = await _run(app, discord_actor(3000, "mod", frozenset({role})), "team add", member=f"新人{number}")
        assert asked.key != "error.coordinator_only" and added.key == "team.added", (role, added.text)


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_every_coordinator_command_is_refused_to_a_plain_member(app: App, lang: str) -> None:
    chat = Transcript(app)
    await chat.bootstrap("廖丹")
    await chat.say("廖丹: /team add 小静")
    await chat.say(f"小静: /language {lang}")
    volunteer = Actor("console", "小静", "小静")
    guarded = [command for command in app.registry if command.coordinator_only]
    assert {"team add", "team role", "team mentor", "team link", "team code", "roster build",
            "roster publish"} <= {command.name for command in guarded}
    for command in guarded:
        args = {option.name: option.example or "x" for option in command.options}
        refused = await _run(app, volunteer, command.name, **args)
        assert refused.key == "error.coordinator_only", command.name
        assert f"/{command.name}" in refused.text
    for command in app.registry:
        if not command.coordinator_only:
            allowed = await _run(app, volunteer, command.name)
            assert allowed.key != "error.coordinator_only", command.name


async def test_record_numbers_past_any_integer_are_refused_plainly(app: App) -> None:
    chat = Transcript(app)
    await chat.bootstrap("廖丹")
    for line in ("廖丹: /shift take offer:99999999999999999999999", "廖丹: /shift agree request:-1",
                 "廖丹: /shift pass offer:１２", "廖丹: /avail undo message:99999999999999999999"):
        answer = await chat.say(line)
        assert "出了点问题" not in answer and "Traceback" not in answer, answer


async def test_acting_on_someone_elses_post_offer_or_swap_is_refused_before_the_handler(app: App) -> None:
    chat = Transcript(app)
    await chat.bootstrap("廖丹")
    await chat.say("小静: 周三晚上可以")
    await chat.say("瓦蓝: 周三晚上机动")
    owner_only_commands = {c.name for c in app.registry if c.policy.rule is not None}
    assert owner_only_commands == {"avail confirm", "avail undo", "shift take", "shift pass", "shift agree",
                                   "shift refuse", "meeting next", "meeting recorder", "meeting end", "next",
                                   "action done"}
    intruder = Actor("console", "瓦蓝", "瓦蓝")
    assert (await _run(app, intruder, "avail undo", message="1")).key == "avail.not_yours"
    assert (await _run(app, intruder, "avail confirm", message="1")).key == "avail.not_yours"
    assert (await _run(app, intruder, "shift take", offer="1")).key == "shift.offer_unknown"
    assert (await _run(app, intruder, "shift agree", request="1")).key == "shift.swap_unknown"
    stranger = discord_actor(STRANGER, "小静")
    assert (await _run(app, stranger, "avail undo", message="1")).key == "error.not_a_member"
    assert (await _run(app, Actor("console", "小静", "小静"), "avail undo", message="1")).key == "avail.undone"


async def test_an_approval_policy_refuses_the_author_and_admits_another_coordinator(app: App) -> None:
    """The rule outreach approvals will use: a coordinator other than the one who wrote it."""
    from coordinator.chat.context import CommandContext
    from coordinator.platform.policy import not_the_author

    await run_as_admin(app, "team add", member="廖丹", role="coordinator")
    await run_as_admin(app, "team add", member="瓦蓝", role="coordinator")
    await run_as_admin(app, "team add", member="小静")

    async def wrote_it(ctx: CommandContext, uow) -> bool:  # noqa: ANN001
        return ctx.caller.name == "廖丹"

    policy = not_the_author(wrote_it, "outreach.own_batch", "coordinator")
    for name, refusal in (("廖丹", "outreach.own_batch"), ("小静", "error.coordinator_only"), ("瓦蓝", None)):
        actor = Actor("console", name, name)
        ctx = CommandContext(app, Invocation(actor, "general", "approve"), "zh", caller=await app.identify(actor))
        try:
            await policy.enforce(ctx, ctx.caller, "approve", app.coordinators_exist)
            outcome = None
        except Exception as error:  # UserError
            outcome = error.key
        assert outcome == refusal, name


async def test_one_code_redeemed_by_ten_accounts_at_once_links_exactly_one(app: App) -> None:
    import asyncio

    printed = await run_as_admin(app, "team add", member="廖丹", role="coordinator")
    code = re.search(r"/link ([A-Z0-9]{4}-[A-Z0-9]{4})", printed.text).group(1)
    replies = await asyncio.gather(*(
        _run(app, discord_actor(5000 + n, f"x{n}"), "link", channel=DIRECT, code=code) for n in range(10)))
    assert sorted(reply.key for reply in replies) == ["team.link_bad_code"] * 9 + ["team.link_redeemed"]
    async with app.uow() as uow:
        assert (await team.find_member(uow, "廖丹")).discord_id in range(5000, 5010)
