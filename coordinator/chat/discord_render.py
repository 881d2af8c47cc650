"""How a reply looks in Discord: an embed, its files and picture, buttons holding server-side tokens, a modal."""

from __future__ import annotations

import asyncio
import io
from typing import TYPE_CHECKING, Any

import discord

from coordinator.chat.picture import table_png
from coordinator.chat.render import table_text
from coordinator.chat.reply import Form, Reply, Tone
from coordinator.platform import buttons

if TYPE_CHECKING:
    from coordinator.app import App

BUTTON_PREFIX = "coord:"
FORM_PREFIX = "coord-form:"
EMBED_LIMIT = 4000
TABLE_WIDTH = 200
TABLE_FILE = "table.txt"
PICTURE_FILE = "table.png"
TONE_COLOURS = {
    Tone.INFO: discord.Colour.blurple(),
    Tone.SUCCESS: discord.Colour.green(),
    Tone.QUESTION: discord.Colour.gold(),
    Tone.REFUSAL: discord.Colour.red(),
}


def reply_embed(reply: Reply) -> discord.Embed:
    """The reply as an embed; a table keeps its full width (code blocks scroll sideways, never cut)."""
    return discord.Embed(title=(reply.title or "")[:256] or None, description=_description(reply),
                         colour=TONE_COLOURS[reply.tone])


def _description(reply: Reply) -> str:
    parts = [reply.text] if reply.text else []
    if reply.table:
        shown = f"```\n{table_text(reply.table, width=TABLE_WIDTH)}\n```" if not table_as_file(reply) else f"({TABLE_FILE})"
        if reply.table.lead:
            parts.insert(0, shown)
        else:
            parts.append(shown)
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


def button_token(custom_id: str, prefix: str = BUTTON_PREFIX) -> str | None:
    """The server-side token a component of ours carries, or None for anyone else's."""
    return custom_id[len(prefix):] if custom_id.startswith(prefix) else None


def reply_view(reply: Reply, tokens: list[str]) -> discord.ui.View | None:
    if not reply.buttons:
        return None
    view = discord.ui.View(timeout=None)
    for button, token in zip(reply.buttons, tokens, strict=True):
        style = discord.ButtonStyle.danger if button.danger else discord.ButtonStyle.primary
        view.add_item(discord.ui.Button(label=button.label[:80], style=style, custom_id=BUTTON_PREFIX + token))
    return view


def form_modal(form: Form, token: str) -> discord.ui.Modal:
    """The form as a modal; its submission comes back as an interaction carrying ``token``."""
    modal = discord.ui.Modal(title=form.title[:45], custom_id=FORM_PREFIX + token, timeout=None)
    for field in form.fields:
        style = discord.TextStyle.paragraph if field.long else discord.TextStyle.short
        modal.add_item(discord.ui.TextInput(label=field.label[:45], custom_id=field.name, style=style,
                                            required=field.required, max_length=2000 if field.long else 200))
    return modal


def submitted_values(data: dict[str, Any]) -> dict[str, str]:
    """The field values of a modal submission, by field name."""
    values = {}
    for row in data.get("components", ()):
        for item in row.get("components", ()):
            if item.get("custom_id") and isinstance(item.get("value"), str):
                values[item["custom_id"]] = item["value"]
    return values


async def message_kwargs(app: App, reply: Reply) -> dict[str, Any]:
    """What discord.py sends for a reply; each button's command and arguments are stored, the button holds a token."""
    kwargs: dict[str, Any] = {"embed": reply_embed(reply)}
    if view := reply_view(reply, await remember_buttons(app, reply)):
        kwargs["view"] = view
    files = reply_files(reply)
    if picture := await table_picture(reply):
        files.append(picture)
        kwargs["embed"].set_image(url=f"attachment://{PICTURE_FILE}")
    if files:
        kwargs["files"] = files
    return kwargs


async def remember_buttons(app: App, reply: Reply) -> list[str]:
    if not reply.buttons:
        return []
    async with app.uow() as uow:
        tokens = [await buttons.remember(uow, b.command, b.args, app.clock.now()) for b in reply.buttons]
        await uow.commit()
    return tokens


async def remember_form(app: App, form: Form) -> str:
    async with app.uow() as uow:
        token = await buttons.remember(uow, form.command, {}, app.clock.now())
        await uow.commit()
    return token
