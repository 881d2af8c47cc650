"""The Discord front end: slash commands built from the registry, messages read, replies rendered."""

from __future__ import annotations

import asyncio
import inspect
import logging
from collections.abc import Sequence
from typing import Any, Literal, Optional

import discord
from discord import app_commands

from coordinator.app import App, build_app, build_scheduler
from coordinator.chat.dispatch import Dispatcher
from coordinator.chat.invocation import DIRECT, Actor, Invocation
from coordinator.chat.registry import Command
from coordinator.chat.render import table_text
from coordinator.chat.reply import Button, Notice, Reply, Tone
from coordinator.i18n import t
from coordinator.settings import Settings

log = logging.getLogger(__name__)

BUTTON_PREFIX = "coord|"
DESCRIPTION_LIMIT = 100
TONE_COLOURS = {
    Tone.INFO: discord.Colour.blurple(),
    Tone.SUCCESS: discord.Colour.green(),
    Tone.QUESTION: discord.Colour.gold(),
    Tone.REFUSAL: discord.Colour.red(),
}


def actor_from_user(user: discord.abc.User) -> Actor:
    roles = frozenset(role.name for role in getattr(user, "roles", ()) if role.name != "@everyone")
    permissions = getattr(user, "guild_permissions", None)
    return Actor(
        platform="discord",
        user_id=str(user.id),
        display_name=getattr(user, "display_name", user.name),
        chat_roles=roles,
        is_admin=bool(permissions and permissions.administrator),
    )


def channel_name(channel: Any) -> str:
    return DIRECT if isinstance(channel, discord.DMChannel) or not hasattr(channel, "name") else channel.name


def describe(command_or_option: Any) -> str:
    both = f"{command_or_option.zh} · {command_or_option.en}"
    text = both if len(both) <= DESCRIPTION_LIMIT else command_or_option.zh
    return text[:DESCRIPTION_LIMIT]


def reply_embed(reply: Reply) -> discord.Embed:
    parts = [reply.text] if reply.text else []
    if reply.table:
        parts.append(f"```\n{table_text(reply.table, width=60)}\n```")
    return discord.Embed(title=reply.title or None, description="\n".join(parts)[:4000],
                         colour=TONE_COLOURS[reply.tone])


def encode_button(button: Button) -> str:
    args = "&".join(f"{name}={value}" for name, value in button.args.items())
    return f"{BUTTON_PREFIX}{button.command}|{args}"[:100]


def decode_button(custom_id: str) -> tuple[str, dict[str, str]] | None:
    if not custom_id.startswith(BUTTON_PREFIX):
        return None
    command, _, args = custom_id[len(BUTTON_PREFIX):].partition("|")
    pairs = (item.partition("=") for item in args.split("&") if item)
    return command, {name: value for name, _, value in pairs}


def reply_view(reply: Reply) -> discord.ui.View | None:
    if not reply.buttons:
        return None
    view = discord.ui.View(timeout=None)
    for button in reply.buttons:
        style = discord.ButtonStyle.danger if button.danger else discord.ButtonStyle.primary
        view.add_item(discord.ui.Button(label=button.label, style=style, custom_id=encode_button(button)))
    return view


class CoordinatorBot(discord.Client):
    """One client: the registry's commands as slash commands, availability read from messages."""

    def __init__(
        self, app: App, *, intents: discord.Intents | None = None, sync_commands: bool = True,
        run_timed_jobs: bool = True,
    ) -> None:
        if intents is None:
            intents = discord.Intents.default()
            intents.message_content = True
            intents.members = True
        super().__init__(intents=intents)
        self.app = app
        self.dispatcher = Dispatcher(app)
        self.tree = app_commands.CommandTree(self)
        self.sync_commands = sync_commands
        self.run_timed_jobs = run_timed_jobs
        self.timed_jobs: asyncio.Task[None] | None = None
        build_command_tree(self.tree, self)

    async def setup_hook(self) -> None:
        if self.sync_commands:
            await self.tree.sync()
        if self.run_timed_jobs:
            self.timed_jobs = asyncio.create_task(build_scheduler(self.app, self.deliver_notices).run_forever())

    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot or not message.content.strip() or message.content.startswith("/"):
            return
        actor = actor_from_user(message.author)
        reply = await self.dispatcher.handle_text(actor, channel_name(message.channel), message.content)
        if reply is None:
            return
        await message.reply(embed=reply_embed(reply), view=reply_view(reply), mention_author=False)
        await self.deliver_notices(reply.notices)

    async def on_interaction(self, interaction: discord.Interaction) -> None:
        if interaction.type is not discord.InteractionType.component:
            return
        decoded = decode_button((interaction.data or {}).get("custom_id", ""))
        if decoded is None:
            return
        command, args = decoded
        await self.run_command(interaction, command, args)

    async def run_command(self, interaction: discord.Interaction, command: str, args: dict[str, str]) -> Reply:
        invocation = Invocation(actor_from_user(interaction.user), channel_name(interaction.channel), command, args)
        registered = self.app.registry.get(command)
        if registered is not None and registered.progress:
            await self.show_progress(interaction, registered.progress)
        reply = await self.dispatcher.run(invocation)
        await self.respond(interaction, reply)
        return reply

    async def show_progress(self, interaction: discord.Interaction, key: str) -> None:
        """A status only the asker sees, within Discord's three seconds; a private answer replaces it."""
        lang = await self.dispatcher.language_of(actor_from_user(interaction.user))
        await interaction.response.send_message(embed=reply_embed(Reply(text=t(key, lang))), ephemeral=True)

    async def respond(self, interaction: discord.Interaction, reply: Reply) -> None:
        kwargs: dict[str, Any] = {"embed": reply_embed(reply), "ephemeral": reply.private}
        view = reply_view(reply)
        if view is not None:
            kwargs["view"] = view
        if interaction.response.is_done() and reply.private:
            del kwargs["ephemeral"]
            await interaction.edit_original_response(**kwargs)
        elif interaction.response.is_done():
            await interaction.delete_original_response()
            await interaction.followup.send(**kwargs)
        else:
            await interaction.response.send_message(**kwargs)
        await self.deliver_notices(reply.notices)

    async def deliver_notices(self, notices: Sequence[Notice]) -> None:
        for notice in notices:
            try:
                await self._deliver(notice)
            except discord.DiscordException:
                log.warning("could not deliver a notice to %s", notice.channel or "a member")

    async def _deliver(self, notice: Notice) -> None:
        reply = notice.as_reply()
        kwargs: dict[str, Any] = {"embed": reply_embed(reply)}
        view = reply_view(reply)
        if view is not None:
            kwargs["view"] = view
        if notice.member_discord_id is not None:
            user = self.get_user(notice.member_discord_id) or await self.fetch_user(notice.member_discord_id)
            await user.send(**kwargs)
        elif notice.channel:
            for guild in self.guilds:
                channel = discord.utils.get(guild.text_channels, name=notice.channel)
                if channel is not None:
                    await channel.send(**kwargs)


def build_command_tree(tree: app_commands.CommandTree, bot: CoordinatorBot) -> None:
    """Turn every registry command into a slash command; two-word names become groups."""
    groups: dict[str, app_commands.Group] = {}
    for command in bot.app.registry:
        head, _, tail = command.name.partition(" ")
        slash = app_commands.Command(
            name=tail or head, description=describe(command), callback=_callback(bot, command)
        )
        if not tail:
            tree.add_command(slash)
            continue
        if head not in groups:
            groups[head] = app_commands.Group(name=head, description=head)
            tree.add_command(groups[head])
        groups[head].add_command(slash)


def _callback(bot: CoordinatorBot, command: Command) -> Any:
    async def callback(interaction: discord.Interaction, **options: Any) -> None:
        args = {name: str(value) for name, value in options.items() if value is not None}
        await bot.run_command(interaction, command.name, args)

    parameters = [inspect.Parameter("interaction", inspect.Parameter.POSITIONAL_OR_KEYWORD,
                                    annotation=discord.Interaction)]
    for option in command.options:
        annotation: Any = Literal[option.choices] if option.choices else str
        parameters.append(
            inspect.Parameter(
                option.name,
                inspect.Parameter.KEYWORD_ONLY,
                annotation=annotation if option.required else Optional[annotation],  # noqa: UP007
                default=inspect.Parameter.empty if option.required else None,
            )
        )
    callback.__signature__ = inspect.Signature(parameters)  # type: ignore[attr-defined]
    callback.__name__ = callback.__qualname__ = command.name.replace(" ", "_")
    callback.__discord_app_commands_param_description__ = {o.name: describe(o) for o in command.options}  # type: ignore[attr-defined]
    return callback


async def run_discord(settings: Settings) -> None:
    app = await build_app(settings)
    bot = CoordinatorBot(app)
    try:
        async with bot:
            await bot.start(settings.discord_token)
    finally:
        await app.close()
