"""Chat commands for the team list; changes are for coordinators only."""

from __future__ import annotations

from coordinator.chat.context import CommandContext
from coordinator.chat.invocation import DIRECT
from coordinator.chat.registry import CommandRegistry, Option
from coordinator.chat.reply import Reply, Table, Tone
from coordinator.core.errors import UserError
from coordinator.platform.policy import COORDINATORS
from coordinator.team import enrolment, identity
from coordinator.team import messages as _messages  # noqa: F401
from coordinator.team import services as team
from coordinator.team.domain import MemberView

registry = CommandRegistry()

MEMBER = Option("member", "成员（名字、工号或 @）", "member (name, staff ID or @mention)", example="小静",
                example_en="Lin")
USER = Option("user", "此人的 Discord 账号（@提及）", "their Discord account (@mention)", kind="user",
              example="@xiaojing")


def roles_text(member: MemberView) -> str:
    return ", ".join(member.roles)


@registry.command(
    "team add",
    zh="把一个人加入团队名单（协调员）",
    options=(MEMBER, Option("role", "角色", "role", required=False, example="trainee"),
             Option("user", "此人的 Discord 账号（@提及），填了就直接绑定", "their Discord account (@mention), linked at once",
                    required=False, kind="user")),
    policy=COORDINATORS,
)
async def add(ctx: CommandContext) -> Reply:
    """Add a person to the team list, with their Discord account if you mention it (coordinators)."""
    roles = (team.require_role(ctx.arg("role")),) if ctx.arg("role") else ()
    account = _account(ctx, "user") if ctx.arg("user") else None
    enrolled = await enrolment.enrol(ctx.app, ctx.require("member"), roles, account,
                                     with_code=ctx.invocation.actor.platform == "cli")
    added = enrolled.member
    reply = ctx.reply("team.added", name=added.display_name, staff_id=added.staff_id, roles=roles_text(added))
    if enrolled.code is None:
        return reply
    return Reply(text="\n".join([reply.text, ctx.t("team.link_code", name=added.display_name, code=enrolled.code)]),
                 tone=reply.tone, key=reply.key, private=True)


def _account(ctx: CommandContext, option: str) -> int:
    discord_id = identity.discord_user_id(ctx.require(option))
    if discord_id is None:
        raise UserError("team.bad_account", text=ctx.require(option)[:40])
    return discord_id


@registry.command("team link", zh="把成员和他的 Discord 账号绑定（协调员）", options=(MEMBER, USER), policy=COORDINATORS)
async def link(ctx: CommandContext) -> Reply:
    """Link a member to their Discord account (coordinators)."""
    linked = await enrolment.link(ctx.app, ctx.require("member"), _account(ctx, "user"))
    return ctx.reply("team.linked", name=linked.display_name, staff_id=linked.staff_id)


@registry.command("team code", zh="给成员一个一次性绑定码，24 小时内有效（协调员）", options=(MEMBER,), policy=COORDINATORS)
async def code(ctx: CommandContext) -> Reply:
    """Give a member a one-time link code, valid for 24 hours (coordinators)."""
    member, issued = await enrolment.new_code(ctx.app, ctx.require("member"))
    return ctx.reply("team.link_code", tone=Tone.INFO, private=True, name=member.display_name, code=issued)


@registry.command("link", zh="用协调员给你的一次性码绑定账号（请私信机器人）",
                  options=(Option("code", "绑定码，如 K7QM-3XPA", "your code, e.g. K7QM-3XPA", example="K7QM-3XPA"),))
async def redeem(ctx: CommandContext) -> Reply:
    """Link your Discord account with the one-time code a coordinator gave you (in a DM to the bot)."""
    if ctx.invocation.channel != DIRECT:
        raise UserError("team.link_burned" if await enrolment.burn(ctx.app, ctx.require("code")) else "team.link_in_dm")
    member = await enrolment.redeem(ctx.app, ctx.invocation.actor, ctx.require("code"))
    return ctx.reply("team.link_redeemed", private=True, name=member.display_name, staff_id=member.staff_id)


@registry.command(
    "team role",
    zh="给成员加上或去掉一个角色（协调员）",
    options=(
        MEMBER,
        Option("role", "角色", "role", example="lead"),
        Option("remove", "填 yes 表示去掉", "yes to remove it", required=False, choices=("yes", "no")),
    ),
    policy=COORDINATORS,
)
async def role(ctx: CommandContext) -> Reply:
    """Give a member a role, or take it away with remove:yes (coordinators)."""
    wanted = team.require_role(ctx.require("role"))
    removing = ctx.arg("remove") == "yes"
    change = await enrolment.change_role(ctx.app, ctx.require("member"), wanted, remove=removing)
    shown = change.member
    key = {(False, True): "team.role_granted", (False, False): "team.role_unchanged",
           (True, True): "team.role_removed", (True, False): "team.role_absent"}[(removing, change.changed)]
    return ctx.reply(key, name=shown.display_name, role=wanted.value, roles=roles_text(shown))


@registry.command(
    "team mentor",
    zh="指定实习生的带教（协调员）",
    options=(
        Option("mentor", "带教", "mentor", example="陶然居士", example_en="Tao"),
        Option("trainee", "实习生", "trainee", example="熊宝宝", example_en="Bear"),
    ),
    policy=COORDINATORS,
)
async def mentor(ctx: CommandContext) -> Reply:
    """Pair a trainee with a mentor (coordinators)."""
    mentor_view, trainee_view = await enrolment.pair(ctx.app, ctx.require("mentor"), ctx.require("trainee"))
    return ctx.reply("team.mentor_set", mentor=mentor_view.display_name, trainee=trainee_view.display_name)


@registry.command("team list", zh="查看团队名单")
async def list_team(ctx: CommandContext) -> Reply:
    """Show the team list."""
    members = await enrolment.members(ctx.app)
    if not members:
        return ctx.reply("team.list_empty")
    return Reply(
        title=ctx.t("team.list_title", count=len(members)),
        text="",
        table=member_table(ctx, members),
        key="team.list_title",
    )


def member_table(ctx: CommandContext, members: list[MemberView]) -> Table:
    headers = tuple(ctx.t(f"team.header.{h}") for h in ("staff_id", "name", "roles", "mentor"))
    rows = tuple((m.staff_id, m.display_name, roles_text(m), m.mentor or "") for m in members)
    return Table(headers, rows)


@registry.command(
    "language",
    zh="设置机器人回复你时用的语言",
    options=(Option("lang", "zh 或 en", "zh or en", choices=("zh", "en"), example="en"),),
)
async def language(ctx: CommandContext) -> Reply:
    """Choose the language the bot answers you in."""
    chosen = ctx.require("lang")
    await enrolment.choose_language(ctx.app, ctx.asker(), chosen)
    ctx.lang = chosen
    return ctx.reply("team.language_set", private=True)


