"""The Discord front end: slash commands built from the registry, messages read, replies rendered."""

from __future__ import annotations

import asyncio
import inspect
import io
import logging
import sys
from typing import Any, Literal, Optional

import discord
from discord import app_commands

from coordinator.app import App, build_app
from coordinator.chat.dispatch import Dispatcher
from coordinator.chat.invocation import DIRECT, Actor, Invocation
from coordinator.chat.picture import table_png
from coordinator.chat.registry import Command
from coordinator.chat.render import table_text
from coordinator.chat.reply import Recipient, Reply, Tone
from coordinator.i18n import t
from coordinator.platform import buttons
from coordinator.platform.outbox.service import PermanentDeliveryError
from coordinator.settings import Settings

log = logging.getLogger(__name__)

BUTTON_PREFIX = "coord:"
DESCRIPTION_LIMIT = 100
EMBED_LIMIT = 4000
TABLE_WIDTH = 200
POLL_SECONDS = 15.0
TABLE_FILE = "table.txt"
PICTURE_FILE = "table.png"
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
    """The reply as an embed; a table keeps its full width (code blocks scroll sideways, never cut)."""
    return discord.Embed(title=(reply.title or "")[:256] or None, description=_description(reply),
                         colour=TONE_COLOURS[reply.tone])


def _description(reply: Reply) -> str:
    parts = [reply.text] if reply.text else []
    if reply.table and not table_as_file(reply):
        parts.append(f"```\n{table_text(reply.table, width=TABLE_WIDTH)}\n```")
    elif reply.table:
        parts.append(f"({TABLE_FILE})")
    return "\n".join(parts)[:EMBED_LIMIT]


def table_as_file(reply: Reply) -> bool:
    """A table too long for one message travels as an attached text file instead."""
    if reply.table is None:
        return False
    return len(reply.text) + len(table_text(reply.table, width=TABLE_WIDTH)) + 10 > EMBED_LIMIT


def reply_files(reply: Reply) -> list[discord.File]:
    """The reply's attachments, and its table as a text file when it is too long for the message."""
    files = [discord.File(io.BytesIO(item.data), filename=item.name) for item in reply.files]
    if table_as_file(reply):
        assert reply.table is not None
        body = table_text(reply.table, width=TABLE_WIDTH).encode()
        files.append(discord.File(io.BytesIO(body), filename=TABLE_FILE))
    return files


async def table_picture(reply: Reply) -> discord.File | None:
    """The week grid or roster drawn as a PNG (off the event loop), or None when there is none to draw."""
    if reply.table is None or not reply.table.picture:
        return None
    png = await asyncio.to_thread(table_png, reply.table, title=reply.title)
    return discord.File(io.BytesIO(png), filename=PICTURE_FILE) if png else None


def button_token(custom_id: str) -> str | None:
    """The server-side token a button of ours carries, or None for anyone else's component."""
    return custom_id[len(BUTTON_PREFIX):] if custom_id.startswith(BUTTON_PREFIX) else None


def reply_view(reply: Reply, tokens: list[str]) -> discord.ui.View | None:
    if not reply.buttons:
        return None
    view = discord.ui.View(timeout=None)
    for button, token in zip(reply.buttons, tokens, strict=True):
        style = discord.ButtonStyle.danger if button.danger else discord.ButtonStyle.primary
        view.add_item(discord.ui.Button(label=button.label[:80], style=style, custom_id=BUTTON_PREFIX + token))
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
                await message.reply(**await self._message_kwargs(reply), mention_author=False)
            except (discord.DiscordException, OSError) as error:
                log.warning("could not answer a message (%s)", type(error).__name__)
        await self.flush_outbox()

    async def on_interaction(self, interaction: discord.Interaction) -> None:
        if interaction.type is not discord.InteractionType.component:
            return
        token = button_token((interaction.data or {}).get("custom_id", ""))
        if token is None:
            return
        async with self.app.uow() as uow:
            action = await buttons.recall(uow, token)
        if action is None:
            lang = await self.dispatcher.language_of(actor_from_user(interaction.user))
            await self.respond(interaction, Reply.refusal(t("error.button_unknown", lang), "error.button_unknown"))
            return
        await self.run_command(interaction, *action)

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

    async def _message_kwargs(self, reply: Reply) -> dict[str, Any]:
        """What discord.py sends for a reply; each button's command and arguments are stored, the button holds a token."""
        kwargs: dict[str, Any] = {"embed": reply_embed(reply)}
        tokens = await self._remember_buttons(reply)
        if view := reply_view(reply, tokens):
            kwargs["view"] = view
        files = reply_files(reply)
        if picture := await table_picture(reply):
            files.append(picture)
            kwargs["embed"].set_image(url=f"attachment://{PICTURE_FILE}")
        if files:
            kwargs["files"] = files
        return kwargs

    async def _remember_buttons(self, reply: Reply) -> list[str]:
        if not reply.buttons:
            return []
        async with self.app.uow() as uow:
            tokens = [await buttons.remember(uow, b.command, b.args, self.app.clock.now()) for b in reply.buttons]
            await uow.commit()
        return tokens

    async def respond(self, interaction: discord.Interaction, reply: Reply) -> None:
        kwargs = await self._message_kwargs(reply)
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
        except (discord.DiscordException, OSError) as error:
            log.warning("could not answer an interaction (%s)", type(error).__name__)

    async def flush_outbox(self) -> None:
        """Deliver what the command queued; whatever cannot go now stays queued for the loop."""
        try:
            await self.app.outbox(self.deliver).deliver_due()
        except Exception:
            log.exception("delivering the outbox failed; the messages stay queued")

    async def deliver(self, recipient: Recipient, reply: Reply) -> None:
        """Say one outbox message; raises PermanentDeliveryError when it can never arrive."""
        kwargs = await self._message_kwargs(reply)
        try:
            if recipient.kind == Recipient.MEMBER:
                await self._direct(recipient, kwargs)
            elif recipient.kind == Recipient.CHANNEL:
                await self._post(recipient.ref, kwargs)
            else:
                raise PermanentDeliveryError(f"Discord cannot deliver to a {recipient.kind}")
        except discord.Forbidden as error:
            raise PermanentDeliveryError("the recipient does not accept messages from the bot") from error
        except discord.NotFound as error:
            raise PermanentDeliveryError("the recipient no longer exists") from error

    async def _direct(self, recipient: Recipient, kwargs: dict[str, Any]) -> None:
        member_id = recipient.member_id
        discord_id = await self.app.discord_account(member_id) if member_id is not None else None
        if discord_id is None:
            raise PermanentDeliveryError("the member has no linked Discord account")
        user = self.get_user(discord_id) or await self.fetch_user(discord_id)
        await user.send(**kwargs)

    async def _post(self, name: str, kwargs: dict[str, Any]) -> None:
        for guild in self.guilds:
            channel = discord.utils.get(guild.text_channels, name=name)
            if channel is not None:
                await channel.send(**kwargs)
                return
        raise PermanentDeliveryError(f"there is no channel #{name}")


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
