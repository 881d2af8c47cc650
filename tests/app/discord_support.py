"""What the Discord tests share: a recorded interaction response, and slash commands run through their callbacks."""

from __future__ import annotations

import inspect
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import discord
import discord.ext.test as dpytest
import pytest
from discord.ext.test import backend
from discord.http import MultipartParameters

from coordinator.chat.discord_bot import CoordinatorBot


@dataclass
class FakeResponse:
    """What the bot would send back to an interaction is recorded; nothing goes to Discord."""

    sent: list[dict[str, Any]] = field(default_factory=list)
    edited: list[dict[str, Any]] = field(default_factory=list)
    deleted: list[dict[str, Any]] = field(default_factory=list)
    modals: list[discord.ui.Modal] = field(default_factory=list)

    async def send_modal(self, modal: discord.ui.Modal) -> None:
        self.modals.append(modal)

    def is_done(self) -> bool:
        return bool(self.sent)

    async def send_message(self, **kwargs: Any) -> None:
        self.sent.append(kwargs)

    async def send(self, **kwargs: Any) -> None:
        self.sent.append(kwargs)


@dataclass
class FakeInteraction:
    user: discord.abc.User
    channel: Any
    data: dict[str, Any] = field(default_factory=dict)
    type: discord.InteractionType = discord.InteractionType.application_command
    response: FakeResponse = field(default_factory=FakeResponse)

    @property
    def guild(self) -> discord.Guild | None:
        return getattr(self.channel, "guild", None)

    @property
    def followup(self) -> Any:
        return self.response

    async def edit_original_response(self, **kwargs: Any) -> None:
        self.response.edited.append(kwargs)

    async def delete_original_response(self) -> None:
        self.response.deleted.append(self.response.sent.pop(0))

    @property
    def embed(self) -> discord.Embed:
        """The answer as the user finally sees it."""
        return (self.response.edited or self.response.sent)[-1]["embed"]


def member(index: int) -> discord.Member:
    return dpytest.get_config().members[index]


def guild() -> discord.Guild:
    return dpytest.get_config().guilds[0]


def channel(name: str) -> discord.TextChannel:
    return next(c for c in dpytest.get_config().channels if c.name == name)


async def slash(
    bot: CoordinatorBot, name: str, asker: discord.abc.User, /, where: Any = "general", **options: Any
) -> FakeInteraction:
    """Run a slash command's callback as Discord would; ``where`` is a channel name or a channel object."""
    head, _, tail = name.partition(" ")
    command = bot.tree.get_command(head)
    if tail:
        command = command.get_command(tail)
    interaction = FakeInteraction(asker, channel(where) if isinstance(where, str) else where)
    await command.callback(interaction, **options)
    return interaction


@pytest.fixture(autouse=True)
def work_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """dpytest writes every uploaded file into the working directory: keep them out of the checkout."""
    monkeypatch.chdir(tmp_path)


@pytest.fixture
def sent_buttons(monkeypatch: pytest.MonkeyPatch) -> list[list[tuple[str, str]]]:
    """Record the (label, custom_id) of every button sent, and let dpytest see embeds sent with files.

    discord.py sends a message with files as multipart (``payload_json``); dpytest only reads ``payload``."""
    sent: list[list[tuple[str, str]]] = []
    original = backend.FakeHttp.send_message

    async def send_message(self: Any, channel_id: int, *, params: Any) -> Any:
        channel = inspect.currentframe().f_back.f_locals.get("channel")  # noqa: F841 (dpytest reads it)
        if params.payload is None and params.multipart:
            params = _with_payload(params)
        rows = (params.payload or {}).get("components") or []
        sent.append([(b["label"], b["custom_id"]) for row in rows for b in row["components"]])
        return await original(self, channel_id, params=params)

    original_edit = backend.FakeHttp.edit_message

    async def edit_message(http: Any, channel_id: int, message_id: int, **fields: Any) -> Any:
        self = inspect.currentframe().f_back.f_locals.get("self")  # noqa: F841 (dpytest reads the message here)
        params = fields.get("params")
        if params is not None and params.payload is None and params.multipart:
            fields["params"] = _with_payload(params)
            fields["params"].payload.pop("attachments", None)  # dpytest cannot keep files on an edit
        return await original_edit(http, channel_id, message_id, **fields)

    monkeypatch.setattr(backend.FakeHttp, "send_message", send_message)
    monkeypatch.setattr(backend.FakeHttp, "edit_message", edit_message)
    return sent


def _with_payload(params: MultipartParameters) -> MultipartParameters:
    payload = json.loads(next(p["value"] for p in params.multipart if p["name"] == "payload_json"))
    return MultipartParameters(payload=payload, multipart=params.multipart, files=params.files)
