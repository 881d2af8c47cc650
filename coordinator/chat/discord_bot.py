"""The Discord front end: slash commands built from the registry, messages read, replies rendered."""

from __future__ import annotations

import asyncio
import inspect
import logging
import sys
from typing import Any, Literal, Optional

import discord
from discord import app_commands

from coordinator.app import App, build_app
from coordinator.chat.discord_delivery import THREAD_ARCHIVE_MINUTES, DiscordDelivery
from coordinator.chat.discord_render import (
    FORM_PREFIX,
    button_token,
    form_modal,
    message_kwargs,
    remember_form,
    reply_embed,
    submitted_values,
)
from coordinator.chat.dispatch import Dispatcher
from coordinator.chat.invocation import DIRECT, Actor, Invocation
from coordinator.chat.registry import Command
from coordinator.chat.reply import Reply
from coordinator.i18n import t
from coordinator.platform import buttons
from coordinator.settings import Settings

log = logging.getLogger(__name__)

DESCRIPTION_LIMIT = 100
POLL_SECONDS = 15.0


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
        self.deliver = DiscordDelivery(self, app)
        build_command_tree(self.tree, self)

    async def setup_hook(self) -> None:
        if self.sync_commands:
            try:
                await self.tree.sync()
            except (discord.DiscordException, OSError) as error:
                log.warning("could not sync the slash commands (%s); the bot goes on with the last ones synced",
                            type(error).__name__)
        if self.run_timed_jobs:
            self.timed_jobs = asyncio.create_task(self._timed_work())

    async def _timed_work(self) -> None:
        """The one loop: due jobs, then the outbox, every few seconds; an error never stops it."""
        while True:
            try:
                await self.app.run_due(self.deliver)
            except Exception:
                log.exception("the timed-work loop hit an error; it goes on")
            await asyncio.sleep(POLL_SECONDS)

    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot or not message.content.strip() or message.content.startswith("/"):
            return
        actor = actor_from_user(message.author)
        reply = await self.dispatcher.handle_text(actor, channel_name(message.channel), message.content)
        if reply is not None:
            try:
                answer = await message.reply(**await message_kwargs(self.app, reply), mention_author=False)
                await self._open_thread(answer, reply)
            except (discord.DiscordException, OSError) as error:
                log.warning("could not answer a message (%s)", type(error).__name__)
        await self.flush_outbox()

    async def on_voice_state_update(self, member: discord.Member, before: discord.VoiceState,
                                    after: discord.VoiceState) -> None:
        """Joining or leaving a voice channel becomes a ``voice.join`` / ``voice.leave`` event for the features."""
        if member.bot or before.channel == after.channel:
            return
        actor = actor_from_user(member)
        for kind, place in (("voice.leave", before.channel), ("voice.join", after.channel)):
            if place is not None:
                await self.dispatcher.handle_event(kind, actor, place.name,
                                                   {"channel": place.name, "channel_id": str(place.id)})
        await self.flush_outbox()

    async def on_interaction(self, interaction: discord.Interaction) -> None:
        """A press of one of our buttons, or a filled-in form: the stored command runs for whoever sent it."""
        data = interaction.data or {}
        if interaction.type is discord.InteractionType.component:
            token, values = button_token(data.get("custom_id", "")), {}
        elif interaction.type is discord.InteractionType.modal_submit:
            token, values = button_token(data.get("custom_id", ""), FORM_PREFIX), submitted_values(data)
        else:
            return
        if token is None:
            return
        async with self.app.uow() as uow:
            action = await buttons.recall(uow, token)
        if action is None:
            lang = await self.dispatcher.language_of(actor_from_user(interaction.user))
            await self.respond(interaction, Reply.refusal(t("error.button_unknown", lang), "error.button_unknown"))
            return
        command, args = action
        await self.run_command(interaction, command, {**args, **values})

    async def run_command(self, interaction: discord.Interaction, command: str, args: dict[str, str]) -> Reply:
        invocation = Invocation(actor_from_user(interaction.user), channel_name(interaction.channel), command, args)
        registered = self.app.registry.get(command)
        try:
            if registered is not None and registered.progress:
                await self.show_progress(interaction, registered.progress)
            reply = await self.dispatcher.run(invocation)
            await self.respond(interaction, reply)
        finally:
            await self.flush_outbox()
        return reply

    async def show_progress(self, interaction: discord.Interaction, key: str) -> None:
        """A status only the asker sees, within Discord's three seconds; a private answer replaces it."""
        lang = await self.dispatcher.language_of(actor_from_user(interaction.user))
        await interaction.response.send_message(embed=reply_embed(Reply(text=t(key, lang))), ephemeral=True)


    async def respond(self, interaction: discord.Interaction, reply: Reply) -> None:
        """Answer in place: a form opens as a modal, a private answer replaces the status, a thread opens on it."""
        if reply.form is not None and not interaction.response.is_done():
            await interaction.response.send_modal(form_modal(reply.form, await remember_form(self.app, reply.form)))
            return
        kwargs = await message_kwargs(self.app, reply)
        kwargs["ephemeral"] = reply.private
        try:
            if interaction.response.is_done() and reply.private:
                del kwargs["ephemeral"]
                if "files" in kwargs:
                    kwargs["attachments"] = kwargs.pop("files")
                await interaction.edit_original_response(**kwargs)
            elif interaction.response.is_done():
                await interaction.delete_original_response()
                await interaction.followup.send(**kwargs)
            else:
                await interaction.response.send_message(**kwargs)
                if reply.thread:
                    await self._open_thread(await interaction.original_response(), reply)
        except (discord.DiscordException, OSError) as error:
            log.warning("could not answer an interaction (%s)", type(error).__name__)

    async def _open_thread(self, message: discord.Message, reply: Reply) -> None:
        """The thread a reply asks for, started on the message that carries it."""
        if reply.thread and not isinstance(message.channel, discord.DMChannel | discord.Thread):
            await message.create_thread(name=reply.thread[:100], auto_archive_duration=THREAD_ARCHIVE_MINUTES)

    async def flush_outbox(self) -> None:
        """Deliver what the command queued; whatever cannot go now stays queued for the loop."""
        try:
            await self.app.outbox(self.deliver).deliver_due()
        except Exception:
            log.exception("delivering the outbox failed; the messages stay queued")


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


def option_text(value: Any) -> str:
    """An option as the command layer reads it; a picked user becomes their mention."""
    if isinstance(value, discord.abc.User):
        return f"<@{value.id}>"
    return str(value)


def _callback(bot: CoordinatorBot, command: Command) -> Any:
    async def callback(interaction: discord.Interaction, **options: Any) -> None:
        args = {name: option_text(value) for name, value in options.items() if value is not None}
        await bot.run_command(interaction, command.name, args)

    parameters = [inspect.Parameter("interaction", inspect.Parameter.POSITIONAL_OR_KEYWORD,
                                    annotation=discord.Interaction)]
    for option in command.options:
        annotation: Any = discord.User if option.kind == "user" else (
            Literal[option.choices] if option.choices else str)
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


async def run_discord(settings: Settings) -> int:
    """Run the bot until it stops; returns the process exit code, with one sentence when Discord is out of reach."""
    app = await build_app(settings)
    bot = CoordinatorBot(app)
    try:
        async with bot:
            await bot.start(settings.discord_token)
        return 0
    except discord.LoginFailure:
        print("coordinator: Discord refused the token; check DISCORD_TOKEN.", file=sys.stderr)
        return 2
    except (OSError, discord.GatewayNotFound, discord.HTTPException) as error:
        print(f"coordinator: could not reach Discord ({type(error).__name__}); check the network and try again.",
              file=sys.stderr)
        return 1
    finally:
        await app.close()
