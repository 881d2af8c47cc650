"""Saying outbox messages in Discord: DMs, channel posts, threads (opened on first use), edits of earlier posts."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import discord

from coordinator.chat.discord_render import message_kwargs
from coordinator.chat.reply import Recipient, Reply
from coordinator.platform import posts
from coordinator.platform.outbox.service import PermanentDeliveryError

if TYPE_CHECKING:
    from coordinator.app import App

FRONT_END = "discord"
THREAD_ARCHIVE_MINUTES = 10080


class DiscordDelivery:
    """One outbox message at a time; raises PermanentDeliveryError when it can never arrive."""

    def __init__(self, client: discord.Client, app: App) -> None:
        self.client = client
        self.app = app

    async def __call__(self, recipient: Recipient, reply: Reply) -> None:
        kwargs = await message_kwargs(self.app, reply)
        try:
            if reply.replaces and await self._edit(reply.replaces, kwargs):
                return
            message = await self._send(recipient, kwargs)
            if reply.replaces:
                async with self.app.uow() as uow:
                    await posts.remember(uow, FRONT_END, reply.replaces, str(message.channel.id), str(message.id),
                                         self.app.clock.now())
                    await uow.commit()
        except discord.Forbidden as error:
            raise PermanentDeliveryError("the recipient does not accept messages from the bot") from error
        except discord.NotFound as error:
            raise PermanentDeliveryError("the recipient no longer exists") from error

    async def _send(self, recipient: Recipient, kwargs: dict[str, Any]) -> discord.Message:
        if recipient.kind == Recipient.MEMBER:
            return await self._direct(recipient, kwargs)
        if recipient.kind == Recipient.CHANNEL:
            return await self._channel(recipient.ref).send(**kwargs)
        if recipient.kind in (Recipient.THREAD, Recipient.PRIVATE_THREAD):
            return await (await self._thread(recipient)).send(**kwargs)
        raise PermanentDeliveryError(f"Discord cannot deliver to a {recipient.kind}")

    async def _edit(self, name: str, kwargs: dict[str, Any]) -> bool:
        """Edit what was posted under ``name``; False when there is nothing (left) to edit."""
        async with self.app.uow() as uow:
            found = await posts.find(uow, FRONT_END, name)
        if found is None:
            return False
        channel = self.client.get_channel(int(found[0]))
        if channel is None or not hasattr(channel, "fetch_message"):
            return False
        try:
            message = await channel.fetch_message(int(found[1]))
        except discord.NotFound:
            return False
        edits = {key: value for key, value in kwargs.items() if key != "files"}
        if "files" in kwargs:
            edits["attachments"] = kwargs["files"]
        await message.edit(**edits)
        return True

    async def _direct(self, recipient: Recipient, kwargs: dict[str, Any]) -> discord.Message:
        member_id = recipient.member_id
        discord_id = await self.app.discord_account(member_id) if member_id is not None else None
        if discord_id is None:
            raise PermanentDeliveryError("the member has no linked Discord account")
        user = self.client.get_user(discord_id) or await self.client.fetch_user(discord_id)
        return await user.send(**kwargs)

    def _channel(self, name: str) -> discord.TextChannel:
        for guild in self.client.guilds:
            channel = discord.utils.get(guild.text_channels, name=name)
            if channel is not None:
                return channel
        raise PermanentDeliveryError(f"there is no channel #{name}")

    async def _thread(self, recipient: Recipient) -> discord.Thread:
        """The named thread under its channel, opened (private where asked) when it does not exist yet."""
        parent_name, name = recipient.thread_parts
        parent = self._channel(parent_name)
        existing = discord.utils.get(parent.threads, name=name)
        if existing is not None:
            return existing
        kind = (discord.ChannelType.private_thread if recipient.kind == Recipient.PRIVATE_THREAD
                else discord.ChannelType.public_thread)
        return await parent.create_thread(name=name[:100], type=kind, auto_archive_duration=THREAD_ARCHIVE_MINUTES)
