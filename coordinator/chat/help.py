"""``/help``: every command with its one-line help, in the asker's language."""

from __future__ import annotations

from coordinator.chat.context import CommandContext
from coordinator.chat.registry import CommandRegistry, Option
from coordinator.chat.reply import Reply, Table, Tone
from coordinator.i18n import add_messages

registry = CommandRegistry()

add_messages(
    {
        "help.title": ("可用命令", "Commands"),
        "help.header.command": ("命令", "Command"),
        "help.header.what": ("用途", "What it does"),
        "help.coordinator_mark": ("（协调员）", " (coordinators)"),
        "cancel.done": ("好的，已取消。", "OK, cancelled."),
        "cancel.nothing": ("这里没有进行中的对话需要取消。", "There is nothing in progress here to cancel."),
        "help.footer": (
            "在空闲时间频道或私信里直接写你的时间，比如“周二周四晚上可以，周末机动”，我会记下来。",
            "Just write your times in the availability channel or a DM, e.g. \"Tue and Thu evenings, weekends as backup\", and I will record them.",
        ),
    }
)


@registry.command("help", zh="列出所有命令及用法", options=(Option("command", "命令", "command", required=False),))
async def help_command(ctx: CommandContext) -> Reply:
    """List every command and how to use it."""
    wanted = (ctx.arg("command") or "").lstrip("/")
    commands = [c for c in ctx.app.registry if not wanted or c.name == wanted or c.group == wanted]
    rows = tuple((c.usage, c.help(ctx.lang)) for c in sorted(commands or ctx.app.registry, key=lambda c: c.name))
    table = Table((ctx.t("help.header.command"), ctx.t("help.header.what")), rows)
    return Reply(title=ctx.t("help.title"), text=ctx.t("help.footer"), table=table, private=True, key="help.title")


@registry.command("cancel", zh="取消这里正在进行的多步对话")
async def cancel(ctx: CommandContext) -> Reply:
    """Cancel the conversation in progress here."""
    from coordinator.platform import conversations

    async with ctx.uow() as uow:
        live = await conversations.current(uow, ctx.invocation.channel, ctx.invocation.actor, ctx.now())
        await conversations.end(uow, ctx.invocation.channel, ctx.invocation.actor)
        await uow.commit()
    ended = live is not None
    return ctx.reply("cancel.done" if ended else "cancel.nothing", tone=Tone.INFO, private=True)
